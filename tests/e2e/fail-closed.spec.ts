import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A copy of the project whose `.next` lacks its serving manifest, or holds a
// broken one: everything else is a link to the real project and build.
const port = Number(process.env.E2E_PORT ?? 3211) + 6;
const root = process.cwd();

function projectWith(manifest: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fail-closed-'));
  for (const entry of fs.readdirSync(root)) {
    if (entry === '.next' || entry === 'server.mjs') continue;
    fs.symlinkSync(path.join(root, entry), path.join(dir, entry));
  }
  // Copied, not linked: Node would resolve a linked entry point to the real project.
  fs.copyFileSync(path.join(root, 'server.mjs'), path.join(dir, 'server.mjs'));
  fs.mkdirSync(path.join(dir, '.next'));
  for (const entry of fs.readdirSync(path.join(root, '.next'))) {
    if (entry !== 'serving-manifest.json') fs.symlinkSync(path.join(root, '.next', entry), path.join(dir, '.next', entry));
  }
  if (manifest !== null) fs.writeFileSync(path.join(dir, '.next', 'serving-manifest.json'), manifest);
  return dir;
}

const cases: [name: string, manifest: string | null, message: RegExp][] = [
  ['missing', null, /serving-manifest\.json is missing: run `npm run build`/],
  ['not JSON', '{"paths": [', /serving-manifest\.json is unreadable .*: run `npm run build`/],
  ['malformed', JSON.stringify({ contentDir: '/x', pageSize: 20, paths: '/fr', scriptHashes: ['sha256-abc='], contentTypes: {} }), /serving-manifest\.json is malformed \(paths: .*\): run `npm run build`/],
];

cases.forEach(([name, manifest, message], i) => {
  test(`a build whose serving manifest is ${name} does not start, and says what to run`, async () => {
    test.setTimeout(90_000);
    const dir = projectWith(manifest);
    try {
      const server = spawn(process.execPath, ['server.mjs'], { cwd: dir, env: { ...process.env, PORT: String(port + i) }, stdio: ['ignore', 'pipe', 'pipe'] });
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
