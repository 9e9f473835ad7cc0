import path from 'node:path';
import { defineConfig } from '@playwright/test';
import site from './playwright.config';

/**
 * What the real content cannot show (pieces in one language only), tested
 * against a build of the fixture tree: `CONTENT_DIR=tests/fixtures/valid npm run build`.
 * The server and the tests' own loader both read CONTENT_DIR.
 */
process.env.CONTENT_DIR = path.resolve('tests/fixtures/valid');

export default defineConfig({
  ...site,
  testDir: 'tests/e2e-fixture',
  outputDir: 'test-results/e2e-fixture',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-fixture.json' }]],
});
