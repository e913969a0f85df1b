#!/bin/bash
# Runs one command on a virtual screen of the given size under a window manager (Xvfb + openbox),
# as a user's desktop would show the app; the screenshot scripts run through it.
# usage: bash scripts/on_screen.sh WIDTHxHEIGHT COMMAND...
# Needs Xvfb, openbox and ImageMagick (apt-get install xvfb openbox imagemagick).
set -eu
size=$1
shift
disp=:$(( 100 + RANDOM % 100 ))
Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
wm=
trap 'kill $wm "$xvfb" 2>/dev/null || true' EXIT
sleep 0.5
DISPLAY=$disp openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
DISPLAY=$disp QT_QPA_PLATFORM=xcb "$@"
