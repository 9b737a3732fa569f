#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine to build and test Lastmile offline:
# Debian's Chromium (the e2e browser, same engine as Electron), fonts, poppler (PDF checks), LibreOffice Calc
# (recalculates the exported workbook headless: tests/unit/export/workbookRecalc.test.ts), then npm ci.
# The Electron binary is not downloaded here (it comes from GitHub); `npm start` fetches it where there is internet.
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(chromium fonts-dejavu-core fonts-liberation xvfb xauth poppler-utils libreoffice-calc)
missing=()
for p in "${PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Please install: ${missing[*]} (Chromium is needed for the end-to-end tests)" >&2
    exit 1
  fi
fi

export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
