#!/usr/bin/env bash
# Installs, builds and serves the site on http://localhost:3000 (loopback only).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm run build
# `localhost`, not 127.0.0.1: Next's proxy rewrites compare against the host it
# was started with and would otherwise treat the 404 rewrite as an external URL.
exec node node_modules/next/dist/bin/next start -p "${PORT:-3000}" -H localhost
