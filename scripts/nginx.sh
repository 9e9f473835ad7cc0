#!/usr/bin/env bash
# Runs nginx in the foreground with one of deploy/'s configurations:
#   scripts/nginx.sh CONFIG LISTEN [NAME=VALUE...]
#   scripts/nginx.sh deploy/nginx.conf localhost:3000 SEARCH=127.0.0.1:3001   (npm run serve:nginx)
#   scripts/nginx.sh deploy/nginx-static.conf 127.0.0.1:3240                 (no rule of ours)
#   scripts/nginx.sh deploy/nginx-cache.conf 127.0.0.1:8080 UPSTREAM=127.0.0.1:3000   (a CDN's cache)
# Each @NAME@ of the configuration is filled in: @PREFIX@ (a fresh folder in
# $TMPDIR for nginx's files), @LISTEN@, @SITE@ (dist/, or OUTPUT_DIR), the
# brotli module's lines where Debian's libnginx-mod-http-brotli-static is
# installed, and those given. Stops with its process (SIGTERM, SIGQUIT).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 CONFIG LISTEN [NAME=VALUE...]" >&2; exit 2; }
bash scripts/ensure-apt.sh nginx nginx-light
config=$1 listen=$2; shift 2
dist=$(realpath "${OUTPUT_DIR:-dist}")
[ -f "$dist/nginx-site.conf" ] || { echo "$dist holds no build: run npm run build first." >&2; exit 1; }
prefix="${TMPDIR:-/tmp}/kazakh-reader-nginx-${listen//[^0-9A-Za-z]/_}"
rm -rf "$prefix"
mkdir -p "$prefix"/{body,proxy,fastcgi,uwsgi,scgi,cache}
# Run as root, nginx's workers are `nobody`: they must be able to write here.
chmod -R a+rwx "$prefix"
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
brotli_module="" brotli_static=""
# Without the module, the brotli copies stay unused and the gzip ones are sent.
[ -f "$module" ] && brotli_module="load_module $module;" brotli_static="brotli_static on;"
args=(-e "s|@PREFIX@|$prefix|g" -e "s|@LISTEN@|$listen|g" -e "s|@SITE@|$dist|g" -e "s|@BROTLI_MODULE@|$brotli_module|" -e "s|@BROTLI_STATIC@|$brotli_static|")
for pair in "$@"; do args+=(-e "s|@${pair%%=*}@|${pair#*=}|g"); done
sed "${args[@]}" "$config" >"$prefix/nginx.conf"
# Run as root, the workers are the files' owner rather than `nobody`: a build
# in a private folder (a clone in `mktemp -d`, mode 0700) is unreadable to
# `nobody`, and every URL would be a 404.
user=""
if [ "$(id -u)" = 0 ]; then user="user $(stat -c %U "$dist");"; fi
exec nginx -p "$prefix" -c "$prefix/nginx.conf" -g "daemon off; $user"
