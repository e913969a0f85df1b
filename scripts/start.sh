#!/usr/bin/env bash
# Set everything up, then start Client Journal (extra arguments go to the app).
# Without a display it says how to run the window, and proves the app starts (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  .venv/bin/clientjournal "$@" || true   # explains what is missing
  echo "start: from this folder, with a virtual screen: xvfb-run -a .venv/bin/clientjournal" >&2
  echo "start: checking now that the app starts, offscreen, on a throw-away journal:" >&2
  # The check must not create a journal or window settings in the user's home folder.
  check=$(mktemp -d)
  trap 'rm -rf "$check"' EXIT
  CLIENTJOURNAL_CONFIG_DIR="$check/config" QT_QPA_PLATFORM=offscreen \
    .venv/bin/clientjournal --data-dir "$check/journal" --smoke-test
  exit
fi
exec .venv/bin/clientjournal "$@"
