"""attack22c: a hostile snapshot through the scratch store: the same note three times in one
snapshot, each copy under the same clock with another text (one of them 100,000 characters),
read in batches of 7 records (copies split across batches).  The journal must end as the
path in memory leaves it: the same winner of each tie, the same export and conflicts."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.sync.receive import spool
from tests.store.sync.replicas import Replica


def _forge(snapshot: Path) -> int:
    """Each of 10 notes of ``snapshot`` twice more right after it, same clocks, other
    texts; returns how many copies were added."""
    with gzip.open(snapshot, "rt", encoding="utf-8") as file:
        lines = file.read().splitlines()
    out, added = [lines[0]], 0
    for line in lines[1:]:
        out.append(line)
        record = json.loads(line)
        if record["kind"] != "note" or "body" not in record["s"]["f"] or added >= 20:
            continue
        for text in (f"forged, same clock {added}", "H" * 100_000):
            twin = json.loads(line)
            twin["s"]["f"]["body"][0] = text
            out.append(json.dumps(twin, ensure_ascii=False, separators=(",", ":")))
            added += 1
    with gzip.open(snapshot, "wt", encoding="utf-8") as file:
        file.write("\n".join(out) + "\n")
    return added


def test_a_note_three_times_in_one_snapshot_spooled_as_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=4, notes=150, seed=3))
    laptop.round()
    (snapshot,) = (laptop.folder / "snapshots").iterdir()
    assert _forge(snapshot) == 20
    results = []
    for name, spooled in (("held", False), ("spooled", True)):
        desk = Replica(tmp_path, name, folder=tmp_path / f"{name}-sync")
        desk.folder.rmdir()
        shutil.copytree(laptop.folder, desk.folder)
        monkeypatch.setattr(spool, "SPOOL_FROM", 20 if spooled else 10**9)
        monkeypatch.setattr(spool, "APPLY_BATCH", 7)
        result = desk.round()
        assert not result.problems  # read, not refused: same clock, other values
        forged = desk.sql("SELECT count(*) FROM note WHERE body LIKE 'forged%'")
        huge = desk.sql("SELECT count(*) FROM note WHERE length(body) = 100000")
        results.append((desk.export(), desk.conflicts(), result.received, forged, huge))
        monkeypatch.undo()
    assert results[0][3] != [(0,)] or results[0][4] != [(0,)]  # some copy won a tie
    assert results[1] == results[0]
    close_journal()
