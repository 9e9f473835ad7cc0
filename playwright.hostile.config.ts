import path from 'node:path';
import { defineConfig } from '@playwright/test';
import site from './playwright.config';

/**
 * Script injections everywhere a writer or a reader can put text, tested
 * against a build of the hostile tree that tests/e2e-hostile/write-tree.ts
 * writes into .cache/hostile-content (scripts/test.sh does both).
 */
process.env.CONTENT_DIR = path.resolve('.cache/hostile-content');

export default defineConfig({
  ...site,
  testDir: 'tests/e2e-hostile',
  outputDir: 'test-results/e2e-hostile',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-hostile.json' }]],
});
