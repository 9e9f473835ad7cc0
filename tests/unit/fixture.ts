import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ContentLibrary } from '@/lib/content/library';
import { ContentError } from '@/lib/content/problems';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A content directory built from `{ relative path: text }`, removed after the test. */
export function contentFixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

export const tagsYaml = `
kazakhstan:
  kind: place
  labels: { fr: Kazakhstan, en: Kazakhstan }
russia:
  kind: place
  labels: { fr: Russie, en: Russia }
`;

export function version(overrides: Record<string, string | null> = {}, body = 'Body text.'): string {
  const fields: Record<string, string | null> = {
    title: 'A title',
    date: '2022-01-09',
    language: 'fr',
    kind: 'news',
    tags: '[kazakhstan]',
    sources: '\n  - name: A source',
    summary: '\n  - A lead line.',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}\n`;
}

/** Every problem loading `dir` reports; fails when it loads. */
export function problemsOf(dir: string): string[] {
  try {
    ContentLibrary.load(dir);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ContentError');
}
