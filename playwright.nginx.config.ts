import { defineConfig } from '@playwright/test';
import site from './playwright.config';

/**
 * The whole end-to-end suite against the site as `npm run serve:nginx` serves
 * it: nginx straight from dist/site with the include the build wrote
 * (deploy/nginx.conf), the search service beside it. The tests that start
 * servers of their own (addresses, a build without content, a broken build,
 * a deploy under a reader's saved pieces)
 * run once, in the default configuration.
 */
const port = Number(process.env.E2E_PORT ?? 3211) + 20;
const search = port + 1;

export default defineConfig({
  ...site,
  outputDir: 'test-results/e2e-nginx',
  testIgnore: ['addresses.spec.ts', 'search-without-content.spec.ts', 'fail-closed.spec.ts', 'offline-update.spec.ts'],
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-nginx.json' }]],
  use: { ...site.use, baseURL: `http://localhost:${port}` },
  webServer: [
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/e2e/check-build.ts && HOST=127.0.0.1 PORT=${search} exec node dist/search/service.mjs`,
      url: `http://127.0.0.1:${search}/fr/search`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `exec bash scripts/nginx.sh deploy/nginx.conf localhost:${port} SEARCH=127.0.0.1:${search}`,
      url: `http://localhost:${port}/fr`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
