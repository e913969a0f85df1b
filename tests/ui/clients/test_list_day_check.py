"""The client list keeps what a row shows for the day it was worked out ("3 days ago") and
notices the next day from the clock, without asking for the date (and the time zone) at every
row painted (issue 21)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients import list_model
from clientjournal.ui.clients.list_model import ClientListModel, _day_span


def test_rows_ask_the_date_only_when_the_day_may_have_changed(journal, qapp, monkeypatch):
    for number in range(5):
        clients.create(ClientData(name=f"Client {number}"))
    model = ClientListModel()
    model.reload()
    asked: list[date] = []
    today = date.today()
    day = {"today": today}

    class CountingDate(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            asked.append(day["today"])
            return day["today"]

    clock = {"now": datetime.combine(today, datetime.min.time()).timestamp() + 3600}
    monkeypatch.setattr(list_model, "date", CountingDate)
    monkeypatch.setattr(list_model.time, "time", lambda: clock["now"])
    model._day_span = _day_span(today)
    first = [model.row_parts(row) for row in range(5)]
    assert [model.row_parts(row) for row in range(5)] == first
    assert asked == []  # within the day: the clock is enough
    kept = model.row_parts(0)
    # the next day: asked once, and the rows are worked out again
    clock["now"] += 24 * 3600
    day["today"] = today + timedelta(days=1)
    again = [model.row_parts(row) for row in range(5)]
    assert len(asked) == 1
    assert again[0] is not kept and again == first
    # the clock set back a day: asked again
    clock["now"] -= 2 * 24 * 3600
    day["today"] = today - timedelta(days=1)
    model.row_parts(0)
    assert len(asked) == 2
    assert model.row_parts(0) is not kept


def test_a_day_is_its_local_hours(local_zone):
    local_zone("Europe/Berlin")
    since, until = _day_span(date(2026, 3, 29))  # summer time begins: 23 hours
    assert until - since == 23 * 3600
    since, until = _day_span(date(2026, 10, 25))  # and ends: 25 hours
    assert until - since == 25 * 3600
    since, until = _day_span(date(2026, 6, 1))
    assert datetime.fromtimestamp(since) == datetime(2026, 6, 1)
    assert datetime.fromtimestamp(until) == datetime(2026, 6, 2)


def test_a_change_of_time_zone_shows_within_a_minute(journal, qapp, local_zone, monkeypatch):
    """attack21b B2: the rows kept the old zone's "today" until the old zone's midnight. A
    contact 13 hours ago is "today" in some zones and "yesterday" in others, whatever the time
    of day: after each change of zone (and a minute) the running list says what a new one does."""
    from clientjournal.core.domain import NoteKind
    from clientjournal.core.records import NoteData
    from clientjournal.store import notes

    local_zone("UTC")
    client_id = clients.create(ClientData(name="Abroad"))
    moment = datetime.now(UTC) - timedelta(hours=13)
    notes.save(NoteData(client_id=client_id, created_at=moment, body="call", kind=NoteKind.CALL))
    elapsed = {"s": 0.0}
    monkeypatch.setattr(list_model, "_monotonic", lambda: elapsed["s"])
    model = ClientListModel()
    model.reload()
    said = {model.row_parts(0).subtitle}
    for zone in ("Pacific/Kiritimati", "America/Los_Angeles", "Asia/Tokyo", "Etc/GMT+12", "UTC"):
        local_zone(zone)
        elapsed["s"] += list_model.DAY_ASKED_EVERY_S
        fresh = ClientListModel()
        fresh.reload()
        assert model.row_parts(0).subtitle == fresh.row_parts(0).subtitle, zone
        said.add(fresh.row_parts(0).subtitle)
    assert len(said) > 1  # some zone's "today" was another day
