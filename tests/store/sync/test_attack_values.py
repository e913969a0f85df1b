"""Hostile or damaged change files whose JSON is well formed: values of the right JSON type
that the journal cannot store or its code cannot read.  Such a file must not stop sync for
everybody, nor break the journal on every computer that reads it (sync-attack findings)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from clientjournal.store import clients
from clientjournal.store.exchange.json_export import export_data
from clientjournal.store.sync import SyncError
from tests.store.sync.replicas import Replica

AT = "2026-03-04T05:06:07.123456Z"
EVIL = "feedfacefeedface"


def evil_file(
    folder: Path, seq: int, changes: list[tuple[str, str, str, Any]], clock: str = ""
) -> Path:
    """A change file of a device no journal here is, with ``(kind, uuid, field, value)``."""
    clock = clock or f"{int(time.time() * 1000):013d}-00000000-{EVIL}"
    head = {"format": "clientjournal-sync", "version": 1, "device": EVIL, "name": "Evil"}
    head["seq"] = seq
    lines = [json.dumps(head)]
    for kind, uuid, field, value in changes:
        line: dict[str, Any] = {
            "id": f"{clock}/{field}",
            "kind": kind,
            "uuid": uuid,
            "field": field,
        }
        line.update({"value": value, "hlc": clock, "base": None})
        lines.append(json.dumps(line))
    path = folder / "changes" / EVIL / f"{seq:010d}.jsonl.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return path


def new_client(uuid: str, **fields: Any) -> list[tuple[str, str, str, Any]]:
    values: dict[str, Any] = {"name": "Evil", "created_at": AT, "updated_at": AT, **fields}
    return [("client", uuid, field, value) for field, value in values.items()]


def add_client(replica: Replica, uuid: str, name: str) -> None:
    replica.sql(
        "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
        uuid, name, AT, AT,
    )  # fmt: skip


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
    evil_file(laptop.folder, 1, changes)
    add_client(laptop, "c-1", "Anna")
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
    evil_file(desktop.folder, 1, new_client("evil-1", **{field: value}))
    result = desktop.round()
    # refused whole like a garbled file: reported by name and kind of problem, nothing stored
    assert len(result.skipped) == 1 and "cannot keep" in result.skipped[0]
    assert value not in result.skipped[0]  # never the file's content
    assert desktop.sql("SELECT id FROM client") == []
    add_client(desktop, "c-1", "Anna")
    desktop.round()
    ids = [row_id for (row_id,) in desktop.sql("SELECT id FROM client")]
    export_data()
    clients.fetch(ids)


def test_a_clock_at_the_end_of_time_does_not_poison_the_others(pair):
    laptop, desktop = pair
    add_client(laptop, "c-1", "Anna")
    laptop.round()
    desktop.round()
    end_of_time = f"9999999999999-99999999-{EVIL}"
    evil_file(laptop.folder, 1, new_client("evil-1"), clock=end_of_time)
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE client SET phone = '555' WHERE uuid = 'c-1'")
    laptop.round()
    result = desktop.round()
    # only the file with the impossible clock is refused (reported); the laptop's are read
    assert all(f"changes/{EVIL}/" in line for line in result.skipped)
    assert desktop.sql("SELECT phone FROM client WHERE uuid = 'c-1'") == [("555",)]
