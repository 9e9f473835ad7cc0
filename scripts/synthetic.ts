// Synthetic bilingual content for benchmarks: deterministic, so runs compare.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const words = {
  fr: 'le la les un une des pouvoir crise président réforme sanctions frontière élection gouvernement manifestation sécurité économie région stratégie alliance influence transition'.split(' '),
  en: 'the a of power crisis president reform sanctions border election government protest security economy region strategy alliance influence transition Kazakhstan'.split(' '),
};

/**
 * Text words follow Zipf's law: a few words are everywhere, most are rare.
 * Each language draws from a few thousand invented words, with its real words
 * above placed from rank 100 on, where topical words of a news corpus sit (each
 * then appears in a third to a half of the pieces), so that searches meet
 * realistic postings.
 */
function vocabulary(real: readonly string[], size: number, random: () => number) {
  const syllables = 'ka ra mo ti sel ven dor lu pa gri sto na bel ter vi cho mer dan fu ros'.split(' ');
  const list: string[] = [];
  while (list.length < size) {
    if (list.length >= 100 && list.length % 2 === 0 && list.length < 100 + 2 * real.length) {
      list.push(real[(list.length - 100) / 2]!);
      continue;
    }
    const n = 2 + Math.floor(random() * 3);
    list.push(Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= list.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Writes `pieces` bilingual pieces of about `wordsPerVersion` words over `tagCount` tags; returns the directory. */
export function writeSyntheticContent(pieces: number, tagCount = Math.max(10, Math.round(pieces / 4)), wordsPerVersion = 800): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-content-'));
  const random = rng(42);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const draw = { fr: vocabulary(words.fr, 5000, random), en: vocabulary(words.en, 5000, random) };
  const tags = Array.from({ length: tagCount }, (_, i) => `tag-${i}`);
  fs.writeFileSync(
    path.join(dir, 'tags.yaml'),
    tags.map((t, i) => `${t}:\n  kind: topic\n  labels: { fr: Sujet ${i}, en: Topic ${i} }\n  aliases: [alias${i}]\n`).join(''),
  );
  for (let p = 0; p < pieces; p++) {
    const slug = `piece-${p}`;
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const pieceTags = [...new Set(Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(tags)))];
    const kind = random() < 0.5 ? 'news' : 'analysis';
    fs.mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
    for (const locale of ['fr', 'en'] as const) {
      const sentence = (n: number) => Array.from({ length: n }, () => draw[locale]()).join(' ') + '.';
      const blocks: string[] = [];
      let count = 0;
      let b = 0;
      while (count < wordsPerVersion) {
        if (b % 6 === 0) blocks.push(`## ${sentence(4)}`);
        else {
          blocks.push(`${sentence(12)} *${sentence(5)}* ${sentence(15)} [link](https://example.org/${b}) ${sentence(20)}`);
          count += 53;
        }
        b++;
      }
      const front = [
        '---',
        `title: "${locale === 'fr' ? 'Pièce' : 'Piece'} ${p}: ${sentence(6)}"`,
        `date: ${date}`,
        `language: ${locale}`,
        `kind: ${kind}`,
        `tags: [${pieceTags.join(', ')}]`,
        'sources:\n  - name: Bench\n    url: https://example.org',
        `summary:\n  - "${sentence(20)}"`,
        '---',
      ].join('\n');
      fs.writeFileSync(path.join(dir, 'articles', slug, `${locale}.md`), `${front}\n${blocks.join('\n\n')}\n`);
    }
  }
  return dir;
}
