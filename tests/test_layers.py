"""The shape DESIGN.md draws: the three layers import in one direction only (ui -> store ->
core), no module imports itself round a circle (not even for type hints), features reach the
window only through its context, and folders stay small enough to find one's way in."""

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
MAX_MODULES_PER_FOLDER = 15


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


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The app's modules ``path`` imports; ``from package import module`` counts as an import
    of that module (not of the package's ``__init__``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module in modules and not node.level:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in modules else node.module)
    return found


def test_no_import_circles_not_even_for_type_hints():
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph = {
        module: _imported_modules(path, set(paths)) - {module} for module, path in paths.items()
    }

    seen: dict[str, int] = {}  # 1: on the current path, 2: done
    circles = []

    def visit(module: str, path: list[str]) -> None:
        seen[module] = 1
        for name in sorted(graph[module]):
            if seen.get(name) == 1:
                circles.append(" -> ".join([*path[path.index(name) :], name]))
            elif name not in seen:
                visit(name, [*path, name])
        seen[module] = 2

    for module in sorted(graph):
        if module not in seen:
            visit(module, [module])
    assert circles == []


def test_features_reach_the_window_only_through_its_context():
    """Only the composition root (app.py) and the shell itself import the shell; a feature
    gets a ``WindowContext`` instead of the main window."""
    reaching = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        if "shell" not in path.relative_to(PACKAGE / "ui").parts
        for name in imports_of(path)
        if name.startswith("clientjournal.ui.shell")
    ]
    assert reaching == []


def test_no_folder_is_crowded():
    crowded = [
        f"{folder.relative_to(PACKAGE)}: {count} modules"
        for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]
        if folder.name != "__pycache__"
        and (count := len([m for m in folder.glob("*.py") if m.name != "__init__.py"]))
        > MAX_MODULES_PER_FOLDER
    ]
    assert crowded == []
