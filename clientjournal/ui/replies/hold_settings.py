"""When a held reply is ready: the user's settings, and the time zone the user is in now."""

from __future__ import annotations

from datetime import timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone

from clientjournal import settings


def local_zone() -> tzinfo | None:
    """The system's time zone as Qt sees it (it notices a change while the app runs, unlike
    the C library without a new TZ), or None to let the C library decide."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def hold_times() -> tuple[int, timedelta]:
    """The morning hour and the minimum rest, as set in Edit → Settings (brought into range)."""
    saved = settings.load()
    return saved.morning_hour, timedelta(hours=saved.min_rest_hours)
