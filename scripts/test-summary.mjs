// One closing line for the whole run, from the runners' JSON reports.
import fs from 'node:fs';

const unit = JSON.parse(fs.readFileSync('reports/unit.json', 'utf8'));
const e2e = JSON.parse(fs.readFileSync('reports/e2e.json', 'utf8'));
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected + e2e.stats.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`\nunit ${unit.numPassedTests}, end-to-end ${e2e.stats.expected}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
