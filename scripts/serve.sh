#!/usr/bin/env bash
# Installs, builds and serves the site on http://localhost:3000 (loopback only),
# or on HOST and PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm run build
# HOST (default localhost) and PORT (default 3000) say where to listen: any
# address works.
exec node dist/server.mjs
