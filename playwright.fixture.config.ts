import path from 'node:path';
import { defineConfig } from '@playwright/test';
import site from './playwright.config';

/**
 * What the real content cannot show (pieces in one language only, lists of
 * several pages), tested against a build of the fixture tree with two pieces
 * a page: `CONTENT_DIR=tests/fixtures/valid PAGE_SIZE=2 npm run build`.
 * The server and the tests' own loader both read CONTENT_DIR and PAGE_SIZE.
 */
process.env.CONTENT_DIR = path.resolve('tests/fixtures/valid');
process.env.PAGE_SIZE = '2';

export default defineConfig({
  ...site,
  testDir: 'tests/e2e-fixture',
  outputDir: 'test-results/e2e-fixture',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-fixture.json' }]],
});
