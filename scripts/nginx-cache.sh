#!/usr/bin/env bash
# Runs nginx in the foreground as the shared cache of deploy/nginx.conf:
#   scripts/nginx-cache.sh LISTEN UPSTREAM...   e.g. 127.0.0.1:8080 127.0.0.1:3000
# with a fresh cache each time, in $TMPDIR. Stops with its process (SIGTERM, SIGQUIT).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 LISTEN UPSTREAM..." >&2; exit 2; }
bash scripts/ensure-apt.sh nginx nginx-light
listen=$1; shift
prefix="${TMPDIR:-/tmp}/kazakh-reader-nginx-${listen//[^0-9A-Za-z]/_}"
rm -rf "$prefix"
mkdir -p "$prefix"/{body,proxy,fastcgi,uwsgi,scgi,cache}
# Run as root, nginx's workers are `nobody`: they must be able to write here.
chmod -R a+rwx "$prefix"
upstreams=""
for upstream in "$@"; do upstreams+="    server $upstream;"$'\n'; done
sed -e "s|@PREFIX@|$prefix|g" -e "s|@LISTEN@|$listen|g" deploy/nginx.conf | awk -v u="$upstreams" '{ if ($0 == "@UPSTREAMS@") printf "%s", u; else print }' >"$prefix/nginx.conf"
exec nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;'
