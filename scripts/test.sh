#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, then checks
# content, lint and types, runs unit and component tests, then builds the site
# three times for the end-to-end tests in Chromium against the production
# build: from the fixture tree (pieces in one language only, which the real
# content lacks, with two pieces a page so that its lists have several pages),
# from a tree of script injections (tests/e2e-hostile), then from content/,
# which is the build left in dist/: served by `npm start`, by nginx from disk
# as `npm run serve:nginx` does, by nginx with no rule of ours (a static
# host), and through nginx as a shared cache (a CDN) in front of `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results reports
bash scripts/install.sh
bash scripts/ensure-apt.sh chromium chromium
bash scripts/ensure-apt.sh nginx nginx-light
# Optional: without it nginx sends the gzip copies instead of the brotli ones.
bash scripts/ensure-apt.sh /usr/lib/nginx/modules/ngx_http_brotli_static_module.so libnginx-mod-http-brotli-static || true

echo "== content";    npm run -s check:content -- --strict
echo "== lint";       npm run -s lint
echo "== types";      npm run -s typecheck
echo "== unit and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
# Both end-to-end runs go on when one fails; the summary counts every failure.
status=0
echo "== build from the fixture tree"
CONTENT_DIR=tests/fixtures/valid PAGE_SIZE=2 npm run -s build
echo "== end-to-end tests on the fixture tree (Chromium)"
npx playwright test -c playwright.fixture.config.ts || status=1
echo "== build from a tree of script injections"
node node_modules/tsx/dist/cli.mjs tests/e2e-hostile/write-tree.ts .cache/hostile-content
CONTENT_DIR=.cache/hostile-content npm run -s build
echo "== end-to-end tests on the injections (Chromium)"
npx playwright test -c playwright.hostile.config.ts || status=1
echo "== build";      npm run -s build
echo "== end-to-end tests (Chromium)"
npx playwright test || status=1
echo "== end-to-end tests served by nginx from disk, with the search service (Chromium)"
npx playwright test -c playwright.nginx.config.ts || status=1
echo "== readers' journeys on the files alone, nginx with no rule of ours (Chromium)"
npx playwright test -c playwright.static.config.ts || status=1
echo "== readers' journeys through nginx as a shared cache (Chromium)"
npx playwright test -c playwright.cached.config.ts || status=1
node scripts/test-summary.mjs || status=1
exit $status
