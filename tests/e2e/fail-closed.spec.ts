import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildOutput } from '@/lib/build/output';

// A copy of the build in dist/ with a part of it missing or broken: the
// server must refuse to start, and say what to run.
const port = Number(process.env.E2E_PORT ?? 3211) + 6;

function buildWithout(change: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fail-closed-'));
  fs.cpSync(buildOutput().root, dir, { recursive: true });
  change(dir);
  return dir;
}

const cases: [name: string, change: (dir: string) => void, message: RegExp][] = [
  ['no site folder', (dir) => fs.rmSync(path.join(dir, 'site'), { recursive: true }), /site holds no build: run `npm run build`/],
  ['no search index', (dir) => fs.rmSync(path.join(dir, 'search', 'search-index.json')), /search-index\.json.*Build the site with `npm run build`/],
  ['a search index that is not JSON', (dir) => fs.writeFileSync(path.join(dir, 'search', 'search-index.json'), '{"format": '), /search-index\.json.*Build the site with `npm run build`/],
  ['a search page without its main landmark', (dir) => fs.writeFileSync(path.join(dir, 'search', 'pages', 'search.fr.html'), '<html><title>x</title><a href="/en/search">x</a></html>'), /search\.fr\.html: the search page has no single <main.*run `npm run build`/],
  ['a broken _headers file', (dir) => fs.appendFileSync(path.join(dir, 'site', '_headers'), 'Cache-Control without a path\n  junk\n'), /_headers, line \d+/],
];

cases.forEach(([name, change, message], i) => {
  test(`a build with ${name} does not start, and says why`, async () => {
    test.setTimeout(90_000);
    const dir = buildWithout(change);
    try {
      const server = spawn(process.execPath, [path.join(dir, 'server.mjs')], { env: { ...process.env, PORT: String(port + i) }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          server.kill('SIGKILL');
          reject(new Error(`still running after 60 s: ${output}`));
        }, 60_000);
        server.on('exit', (exitCode) => {
          clearTimeout(timer);
          resolve(exitCode);
        });
      });
      expect(code).not.toBe(0);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/Serving on/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
