"""A computer whose clock is days ahead: its changes are ordered by its clock and reported,
and the others' edits made after seeing them still win (nobody is frozen out for days)."""

from __future__ import annotations

from clientjournal.store.models import database

DAYS = 3 * 86_400_000


def test_days_ahead_is_reported_and_later_edits_still_win(pair):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    desktop.round()
    # the desktop's clock is three days ahead when it renames her
    desktop.sql("UPDATE client SET name = 'Anna (desktop)'")
    desktop.open()
    with database.atomic():
        database.execute_sql("UPDATE sync_dirty SET changed_at = changed_at + ?", (DAYS,))
    desktop.round()
    result = laptop.round()
    assert laptop.sql("SELECT name FROM client") == [("Anna (desktop)",)]
    assert len(result.clock_warnings) == 1 and "3.0 days ahead" in result.clock_warnings[0]
    # the laptop renames her now (its clock is right): the later edit wins everywhere
    laptop.sql("UPDATE client SET name = 'Anna (laptop)'")
    laptop.round()
    desktop.round()
    assert desktop.sql("SELECT name FROM client") == [("Anna (laptop)",)]
    assert laptop.sql("SELECT name FROM client") == [("Anna (laptop)",)]
