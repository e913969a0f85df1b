"""A setting this version does not know (a later version's, its key well-formed) is kept and
passed on, never acted on: a snapshot or change file holding one was refused whole, so a later
version adding a synced setting gave this one's first sync nothing at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientjournal.core.sync.format import read_snapshot_file
from clientjournal.core.sync.records import SYNCED_SETTINGS
from clientjournal.core.sync.snapshots import read_snapshot
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.sync import compaction
from tests.store.sync.forged import EVIL, forged_file, new_client
from tests.store.sync.replicas import Replica, uid

LATER = "reports/week_starts_on"  # a setting of a later version
ANNA = uid("anna")


def _settings(replica: Replica) -> list[tuple]:
    return replica.sql("SELECT uuid, fields FROM sync_record WHERE kind = 'setting'")


def _later_value(replica: Replica) -> object:
    """The later setting's value in the state; "deleted" for a tombstone."""
    rows = replica.sql(
        "SELECT json_extract(fields, '$.f.value[0]'), json_extract(fields, '$.f._deleted[0]') "
        "FROM sync_record WHERE kind = 'setting' AND uuid = ?",
        LATER,
    )
    if not rows:
        return None
    value, deleted = rows[0]
    return "deleted" if deleted else value


def _journal_settings(replica: Replica) -> dict[str, str]:
    replica.open()
    return sync.journal_settings()


def _snapshot_ids(folder: Path) -> set[tuple[str, str]]:
    found = set()
    for path in (folder / "snapshots").glob("*.jsonl.gz"):
        _head, lines = read_snapshot_file(path.read_bytes())
        found |= {(record.kind, record.uuid) for record in read_snapshot(lines)}
    return found


@pytest.fixture
def trio(tmp_path: Path):
    yield tmp_path
    close_journal()


def test_a_change_file_with_a_later_setting_is_taken_and_passed_on(trio: Path, monkeypatch):
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 1)  # each round writes its snapshot
    desk = Replica(trio, "desk")
    desk.round()
    cooling = _journal_settings(desk)
    forged_file(desk.folder, [*new_client(ANNA, name="Anna"), ("setting", LATER, "value", "1")])
    result = desk.round()
    assert result.skipped == ()
    assert desk.sql("SELECT name FROM client") == [("Anna",)]  # the rest of the file applied
    assert _later_value(desk) == "1"  # kept in the state
    assert _journal_settings(desk) == cooling  # not acted on
    desk.sql("UPDATE client SET phone = '1'")  # the desk publishes: its snapshot too
    desk.round()
    assert ("setting", LATER) in _snapshot_ids(desk.folder)
    # passed on: a third computer, reading only the desk's files, has it too
    third = Replica(trio, "third")
    shutil.copytree(desk.folder, third.folder, dirs_exist_ok=True)
    shutil.rmtree(third.folder / "changes" / EVIL)
    third.round()
    assert third.sql("SELECT name FROM client") == [("Anna",)]
    assert _later_value(third) == "1"


def test_a_snapshot_with_a_later_setting_is_taken(trio: Path):
    """The later version's first round publishes its whole journal as a snapshot; this
    version's first round took none of it."""
    shared = trio / "shared"
    laptop, desk = (Replica(trio, name, folder=shared) for name in ("laptop", "desk"))
    laptop.add_client(ANNA, "Anna")
    laptop.sql("INSERT INTO journal_setting (key, value) VALUES (?, 'monday')", LATER)
    laptop.round()
    assert ("setting", LATER) in _snapshot_ids(shared)
    result = desk.round()
    assert result.skipped == ()
    assert desk.sql("SELECT name FROM client") == [("Anna",)]
    assert _later_value(desk) == "monday"
    assert set(_journal_settings(desk)) <= set(SYNCED_SETTINGS)


def test_a_later_setting_survives_the_first_round_in_another_folder(trio: Path):
    """Its state is published again in full there (``marks.mark_everything`` marks the
    state's records too): it must not be published as deleted."""
    desk = Replica(trio, "desk")
    desk.round()
    forged_file(desk.folder, [("setting", LATER, "value", "1")])
    desk.round()
    desk.folder = trio / "elsewhere"
    desk.folder.mkdir()
    desk.round()
    assert _later_value(desk) == "1"
    assert ("setting", LATER) in _snapshot_ids(desk.folder)
    fresh = Replica(trio, "fresh", folder=desk.folder)
    fresh.round()
    assert _later_value(fresh) == "1"


def test_two_values_of_a_later_setting_merge_alike(pair):
    laptop, desk = pair
    laptop.round()
    desk.round()
    laptop.sql("INSERT INTO journal_setting (key, value) VALUES (?, 'monday')", LATER)
    laptop.round()
    desk.sql("INSERT INTO journal_setting (key, value) VALUES (?, 'sunday')", LATER)
    desk.round()  # later: it wins
    laptop.round()
    desk.round()
    assert _later_value(laptop) == _later_value(desk) == "sunday"


@pytest.mark.parametrize(
    "key",
    ["Reports/Week", "../reports", "reports//week", "reports/../x", "reports/week\n",
     "a" * 101, "reports/wéek", 'reports/"x'],
    ids=["upper-case", "dots", "empty part", "dot part", "line break", "too long",
         "not ascii", "quote"],
)  # fmt: skip
def test_a_malformed_setting_key_is_refused_whole(pair, key):
    _laptop, desk = pair
    desk.round()
    forged_file(desk.folder, [*new_client(ANNA), ("setting", key, "value", "1")])
    result = desk.round()
    assert len(result.skipped) == 1 and EVIL in result.skipped[0]
    assert "not one a setting may have" in result.skipped[0]
    assert desk.sql("SELECT uuid FROM client") == []
    assert _settings(desk) == []


@pytest.mark.parametrize(
    ("key", "value"),
    [(LATER, 1), (LATER, None), (LATER, "x" * 20_001), (SYNCED_SETTINGS[0], "monday")],
    ids=["number", "null", "too long", "known key, its own check"],
)
def test_a_setting_value_the_journal_cannot_keep_is_refused_whole(pair, key, value):
    _laptop, desk = pair
    desk.round()
    forged_file(desk.folder, [*new_client(ANNA), ("setting", key, "value", value)])
    result = desk.round()
    assert len(result.skipped) == 1 and "cannot keep" in result.skipped[0]
    assert desk.sql("SELECT uuid FROM client") == []
