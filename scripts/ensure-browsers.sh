#!/usr/bin/env bash
# Installs what the end-to-end tests drive: Debian's Chromium and Firefox ESR, and Arabic fonts for
# realistic screenshots. Does nothing when they are there. Needs root (or tells you what to run).
set -euo pipefail
PACKAGES=(chromium firefox-esr fonts-noto-core fonts-dejavu-core)
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "The end-to-end tests need: ${PACKAGES[*]}. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${PACKAGES[*]}" >&2
  exit 1
fi
echo "installing ${PACKAGES[*]} …"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
