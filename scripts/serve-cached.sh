#!/usr/bin/env bash
# Installs, builds and serves the site behind nginx as a shared cache
# (deploy/nginx.conf): nginx on http://localhost:8080 (CACHE_PORT), the site's
# server on 127.0.0.1:3000 (PORT) behind it, both on the loopback interface.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/ensure-apt.sh nginx nginx-light
npm run build
HOST=127.0.0.1 PORT="${PORT:-3000}" node server.mjs &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:${PORT:-3000}/fr"; do
  kill -0 "$server" 2>/dev/null || { echo "the site's server stopped" >&2; exit 1; }
  sleep 0.5
done
echo "Serving through the cache on http://localhost:${CACHE_PORT:-8080}"
bash scripts/nginx-cache.sh "127.0.0.1:${CACHE_PORT:-8080}" "127.0.0.1:${PORT:-3000}"
