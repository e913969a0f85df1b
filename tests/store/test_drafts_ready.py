"""The reply watch's narrow look at the queue gives what the whole queue gives (issue 21)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from clientjournal.core.cooling import DraftData, is_ready
from clientjournal.core.records import ClientData
from clientjournal.store import clients, drafts
from clientjournal.store.models import database

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 6, 12, 12, 0, tzinfo=UTC)


def _draft(client_id: int, number: int) -> DraftData:
    return drafts.save(DraftData(client_id=client_id, subject=f"Re: {number}", body="Text"))


def test_ready_is_the_ready_part_of_the_queue_in_its_order(journal):
    rng = random.Random(21)
    ids = [clients.create(ClientData(name=f"Kundin {i}")) for i in range(6)]
    for number in range(60):
        draft = _draft(rng.choice(ids), number)
        choice = rng.random()
        if choice < 0.7:  # held at many times, some at the same instant (ties by id)
            at = NOW - timedelta(hours=rng.choice([1, 3, 20, 30, 30, 50, 200]))
            held = drafts.hold(draft.id, at, tz=BERLIN, morning_hour=rng.choice([6, 8, 20]))
            if choice < 0.1:
                drafts.discard(held.id)
    clients.trash(ids[0])
    for now in (NOW - timedelta(days=3), NOW, NOW + timedelta(hours=7), NOW + timedelta(days=9)):
        queue = drafts.queue(now)
        expected = [(draft.id, draft.uuid) for draft, _ in queue if is_ready(draft, now)]
        assert drafts.ready(now) == expected
        assert len(expected) == drafts.ready_count(now)
        for draft, name in queue[:5]:
            assert drafts.queue_entry(draft.id) == (draft, name)
    assert 0 < len(drafts.ready(NOW)) < len(drafts.queue(NOW))
    # the instant the hold ends counts as ready, as in is_ready
    held = drafts.hold(_draft(ids[1], 99).id, NOW, tz=BERLIN)
    assert held.hold_until is not None
    assert (held.id, held.uuid) in drafts.ready(held.hold_until)
    assert (held.id, held.uuid) not in drafts.ready(held.hold_until - timedelta(microseconds=1))
    assert drafts.queue_entry(10_000) is None


def test_refresh_hold_times_counts_instants_not_spellings(journal):
    client_id = clients.create(ClientData(name="Jörg Weiß"))
    held = drafts.hold(_draft(client_id, 1).id, NOW, tz=BERLIN)
    assert drafts.refresh_hold_times(tz=BERLIN) == 0
    assert held.hold_until is not None
    # the same instant written another way (as another program might): not a change
    other_spelling = held.hold_until.astimezone(BERLIN).isoformat()
    database.execute_sql("UPDATE draft SET hold_until = ? WHERE id = ?", (other_spelling, held.id))
    assert drafts.refresh_hold_times(tz=BERLIN) == 0
    assert drafts.get(held.id).hold_until == held.hold_until
    # a stored time that is wrong for the zone is put right and counted
    database.execute_sql(
        "UPDATE draft SET hold_until = ? WHERE id = ?", ("2024-06-13T00:00:00.000000Z", held.id)
    )
    assert drafts.refresh_hold_times(tz=BERLIN) == 1
    assert drafts.get(held.id).hold_until == held.hold_until


def test_hold_times_worked_out_per_day_are_cooling_hold_until(journal):
    """The refresh finds the next morning once per local day; around DST changes (at 02:00,
    at midnight, of half an hour) and at every morning hour that is exactly hold_until."""
    from clientjournal.core import cooling
    from clientjournal.store.drafts import _hold_untils

    rng = random.Random(7)
    base = datetime(2024, 3, 20, tzinfo=UTC)
    for zone in ("Europe/Berlin", "America/Santiago", "America/Havana", "Australia/Lord_Howe",
                 "Asia/Beirut", "America/New_York"):  # fmt: skip
        tz = ZoneInfo(zone)
        for hour in (0, 1, 2, 8, 23):
            for rest in (timedelta(0), timedelta(hours=30)):
                starts = sorted(
                    (base + timedelta(minutes=rng.randrange(0, 60 * 24 * 250, 7)), i, "")
                    for i in range(1200)  # ~5 a day: most share a day
                )
                expected = [cooling.hold_until(start, hour, rest, tz) for start, _, _ in starts]
                assert _hold_untils(starts, hour, rest, tz) == expected, (zone, hour, rest)


def test_the_queue_is_what_model_rows_gave(journal):
    """queue() reads tuples instead of model objects: the same records, names and order."""
    from clientjournal.store.drafts import _to_record
    from clientjournal.store.models import Client, Draft

    rng = random.Random(5)
    ids = [clients.create(ClientData(name=f"Kunde {i}")) for i in range(4)]
    for number in range(30):
        draft = _draft(rng.choice(ids), number)
        if rng.random() < 0.8:
            at = NOW - timedelta(hours=rng.choice([1, 5, 30, 30, 90]))
            drafts.hold(draft.id, at, tz=BERLIN)
    drafts.mark_sent(drafts.queue(NOW + timedelta(days=9))[0][0].id, NOW)
    clients.trash(ids[0])
    for now in (NOW, NOW + timedelta(days=9)):
        query = (
            Draft.select(Draft, Client.name.alias("client_name"))
            .join(Client, on=(Draft.client == Client.id))
            .where(Draft.status == "held", Client.deleted_at.is_null())
            .order_by(Draft.hold_until, Draft.id)
            .objects()
        )
        rows = [(_to_record(row), row.client_name) for row in query]
        expected = sorted(rows, key=lambda item: not is_ready(item[0], now))
        assert drafts.queue(now) == expected and expected
