"""Hostile or damaged change files whose JSON is well formed: values of the right JSON type
that the journal cannot store or its code cannot read.  Such a file must not stop sync for
everybody, nor break the journal on every computer that reads it (sync-attack findings)."""

from __future__ import annotations

import pytest

from clientjournal.store import clients
from clientjournal.store.exchange.json_export import export_data
from clientjournal.store.search import search
from clientjournal.store.sync import SyncError
from tests.store.sync.forged import AT, EVIL, clock_now, forged_file, new_client
from tests.store.sync.replicas import uid

EVIL_CLIENT, EVIL_NOTE = uid("evil-1"), uid("evil-n")


@pytest.mark.parametrize(
    "changes",
    [
        new_client(EVIL_CLIENT, cadence_days=0),
        new_client(EVIL_CLIENT, demo="yes"),
        [*new_client(EVIL_CLIENT), ("note", EVIL_NOTE, "client", EVIL_CLIENT),
         ("note", EVIL_NOTE, "created_at", AT), ("note", EVIL_NOTE, "updated_at", AT),
         ("note", EVIL_NOTE, "mood", 999)],
    ],
    ids=["cadence", "demo", "mood"],
)  # fmt: skip
def test_a_value_the_journal_refuses_does_not_stop_sync(pair, changes):
    laptop, desktop = pair
    laptop.round()
    forged_file(laptop.folder, changes)
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    try:
        laptop.round()
        result = desktop.round()
    except SyncError as error:
        pytest.fail(f"one bad value stopped the round: {error}")
    assert [name for (name,) in desktop.sql("SELECT name FROM client")] == ["Anna"]
    assert result.skipped, "the bad file is reported"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("updated_at", "not-a-time"),
        ("created_at", "garbage"),
        ("address_form", "nonsense"),
        ("status", "bogus"),
        ("started_on", "9999-99-99"),
        ("created_at", "0001-01-01T00:00:00+01:00"),  # before the year 1 in UTC
        ("updated_at", "9999-12-31T23:59:59-05:00"),  # after the year 9999 in UTC
        ("deleted_at", "0001-01-01T00:59:59.999999+01:00"),
        ("started_on", "2024-W01-1"),  # an ISO week: not the export's YYYY-MM-DD
    ],
)
def test_badly_formed_values_do_not_break_export(pair, field, value):
    _laptop, desktop = pair
    desktop.round()
    forged_file(desktop.folder, new_client(EVIL_CLIENT, **{field: value}))
    result = desktop.round()
    # refused whole like a garbled file: reported by name and kind of problem, nothing stored
    assert len(result.skipped) == 1 and "cannot keep" in result.skipped[0]
    assert value not in result.skipped[0]  # never the file's content
    assert desktop.sql("SELECT id FROM client") == []
    desktop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    desktop.round()
    ids = [row_id for (row_id,) in desktop.sql("SELECT id FROM client")]
    export_data()
    clients.fetch(ids)


@pytest.mark.parametrize(
    "moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00"], ids=["start", "end"]
)
def test_a_time_past_the_calendars_edge_in_utc_is_refused(pair, moment):
    """Sync-attack-20 finding 1: a note's time that ``fromisoformat`` reads but that is
    outside the years 1 to 9999 in UTC was stored, and then the export and the search died
    with OverflowError on every computer that received it."""
    _laptop, desktop = pair
    desktop.round()
    note = [("note", EVIL_NOTE, "client", EVIL_CLIENT), ("note", EVIL_NOTE, "body", "evil"),
            ("note", EVIL_NOTE, "created_at", moment), ("note", EVIL_NOTE, "updated_at", AT)]  # fmt: skip
    forged_file(desktop.folder, [*new_client(EVIL_CLIENT), *note])
    result = desktop.round()
    assert len(result.skipped) == 1 and "cannot keep" in result.skipped[0]
    assert desktop.sql("SELECT uuid FROM note") == []
    export_data()
    search("evil")


@pytest.mark.parametrize(
    "moment", ["0001-01-01T00:00:00Z", "0001-01-01T01:00:00+01:00", "9999-12-31T23:59:59Z"]
)
def test_a_time_at_the_calendars_edge_in_utc_is_kept(pair, moment):
    """The edge itself is a time the journal's import takes: refusing it would cut off a
    computer that holds one."""
    _laptop, desktop = pair
    desktop.round()
    note = [("note", EVIL_NOTE, "client", EVIL_CLIENT), ("note", EVIL_NOTE, "body", "evil"),
            ("note", EVIL_NOTE, "created_at", moment), ("note", EVIL_NOTE, "updated_at", AT)]  # fmt: skip
    forged_file(desktop.folder, [*new_client(EVIL_CLIENT), *note])
    result = desktop.round()
    assert not result.skipped
    assert desktop.sql("SELECT uuid FROM note") == [(EVIL_NOTE,)]
    export_data()
    assert search("evil").hits


@pytest.mark.parametrize("counter", ["0000000\u00b2", "0000000\u0663", "000000\uff101"])
def test_a_clock_with_digits_other_than_ascii_is_refused_with_its_file(pair, counter):
    """Sync-attack-20 finding 5: a counter of a superscript 2 passed the file's check and
    then stopped every round on every computer (``ValueError: not a clock``)."""
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    forged_file(laptop.folder, new_client(EVIL_CLIENT), clock=f"{clock_now()[:14]}{counter}-{EVIL}")
    try:
        result = desktop.round()
    except ValueError as error:
        pytest.fail(f"the clock stopped the round: {error}")
    assert len(result.skipped) == 1 and EVIL in result.skipped[0]
    assert desktop.sql("SELECT name FROM client") == [("Anna",)]


def test_a_clock_at_the_end_of_time_does_not_poison_the_others(pair):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    desktop.round()
    end_of_time = f"9999999999999-99999999-{EVIL}"
    forged_file(laptop.folder, new_client(EVIL_CLIENT), clock=end_of_time)
    laptop.round()
    desktop.round()
    laptop.sql(
        "UPDATE client SET phone = '555' WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    )
    laptop.round()
    result = desktop.round()
    # only the file with the impossible clock is refused (reported); the laptop's are read
    assert all(f"changes/{EVIL}/" in line for line in result.skipped)
    assert desktop.sql(
        "SELECT phone FROM client WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    ) == [("555",)]


@pytest.mark.parametrize(
    "changes",
    [
        new_client("not-a-uuid"),
        new_client(EVIL_CLIENT.upper()),
        [*new_client(EVIL_CLIENT), ("note", EVIL_NOTE, "client", "c-1"),
         ("note", EVIL_NOTE, "created_at", AT), ("note", EVIL_NOTE, "updated_at", AT)],
        [("setting", "Window/../Geometry", "value", "1")],  # a key no setting may have
    ],
    ids=["record", "upper-case", "reference", "setting"],
)  # fmt: skip
def test_an_id_the_export_would_refuse_is_refused_whole(pair, changes):
    """Sync-attack finding 15: a record stored under a key that is not a UUID made the
    journal's JSON export unreadable for its own import."""
    _laptop, desktop = pair
    desktop.round()
    forged_file(desktop.folder, changes)
    result = desktop.round()
    assert len(result.skipped) == 1 and EVIL in result.skipped[0]
    refusals = ("not a UUID", "cannot keep", "not one a setting may have")
    assert any(refusal in result.skipped[0] for refusal in refusals)
    assert desktop.sql("SELECT uuid FROM client") == []
    assert desktop.sql("SELECT kind, uuid FROM sync_record") == []
