"""Times another computer reports are never shown after now on this computer's clock
(attack-20d D3: a computer three days ahead made the conflict banner say it changed the note
on a day still to come; Settings → Sync was capped already)."""

from __future__ import annotations

from datetime import timedelta

from clientjournal.core.timeutil import utcnow
from clientjournal.ui.sync.labels import clock_time


def test_a_time_ahead_is_shown_as_now(qapp):
    now = utcnow()
    ahead = [clock_time(now + timedelta(days=3)), clock_time(now + timedelta(minutes=5))]
    shown_now = {clock_time(now), clock_time(utcnow())}  # a minute may turn meanwhile
    assert all(text in shown_now for text in ahead)


def test_a_time_of_another_day_keeps_its_date(qapp):
    earlier = utcnow() - timedelta(days=3)
    shown = clock_time(earlier)
    assert shown != clock_time(utcnow()) and len(shown) > len(clock_time(utcnow()))
