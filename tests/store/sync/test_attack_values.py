"""Hostile or damaged change files whose JSON is well formed: values of the right JSON type
that the journal cannot store or its code cannot read.  Such a file must not stop sync for
everybody, nor break the journal on every computer that reads it (sync-attack findings)."""

from __future__ import annotations

import pytest

from clientjournal.store import clients
from clientjournal.store.exchange.json_export import export_data
from clientjournal.store.sync import SyncError
from tests.store.sync.forged import AT, EVIL, forged_file, new_client


@pytest.mark.parametrize(
    "changes",
    [
        new_client("evil-1", cadence_days=0),
        new_client("evil-1", demo="yes"),
        [*new_client("evil-1"), ("note", "evil-n", "client", "evil-1"),
         ("note", "evil-n", "created_at", AT), ("note", "evil-n", "updated_at", AT),
         ("note", "evil-n", "mood", 999)],
    ],
    ids=["cadence", "demo", "mood"],
)  # fmt: skip
def test_a_value_the_journal_refuses_does_not_stop_sync(pair, changes):
    laptop, desktop = pair
    laptop.round()
    forged_file(laptop.folder, changes)
    laptop.add_client("c-1", "Anna")
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
    ],
)
def test_badly_formed_values_do_not_break_export(pair, field, value):
    _laptop, desktop = pair
    desktop.round()
    forged_file(desktop.folder, new_client("evil-1", **{field: value}))
    result = desktop.round()
    # refused whole like a garbled file: reported by name and kind of problem, nothing stored
    assert len(result.skipped) == 1 and "cannot keep" in result.skipped[0]
    assert value not in result.skipped[0]  # never the file's content
    assert desktop.sql("SELECT id FROM client") == []
    desktop.add_client("c-1", "Anna")
    desktop.round()
    ids = [row_id for (row_id,) in desktop.sql("SELECT id FROM client")]
    export_data()
    clients.fetch(ids)


def test_a_clock_at_the_end_of_time_does_not_poison_the_others(pair):
    laptop, desktop = pair
    laptop.add_client("c-1", "Anna")
    laptop.round()
    desktop.round()
    end_of_time = f"9999999999999-99999999-{EVIL}"
    forged_file(laptop.folder, new_client("evil-1"), clock=end_of_time)
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE client SET phone = '555' WHERE uuid = 'c-1'")
    laptop.round()
    result = desktop.round()
    # only the file with the impossible clock is refused (reported); the laptop's are read
    assert all(f"changes/{EVIL}/" in line for line in result.skipped)
    assert desktop.sql("SELECT phone FROM client WHERE uuid = 'c-1'") == [("555",)]
