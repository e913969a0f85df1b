"""Hostile files in the sync folder, read in process (sync-attack findings): a file the round
cannot use is skipped and reported, and everything else is still applied."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from clientjournal.store.sync import SyncError
from tests.store.sync.replicas import Replica

AT = "2026-03-04T05:06:07.123456Z"
EVIL = "feedfacefeedface"


def raw_file(folder: Path, seq: int, lines: list[str]) -> Path:
    """A change file of a device no journal here is, its lines given as text."""
    head = {"format": "clientjournal-sync", "version": 1, "device": EVIL, "name": "Evil"}
    head["seq"] = seq
    path = folder / "changes" / EVIL / f"{seq:010d}.jsonl.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join([json.dumps(head), *lines]) + "\n"
    path.write_bytes(gzip.compress(text.encode()))
    return path


def now_clock() -> str:
    return f"{int(time.time() * 1000):013d}-00000000-{EVIL}"


def round_or_fail(replica: Replica):
    try:
        return replica.round()
    except (SyncError, RecursionError, MemoryError) as error:
        pytest.fail(f"one hostile file stopped the round: {type(error).__name__} {error}")


def test_a_deeply_nested_value_is_skipped(pair):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    clock = now_clock()
    deep = "[" * 100_000 + "]" * 100_000
    line = (
        f'{{"id":"{clock}/profile/x","kind":"client","uuid":"00000000-0000-0000-0000-000000632d31","field":"profile/x",'
        f'"value":{deep},"hlc":"{clock}","base":null}}'
    )
    raw_file(laptop.folder, 1, [line])
    result = round_or_fail(desktop)
    assert desktop.sql("SELECT name FROM client") == [("Anna",)]
    assert any(EVIL in skipped for skipped in result.skipped)


def test_the_losing_computer_is_not_told_its_own_text_came_from_elsewhere(pair):
    from clientjournal.store import sync

    laptop, desktop = pair
    for replica, name in ((laptop, "Laptop"), (desktop, "Desktop")):
        replica.open()
        sync.configure(replica.folder, name)
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT '00000000-0000-0000-0000-0000006e2d31', id, ?, ?, 'base' FROM client",
        AT, AT,
    )  # fmt: skip
    laptop.round()
    desktop.round()
    laptop.sql(
        "UPDATE note SET body = 'typed on the laptop' WHERE uuid = '00000000-0000-0000-0000-0000006e2d31'"
    )
    desktop.sql(
        "UPDATE note SET body = 'typed on the desktop' WHERE uuid = '00000000-0000-0000-0000-0000006e2d31'"
    )
    laptop.round()
    desktop.round()
    laptop.round()
    ((note_id, body),) = laptop.sql(
        "SELECT id, body FROM note WHERE uuid = '00000000-0000-0000-0000-0000006e2d31'"
    )
    laptop.open()
    (conflict,) = sync.note_conflicts([note_id])
    # the later edit (the desktop's) won everywhere; on the laptop the note now shows the
    # desktop's text as "this computer's version" and the laptop's own text as the other
    # computer's, named "Laptop": "Keep mine" then drops what was typed here
    assert body == "typed on the desktop" and conflict.body == "typed on the laptop"
    assert conflict.device_name != "Laptop"


def change_line(kind: str, uuid: str, field: str, value: object, clock: str) -> str:
    line: dict[str, Any] = {"id": f"{clock}/{field}", "kind": kind, "uuid": uuid, "field": field}
    line.update({"value": value, "hlc": clock, "base": None})
    return json.dumps(line)


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("client", "name", "\ud800"),
        ("note", "body", "\ud800"),
        ("note", "client", None),
        ("draft", "tone_score", 10**30),
        ("draft", "tone_signals", "not JSON"),
    ],
    ids=["surrogate-name", "surrogate-body", "null-parent", "huge-int", "signals-not-json"],
)
def test_values_sqlite_or_the_app_cannot_take_are_skipped(pair, kind, field, value):
    from clientjournal.store import clients, drafts
    from clientjournal.store.exchange.json_export import export_data

    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT '00000000-0000-0000-0000-0000006e2d31', id, ?, ?, 'text' FROM client",
        AT, AT,
    )  # fmt: skip
    laptop.round()
    clock = now_clock()
    record = {
        "client": "00000000-0000-0000-0000-000000632d31",
        "note": "00000000-0000-0000-0000-0000006e2d31",
        "draft": "00000000-0000-0000-0000-000000642d31",
    }[kind]
    lines = []
    if kind == "draft":  # a whole draft of Anna's, then the bad field
        for name, good in (
            ("client", "00000000-0000-0000-0000-000000632d31"),
            ("created_at", AT),
            ("updated_at", AT),
        ):
            lines.append(
                change_line("draft", "00000000-0000-0000-0000-000000642d31", name, good, clock)
            )
    lines.append(change_line(kind, record, field, value, clock))
    raw_file(laptop.folder, 1, lines)
    laptop.add_client("00000000-0000-0000-0000-000000632d32", "Bert")
    laptop.round()
    result = round_or_fail(desktop)
    assert sorted(desktop.sql("SELECT name FROM client")) == [("Anna",), ("Bert",)]
    if field != "tone_signals":  # may be skipped or kept as no signals: the app must cope
        assert any(EVIL in skipped for skipped in result.skipped)
    desktop.open()
    export_data()
    ids = [row_id for (row_id,) in desktop.sql("SELECT id FROM client")]
    desktop.open()
    clients.fetch(ids)
    for client_id in ids:
        drafts.fetch(drafts.ids_for_client(client_id, include_closed=True))
