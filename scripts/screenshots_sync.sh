#!/bin/bash
# Screenshots of sync under a window manager (see scripts/screenshots_sync.py).
# usage: bash scripts/screenshots_sync.sh OUT_DIR WIDTHxHEIGHT de|en light|dark
set -eu
out=$1 size=$2 lang=$3 theme=$4
cd "$(dirname "$0")/.."
exec bash scripts/on_screen.sh "$size" timeout 300 "${PYTHON:-.venv/bin/python}" \
  scripts/screenshots_sync.py "$out" "$size" "$lang" "$theme"
