"""An open note conflict (the other computer's text, kept until the user chooses) is part of
the JSON export and comes back with an import (attack-20e E4: an export carried to a new
computer lost that text)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from clientjournal.store import sync
from clientjournal.store.connection import open_journal
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.models import database
from tests.store.sync.replicas import AT, Replica, canonical_export, uid

CLIENT = uid("c-1")
NOTE = uid("n-1")


@pytest.fixture
def conflicted(pair: list[Replica]) -> list[Replica]:
    laptop, desktop = pair
    laptop.add_client(CLIENT, "A")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "VALUES (?, (SELECT id FROM client), ?, ?, 'Start')",
        NOTE, AT, AT,
    )  # fmt: skip
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE note SET body = 'Laptop text'")
    desktop.sql("UPDATE note SET body = 'Desktop text'")
    laptop.round()
    desktop.round()
    laptop.round()
    return pair


_ROWS = (
    "SELECT c.uuid, n.uuid, c.body, c.device_id, c.at FROM note_conflict c "
    "JOIN note n ON n.id = c.note_id"
)


def _the_note(data: dict[str, Any]) -> dict[str, Any]:
    (client,) = data["clients"]
    (note,) = client["notes"]
    return note


def _open_conflicts() -> list[sync.NoteConflict]:
    (note_id,) = database.execute_sql("SELECT id FROM note WHERE uuid = ?", (NOTE,)).fetchone()
    return sync.note_conflicts([note_id])


def _export_text(path: Path) -> str:
    exchange.export_file(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if '"exported_at"' not in line)


def test_the_export_holds_the_open_conflict_the_same_on_both(conflicted):
    laptop, desktop = conflicted
    laptop.open()
    (conflict,) = _open_conflicts()
    note = _the_note(exchange.export_data())
    assert note["conflicts"] == [
        {
            "uuid": conflict.uuid,
            "body": conflict.body,
            "device": note["conflicts"][0]["device"],
            "at": note["conflicts"][0]["at"],
        }
    ]
    assert note["conflicts"][0]["device"]  # the computer that wrote it, as the pane names it
    assert {note["body"], conflict.body} == {"Laptop text", "Desktop text"}
    ours = canonical_export()
    assert ours == desktop.export()  # both hold the same conflict: the exports still agree


def test_export_import_brings_the_conflict_back(conflicted, tmp_path):
    laptop, _desktop = conflicted
    laptop.open()
    (before,) = _open_conflicts()
    stored = database.execute_sql(_ROWS).fetchall()
    first = _export_text(tmp_path / "first.json")
    open_journal(tmp_path / "new-computer")
    exchange.import_file(tmp_path / "first.json")
    exchange.import_file(tmp_path / "first.json")  # twice: still one conflict
    (after,) = _open_conflicts()
    assert (after.uuid, after.body) == (before.uuid, before.body)
    assert not after.mine and not after.earlier  # written on neither: this is a new computer
    assert database.execute_sql(_ROWS).fetchall() == stored  # text, computer, time: the same
    assert _export_text(tmp_path / "second.json") == first


def test_no_conflict_where_the_note_has_that_text_already(conflicted, tmp_path):
    laptop, _desktop = conflicted
    laptop.open()
    data = exchange.export_data()
    note = _the_note(data)
    note["body"] = note["conflicts"][0]["body"]
    open_journal(tmp_path / "new-computer")
    exchange.import_data(data)
    assert _open_conflicts() == []


def test_an_export_without_conflicts_has_no_conflicts_field(pair):
    laptop, _desktop = pair
    laptop.add_client(CLIENT, "A")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "VALUES (?, (SELECT id FROM client), ?, ?, 'Start')",
        NOTE, AT, AT,
    )  # fmt: skip
    laptop.open()
    assert "conflicts" not in _the_note(exchange.export_data())


HOSTILE = [
    ("not a list", {"uuid": uid("x-1")}),
    ("a huge body", "huge"),
    ("a number for a body", 12),
    ("too many", "many"),
    ("a strange device", "device"),
    ("an extra field", "extra"),
]


@pytest.mark.parametrize(("label", "value"), HOSTILE, ids=[label for label, _ in HOSTILE])
def test_a_hostile_conflicts_value_refuses_the_import(conflicted, tmp_path, label, value):
    laptop, _desktop = conflicted
    laptop.open()
    good = exchange.export_data()
    data = copy.deepcopy(good)
    note = _the_note(data)
    entry = note["conflicts"][0]
    if value == "huge":
        entry["body"] = "x" * 1_000_001
    elif value == "many":
        note["conflicts"] = [dict(entry, uuid=uid(f"x-{i}")) for i in range(101)]
    elif value == "device":
        entry["device"] = "../" * 40
    elif value == "extra":
        entry["mine"] = True
    elif isinstance(value, int):
        entry["body"] = value
    else:
        note["conflicts"] = value
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    open_journal(tmp_path / "new-computer")
    with pytest.raises(exchange.ImportFailed) as failed:
        exchange.import_file(path)
    assert "conflicts" in str(failed.value) and "hostile.json" in str(failed.value)
    assert "\n" not in str(failed.value)
    for table in ("client", "note", "note_conflict"):
        assert database.execute_sql(f"SELECT count(*) FROM {table}").fetchone() == (0,)


def test_an_older_export_does_not_reopen_a_conflict_resolved_since(conflicted, tmp_path):
    laptop, _desktop = conflicted
    laptop.open()
    (conflict,) = _open_conflicts()
    exchange.export_file(tmp_path / "before.json")
    sync.resolve_conflict(conflict.uuid, "mine")
    laptop.round()  # the choice is published (its tombstone)
    exchange.import_file(tmp_path / "before.json")
    assert _open_conflicts() == []
