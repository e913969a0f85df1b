"""A computer with many change files of its own writes a new snapshot and removes them; a
computer that had read them skips the snapshot, one that had not (or a new one) reads it."""

from __future__ import annotations

import shutil
from pathlib import Path

from clientjournal.store.sync import compaction, incoming
from tests.store.sync.replicas import Replica, carry, uid
from tests.store.sync.test_folder_files import change_files, names


def mirror(source: Path, target: Path) -> None:
    """The engine also carries deletions."""
    carry(source, target)
    for path in change_files(target):
        if not (source / path.relative_to(target)).exists():
            path.unlink()


def test_compaction_keeps_every_reader_whole(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)
    laptop, behind, current = (Replica(tmp_path, n) for n in ("laptop", "behind", "current"))
    laptop.add_client("00000000-0000-0000-0000-000000632d30", "Anna")
    laptop.round()
    for replica in (behind, current):
        mirror(laptop.folder, replica.folder)
        replica.round()
    for i, name in enumerate(["Bert", "Cleo"], 1):
        laptop.add_client(uid(f"c-{i}"), name)
        laptop.round()
    mirror(laptop.folder, behind.folder)
    mirror(laptop.folder, current.folder)
    current.round()
    snapshot = next((laptop.folder / "snapshots").iterdir())
    first_snapshot = snapshot.stat().st_mtime_ns
    laptop.add_client("00000000-0000-0000-0000-000000632d33", "Dora")
    laptop.round()  # the third change file: a new snapshot, all files but the newest go
    assert [p.name for p in change_files(laptop.folder)] == ["0000000004.jsonl.gz"]
    assert snapshot.stat().st_mtime_ns != first_snapshot
    laptop.add_client("00000000-0000-0000-0000-000000632d34", "Emil")
    laptop.round()
    assert [p.name for p in change_files(laptop.folder)] == [
        "0000000004.jsonl.gz",
        "0000000005.jsonl.gz",
    ]
    everyone = ["Anna", "Bert", "Cleo", "Dora", "Emil"]
    for replica in (behind, current):
        shutil.rmtree(replica.folder / "changes" / change_files(laptop.folder)[0].parent.name)
        mirror(laptop.folder, replica.folder)
    snapshots_read = []
    real = incoming.read_snapshot
    monkeypatch.setattr(
        incoming, "read_snapshot", lambda *args: snapshots_read.append(1) or real(*args)
    )
    current.round()
    assert names(current) == everyone and snapshots_read == []  # it goes on with file 4
    behind.round()
    assert names(behind) == everyone and snapshots_read == [1]  # file 3 is gone: snapshot
    newcomer = Replica(tmp_path, "newcomer")
    mirror(laptop.folder, newcomer.folder)
    newcomer.round()
    assert names(newcomer) == everyone
    assert newcomer.export() == laptop.export() == behind.export() == current.export()
