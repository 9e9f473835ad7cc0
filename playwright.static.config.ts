import { defineConfig } from '@playwright/test';
import site from './playwright.config';

/**
 * The site's folder served by nginx with no rule of ours, only
 * `try_files $uri $uri.html $uri/index.html =404` (deploy/nginx-static.conf):
 * the readers' journeys pass on files alone, as on any static host.
 */
const port = Number(process.env.E2E_PORT ?? 3211) + 30;

export default defineConfig({
  ...site,
  testDir: 'tests',
  testMatch: ['e2e/journeys.spec.ts', 'e2e-static/*.spec.ts'],
  outputDir: 'test-results/e2e-static',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-static.json' }]],
  use: { ...site.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs tests/e2e/check-build.ts && exec bash scripts/nginx.sh deploy/nginx-static.conf 127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/fr`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
