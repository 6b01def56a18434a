#!/usr/bin/env bash
# `npm test`: builds, makes sure the real services the tests use are there
# (PostgreSQL at 127.0.0.1:5432, Debian's Chromium with an Arabic font), then
# runs the whole suite. Tests that need a service that cannot be had say so.
set -uo pipefail
cd "$(dirname "$0")/.."

if command -v pg_isready >/dev/null && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "[rasd test] starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto.*arabic"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[rasd test] installing Debian's chromium and fonts-noto-core for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core) >/dev/null \
      || echo "[rasd test] could not install chromium; browser tests will be skipped"
  else
    echo "[rasd test] /usr/bin/chromium missing (install Debian's chromium and fonts-noto-core); browser tests will be skipped"
  fi
fi

npm run build || exit 1
exec npx vitest run "$@"
