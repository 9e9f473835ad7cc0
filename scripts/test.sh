#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, then checks
# content, lint and types, runs unit and component tests, builds the site and
# runs the end-to-end tests in Chromium against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results reports
bash scripts/install.sh
bash scripts/ensure-chromium.sh

echo "== content";    npm run -s check:content
echo "== lint";       npm run -s lint
echo "== types";      npm run -s typecheck
echo "== unit and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
echo "== build";      npm run -s build
echo "== end-to-end tests (Chromium)"
npx playwright test
node scripts/test-summary.mjs
