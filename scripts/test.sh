#!/usr/bin/env bash
# Set everything up, then run the whole test suite (offscreen; no display needed).
# Extra arguments go to pytest.  pytest's exit 5 (nothing collected) fails like any error.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
# One worker per core (pytest-xdist); CLIENTJOURNAL_TEST_WORKERS=0 runs everything in this process.
exec .venv/bin/python -m pytest -n "${CLIENTJOURNAL_TEST_WORKERS:-auto}" "$@"
