#!/bin/sh
# What AccessibleBrowser needs, installed by the test kit's build (docs/testing.md): Debian's chromium and its
# chromedriver, then axe-core from package-lock.json with `npm ci`. Nothing is downloaded by a Maven plugin: the
# system's package manager and npm do it, and only when something is missing.
set -eu
cd "$(dirname "$0")/../.."

as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else
    echo "install-browser: '$*' needs root (or sudo)" >&2; exit 1; fi
}

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
  echo "install-browser: installing$missing with apt-get"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
fi

if [ ! -f node_modules/axe-core/axe.min.js ] || ! cmp -s package-lock.json node_modules/.package-lock.json.ci 2>/dev/null; then
  npm ci --no-audit --no-fund --ignore-scripts
  cp package-lock.json node_modules/.package-lock.json.ci
fi
