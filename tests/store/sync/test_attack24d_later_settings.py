"""attack24d: hostile and awkward settings of a later version (compat24c, 8debc5b: a setting
this version does not know is kept, merged and passed on when its key is well-formed).

Forged change files with such settings in odd shapes (only a deletion mark, a value with
control characters, keys that look like this computer's own settings, many of them), and the
paths that rebuild a journal's records (a restore of a backup from before or after one
arrived, a JSON export imported on a new computer): the round neither fails nor sends one as
deleted, nothing is acted on, and every computer ends with the same value."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from clientjournal import settings
from clientjournal.core.sync.records import SYNCED_SETTINGS
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.restore import restore
from tests.store.sync.forged import EVIL, forged_file, new_client
from tests.store.sync.replicas import Replica, settle, uid

LATER = "reports/week_starts_on"
ANNA = uid("anna")


@pytest.fixture
def trio(tmp_path: Path):
    yield tmp_path
    close_journal()


def _later(replica: Replica, key: str = LATER) -> object:
    """The setting's value in the state ("deleted" for a tombstone); read in Python, as
    SQLite's json_extract gives text only up to a NUL."""
    rows = replica.sql("SELECT fields FROM sync_record WHERE kind = 'setting' AND uuid = ?", key)
    if not rows:
        return None
    fields = json.loads(rows[0][0])["f"]
    if fields.get("_deleted", [False])[0]:
        return "deleted"
    return fields.get("value", [None])[0]


def _row(replica: Replica, key: str = LATER) -> object:
    rows = replica.sql("SELECT value FROM journal_setting WHERE key = ?", key)
    return rows[0][0] if rows else None


@pytest.mark.parametrize(
    "changes",
    [
        [("setting", LATER, "_deleted", False)],
        [("setting", LATER, "_deleted", True)],
        [("setting", LATER, "_deleted", True), ("setting", LATER, "value", "x")],
    ],
    ids=["only a not-deleted mark", "only a deletion mark", "deleted with a value"],
)
def test_a_later_setting_in_an_odd_shape_does_not_fail_the_round(trio: Path, changes):
    """A later version's setting with no value (a mark alone): the row needs a value
    (journal_setting.value NOT NULL); the round must not fail on it at every try."""
    desk = Replica(trio, "desk")
    desk.round()
    forged_file(desk.folder, [*new_client(ANNA, name="Anna"), *changes])
    result = desk.round()
    assert desk.sql("SELECT name FROM client") == [("Anna",)], result.skipped
    desk.sql("UPDATE client SET phone = '1'")
    desk.round()  # and again: nothing left that fails
    third = Replica(trio, "third", folder=desk.folder)
    third.round()
    assert third.sql("SELECT name FROM client") == [("Anna",)]
    assert _later(third) == _later(desk)


HOSTILE_KEYS = [
    "sync/folder",  # names of this computer's own settings (sync_local, the INI file)
    "backup/folder",
    "window/geometry",
    "cooling/morning_hour.",  # one character off a known one
    "cooling/morning_hour/x",
    "a",
    "a/" + "b" * 98,  # 100 characters
    "x/_..-",  # dots inside a part
]


def test_later_settings_with_hostile_keys_and_values_are_kept_and_never_acted_on(trio: Path):
    desk = Replica(trio, "desk")
    desk.round()
    before = settings.load()
    values = {
        key: value
        for key, value in zip(
            HOSTILE_KEYS,
            ["/tmp/elsewhere", "/", "\x00\x1b[31mred\u202e", "7", "\n" * 5, "",
             "x" * 20_000, "\ufeff"],
            strict=True,
        )
    }  # fmt: skip
    forged_file(desk.folder, [("setting", key, "value", value) for key, value in values.items()])
    result = desk.round()
    assert result.skipped == ()
    for key, value in values.items():
        assert _later(desk, key) == value, key
        assert _row(desk, key) == value, key
    desk.open()
    assert set(sync.journal_settings()) <= set(SYNCED_SETTINGS)
    assert settings.load() == before
    desk.sql("UPDATE journal_setting SET value = value WHERE key = 'a'")
    desk.folder = trio / "elsewhere"  # published again in full: none as deleted
    desk.folder.mkdir()
    desk.round()
    fresh = Replica(trio, "fresh", folder=desk.folder)
    fresh.round()
    for key, value in values.items():
        assert _later(fresh, key) == value, key


def test_many_later_settings_are_taken_in_one_round(trio: Path):
    """A file of 5,000 later settings (a hostile or broken later version): taken like 5,000
    records of any kind (the cost was measured once, see attack24d's note: no test times it)."""
    desk = Replica(trio, "desk")
    desk.round()
    forged_file(desk.folder, [("setting", f"many/s{n}", "value", "v") for n in range(5_000)])
    result = desk.round()
    assert result.skipped == ()
    assert desk.sql("SELECT COUNT(*) FROM journal_setting WHERE key LIKE 'many/%'") == [(5_000,)]
    assert set(_journal_settings(desk)) <= set(SYNCED_SETTINGS)


def _journal_settings(replica: Replica) -> dict[str, str]:
    replica.open()
    return sync.journal_settings()


def _later_arrives(trio: Path) -> tuple[Replica, Replica]:
    shared = trio / "shared"
    laptop, desk = (Replica(trio, name, folder=shared) for name in ("laptop", "desk"))
    laptop.add_client(ANNA, "Anna")
    laptop.round()
    desk.round()
    return laptop, desk


def test_a_backup_from_before_a_later_setting_arrived_restored_does_not_delete_it(trio: Path):
    laptop, desk = _later_arrives(trio)
    close_journal()
    made = backup_journal(laptop.data_dir, folder=trio / "backups")  # without it
    desk.sql("INSERT INTO journal_setting (key, value) VALUES (?, 'monday')", LATER)
    desk.round()  # the later version publishes it
    laptop.round()
    assert _later(laptop) == "monday"
    close_journal()
    restore(laptop.data_dir, made.path)
    settle(laptop, desk)
    assert _later(laptop) == _later(desk) == "monday"
    assert _row(laptop) == _row(desk) == "monday"


def test_a_backup_with_an_older_later_setting_restored_does_not_bring_it_back(trio: Path):
    laptop, desk = _later_arrives(trio)
    desk.sql("INSERT INTO journal_setting (key, value) VALUES (?, 'monday')", LATER)
    desk.round()
    laptop.round()
    close_journal()
    made = backup_journal(laptop.data_dir, folder=trio / "backups")  # with 'monday'
    time.sleep(0.003)
    desk.sql("UPDATE journal_setting SET value = 'sunday' WHERE key = ?", LATER)
    desk.round()
    laptop.round()
    close_journal()
    restore(laptop.data_dir, made.path)
    settle(laptop, desk)
    assert _later(laptop) == _later(desk) == "sunday"
    assert _row(laptop) == "sunday"


def test_a_journal_exported_and_imported_on_a_new_computer_keeps_the_later_setting(
    trio: Path,
):
    """The JSON export holds no settings: the new computer's journal has none; its first
    round must take the folder's, not send it as deleted."""
    laptop, desk = _later_arrives(trio)
    desk.sql("INSERT INTO journal_setting (key, value) VALUES (?, 'monday')", LATER)
    desk.round()
    laptop.round()
    laptop.open()
    export = trio / "export.json"
    exchange.export_file(export)
    new = Replica(trio, "new", folder=trio / "shared")
    new.open()
    exchange.import_file(export)
    settle(new, desk)
    settle(laptop, desk)
    assert _later(new) == _later(desk) == _later(laptop) == "monday"
    shutil.rmtree(trio / "shared" / "changes" / EVIL, ignore_errors=True)
