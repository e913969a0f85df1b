"""Where the shipped files (export schema, translations, tone model) are read from.

pyproject.toml maps the top-level ``resources/`` folder to the package
``clientjournal.resources``, so an installed app (pip, PyInstaller) finds them through
``importlib.resources``.  A source checkout that is imported straight from its folder (``python
-c`` in the repository) cannot see that mapping, so the folder beside the package is the
fallback.  One helper, so the schema, the translations and the tone model agree.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    """The shipped file ``resources/<parts…>``."""
    try:
        folder: Traversable = resources.files("clientjournal.resources")
    except ModuleNotFoundError:
        folder = CHECKOUT_RESOURCES
    target = folder.joinpath(*parts)
    if not target.is_file() and (CHECKOUT_RESOURCES.joinpath(*parts)).is_file():
        return CHECKOUT_RESOURCES.joinpath(*parts)
    return target
