"""A computer whose clock is days ahead: its changes are ordered by its clock and reported,
and the others' edits made after seeing them still win (nobody is frozen out for days)."""

from __future__ import annotations

from datetime import timedelta

from clientjournal.core.sync.problems import CLOCK_AHEAD
from clientjournal.core.timeutil import to_iso, utcnow
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


def test_only_the_computer_whose_clock_is_ahead_is_named(pair):
    """Sync-attack-20 finding 4: after the laptop had read the desktop's changes of three
    days ahead, its own edits carry that time (their counter goes on); the desktop, its clock
    right again, judged that carried time as the laptop's clock and named the laptop at every
    round, for three days."""
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    desktop.round()
    desktop.sql("UPDATE client SET name = 'Anna (desktop)'")
    desktop.open()
    with database.atomic():
        database.execute_sql("UPDATE sync_dirty SET changed_at = changed_at + ?", (DAYS,))
    desktop.round()
    warned = laptop.round().problems
    assert [(p.kind, p.device_id) for p in warned] == [(CLOCK_AHEAD, _device(desktop))]
    # the desktop's clock is right from now on; the laptop's always was
    for text in ("Anna (laptop)", "Anna (laptop) 2"):
        laptop.sql("UPDATE client SET name = ?", text)
        assert not laptop.round().clock_warnings
        result = desktop.round()
        assert desktop.sql("SELECT name FROM client") == [(text,)]
        assert not result.clock_warnings, result.clock_warnings
        # nor is its last change shown days in the future (Settings → Sync)
        ((last,),) = desktop.sql(
            "SELECT last_change_at FROM sync_device WHERE device = ?", _device(laptop)
        )
        assert last <= to_iso(utcnow() + timedelta(minutes=1)), last
    # the desktop's clock is ahead again (further than the time carried): named again
    desktop.sql("UPDATE client SET name = 'Anna (desktop) 2'")
    desktop.open()
    with database.atomic():
        database.execute_sql("UPDATE sync_dirty SET changed_at = changed_at + ?", (2 * DAYS,))
    desktop.round()
    result = laptop.round()
    assert len(result.clock_warnings) == 1 and "6.0 days ahead" in result.clock_warnings[0]


def _device(replica) -> str:
    ((device,),) = replica.sql("SELECT value FROM sync_local WHERE key = 'device_id'")
    return device


def test_the_warning_does_not_say_which_clock_is_wrong(pair):
    """attack-20e E5: a computer whose OWN clock is days behind told its user that the other
    computer's (right) clock was ahead; no computer can tell which one is wrong."""
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    desktop.round()
    desktop.sql("UPDATE client SET name = 'Anna (desktop)'")
    desktop.open()
    with database.atomic():
        database.execute_sql("UPDATE sync_dirty SET changed_at = changed_at + ?", (DAYS,))
    desktop.round()
    (warning,) = laptop.round().clock_warnings
    assert "days ahead of this computer's (one of the two is wrong)" in warning
