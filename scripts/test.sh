#!/usr/bin/env bash
# Set everything up, then run the whole test suite (offscreen; no display needed).
# Extra arguments go to pytest.  pytest's exit 5 (nothing collected) fails like any error.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
