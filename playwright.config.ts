import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3211);

/** Debian's Chromium: Playwright's own browser download cannot reach its host here. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: {
    // The build in dist/, once checked to be of the right content, as `npm start` serves it.
    command: `node node_modules/tsx/dist/cli.mjs tests/e2e/check-build.ts && PORT=${port} exec node dist/server.mjs`,
    url: `http://localhost:${port}/fr`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
