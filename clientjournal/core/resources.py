"""Where the shipped files (export schema, translations, tone model, guide) are read from.

They live in the package ``clientjournal.resources``, so a checkout, a pip install and the frozen
build all find them the same way, through ``importlib.resources``. One helper, so the schema, the
translations and the tone model agree.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable


def resource(*parts: str) -> Traversable:
    """The shipped file ``clientjournal/resources/<parts…>``."""
    folder: Traversable = resources.files("clientjournal.resources")
    return folder.joinpath(*parts)
