"""A file replaced or removed by its computer while this one's round reads it (its compaction
runs at the same time, or the sync program delivers the newer file then): sync-attack-20
finding 6.  The round noted the file as read with the size and time it had at the commit, so
a newer snapshot counted as read without being read and that computer's changes never arrived;
a file removed meanwhile failed the whole round."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from clientjournal.store.connection import close_journal
from clientjournal.store.sync import compaction, incoming
from tests.store.sync.replicas import Replica, uid

CLIENT = uid("c-1")


def _compacted_laptop(tmp_path: Path, monkeypatch) -> tuple[Replica, Path]:
    """A laptop whose first snapshot (kept aside, returned) was replaced by a compaction."""
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)
    laptop = Replica(tmp_path, "laptop")
    laptop.add_client(CLIENT, "Anna")
    laptop.round()
    (first,) = (laptop.folder / "snapshots").iterdir()
    old = tmp_path / "old-snapshot"
    shutil.copy2(first, old)
    for phone in range(1, 6):
        laptop.sql("UPDATE client SET phone = ?", str(phone))
        laptop.round()
    assert first.read_bytes() != old.read_bytes()  # compacted
    return laptop, old


def _swap_after_reading(monkeypatch, snapshot: Path, newer: bytes) -> None:
    real = incoming._read_data

    def read_then_swap(*args):
        found = real(*args)
        if args[1]:  # a snapshot: its computer replaces it now
            spare = snapshot.with_name(".swap.tmp")
            spare.write_bytes(newer)
            os.replace(spare, snapshot)
        return found

    monkeypatch.setattr(incoming, "_read_data", read_then_swap)


def test_a_snapshot_replaced_while_it_is_read_is_read_again(tmp_path, monkeypatch):
    laptop, old = _compacted_laptop(tmp_path, monkeypatch)
    try:
        desktop = Replica(tmp_path, "desktop")
        shutil.copytree(laptop.folder, desktop.folder, dirs_exist_ok=True)
        (snapshot,) = (desktop.folder / "snapshots").iterdir()
        newer = snapshot.read_bytes()
        shutil.copy2(old, snapshot)  # the folder as the sync program had delivered it so far
        with monkeypatch.context() as patch:
            _swap_after_reading(patch, snapshot, newer)
            desktop.round()
        assert desktop.sql("SELECT phone FROM client") == [("",)]  # the old snapshot
        desktop.round()
        assert desktop.sql("SELECT phone FROM client") == [("5",)]
        assert laptop.export() == desktop.export()
    finally:
        close_journal()


def test_a_file_removed_after_it_was_read_does_not_fail_the_round(tmp_path, monkeypatch):
    laptop = Replica(tmp_path, "laptop")
    desktop = Replica(tmp_path, "desktop", folder=laptop.folder)
    try:
        laptop.add_client(CLIENT, "Anna")
        laptop.round()
        desktop.round()
        laptop.sql("UPDATE client SET phone = '1'")
        laptop.round()
        desktop.add_client(uid("c-2"), "Bert")
        real = incoming._read_data

        def read_then_remove(*args):
            found = real(*args)
            (laptop.folder / found.rel).unlink()  # its compaction removes it now
            return found

        monkeypatch.setattr(incoming, "_read_data", read_then_remove)
        result = desktop.round()
        assert result.sent > 0
        assert desktop.sql("SELECT phone FROM client WHERE uuid = ?", CLIENT) == [("1",)]
    finally:
        close_journal()
