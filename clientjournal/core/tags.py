"""What a tag is: a short label a person types, compared without case."""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_TAG_LENGTH = 40
MAX_TAGS = 100  # on one client or note: what the import takes, so the store keeps no more
_SEPARATORS = re.compile(r"[,;\n]+")
_SPACES = re.compile(r"\s+")


def normalize_tags(names: Iterable[str]) -> list[str]:
    """Trimmed, inner spaces collapsed, a leading '#' dropped, duplicates (ignoring case)
    removed keeping the first spelling, too-long names cut: what a person meant, not what
    their fingers typed twice."""
    seen: set[str] = set()
    result = []
    for raw in names:
        name = _SPACES.sub(" ", str(raw)).strip().lstrip("#").strip()[:MAX_TAG_LENGTH].strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
            if len(result) == MAX_TAGS:
                break
    return result


def parse_tags(text: str) -> list[str]:
    """Tags from what was typed in a tag field: separated by commas or semicolons."""
    return normalize_tags(_SEPARATORS.split(text))


def format_tags(names: Iterable[str]) -> str:
    return ", ".join(names)
