#!/usr/bin/env bash
# Build the frozen app: a PyInstaller one-folder build in build/dist/clientjournal/ (start it with
# build/dist/clientjournal/clientjournal), intermediate files in build/work/. Works from a clean
# clone: creates the project's .venv (scripts/setup.sh) when missing, adds PyInstaller to it.
#
# Usage: bash build/build.sh [PYINSTALLER OPTIONS…]     e.g. --clean, --log-level WARN
# Check the result: QT_QPA_PLATFORM=offscreen build/dist/clientjournal/clientjournal --smoke-test
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION=6.22.3  # the pin in pyproject.toml's 'build' extra
python=.venv/bin/python

if [[ ! -x $python ]]; then
  echo "build: no .venv yet, running scripts/setup.sh" >&2
  bash scripts/setup.sh
fi
installed=$("$python" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)
if [[ $installed != "$PYINSTALLER_VERSION" ]]; then
  echo "build: installing the pinned build tools (pyproject.toml, extra 'build') into .venv" >&2
  "$python" -m pip install --quiet --disable-pip-version-check -e ".[build]"
fi
# PyInstaller finds shared-library dependencies with ldd and strips binaries with strip.
for tool in ldd strip; do
  command -v "$tool" >/dev/null || {
    echo "build: '$tool' is missing; on Debian/Ubuntu: apt-get install binutils libc-bin" >&2
    exit 1
  }
done

rm -rf build/dist/clientjournal
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work "$@" build/clientjournal.spec

app=build/dist/clientjournal
[[ -x $app/clientjournal ]] || { echo "build: $app/clientjournal was not built" >&2; exit 1; }
echo "build: $app/clientjournal ready: $(du -sh "$app" | cut -f1) in $(find "$app" -type f | wc -l) files"
