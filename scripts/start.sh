#!/usr/bin/env bash
# Set everything up, then start Client Journal (extra arguments go to the app).
# Without a display it says how to run the window, and proves the app starts (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  .venv/bin/clientjournal "$@" || true   # prints how to run it without a screen
  echo "start: checking that the app starts, offscreen:" >&2
  exec env QT_QPA_PLATFORM=offscreen .venv/bin/clientjournal --smoke-test "$@"
fi
exec .venv/bin/clientjournal "$@"
