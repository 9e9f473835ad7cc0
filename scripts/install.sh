#!/usr/bin/env bash
# Installs the npm packages exactly as locked, unless they already match the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json .install-stamp 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json .install-stamp
fi
