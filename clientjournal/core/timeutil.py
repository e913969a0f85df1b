"""Times are stored in UTC and shown in local time; these helpers keep that rule in one place."""

from __future__ import annotations

from datetime import UTC, datetime

ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as local time, the way a user typed them."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def to_iso(value: datetime) -> str:
    """A fixed-width UTC string: it sorts chronologically as text, so SQLite can index it."""
    # isoformat, not strftime("%Y"): glibc writes year 1 as "1", which would neither sort
    # nor parse back; isoformat always gives four digits.
    return to_utc(value).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_iso(text: str) -> datetime:
    """Accepts any ISO 8601 form (with Z or an offset); naive input is taken as UTC."""
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    value = datetime.fromisoformat(cleaned)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def days_between(earlier: datetime, later: datetime) -> int:
    """Whole calendar days in local time, which is how a person counts "3 days ago"."""
    return (later.astimezone().date() - earlier.astimezone().date()).days
