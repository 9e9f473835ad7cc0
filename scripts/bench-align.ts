// npm run bench:align: the sentence aligner (lib/align/) against the
// alignment of our two pieces made by hand (tests/gold/sentence-alignment.json),
// in both directions, strict and lax, as sentence aligners report theirs; then
// against rows made harder from the gold (two sentences joined, one left out).
import fs from 'node:fs';
import path from 'node:path';
import { lengthRatio, perturbedRows, scoreAgainstGold, type Gold, type GoldScore } from '../lib/align/gold';
import { ContentLibrary } from '../lib/content/library';
import { tagNamer } from '../lib/content/mentions';

const root = path.resolve(import.meta.dirname, '..');
const gold = JSON.parse(fs.readFileSync(path.join(root, 'tests/gold/sentence-alignment.json'), 'utf8')) as Gold;
const names = tagNamer([...ContentLibrary.load(path.join(root, 'content')).tags.values()]);
const rows = Object.values(gold.pieces).flat();

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const table = (title: string, scores: GoldScore[]) => [
  `${title}`,
  '| direction | rows | strict P | strict R | strict F1 | lax F1 | rows kept whole |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...scores.map((s) => `| ${s.direction} | ${s.rows} | ${pct(s.strict.precision)} | ${pct(s.strict.recall)} | **${pct(s.strict.f1)}** | ${pct(s.lax.f1)} | ${s.keptWhole} |`),
];
const ratio = lengthRatio(rows);
const onGold = scoreAgainstGold(rows, names, ratio);
const harder = scoreAgainstGold(perturbedRows(rows), names, ratio);
console.log([...table(`Our two pieces (${rows.length} rows, gold by ${gold.about.date}):`, onGold), '', ...table('Rows made harder from the gold (two sentences joined, or one left out):', harder)].join('\n'));
console.log(JSON.stringify({ gold: onGold, harder }));
