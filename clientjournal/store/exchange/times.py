"""Times and dates as the export writes them, whatever form a row was stored in."""

from __future__ import annotations

import re
from datetime import date

from clientjournal.core.timeutil import from_iso, to_iso

# The form ``to_iso`` writes; stored times almost always have it, so they are copied as they are.
CANONICAL_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
_CANONICAL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def canonical_time(text: str | None) -> str | None:
    """UTC with Z in the fixed-width form of ``to_iso``."""
    if text is None or CANONICAL_TIME.fullmatch(text):
        return text
    return to_iso(from_iso(text))


def canonical_date(value: str | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and _CANONICAL_DATE.fullmatch(value):
        return value
    return (value if isinstance(value, date) else date.fromisoformat(value)).isoformat()
