"""attack24d: a round's conflict count (86e449e: Outcome.new_conflicts, the Projector's
removed_conflicts) against the conflicts the journal holds at the round's end.

A big snapshot is applied a batch at a time; two computers' snapshots of one note lie side by
side in the spool and a batch boundary may fall between them.  86e449e drops a conflict a
later batch replaced through ``_project_conflicts``; these tests try the other ways a
conflict written by one batch goes again in a later one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.demo.fill import fill
from clientjournal.store.sync import local
from clientjournal.store.sync.receive import spool
from tests.store.sync.replicas import Replica


def _two_snapshots(tmp_path: Path, deleter: str) -> tuple[Path, int]:
    """Laptop and desk edit the same notes at once (conflicts both hold), then ``deleter``
    deletes those notes; each then makes a first round in a new folder: two whole
    snapshots, one holding the notes with their two versions, the other their tombstones.
    Returns the folder and the number of conflicted notes."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=3, notes=120, seed=5))
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    both = sorted(uuid for (uuid,) in laptop.sql("SELECT uuid FROM note WHERE id % 3 = 0"))
    marks = ", ".join("?" * len(both))
    laptop.sql(f"UPDATE note SET body = body || ' (laptop)' WHERE uuid IN ({marks})", *both)
    desk.sql(f"UPDATE note SET body = body || ' (desk)' WHERE uuid IN ({marks})", *both)
    laptop.round()
    desk.round()
    laptop.round()
    for replica in (laptop, desk):
        assert len(replica.conflicts()) == len(both)
    gone = laptop if deleter == "laptop" else desk
    gone.sql(f"DELETE FROM note WHERE uuid IN ({marks})", *both)
    shared = tmp_path / "shared"
    shared.mkdir()
    for replica in (laptop, desk):
        replica.folder = shared  # a first round there each: two whole snapshots
        replica.round()
    return shared, len(both)


def test_a_conflict_whose_note_a_later_batch_deletes_is_not_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The spool keeps a note's two snapshot records in the order the snapshots were read
    (by their devices' ids): the laptop's (read first here) holds the note and its
    conflict, the desk's its tombstone."""
    ids = iter(f"{number:016x}" for number in range(1, 100))
    monkeypatch.setattr(local, "new_device_id", lambda: next(ids))
    shared, _edited = _two_snapshots(tmp_path, "desk")
    counted = _counts(tmp_path, shared, monkeypatch)
    assert all(said == held for _batch, said, held in counted), counted


def _counts(tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    counted = []
    for batch in (7, 11, 13, 17, 29):
        monkeypatch.setattr(spool, "SPOOL_FROM", 20)
        monkeypatch.setattr(spool, "APPLY_BATCH", batch)
        third = Replica(tmp_path, f"third-{batch}", folder=tmp_path / f"shared-{batch}")
        third.folder.rmdir()
        shutil.copytree(shared, third.folder)
        result = third.round()
        counted.append((batch, result.conflicts, len(third.conflicts())))
        monkeypatch.undo()
    return counted


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_conflicts_resolved_on_one_computer_are_not_counted_by_a_third(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep: str
):
    """The same two snapshots' notes with their conflicts, but the desk resolved them all
    before its first round in the new folder (a tombstone of each conflict, a later kind in
    the spool than the notes): a third computer's spooled first sync, batch by batch, says
    as many conflicts as its journal holds (none)."""
    from clientjournal.store import sync as store_sync

    ids = iter(f"{number:016x}" for number in range(1, 100))
    monkeypatch.setattr(local, "new_device_id", lambda: next(ids))
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=3, notes=120, seed=5))
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    both = sorted(uuid for (uuid,) in laptop.sql("SELECT uuid FROM note WHERE id % 3 = 0"))
    marks = ", ".join("?" * len(both))
    laptop.sql(f"UPDATE note SET body = body || ' (laptop)' WHERE uuid IN ({marks})", *both)
    desk.sql(f"UPDATE note SET body = body || ' (desk)' WHERE uuid IN ({marks})", *both)
    laptop.round()
    desk.round()
    laptop.round()
    desk.open()
    for (conflict,) in desk.sql("SELECT uuid FROM note_conflict"):
        desk.open()
        store_sync.resolve_conflict(conflict, keep)
    assert desk.conflicts() == []
    shared = tmp_path / "shared"
    shared.mkdir()
    for replica in (laptop, desk):
        replica.folder = shared
        replica.round()
    counted = _counts(tmp_path, shared, monkeypatch)
    assert all(said == held for _batch, said, held in counted), counted
