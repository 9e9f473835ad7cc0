import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { sentences, type Sentence } from '@/lib/align/sentences';
import { locales, type Locale } from '@/lib/i18n/locales';

const nbsp = '\u00a0';
const narrow = '\u202f';

/** A paragraph and the sentences an editor cuts it into. */
type Row = [paragraph: string, expected: string[]];

const french: Row[] = [
  ['M. Dubien a parlé. Il est parti.', ['M. Dubien a parlé.', 'Il est parti.']],
  ['Il est né à Washington D.C. Depuis, il vit à Almaty.', ['Il est né à Washington D.C.', 'Depuis, il vit à Almaty.']],
  ['Le livre de J. R. R. Tolkien se vend bien.', ['Le livre de J. R. R. Tolkien se vend bien.']],
  ['Il a reçu J.-M. Le Pen et B. Le Maire. Les deux sont repartis.', ['Il a reçu J.-M. Le Pen et B. Le Maire.', 'Les deux sont repartis.']],
  ['MM. Dubien et Massimov ont été reçus. Ils sont repartis.', ['MM. Dubien et Massimov ont été reçus.', 'Ils sont repartis.']],
  ['Mme Grimaud Potter enseigne à Montpellier. Mmes Durand et Petit aussi.', ['Mme Grimaud Potter enseigne à Montpellier.', 'Mmes Durand et Petit aussi.']],
  ['Me Dupont a plaidé. Le Dr. Petit et le Pr. Durand ont témoigné.', ['Me Dupont a plaidé.', 'Le Dr. Petit et le Pr. Durand ont témoigné.']],
  ['Il habite rue St. Antoine depuis 2010. Ses voisins l’ignorent.', ['Il habite rue St. Antoine depuis 2010.', 'Ses voisins l’ignorent.']],
  ['Auguste est né en 63 av. J.-C. à Rome.', ['Auguste est né en 63 av. J.-C. à Rome.']],
  ['César meurt en 44 av. J.-C. Auguste lui succède.', ['César meurt en 44 av. J.-C.', 'Auguste lui succède.']],
  ['La ville est fondée vers 300 apr. J.-C. par des marchands.', ['La ville est fondée vers 300 apr. J.-C. par des marchands.']],
  ['Ce chiffre est contesté (cf. Le Monde, p. 4). Le gouvernement maintient son bilan.', ['Ce chiffre est contesté (cf. Le Monde, p. 4).', 'Le gouvernement maintient son bilan.']],
  ['Certains pays, par ex. Moscou, se taisent. D’autres, non.', ['Certains pays, par ex. Moscou, se taisent.', 'D’autres, non.']],
  ['Le décret n° 161 a été publié le 10 janv. 2022. Il entre en vigueur le 1er févr. 2022.', ['Le décret n° 161 a été publié le 10 janv. 2022.', 'Il entre en vigueur le 1er févr. 2022.']],
  ['Les troubles ont commencé le 2 janv. Le 5, Almaty était en feu.', ['Les troubles ont commencé le 2 janv.', 'Le 5, Almaty était en feu.']],
  [`Le pays a arrêté 5${narrow}800 personnes. Il en a relâché 1${nbsp}200 et 3 000.`, [`Le pays a arrêté 5${narrow}800 personnes.`, `Il en a relâché 1${nbsp}200 et 3 000.`]],
  [`Le bilan est de 160 morts. 5${narrow}800 personnes ont été arrêtées.`, ['Le bilan est de 160 morts.', `5${narrow}800 personnes ont été arrêtées.`]],
  ['Le prix est passé de 3,5 à 4.2 tenge. La réunion a commencé à 12 h 30.', ['Le prix est passé de 3,5 à 4.2 tenge.', 'La réunion a commencé à 12 h 30.']],
  ['J. R. R. Tolkien est né en 1892. Il est mort en 1973.', ['J. R. R. Tolkien est né en 1892.', 'Il est mort en 1973.']],
  ['Le président Kassym-Jomart K. Tokaïev a parlé. J.-P. Sartre l’aurait approuvé.', ['Le président Kassym-Jomart K. Tokaïev a parlé.', 'J.-P. Sartre l’aurait approuvé.']],
  ['Le président\nTokaïev a parlé. Il a menacé.', ['Le président\nTokaïev a parlé.', 'Il a menacé.']],
  ['Le site 20minutes.fr l’a annoncé. Le Kremlin dément.', ['Le site 20minutes.fr l’a annoncé.', 'Le Kremlin dément.']],
  ['« Il est parti. » Ensuite', ['« Il est parti. »', 'Ensuite']],
  [`«${nbsp}Il est parti.${nbsp}» Ensuite, plus rien.`, [`«${nbsp}Il est parti.${nbsp}»`, 'Ensuite, plus rien.']],
  [`Le président a déclaré${nbsp}: «${nbsp}L’ordre est rétabli.${nbsp}» Des tirs ont pourtant été entendus.`, [`Le président a déclaré${nbsp}: «${nbsp}L’ordre est rétabli.${nbsp}»`, 'Des tirs ont pourtant été entendus.']],
  [`«${nbsp}C’est un statu quo.${nbsp}» affirme-t-elle.`, [`«${nbsp}C’est un statu quo.${nbsp}» affirme-t-elle.`]],
  ['« Pourquoi ? » demande-t-il.', ['« Pourquoi ? » demande-t-il.']],
  [`«${nbsp}Pourquoi${nbsp}?${nbsp}» demande-t-il.`, [`«${nbsp}Pourquoi${nbsp}?${nbsp}» demande-t-il.`]],
  [`«${nbsp}Pourquoi${nbsp}?${nbsp}», demande-t-il.`, [`«${nbsp}Pourquoi${nbsp}?${nbsp}», demande-t-il.`]],
  [`«${nbsp}Au secours${nbsp}!${nbsp}» crie-t-elle. Personne ne vient.`, [`«${nbsp}Au secours${nbsp}!${nbsp}» crie-t-elle.`, 'Personne ne vient.']],
  [`Il hésite. «${nbsp}Pourquoi partir${nbsp}?${nbsp}» Personne ne répond.`, ['Il hésite.', `«${nbsp}Pourquoi partir${nbsp}?${nbsp}»`, 'Personne ne répond.']],
  [`Le président (pourquoi${nbsp}?) s’est tu.`, [`Le président (pourquoi${nbsp}?) s’est tu.`]],
  ['Il a démissionné. (Son successeur n’est pas connu.) Le parti se tait.', ['Il a démissionné.', '(Son successeur n’est pas connu.)', 'Le parti se tait.']],
  ['Il est arrivé à Almaty… Ensuite ?', ['Il est arrivé à Almaty…', 'Ensuite ?']],
  [`Il est arrivé à Almaty… Ensuite${narrow}?`, ['Il est arrivé à Almaty…', `Ensuite${narrow}?`]],
  ['Il a hésité… puis il est reparti.', ['Il a hésité… puis il est reparti.']],
  ['Il a hésité... Puis il est reparti.', ['Il a hésité...', 'Puis il est reparti.']],
  ['Il a hésité... puis il est reparti.', ['Il a hésité... puis il est reparti.']],
  [`«${nbsp}Et puis…${nbsp}» Il se tait.`, [`«${nbsp}Et puis…${nbsp}»`, 'Il se tait.']],
  [`«${nbsp}Nous avons […] décidé d’agir${nbsp}», dit-il.`, [`«${nbsp}Nous avons […] décidé d’agir${nbsp}», dit-il.`]],
  ['La Chine, la Turquie, etc. sont concernées.', ['La Chine, la Turquie, etc. sont concernées.']],
  ['Elle cite la Chine, la Turquie, etc. Les Occidentaux sont hors jeu.', ['Elle cite la Chine, la Turquie, etc.', 'Les Occidentaux sont hors jeu.']],
  [`Alors, à qui profite la crise${nbsp}? Et comment en sortir${nbsp}?`, [`Alors, à qui profite la crise${nbsp}?`, `Et comment en sortir${nbsp}?`]],
  [`Kazakhstan${nbsp}: à qui profite la crise${nbsp}?`, [`Kazakhstan${nbsp}: à qui profite la crise${nbsp}?`]],
  [`Vraiment${nbsp}?! Oui.`, [`Vraiment${nbsp}?!`, 'Oui.']],
  [`Quelle surprise${nbsp}! Personne ne l’attendait.`, [`Quelle surprise${nbsp}!`, 'Personne ne l’attendait.']],
];

const english: Row[] = [
  ['Mr. Dubien spoke. He left.', ['Mr. Dubien spoke.', 'He left.']],
  ['Mr. and Mrs. Smith arrived.', ['Mr. and Mrs. Smith arrived.']],
  ['Mrs. Potter and Ms. Zeya arrived. Dr. Smith did not.', ['Mrs. Potter and Ms. Zeya arrived.', 'Dr. Smith did not.']],
  ['Prof. Jones teaches in St. Petersburg. He is cautious.', ['Prof. Jones teaches in St. Petersburg.', 'He is cautious.']],
  ['Gen. Milley, Sen. Warren and Rep. Smith met Gov. Newsom. Lt. Col. Vindman was absent.', ['Gen. Milley, Sen. Warren and Rep. Smith met Gov. Newsom.', 'Lt. Col. Vindman was absent.']],
  ['The two leaders met on Jan. 10. They talked for an hour.', ['The two leaders met on Jan. 10.', 'They talked for an hour.']],
  ['Sept. 11 changed everything. Dec. 25 is a holiday.', ['Sept. 11 changed everything.', 'Dec. 25 is a holiday.']],
  ['U.S. President Joe Biden spoke on Friday. He warned Moscow.', ['U.S. President Joe Biden spoke on Friday.', 'He warned Moscow.']],
  ['Talks were held in the U.S. The next day, Moscow answered.', ['Talks were held in the U.S.', 'The next day, Moscow answered.']],
  ['J. R. R. Tolkien wrote it. It sold well.', ['J. R. R. Tolkien wrote it.', 'It sold well.']],
  ['J. A. Smith and T. I. Jones met in the U.K. On Monday they left.', ['J. A. Smith and T. I. Jones met in the U.K.', 'On Monday they left.']],
  ['The U.K. and the U.N. Security Council disagreed. China abstained.', ['The U.K. and the U.N. Security Council disagreed.', 'China abstained.']],
  ['Large economies, e.g. China, are wary. Small ones, i.e. Kyrgyzstan, are not.', ['Large economies, e.g. China, are wary.', 'Small ones, i.e. Kyrgyzstan, are not.']],
  ['They sent troops, tanks, etc. to the border.', ['They sent troops, tanks, etc. to the border.']],
  ['They sent troops, tanks, etc. The border is closed.', ['They sent troops, tanks, etc.', 'The border is closed.']],
  ['He lives at No. 10 Downing Street. It is old.', ['He lives at No. 10 Downing Street.', 'It is old.']],
  ['Did he leave? No. He stayed.', ['Did he leave?', 'No.', 'He stayed.']],
  ['It was Kazakhstan vs. Russia. Nobody won.', ['It was Kazakhstan vs. Russia.', 'Nobody won.']],
  ['Apple Inc. said on Monday it would stay.', ['Apple Inc. said on Monday it would stay.']],
  ['The contract went to Acme Ltd. The rival bid failed.', ['The contract went to Acme Ltd.', 'The rival bid failed.']],
  ['Caesar died in 44 B.C. Augustus succeeded him.', ['Caesar died in 44 B.C.', 'Augustus succeeded him.']],
  ['J. R. R. Tolkien wrote it. Kassym-Jomart K. Tokayev read it.', ['J. R. R. Tolkien wrote it.', 'Kassym-Jomart K. Tokayev read it.']],
  ['Prices rose 3.5 percent to 1,200.5 tenge. Protests followed.', ['Prices rose 3.5 percent to 1,200.5 tenge.', 'Protests followed.']],
  ['The toll was 160. 5,800 people were arrested.', ['The toll was 160.', '5,800 people were arrested.']],
  ['The meeting ended at 12:30 p.m. and nobody spoke.', ['The meeting ended at 12:30 p.m. and nobody spoke.']],
  ['The site 20minutes.fr reported it. The Kremlin denied it.', ['The site 20minutes.fr reported it.', 'The Kremlin denied it.']],
  ['"I am leaving." Then he left.', ['"I am leaving."', 'Then he left.']],
  ['“We don’t know what happened.” Arnaud Dubien is cautious.', ['“We don’t know what happened.”', 'Arnaud Dubien is cautious.']],
  ['"Why?" he asked.', ['"Why?" he asked.']],
  ['“Why?” he asked. Nobody answered.', ['“Why?” he asked.', 'Nobody answered.']],
  ['"Why?", he asked.', ['"Why?", he asked.']],
  ['"Help!" she cried.', ['"Help!" she cried.']],
  ['He paused. "Why leave?" Nobody answered.', ['He paused.', '"Why leave?"', 'Nobody answered.']],
  ['Who benefits? "Nobody," says Dubien.', ['Who benefits?', '"Nobody," says Dubien.']],
  ['The president (why?) said nothing.', ['The president (why?) said nothing.']],
  ['He resigned. (His successor is unknown.) The party is silent.', ['He resigned.', '(His successor is unknown.)', 'The party is silent.']],
  ['He reached Almaty… Then what?', ['He reached Almaty…', 'Then what?']],
  ['He reached Almaty... Then what?', ['He reached Almaty...', 'Then what?']],
  ['He hesitated... then left.', ['He hesitated... then left.']],
  ['"We [...] decided to act," he said.', ['"We [...] decided to act," he said.']],
  ['So who is benefiting from the crisis? And how can Kazakhstan get out of it?', ['So who is benefiting from the crisis?', 'And how can Kazakhstan get out of it?']],
  ['Really?! Yes.', ['Really?!', 'Yes.']],
];

// Sentences of our two pieces (kazakhstan-crisis, kazakhstan-east-west), as
// published, emphasis stripped: how they are cut is how the parallel view will
// pair them.
const frenchPieces: Row[] = [
  [
    `«${nbsp}On ne sait pas vraiment ce qui s’est passé.${nbsp}» Arnaud Dubien, politologue et chercheur à l’Iris, se montre d’emblée prudent lorsqu’il évoque la crise au Kazakhstan, qui a déjà fait plus de 160 morts selon un bilan gouvernemental.`,
    [
      `«${nbsp}On ne sait pas vraiment ce qui s’est passé.${nbsp}»`,
      'Arnaud Dubien, politologue et chercheur à l’Iris, se montre d’emblée prudent lorsqu’il évoque la crise au Kazakhstan, qui a déjà fait plus de 160 morts selon un bilan gouvernemental.',
    ],
  ],
  [
    `Alors, à qui profite la crise${nbsp}? Et comment le Kazakhstan peut-il en sortir${nbsp}? 20 Minutes a posé la question à deux experts.`,
    [`Alors, à qui profite la crise${nbsp}?`, `Et comment le Kazakhstan peut-il en sortir${nbsp}?`, '20 Minutes a posé la question à deux experts.'],
  ],
  [
    `Après des violences à Almaty, la répression s’est déchaînée, faisant plus de 160 morts. 5${narrow}800 personnes ont été arrêtées, dont l’ancien chef des services secrets Karim Massimov.`,
    ['Après des violences à Almaty, la répression s’est déchaînée, faisant plus de 160 morts.', `5${narrow}800 personnes ont été arrêtées, dont l’ancien chef des services secrets Karim Massimov.`],
  ],
  [
    `Le président Kassym-Jomart Tokaïev a parlé vendredi de «${nbsp}criminels armés${nbsp}», sur lesquels la police a été autorisée à «${nbsp}tirer pour tuer${nbsp}» sans sommation, avant d’indiquer qu’«${nbsp}un nombre important de ressortissants étrangers${nbsp}» figuraient parmi les 5${narrow}800 personnes arrêtées.`,
    [
      `Le président Kassym-Jomart Tokaïev a parlé vendredi de «${nbsp}criminels armés${nbsp}», sur lesquels la police a été autorisée à «${nbsp}tirer pour tuer${nbsp}» sans sommation, avant d’indiquer qu’«${nbsp}un nombre important de ressortissants étrangers${nbsp}» figuraient parmi les 5${narrow}800 personnes arrêtées.`,
    ],
  ],
  [
    `Karim Massimov, ancien directeur du Conseil de sécurité nationale, à la fois «${nbsp}bras droit de l’ancien président Nazarbaïev et contrôleur du président Tonkaïev${nbsp}», a ainsi été arrêté pour «${nbsp}haute trahison${nbsp}». Pour étayer l’hypothèse d’un soulèvement préparé, le politologue évoque le grand nombre de policiers tués${nbsp}: un premier bilan faisait état de 26 civils morts contre 16 policiers, alors qu’«${nbsp}on n’a pas un ratio équivalent dans une manifestation classique avec des manifestants non armés${nbsp}».`,
    [
      `Karim Massimov, ancien directeur du Conseil de sécurité nationale, à la fois «${nbsp}bras droit de l’ancien président Nazarbaïev et contrôleur du président Tonkaïev${nbsp}», a ainsi été arrêté pour «${nbsp}haute trahison${nbsp}».`,
      `Pour étayer l’hypothèse d’un soulèvement préparé, le politologue évoque le grand nombre de policiers tués${nbsp}: un premier bilan faisait état de 26 civils morts contre 16 policiers, alors qu’«${nbsp}on n’a pas un ratio équivalent dans une manifestation classique avec des manifestants non armés${nbsp}».`,
    ],
  ],
  [
    `«${nbsp}L’hypothèse la plus probable, c’est un statu quo${nbsp}», affirme Carole Grimaud Potter.`,
    [`«${nbsp}L’hypothèse la plus probable, c’est un statu quo${nbsp}», affirme Carole Grimaud Potter.`],
  ],
  [
    `«${nbsp}Une frontière virtuelle${nbsp}», estime celui qui dirige aussi l’Observatoire franco-russe${nbsp}: «${nbsp}les choses peuvent vite déraper dans le sud de l’Oural et en Sibérie si le Kazakhstan sombre dans le chaos${nbsp}». Les Russes ont aussi des intérêts militaires stratégiques dans le pays, comme le cosmodrome de Baïkonour.`,
    [
      `«${nbsp}Une frontière virtuelle${nbsp}», estime celui qui dirige aussi l’Observatoire franco-russe${nbsp}: «${nbsp}les choses peuvent vite déraper dans le sud de l’Oural et en Sibérie si le Kazakhstan sombre dans le chaos${nbsp}».`,
      'Les Russes ont aussi des intérêts militaires stratégiques dans le pays, comme le cosmodrome de Baïkonour.',
    ],
  ],
  [
    `«${nbsp}C’est risqué en termes d’image, et l’intervention n’était pas souhaitée au départ${nbsp}», l’opération dégarnissant en partie le front ukrainien, «${nbsp}mais Moscou a estimé que ne pas bouger était encore plus risqué${nbsp}», souligne-t-il.`,
    [
      `«${nbsp}C’est risqué en termes d’image, et l’intervention n’était pas souhaitée au départ${nbsp}», l’opération dégarnissant en partie le front ukrainien, «${nbsp}mais Moscou a estimé que ne pas bouger était encore plus risqué${nbsp}», souligne-t-il.`,
    ],
  ],
  [
    'Son pays s’efforçait d’alléger les effets négatifs des sanctions pour ses alliés et des partenaires comme le Kazakhstan. Cette souplesse, si elle se confirme, ne peut que soulager le président kazakh, qui doit éviter de mécontenter un certain nombre d’oligarques ayant abrité leurs fortune à l’étranger.',
    [
      'Son pays s’efforçait d’alléger les effets négatifs des sanctions pour ses alliés et des partenaires comme le Kazakhstan.',
      'Cette souplesse, si elle se confirme, ne peut que soulager le président kazakh, qui doit éviter de mécontenter un certain nombre d’oligarques ayant abrité leurs fortune à l’étranger.',
    ],
  ],
];

const englishPieces: Row[] = [
  [
    // The opening quote is never closed in the published translation.
    '“We don\'t really know what happened. Arnaud Dubien, political scientist and researcher at Iris, is quickly cautious when discussing the crisis in Kazakhstan, which has already killed more than 160 people according to a government count.',
    [
      '“We don\'t really know what happened.',
      'Arnaud Dubien, political scientist and researcher at Iris, is quickly cautious when discussing the crisis in Kazakhstan, which has already killed more than 160 people according to a government count.',
    ],
  ],
  [
    'So who is benefiting from the crisis? And how can Kazakhstan get out of it? 20 Minutes put the question to two experts.',
    ['So who is benefiting from the crisis?', 'And how can Kazakhstan get out of it?', '20 Minutes put the question to two experts.'],
  ],
  [
    'After violence in Almaty, repression raged, killing more than 160 people. 5,800 people were arrested, including the former head of the secret service Karim Massimov.',
    ['After violence in Almaty, repression raged, killing more than 160 people.', '5,800 people were arrested, including the former head of the secret service Karim Massimov.'],
  ],
  [
    // A stray full stop before lower case ("emerged. last days") is no end: the French has one sentence there.
    'The cut of the Internet in the big cities on Tuesday further complicated the verification of the facts, but "an attempt at destabilization on the part of certain clans feeling the power to escape them and a purge for the benefit of the relatives of President Tokayev" have emerged. last days for Arnaud Dubien. Karim Massimov, former director of the National Security Council, both "right hand of former president Nazarbaïev and controller of president Tonkaïev", was thus arrested for "high treason".',
    [
      'The cut of the Internet in the big cities on Tuesday further complicated the verification of the facts, but "an attempt at destabilization on the part of certain clans feeling the power to escape them and a purge for the benefit of the relatives of President Tokayev" have emerged. last days for Arnaud Dubien.',
      'Karim Massimov, former director of the National Security Council, both "right hand of former president Nazarbaïev and controller of president Tonkaïev", was thus arrested for "high treason".',
    ],
  ],
  [
    'To support the hypothesis of a prepared uprising, the political scientist mentions the large number of police officers killed: an initial report had reported 26 civilians dead against 16 police officers, while "you do not have an equivalent ratio in a classic protest. with unarmed demonstrators”.',
    [
      'To support the hypothesis of a prepared uprising, the political scientist mentions the large number of police officers killed: an initial report had reported 26 civilians dead against 16 police officers, while "you do not have an equivalent ratio in a classic protest. with unarmed demonstrators”.',
    ],
  ],
  ['"The most likely possibility is a status quo," said Carole Grimaud Potter.', ['"The most likely possibility is a status quo," said Carole Grimaud Potter.']],
  [
    '"A virtual border", estimates the one who also director of the Franco-Russian Observatory, "things can quickly get out of hand in the south of the Urals and Siberia if Kazakhstan sinks into chaos". The Russians also have strategic military interests in the country, such as the Baikonur Cosmodrome.',
    [
      '"A virtual border", estimates the one who also director of the Franco-Russian Observatory, "things can quickly get out of hand in the south of the Urals and Siberia if Kazakhstan sinks into chaos".',
      'The Russians also have strategic military interests in the country, such as the Baikonur Cosmodrome.',
    ],
  ],
  [
    '"It is risky in terms of image, and the intervention was not desired at the base", partly depopulating the Ukrainian front, "but Moscow considered that not moving was even more risky", emphasizes -he.',
    ['"It is risky in terms of image, and the intervention was not desired at the base", partly depopulating the Ukrainian front, "but Moscow considered that not moving was even more risky", emphasizes -he.'],
  ],
  [
    'In mid-April 2022, Uzra Zeya, US Under Secretary of State for Civilian Security, Democracy and Human Rights, visited Nur-Sultan, where she complimented President Kasym-Jomart Tokayev on his reforms and stressed Kazakhstan\'s importance to the strategic goals of the United States in ensuring the stability and prosperity of Central Asia. Her country was striving to ease the negative effects of the sanctions on its allies and on partners such as Kazakhstan.',
    [
      'In mid-April 2022, Uzra Zeya, US Under Secretary of State for Civilian Security, Democracy and Human Rights, visited Nur-Sultan, where she complimented President Kasym-Jomart Tokayev on his reforms and stressed Kazakhstan\'s importance to the strategic goals of the United States in ensuring the stability and prosperity of Central Asia.',
      'Her country was striving to ease the negative effects of the sanctions on its allies and on partners such as Kazakhstan.',
    ],
  ],
];

const texts = (paragraph: string, locale: Locale) => sentences(paragraph, locale).map((sentence) => sentence.text);

/** Each sentence is its own slice of the paragraph, trimmed, in order, and only spaces lie outside them. */
function expectExactCover(paragraph: string, found: Sentence[]) {
  let at = 0;
  for (const sentence of found) {
    expect(sentence.start).toBeGreaterThanOrEqual(at);
    expect(paragraph.slice(at, sentence.start).trim()).toBe('');
    expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.text).not.toBe('');
    expect(sentence.text.trim()).toBe(sentence.text);
    at = sentence.end;
  }
  expect(paragraph.slice(at).trim()).toBe('');
}

describe('sentences', () => {
  it('cuts the examples of issue #19 where an editor would', () => {
    expect(texts('M. Dubien a parlé.', 'fr')).toEqual(['M. Dubien a parlé.']);
    expect(texts('Mr. Dubien spoke.', 'en')).toEqual(['Mr. Dubien spoke.']);
    expect(texts('met on Jan. 10.', 'en')).toEqual(['met on Jan. 10.']);
    expect(texts('à Almaty… Ensuite ?', 'fr')).toEqual(['à Almaty…', 'Ensuite ?']);
  });

  it('gives offsets into the paragraph, without the spaces between sentences', () => {
    expect(sentences(` Il hésite.${nbsp} Puis il part. `, 'fr')).toEqual([
      { text: 'Il hésite.', start: 1, end: 11 },
      { text: 'Puis il part.', start: 13, end: 26 },
    ]);
    expect(sentences('Le drapeau 🇰🇿 flotte. Il pleut.', 'fr')).toEqual([
      { text: 'Le drapeau 🇰🇿 flotte.', start: 0, end: 23 },
      { text: 'Il pleut.', start: 24, end: 33 },
    ]);
  });

  it('finds no sentence in an empty or blank paragraph', () => {
    expect(sentences('', 'fr')).toEqual([]);
    expect(sentences(` ${nbsp}`, 'en')).toEqual([]);
  });

  describe.each([
    ['French', 'fr', french],
    ['English', 'en', english],
    ['French of our pieces', 'fr', frenchPieces],
    ['English of our pieces', 'en', englishPieces],
  ] as const)('%s', (_, locale, rows) => {
    it.each(rows)('%s', (paragraph, expected) => {
      const found = sentences(paragraph, locale);
      expect(found.map((sentence) => sentence.text)).toEqual(expected);
      expectExactCover(paragraph, found);
    });
  });

  describe('covers every paragraph of our articles exactly', () => {
    const articles = path.join(process.cwd(), 'content/articles');
    const files = fs.readdirSync(articles).flatMap((slug) => locales.map((locale) => [`${slug}/${locale}.md`, locale] as const));

    it.each(files)('%s', (file, locale) => {
      const body = matter(fs.readFileSync(path.join(articles, file), 'utf8')).content;
      const paragraphs = remark().parse(body).children.map((block) => toString(block));
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const paragraph of paragraphs) {
        const found = sentences(paragraph, locale);
        expect(found.length, paragraph).toBeGreaterThan(0);
        expectExactCover(paragraph, found);
      }
    });
  });
});
