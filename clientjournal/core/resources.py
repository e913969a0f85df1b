"""Where the shipped files (export schema, translations, tone model, guide) are read from.

They live in the package ``clientjournal.resources``, so a checkout, a pip install and the frozen
build all find them the same way. One helper, so the schema, the translations and the tone model
agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

_FOLDER = Path(__file__).parent.parent / "resources"
"""The package's folder on disk: a checkout, an installed wheel and the frozen build have one."""


def resource(*parts: str) -> Traversable:
    """The shipped file ``clientjournal/resources/<parts…>``.

    Read from the package's folder where it is on disk: ``importlib.resources`` and its imports
    cost ~8 ms of CPU at every start, before the first frame (issue 21); a package without a
    folder (run from a zip file) is read through it as before.
    """
    if _FOLDER.is_dir():
        return _FOLDER.joinpath(*parts)
    from importlib import resources

    folder: Traversable = resources.files("clientjournal.resources")
    return folder.joinpath(*parts)
