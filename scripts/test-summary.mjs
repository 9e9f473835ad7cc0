// One closing line for the whole run, from the runners' JSON reports.
import fs from 'node:fs';

const unit = JSON.parse(fs.readFileSync('reports/unit.json', 'utf8'));
// Every end-to-end run must have reported: a missing report is a run that never happened.
const e2eRuns = ['reports/e2e-fixture.json', 'reports/e2e-hostile.json', 'reports/e2e.json', 'reports/e2e-nginx.json', 'reports/e2e-static.json', 'reports/e2e-cached.json'].map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
const sum = (pick) => e2eRuns.reduce((total, run) => total + pick(run), 0);
const e2e = {
  expected: sum((r) => r.stats.expected),
  // Errors outside tests (a server that did not start, a wrong build) fail the run too.
  failed: sum((r) => r.stats.unexpected + r.stats.flaky + (r.errors?.length ?? 0)),
  skipped: sum((r) => r.stats.skipped),
};
const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.failed;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`\nunit ${unit.numPassedTests}, end-to-end ${e2e.expected}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
