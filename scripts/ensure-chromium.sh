#!/bin/sh
# The browser suites drive Debian's Chromium at /usr/bin/chromium. When it is missing, root gets it
# from Debian's package repositories; anyone else is told the one command to run. Nothing else is downloaded.
set -eu
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Chromium: run  sudo apt-get update && sudo apt-get install -y chromium  then npm test again." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests (apt-get install chromium)..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
