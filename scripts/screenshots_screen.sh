#!/bin/bash
# Screenshots of the whole screen under a window manager (see scripts/screenshots_screen.py).
# usage: bash scripts/screenshots_screen.sh JOURNAL OUT_DIR WIDTHxHEIGHT de|en light|dark
set -eu
journal=$1 out=$2 size=$3 lang=$4 theme=$5
cd "$(dirname "$0")/.."
copy=$(mktemp -d)  # each run adds a reply and an invoice: to a copy, so runs look alike
trap 'rm -rf "$copy"' EXIT
cp -r "$journal" "$copy/journal"
bash scripts/on_screen.sh "$size" timeout 180 "${PYTHON:-.venv/bin/python}" \
  scripts/screenshots_screen.py "$copy/journal" "$out" "$size" "$lang" "$theme"
