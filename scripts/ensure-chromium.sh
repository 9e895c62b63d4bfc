#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download is not available
# here). Installs it when missing and allowed (root with apt-get); otherwise says what to do.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's package (apt-get install chromium)…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chromium: run 'sudo apt-get install chromium' or set CHROMIUM_PATH." >&2
exit 1
