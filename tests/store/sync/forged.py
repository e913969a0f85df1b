"""Change files of a computer that no journal here is, written by hand rather than by the
engine, so that a test can put into them what the engine itself would never write (values the
journal refuses, ids that are not UUIDs, a hostile computer name, a clock at the end of time)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

from tests.store.sync.replicas import AT

EVIL = "feedfacefeedface"

Change = tuple[str, str, str, Any]  # kind, record uuid, field, value


def clock_now(ahead_ms: int = 0) -> str:
    """A clock of the forged computer: now (plus ``ahead_ms``), counter 0."""
    return f"{int(time.time() * 1000) + ahead_ms:013d}-00000000-{EVIL}"


def forged_file(
    folder: Path, changes: list[Change], *, seq: int = 1, clock: str = "", name: str = "Evil"
) -> Path:
    """Its change file number ``seq`` in the sync ``folder``, one line per change."""
    clock = clock or clock_now()
    head = {"format": "clientjournal-sync", "version": 1, "device": EVIL, "name": name}
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


def new_client(uuid: str, **fields: Any) -> list[Change]:
    """The changes that make a client (the fields a row needs, and ``fields``)."""
    values: dict[str, Any] = {"name": "Evil", "created_at": AT, "updated_at": AT, **fields}
    return [("client", uuid, field, value) for field, value in values.items()]
