"""Which backups to make and which to keep: names, the daily rule and rotation, all pure.

Kept apart from the file and database work so that months of rotation can be tested with a
fake clock in milliseconds.  A backup's time lives in its file name, as a sortable UTC stamp,
because file times change when a user copies the folder to an external disk.

Names: ``journal-20261123T130501Z.sqlite3`` is a daily backup (rotated);
``journal-20261123T130501Z-<label>.sqlite3`` (before a migration, before a restore, made by
hand) is never deleted by rotation: those are made on purpose, and rarely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
PREFIX = "journal-"
SUFFIX = ".sqlite3"
DEFAULT_DAILY = 7
DEFAULT_WEEKLY = 4
_NAME = re.compile(r"^journal-(\d{8}T\d{6}Z)(?:-([a-z0-9-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: when it was taken, and why (``""`` for the daily one)."""

    taken_at: datetime
    label: str

    @property
    def daily(self) -> bool:
        return self.label == ""


def backup_file_name(taken_at: datetime, label: str = "") -> str:
    """The file name for a backup taken at ``taken_at``; ``label`` marks one kept for good."""
    stamp = taken_at.astimezone(UTC).strftime(STAMP_FORMAT)
    return f"{PREFIX}{stamp}-{label}{SUFFIX}" if label else f"{PREFIX}{stamp}{SUFFIX}"


def parse_backup_name(name: str) -> BackupName | None:
    """None for anything that is not one of our backups (a user's own file in the folder)."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupName(taken_at, match.group(2) or "")


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


def daily_is_due(taken: Iterable[datetime], now: datetime, tz: tzinfo | None = None) -> bool:
    """True on the first open of a local day: no daily backup was taken today (local time).

    A person's "once a day" follows their calendar, not UTC; ``tz`` is the local zone (the
    system's when None), given by tests.
    """
    today = _local_day(now, tz)
    return all(_local_day(moment, tz) != today for moment in taken)


def backups_to_keep(
    taken: Iterable[datetime],
    now: datetime,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    tz: tzinfo | None = None,
) -> set[datetime]:
    """The daily backups rotation keeps: the newest of each of the last ``daily`` local days
    that have one, and, older than those, the newest of each of the last ``weekly`` ISO weeks.

    Days are counted among days *with* a backup, so a laptop that stayed shut for two weeks
    still has seven daily copies to go back to.  Weekly copies reach further back than the
    daily ones instead of duplicating them.  Anything stamped after ``now`` (a clock that was
    set back) is kept: rotation never deletes what it cannot place.
    """
    moments = sorted(set(taken), reverse=True)
    keep = {moment for moment in moments if moment > now}
    past = [moment for moment in moments if moment <= now]
    newest_per_day: dict[date, datetime] = {}
    for moment in past:  # newest first, so the first one seen per day is its newest
        newest_per_day.setdefault(_local_day(moment, tz), moment)
    days = sorted(newest_per_day, reverse=True)[: max(daily, 0)]
    daily_kept = {newest_per_day[day] for day in days}
    keep |= daily_kept
    oldest_day = min(days) if days else None
    newest_per_week: dict[tuple[int, int], datetime] = {}
    for moment in past:
        if oldest_day is not None and _local_day(moment, tz) >= oldest_day:
            continue  # a day the daily copies already cover
        iso = _local_day(moment, tz).isocalendar()
        newest_per_week.setdefault((iso.year, iso.week), moment)
    weeks = sorted(newest_per_week, reverse=True)[: max(weekly, 0)]
    keep |= {newest_per_week[week] for week in weeks}
    return keep
