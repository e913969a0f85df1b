"""The backup policy with a fake clock: once a local day, 7 daily and 4 weekly, for months."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clientjournal.core.safety.backup_policy import (
    backup_file_name,
    backups_to_keep,
    daily_is_due,
    parse_backup_name,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_names_sort_by_time_and_round_trip():
    moment = datetime(2026, 3, 9, 7, 5, 1, tzinfo=UTC)
    assert backup_file_name(moment) == "journal-20260309T070501Z.sqlite3"
    assert parse_backup_name(backup_file_name(moment)).taken_at == moment
    assert parse_backup_name(backup_file_name(moment)).daily
    labelled = parse_backup_name(backup_file_name(moment, "before-v6"))
    assert labelled.label == "before-v6" and not labelled.daily
    later = [backup_file_name(moment + timedelta(hours=h)) for h in (30, 2, 900)]
    assert sorted(later) == [later[1], later[0], later[2]]
    local = datetime(2026, 3, 9, 8, 5, 1, tzinfo=BERLIN)  # the name is always UTC
    assert backup_file_name(local) == "journal-20260309T070501Z.sqlite3"


@pytest.mark.parametrize(
    "name",
    ["journal.sqlite3", "notes.txt", "journal-2026.sqlite3", "journal-20261399T000000Z.sqlite3"],
)
def test_other_files_are_not_backups(name):
    assert parse_backup_name(name) is None


def test_due_once_per_local_day_not_per_utc_day():
    evening = datetime(2026, 6, 1, 21, 30, tzinfo=UTC)  # 23:30 in Berlin (summer time)
    assert daily_is_due([], evening, BERLIN)
    assert not daily_is_due([evening], evening + timedelta(minutes=20), BERLIN)
    after_midnight = datetime(2026, 6, 1, 22, 30, tzinfo=UTC)  # 00:30 on 2 June in Berlin
    assert daily_is_due([evening], after_midnight, BERLIN)
    assert not daily_is_due([evening], after_midnight, UTC)  # still 1 June in UTC


def simulate(days: int, daily: int, weekly: int, skip: float, seed: int = 4):
    """Open the app on most days at a random hour for ``days``; rotate like the store does."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, 6, 0, tzinfo=UTC)
    kept: set[datetime] = set()
    history = []
    for day in range(days):
        if rng.random() < skip:
            continue
        for _ in range(rng.randint(1, 3)):  # several starts a day: only the first backs up
            now = start + timedelta(days=day, hours=rng.randint(0, 14), minutes=rng.randint(0, 59))
            if daily_is_due(kept, now, BERLIN):
                kept.add(now)
                kept = backups_to_keep(kept, now, daily, weekly, BERLIN)
                history.append((now, set(kept)))
    return history


def test_months_of_rotation_keep_seven_days_and_four_weeks():
    history = simulate(days=150, daily=7, weekly=4, skip=0.2)
    for now, kept in history:
        assert now in kept  # the backup just made is always kept
        assert len(kept) <= 11
    now, kept = history[-1]
    ordered = sorted(kept, reverse=True)
    days = [moment.astimezone(BERLIN).date() for moment in ordered]
    assert len(set(days)) == len(days) == 11  # one per day, no day twice
    weeks = [moment.astimezone(BERLIN).isocalendar()[:2] for moment in ordered[7:]]
    assert len(set(weeks)) == 4  # the weekly ones are in four different weeks
    assert all(w < ordered[6] for w in ordered[7:])  # and older than the daily ones
    assert now - ordered[-1] > timedelta(days=21)  # reaching back about a month
    assert now - ordered[-1] < timedelta(days=50)


def test_a_laptop_shut_for_weeks_still_has_seven_daily_copies():
    start = datetime(2026, 4, 1, 8, tzinfo=UTC)
    taken = [start + timedelta(days=d) for d in range(10)]
    back = start + timedelta(days=30)
    kept = backups_to_keep([*taken, back], back, 7, 4, UTC)
    assert sorted(kept)[-7:] == [*taken[-6:], back]
    assert len(kept) == 8  # and the week before (1-4 April) keeps its newest, the 4th


def test_the_numbers_are_configurable():
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)  # a Monday
    taken = [start + timedelta(days=d) for d in range(60)]
    now = taken[-1]
    assert len(backups_to_keep(taken, now, 3, 2, UTC)) == 5
    assert backups_to_keep(taken, now, 1, 0, UTC) == {now}
    assert len(backups_to_keep(taken, now, 0, 3, UTC)) == 3
    assert len(backups_to_keep(taken, now, 100, 100, UTC)) == 60


def test_a_clock_set_back_deletes_nothing_it_cannot_place():
    now = datetime(2026, 5, 1, tzinfo=UTC)
    future = now + timedelta(days=40)
    assert future in backups_to_keep([future, now], now, 7, 4, UTC)


def test_several_backups_a_day_keep_the_newest_of_the_day():
    morning = datetime(2026, 5, 4, 7, tzinfo=UTC)
    evening = morning + timedelta(hours=10)
    assert backups_to_keep([morning, evening], evening, 7, 4, UTC) == {evening}
