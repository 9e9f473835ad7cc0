import { defineConfig } from '@playwright/test';
import site from './playwright.config';

/**
 * The site behind a CDN: nginx (deploy/nginx-cache.conf) as a shared cache in
 * front of `npm start`, both on the loopback interface, the server on
 * 127.0.0.1 as it would be behind a proxy. Readers with different languages
 * and cookies take their journeys through the cache, one after the other so
 * that each finds what the previous one left in it.
 */
const port = Number(process.env.E2E_PORT ?? 3211) + 10;
const cached = port + 1;

export default defineConfig({
  ...site,
  testDir: 'tests/e2e-cached',
  outputDir: 'test-results/e2e-cached',
  workers: 1,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-cached.json' }]],
  use: { ...site.use, baseURL: `http://127.0.0.1:${cached}` },
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/e2e/check-build.ts && HOST=127.0.0.1 PORT=${port} exec node dist/server.mjs`,
      url: `http://127.0.0.1:${port}/fr`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `exec bash scripts/nginx.sh deploy/nginx-cache.conf 127.0.0.1:${cached} UPSTREAM=127.0.0.1:${port}`,
      url: `http://127.0.0.1:${cached}/fr`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
