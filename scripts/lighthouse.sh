#!/usr/bin/env bash
# npm run bench:lighthouse — Lighthouse mobile scores of the production build
# (run `npm run build` first). Uses Debian's Chromium; fetches lighthouse from npm.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${LH_PORT:-3213}
PORT="$port" setsid node dist/server.mjs >/dev/null 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://localhost:$port/fr" >/dev/null && break; sleep 0.2; done
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
for page in ${@:-/fr /fr/articles/kazakhstan-crisis /en/articles/kazakhstan-east-west}; do
  CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12 "http://localhost:$port$page" --quiet \
    --chrome-flags="$flags" --form-factor=mobile --output=json --output-path=/tmp/lighthouse.json \
    --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1
  node -e '
    const r = require("/tmp/lighthouse.json");
    const s = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
    const a = r.audits;
    console.log(`${process.argv[1]}: ${s}; LCP ${Math.round(a["largest-contentful-paint"].numericValue)} ms, FCP ${Math.round(a["first-contentful-paint"].numericValue)} ms, TBT ${a["total-blocking-time"].displayValue}, CLS ${a["cumulative-layout-shift"].displayValue}`);
  ' "$page"
done
