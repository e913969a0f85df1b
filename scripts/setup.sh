#!/usr/bin/env bash
# Set up everything Client Journal needs on Debian/Ubuntu: the few system libraries Qt loads
# (only when missing), and the pinned Python packages in a local virtual environment (.venv).
# Usage: bash scripts/setup.sh [--dev]     (--dev adds the test and lint tools)
set -euo pipefail
cd "$(dirname "$0")/.."

QT_DEBS=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
missing=()
if command -v dpkg >/dev/null; then
  for deb in "${QT_DEBS[@]}"; do
    dpkg -s "$deb" >/dev/null 2>&1 || missing+=("$deb")
  done
fi
if (( ${#missing[@]} )); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing system libraries for Qt: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: Qt needs these system packages: ${missing[*]}" >&2
    echo "       install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

extras=""
[[ ${1:-} == --dev ]] && extras="[dev]"
if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv || {
    echo "setup: could not create a virtual environment; on Debian: apt-get install python3-venv" >&2
    exit 1
  }
fi
# Reinstall only when the pinned dependencies changed (or a different extra is wanted).
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)${extras:+-dev}"
if [[ ! -e $stamp ]]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
