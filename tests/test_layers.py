"""The three layers import in one direction only: ui -> store -> core (DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import clientjournal

PACKAGE = Path(clientjournal.__file__).parent
QT = ("PySide6", "shiboken6")
DB = ("peewee", "playhouse", "sqlite3")
FORBIDDEN = {
    "core": (*QT, *DB, "clientjournal.store", "clientjournal.ui", "clientjournal.app"),
    "store": (*QT, "clientjournal.ui", "clientjournal.app"),
    "ui": DB,
}
MAX_LINES = 400


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def test_layers_import_in_one_direction_only():
    crossings = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in imports_of(path):
                if name == forbidden or any(
                    name == f or name.startswith(f + ".") for f in forbidden
                ):
                    crossings.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert crossings == []


def test_no_relative_imports_hide_crossings():
    relative = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if any(
            isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(ast.parse(path.read_text()))
        )
    ]
    assert relative == []


def test_modules_stay_small():
    long = [
        f"{path.relative_to(PACKAGE)}: {count} lines"
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert long == []
