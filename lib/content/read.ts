import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { locales, isLocale, type Locale } from '../i18n/locales';
import { frontMatterSchema, tagsFileSchema, slugPattern } from './schema';
import { renderLead, renderMarkdown, type InlineText } from './markdown';
import { MentionLinker } from './mentions';
import type { Problems } from './problems';
import type { Correction, Tag, Translation, Version } from './types';
import { typographyProblems } from '../i18n/typography';

/**
 * YAML 1.2 (the `yaml` package) keeps `2022-01-09` a string, where gray-matter's
 * default js-yaml would turn it into a Date in the server's time zone.
 */
const matterOptions = { engines: { yaml: (source: string) => YAML.parse(source) as object } };

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

function yamlMessage(error: unknown): string {
  if (error instanceof YAML.YAMLError) {
    const line = error.linePos?.[0]?.line;
    return `YAML syntax error${line ? ` at line ${line}` : ''}: ${error.message.split('\n')[0]}`;
  }
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

function reportZod(problems: Problems, file: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  for (const issue of error.issues) {
    problems.add(file, issue.path.map(String).join('.') || null, issue.message);
  }
}

// `turbopackIgnore` on file calls: content is data read at run time, not a
// source for Turbopack to trace; unmarked, it traced every file of the project
// named like a piece's (dist/ holds 80,000 at 5,000 pieces).
export function readTags(dir: string, problems: Problems): ReadonlyMap<string, Tag> {
  const file = path.join(/* turbopackIgnore: true */ dir, 'tags.yaml');
  const name = display(file);
  if (!fs.existsSync(/* turbopackIgnore: true */ file)) {
    problems.add(name, null, 'missing file: every tag must be defined here');
    return new Map();
  }
  let raw: unknown;
  try {
    raw = YAML.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
  } catch (error) {
    problems.add(name, null, yamlMessage(error));
    return new Map();
  }
  const parsed = tagsFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    reportZod(problems, name, parsed.error);
    return new Map();
  }
  return new Map(
    Object.entries(parsed.data).map(([slug, entry]) => [slug, { slug, ...entry }] as const),
  );
}

export interface PieceFiles {
  readonly slug: string;
  readonly dir: string;
  readonly files: ReadonlyMap<Locale, string>;
}

/** Folders under `articles/`; stray files (`.DS_Store`, notes) are not pieces and are ignored. */
export function listPieces(dir: string, problems: Problems): PieceFiles[] {
  const articles = path.join(/* turbopackIgnore: true */ dir, 'articles');
  if (!fs.existsSync(/* turbopackIgnore: true */ articles)) {
    problems.add(display(articles), null, 'missing folder: pieces live in articles/<slug>/<locale>.md');
    return [];
  }
  const pieces: PieceFiles[] = [];
  for (const entry of fs.readdirSync(/* turbopackIgnore: true */ articles, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const pieceDir = path.join(/* turbopackIgnore: true */ articles, entry.name);
    if (!slugPattern.test(entry.name)) {
      problems.add(display(pieceDir), null, 'folder name must be a lowercase ASCII slug (a-z, 0-9, -)');
      continue;
    }
    const files = new Map<Locale, string>();
    for (const name of fs.readdirSync(/* turbopackIgnore: true */ pieceDir).sort()) {
      if (!name.endsWith('.md')) continue;
      const base = name.slice(0, -3);
      if (isLocale(base)) files.set(base, path.join(/* turbopackIgnore: true */ pieceDir, name));
      else problems.add(display(path.join(pieceDir, name)), null, `file name must be one of ${locales.map((l) => `${l}.md`).join(', ')}`);
    }
    if (files.size === 0) {
      problems.add(display(pieceDir), null, `no version: expected ${locales.map((l) => `${l}.md`).join(' and/or ')}`);
      continue;
    }
    pieces.push({ slug: entry.name, dir: pieceDir, files });
  }
  return pieces.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** A version as read, with the fingerprints of the original its translation was signed with, if any. */
export interface ReadVersion {
  readonly version: Version;
  readonly signed?: Readonly<Record<string, string>>;
}

export function readVersion(
  slug: string,
  locale: Locale,
  file: string,
  tags: ReadonlyMap<string, Tag>,
  problems: Problems,
): ReadVersion | undefined {
  const name = display(file);
  const source = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  // gray-matter hands a block opened with `---js` to eval (and `---json` to
  // JSON): a contributed file must be data, so anything but a bare `---` is
  // refused before gray-matter parses it. Its own detector decides, so the two
  // cannot disagree.
  const engine = matter.language(source).name;
  if (engine !== '') {
    problems.add(name, 'front-matter', `opens with "---${engine}": only YAML front-matter, opened by a line of just "---", is accepted`);
    return undefined;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, matterOptions);
  } catch (error) {
    problems.add(name, 'front-matter', yamlMessage(error));
    return undefined;
  }
  const result = frontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    reportZod(problems, name, result.error);
    return undefined;
  }
  const data = result.data;
  let ok = true;
  if (data.language !== locale) {
    problems.add(name, 'language', `is "${data.language}" but the file is ${locale}.md`);
    ok = false;
  }
  if (data.translation?.from === locale) {
    problems.add(name, 'translation.from', `cannot be the version's own language (${locale})`);
    ok = false;
  }
  const resolved: Tag[] = [];
  data.tags.forEach((slug, i) => {
    const tag = tags.get(slug);
    if (tag) resolved.push(tag);
    else {
      problems.add(name, `tags.${i}`, `unknown tag "${slug}": define it in tags.yaml`);
      ok = false;
    }
  });
  const summary: InlineText[] = [];
  data.summary.forEach((line, i) => {
    const lead = renderLead(line);
    if (lead) summary.push(lead);
    else {
      problems.add(name, `summary.${i}`, `must be one line of text, not a list, heading or block: ${JSON.stringify(line.slice(0, 40))}`);
      ok = false;
    }
  });
  const corrections: Correction[] = [];
  (data.corrections ?? []).forEach((correction, i) => {
    const field = `corrections.${i}`;
    const messages = [...typographyProblems[locale](correction.text)];
    const text = renderLead(correction.text);
    if (!text) messages.push(`must be one line of text, not a list, heading or block: ${JSON.stringify(correction.text.slice(0, 40))}`);
    for (const message of messages) problems.add(name, `${field}.text`, message);
    if (correction.date < data.date) problems.add(name, `${field}.date`, `${correction.date} is before the piece's date (${data.date})`);
    if (messages.length > 0 || correction.date < data.date) ok = false;
    else corrections.push({ date: correction.date, kind: correction.kind, text: text! });
  });
  if (parsed.content.trim() === '') {
    problems.add(name, 'body', 'is empty');
    ok = false;
  }
  if (!ok) return undefined;
  // Lead first, then body: a tag is linked where the reader first meets it.
  const mentions = new MentionLinker(resolved, locale);
  const lead = data.summary.map((line) => renderLead(line, mentions)!.html);
  const { wordCount, ...rendered } = renderMarkdown(parsed.content, mentions);
  const body = { ...rendered, lead, mentions: mentions.linked };
  const { signed, ...translation } = data.translation ?? {};
  const version: Version = {
    slug,
    locale,
    title: data.title,
    date: data.date,
    kind: data.kind,
    tags: resolved,
    sources: data.sources,
    summary,
    ...(data.authors ? { authors: data.authors } : {}),
    ...(data.translation ? { translation: translation as Translation } : {}),
    corrections: corrections.sort((a, b) => a.date.localeCompare(b.date)),
    body: () => body,
    wordCount,
    file: name,
  };
  return { version, ...(signed ? { signed } : {}) };
}
