"""Every package of the app is shipped: setuptools finds the packages under ``clientjournal/``
itself, which only works when each folder of modules is a package, and the shipped data is the
package ``clientjournal.resources``."""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_finds_every_package_itself():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    include = setuptools["packages"]["find"]["include"]
    found = set(find_packages(str(ROOT), include=include))
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "clientjournal").rglob("__init__.py")
    }
    assert found == on_disk
    assert "clientjournal.resources" in found
    assert "clientjournal.resources" in setuptools["package-data"]


def test_every_folder_with_modules_is_a_package():
    """A folder of modules without ``__init__.py`` would be skipped by setuptools silently."""
    for folder in (ROOT / "clientjournal").rglob("*"):
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py")):
            assert (folder / "__init__.py").exists(), folder
