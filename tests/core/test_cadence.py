"""The contact rhythm: calendar days where the user lives, due, due soon, too often."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from clientjournal.core.cadence import NAG_LIMIT, CadenceStatus, cadence_state, local_day

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def test_days_are_counted_in_local_calendar_days():
    last = berlin(2024, 3, 4, 23, 50)
    state = cadence_state(14, [last], berlin(2024, 3, 5, 0, 10), BERLIN)
    assert state.days_since == 1  # twenty minutes, but yesterday
    assert state.next_due == date(2024, 3, 18)
    assert state.days_until_due == 13
    assert state.status is CadenceStatus.OK


def test_the_same_moment_is_a_different_day_in_another_zone():
    last = datetime(2024, 3, 4, 22, 30, tzinfo=UTC)  # 23:30 in Berlin, 07:30 next day in Tokyo
    now = datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    assert cadence_state(7, [last], now, BERLIN).days_since == 1
    assert cadence_state(7, [last], now, TOKYO).days_since == 0
    assert local_day(last, TOKYO) == date(2024, 3, 5)


def test_due_on_the_day_the_rhythm_asks_for_and_soon_before():
    last = berlin(2024, 3, 1, 10)
    assert cadence_state(14, [last], berlin(2024, 3, 12, 9), BERLIN).status is CadenceStatus.OK
    soon = cadence_state(14, [last], berlin(2024, 3, 13, 9), BERLIN)
    assert (soon.status, soon.days_until_due) == (CadenceStatus.DUE_SOON, 2)
    due = cadence_state(14, [last], berlin(2024, 3, 15, 0, 0), BERLIN)
    assert (due.status, due.days_until_due) == (CadenceStatus.DUE, 0)
    late = cadence_state(14, [last], berlin(2024, 3, 20, 12), BERLIN)
    assert (late.status, late.days_until_due) == (CadenceStatus.DUE, -5)


def test_across_a_daylight_saving_change_a_day_is_still_a_day():
    last = berlin(2024, 3, 30, 12)  # the clocks go forward on the night of 30/31 March
    state = cadence_state(2, [last], berlin(2024, 4, 1, 0, 30), BERLIN)
    assert state.days_since == 2 and state.status is CadenceStatus.DUE


def test_never_in_touch_is_due_today():
    state = cadence_state(30, [], berlin(2024, 3, 1, 9), BERLIN)
    assert state.last_contact is None and state.days_since is None
    assert (state.status, state.next_due) == (CadenceStatus.DUE, date(2024, 3, 1))


def test_never_in_touch_counts_from_when_the_client_was_added():
    added = berlin(2024, 3, 1, 9)
    fresh = cadence_state(14, [], berlin(2024, 3, 1, 9, 1), BERLIN, known_since=added)
    assert (fresh.status, fresh.next_due, fresh.days_until_due) == (
        CadenceStatus.OK,
        date(2024, 3, 15),
        14,
    )
    late = cadence_state(14, [], berlin(2024, 3, 20, 9), BERLIN, known_since=added)
    assert (late.status, late.days_until_due) == (CadenceStatus.DUE, -5)


def test_too_often_counts_contacts_within_the_rhythm_period_including_today():
    now = berlin(2024, 3, 15, 18)
    inside = [now - timedelta(days=d) for d in (0, 3)]
    edge = berlin(2024, 3, 2, 0, 5)  # 14 days incl. today reach back to 2 March
    state = cadence_state(14, [*inside, edge], now, BERLIN)
    assert state.contacts_in_period == NAG_LIMIT == 3
    assert state.status is CadenceStatus.TOO_OFTEN
    outside = berlin(2024, 3, 1, 23, 55)
    state = cadence_state(14, [*inside, outside], now, BERLIN)
    assert state.contacts_in_period == 2 and state.status is CadenceStatus.OK


def test_without_a_rhythm_there_is_only_the_last_contact():
    last = berlin(2024, 3, 1, 10)
    state = cadence_state(None, [last, berlin(2024, 2, 1, 9)], berlin(2024, 3, 3, 9), BERLIN)
    assert (state.status, state.last_contact, state.days_since) == (CadenceStatus.NONE, last, 2)
