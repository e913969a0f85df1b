"""A computer's change file that the sync program does not deliver (the next one is there)
keeps that computer's later changes waiting; after a while the round says so (finding 13)."""

from __future__ import annotations

import time
from pathlib import Path

from clientjournal.core.sync.problems import WAITING
from clientjournal.store.sync import incoming
from tests.store.sync.replicas import Replica, carry, uid


def test_a_file_missing_for_a_while_is_reported_until_it_comes(tmp_path: Path, monkeypatch):
    laptop, desktop = Replica(tmp_path, "laptop"), Replica(tmp_path, "desktop")
    laptop.sql("INSERT INTO sync_local (key, value) VALUES ('device_name', 'Laptop')")
    for i in range(4):
        laptop.add_client(uid(f"c-{i}"), f"Client {i}")
        laptop.round()  # a snapshot, then change files 2, 3 and 4
    carry(laptop.folder, desktop.folder)
    (device,) = [path.name for path in (laptop.folder / "changes").iterdir()]
    held_back = desktop.folder / "changes" / device / "0000000003.jsonl.gz"
    kept = held_back.read_bytes()
    held_back.unlink()
    now = [int(time.time() * 1000)]
    monkeypatch.setattr(incoming, "_now_ms", lambda: now[0])
    first = desktop.round()
    assert first.clock_warnings == () and first.problems == ()
    assert len(desktop.sql("SELECT id FROM client")) == 2  # up to the gap
    now[0] += incoming.GAP_WARNING_AFTER_MS - 1
    assert desktop.round().problems == ()  # a file late for minutes is normal
    now[0] += 1
    late = desktop.round()
    (waiting,) = late.problems
    assert waiting.kind == WAITING and waiting.device == "Laptop" and waiting.device_id == device
    assert waiting.path == f"changes/{device}/0000000003.jsonl.gz"
    (line,) = late.clock_warnings
    assert line.startswith("the changes of Laptop wait for changes/") and "0000000003" in line
    desktop.open()
    from clientjournal.store import sync

    assert sync.sync_config().last_counts == (0, 0, 0)
    held_back.write_bytes(kept)
    delivered = desktop.round()
    assert delivered.problems == () and len(desktop.sql("SELECT id FROM client")) == 4
