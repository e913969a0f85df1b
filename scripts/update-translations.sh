#!/usr/bin/env bash
# Refresh the translations after UI strings changed: lupdate re-reads every tr()/translate()
# string (keeping the translations already made, dropping strings that are gone), then lrelease
# rebuilds the .qm files the app loads. Running it twice changes nothing the second time.
#
# Usage: bash scripts/update-translations.sh                  update clientjournal/resources/translations/
#        bash scripts/update-translations.sh --template FILE  only write the current source
#            strings to FILE as a fresh .ts (no translations, no locations; used by the tests)
#
# Then translate what is new (pyside6-linguist clientjournal/resources/translations/clientjournal_de.ts, or
# any editor: fill <translation>, remove type="unfinished") and run this script again.
# clientjournal_de.ts holds every string; clientjournal_en.ts only the plural ("%n") strings,
# because English needs those to say "1 client" / "2 clients" (Qt's -pluralonly convention).
set -euo pipefail

template=""
if [[ ${1:-} == --template && $# -eq 2 ]]; then
  template=$2
  [[ $template == /* ]] || template="$PWD/$template"
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--template FILE]" >&2
  exit 2
fi
cd "$(dirname "$0")/.."

bin=${VENV_BIN:-.venv/bin}   # where pyside6-lupdate, pyside6-lrelease and python are
dir=clientjournal/resources/translations
sources=(clientjournal/ui/*.py clientjournal/ui/*/*.py clientjournal/app.py)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# lupdate reads Python by its tokens and misses two things this code does:
#  - text passed through a module-level helper, labels._tr("Active"), which calls
#    QCoreApplication.translate("labels", text): the helper call has no context for lupdate;
#  - plurals through QCoreApplication.translate("labels", "%n days ago", None, days): lupdate
#    only marks a translate() call as plural when its count is a number literal (self.tr is fine).
# So each such module goes to lupdate as a rewritten copy with the same lines and columns:
# _tr("Active") -> QCoreApplication.translate("labels", "Active"), and the plural count -> 1.
# The locations in the .ts files are then pointed back at the real file.
shim="$work/lupdate-shim"
"$bin/python" - "$shim" "${sources[@]}" >"$work/inputs" <<'PY'
import ast
import json
import sys
from pathlib import Path

out_root, files = Path(sys.argv[1]), sys.argv[2:]


def literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def helpers_in(tree: ast.Module) -> dict[str, str]:
    """Module-level functions f(text, ...) that return translate("<context>", text, ...)."""
    found = {}
    for func in tree.body:
        if isinstance(func, ast.FunctionDef) and func.args.args:
            text_param = func.args.args[0].arg
            for call in ast.walk(func):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and len(call.args) >= 2
                    and literal(call.args[0]) is not None
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == text_param
                ):
                    found[func.name] = literal(call.args[0])
    return found


for name in files:
    source = Path(name).read_bytes()
    tree = ast.parse(source, name)
    helpers = helpers_in(tree)
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[line - 1] + col

    edits = []  # (start, end, replacement bytes)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not call.args or literal(call.args[0]) is None:
            continue
        if isinstance(call.func, ast.Name) and call.func.id in helpers:
            func = call.func
            first = call.args[0]
            context = json.dumps(helpers[func.id], ensure_ascii=False)
            edits.append((offset(func.lineno, func.col_offset),
                          offset(func.end_lineno, func.end_col_offset),
                          b"QCoreApplication.translate"))
            at = offset(first.lineno, first.col_offset)
            edits.append((at, at, f"{context}, ".encode()))
        elif (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 4
            and literal(call.args[1]) is not None
            and not (isinstance(call.args[3], ast.Constant) and isinstance(call.args[3].value, int))
        ):
            count = call.args[3]
            start = offset(count.lineno, count.col_offset)
            end = offset(count.end_lineno, count.end_col_offset)
            edits.append((start, end, b"1" + b"\n" * source[start:end].count(b"\n")))
    if not edits:
        print(name)
        continue
    for start, end, replacement in sorted(edits, reverse=True):
        source = source[:start] + replacement + source[end:]
    target = out_root / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source)
    print(target)
PY
mapfile -t inputs <"$work/inputs"

if [[ -n $template ]]; then
  rm -f "$template"
  "$bin/pyside6-lupdate" -silent -locations none -source-language en "${inputs[@]}" -ts "$template"
  exit 0
fi

mkdir -p "$dir"
for lang in de en; do
  ts="$dir/clientjournal_$lang.ts"
  only=()
  [[ $lang == en ]] && only=(-pluralonly)
  "$bin/pyside6-lupdate" -no-obsolete -locations absolute -source-language en "${only[@]}" \
    "${inputs[@]}" -ts "$ts"
  # Point the stand-ins' locations back at the real source files.
  sed -i -E 's#filename="[^"]*/lupdate-shim/#filename="../../#' "$ts"
  "$bin/pyside6-lrelease" -nounfinished "$ts" -qm "$dir/clientjournal_$lang.qm"
done
