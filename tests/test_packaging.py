"""Every package of the app is shipped: pyproject lists the packages by hand (``resources/`` is
mapped in from outside ``clientjournal/``, which ``packages.find`` cannot do), so a new feature
package must be added there, or a wheel and the frozen build would lack it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_lists_every_package_under_clientjournal():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "clientjournal").rglob("__init__.py")
    }
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - on_disk == {"clientjournal.resources"}


def test_every_folder_with_modules_is_a_package():
    """A folder of modules without ``__init__.py`` would be skipped by setuptools silently."""
    for folder in (ROOT / "clientjournal").rglob("*"):
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py")):
            assert (folder / "__init__.py").exists(), folder
