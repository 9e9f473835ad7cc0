#!/usr/bin/env bash
# Installs, builds and serves the site with nginx straight from disk
# (deploy/nginx.conf) on http://localhost:3000 (HOST, PORT), the search service
# beside it on 127.0.0.1:3001 (SEARCH_PORT), both on the loopback interface.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/ensure-apt.sh nginx nginx-light
npm run build
search_port=${SEARCH_PORT:-3001}
HOST=127.0.0.1 PORT="$search_port" node dist/search/service.mjs &
service=$!
trap 'kill "$service" 2>/dev/null' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$search_port/"; do
  kill -0 "$service" 2>/dev/null || { echo "the search service stopped" >&2; exit 1; }
  sleep 0.2
done
host=${HOST:-localhost}
echo "Serving with nginx on http://$host:${PORT:-3000}"
bash scripts/nginx.sh deploy/nginx.conf "$host:${PORT:-3000}" SEARCH="127.0.0.1:$search_port"
