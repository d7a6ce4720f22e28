#!/usr/bin/env bash
# Installs the Debian packages pymem needs beyond Node: python3 (3.11, the reference, with its
# headers for the recorder), a C compiler, and Debian's Chromium for the demo's browser test
# (driven by playwright-core; no browser is ever downloaded by npm). Does nothing when they are already there.
set -euo pipefail
need=()
command -v python3 >/dev/null || need+=(python3 python3-dev)
command -v python3-config >/dev/null || need+=(python3-dev)
command -v gcc >/dev/null || need+=(gcc)
command -v make >/dev/null || need+=(make)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}"
fi
