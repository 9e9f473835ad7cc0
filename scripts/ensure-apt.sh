#!/usr/bin/env bash
# Makes sure a command (or a file) from a Debian package is there, installing
# the package when it is missing and we are root:   scripts/ensure-apt.sh COMMAND PACKAGE
# The tests need Debian's chromium (Playwright cannot download its own browser
# here) and nginx-light (the shared cache the end-to-end tests run through).
set -euo pipefail
command=$1 package=$2
if command -v "$command" >/dev/null || [ -x "/usr/sbin/$command" ] || [ -e "$command" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's $package…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  exit 0
fi
echo "The tests need $command, from Debian's package $package." >&2
echo "Install it as root with: apt-get update && apt-get install -y $package" >&2
exit 1
