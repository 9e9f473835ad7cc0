// Writes the hostile content tree: one piece in French and English whose
// title, lead, body, sources and tag labels carry the payloads of payloads.ts.
//   node node_modules/tsx/dist/cli.mjs tests/e2e-hostile/write-tree.ts DIR
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { payloads } from './payloads';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: write-tree.ts DIR');
  process.exit(2);
}
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'articles', 'hostile'), { recursive: true });

const pick = (from: number, n: number) => payloads.slice(from, from + n);

fs.writeFileSync(
  path.join(dir, 'tags.yaml'),
  YAML.stringify({
    kazakhstan: { kind: 'place', labels: { fr: 'Kazakhstan', en: 'Kazakhstan' } },
    hostile: { kind: 'topic', labels: { fr: `Étiquette ${payloads[1]}`, en: `Label ${payloads[94]}` }, aliases: pick(40, 3) },
    'hostile-person': { kind: 'person', labels: { fr: payloads[13]!, en: payloads[41]! }, aliases: [payloads[97]!] },
  }),
);

for (const language of ['fr', 'en'] as const) {
  const frontMatter = {
    title: `Hostile ${payloads[92]} ${payloads[1]}`,
    date: '2023-03-01',
    language,
    kind: 'analysis',
    tags: ['kazakhstan', 'hostile', 'hostile-person'],
    // Names are text; URLs must be http(s), so only what stays inside one can be tried.
    sources: [
      { name: payloads[1]!, url: `https://example.org/"><script>alert(1)</script>` },
      { name: payloads[9]!, url: `https://example.org/?q=<svg/onload=alert(1)>&x="onmouseover="alert(1)`, issue: payloads[93]!, note: payloads[94]! },
      { name: payloads[41]! },
    ],
    // Lead lines are inline Markdown: each payload after a word, so that it stays in its line.
    summary: [`Chapô ${payloads[94]}`, `Ligne ${payloads[41]} ${payloads[9]}`, `Lien ${payloads[116]}`],
    ...(language === 'en' ? { translation: { from: 'fr', note: `Note ${payloads[1]}` } } : {}),
  };
  const body = payloads.map((payload, i) => `Paragraphe ${i + 1}.\n\n${payload}`).join('\n\n');
  fs.writeFileSync(path.join(dir, 'articles', 'hostile', `${language}.md`), `---\n${YAML.stringify(frontMatter)}---\n${body}\n`);
}
console.log(`hostile tree with ${payloads.length} payloads written to ${dir}`);
