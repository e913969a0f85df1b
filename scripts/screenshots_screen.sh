#!/bin/bash
# Screenshots of the whole screen under a window manager (see scripts/screenshots_screen.py).
# usage: bash scripts/screenshots_screen.sh JOURNAL OUT_DIR WIDTHxHEIGHT de|en light|dark
# Needs Xvfb, openbox and ImageMagick (apt-get install xvfb openbox imagemagick).
set -eu
journal=$1 out=$2 size=$3 lang=$4 theme=$5
cd "$(dirname "$0")/.."
copy=$(mktemp -d)  # each run adds a reply and an invoice: to a copy, so runs look alike
cp -r "$journal" "$copy/journal"
disp=:$(( 100 + RANDOM % 100 ))
Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$wm" "$xvfb" 2>/dev/null || true; rm -rf "$copy"' EXIT
sleep 0.5
DISPLAY=$disp openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
DISPLAY=$disp QT_QPA_PLATFORM=xcb timeout 180 "${PYTHON:-.venv/bin/python}" \
  scripts/screenshots_screen.py "$copy/journal" "$out" "$size" "$lang" "$theme"
