#!/bin/bash
# Screenshots of sync under a window manager (see scripts/screenshots_sync.py).
# usage: bash scripts/screenshots_sync.sh OUT_DIR WIDTHxHEIGHT de|en light|dark
# Needs Xvfb, openbox and ImageMagick (apt-get install xvfb openbox imagemagick).
set -eu
out=$1 size=$2 lang=$3 theme=$4
cd "$(dirname "$0")/.."
disp=:$(( 100 + RANDOM % 100 ))
Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$wm" "$xvfb" 2>/dev/null || true' EXIT
sleep 0.5
DISPLAY=$disp openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
DISPLAY=$disp QT_QPA_PLATFORM=xcb timeout 300 "${PYTHON:-.venv/bin/python}" \
  scripts/screenshots_sync.py "$out" "$size" "$lang" "$theme"
