"""When a held reply is ready: the user's settings, and the time zone the user is in now."""

from __future__ import annotations

from datetime import timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QSettings, QTimeZone

from clientjournal.core.cooling import DEFAULT_MIN_REST, DEFAULT_MORNING_HOUR
from clientjournal.paths import settings_file


def local_zone() -> tzinfo | None:
    """The system's time zone as Qt sees it (it notices a change while the app runs, unlike
    the C library without a new TZ), or None to let the C library decide."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def cooling_settings() -> tuple[int, timedelta]:
    """The morning hour and the minimum rest, as set in Edit → Preferences."""
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    hour = int(settings.value("cooling/morning_hour", DEFAULT_MORNING_HOUR))
    rest = float(settings.value("cooling/min_rest_hours", DEFAULT_MIN_REST.total_seconds() / 3600))
    return max(0, min(23, hour)), timedelta(hours=max(0.0, rest))
