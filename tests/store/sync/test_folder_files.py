"""What sync engines and accidents leave in the folder: temporary files, conflict copies,
cut-off or garbled files, files delivered out of order, a journal copied to a second computer.
Nothing is duplicated, a garbled file is reported and skipped whole, nothing is lost."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from clientjournal.store import sync
from tests.store.sync.replicas import Replica, carry, files_of


def names(replica: Replica) -> list[str]:
    return [name for (name,) in replica.sql("SELECT name FROM client ORDER BY name")]


def change_files(folder: Path) -> list[Path]:
    return [p for p in files_of(folder) if p.parent.parent.name == "changes"]


def test_junk_and_copies_change_nothing(pair):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    laptop.add_client("00000000-0000-0000-0000-000000632d32", "Bert")
    laptop.round()
    folder = laptop.folder
    newest = change_files(folder)[-1]
    device_dir = newest.parent
    (device_dir / ".syncthing.0000000009.jsonl.gz.tmp").write_bytes(b"half")
    (device_dir / "~syncthing~0000000009.jsonl.gz.tmp").write_bytes(b"half")
    (folder / "changes" / "README.txt").write_text("hello")
    shutil.copy2(newest, device_dir / f"{newest.name[:10]}.sync-conflict-20261206-1-ABC.jsonl.gz")
    shutil.copy2(newest, device_dir / f"{newest.name[:10]} (Desktop's conflicted copy).jsonl.gz")
    result = desktop.round()
    assert names(desktop) == ["Anna", "Bert"]
    assert result.skipped == ()
    assert desktop.round().received == 0  # read once, never again


def test_a_garbled_file_is_skipped_whole_and_read_once_repaired(pair):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()  # the first round publishes a snapshot
    laptop.add_client("00000000-0000-0000-0000-000000632d32", "Bert")
    laptop.add_client("00000000-0000-0000-0000-000000632d33", "Cleo")
    laptop.round()
    (broken,) = change_files(laptop.folder)
    good = broken.read_bytes()
    broken.write_bytes(good[: len(good) - 9])  # cut off by the engine
    result = desktop.round()
    assert names(desktop) == ["Anna"]  # nothing of the cut-off file, not half of it
    assert len(result.skipped) == 1 and broken.name in result.skipped[0]
    assert "gzip" in result.skipped[0] and "Bert" not in result.skipped[0]
    broken.write_bytes(gzip.compress(b'{"format": "clientjournal-sync", "version": 1}\nnot json\n'))
    assert len(desktop.round().skipped) == 1
    broken.write_bytes(good)
    assert desktop.round().skipped == ()
    assert names(desktop) == ["Anna", "Bert", "Cleo"]


def test_files_delivered_out_of_order_wait_for_the_missing_one(tmp_path: Path):
    laptop = Replica(tmp_path, "laptop")
    desktop = Replica(tmp_path, "desktop")
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    carry(laptop.folder, desktop.folder)
    desktop.round()
    laptop.sql("UPDATE client SET name = 'Anna B'")
    laptop.round()
    laptop.sql("UPDATE client SET name = 'Anna C'")
    laptop.round()
    _first, second = change_files(laptop.folder)
    target = desktop.folder / second.relative_to(laptop.folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(second, target)  # the later file arrives first
    assert desktop.round().received == 0
    assert names(desktop) == ["Anna"]
    carry(laptop.folder, desktop.folder)
    desktop.round()
    assert names(desktop) == ["Anna C"]
    desktop.open()
    assert sync.note_conflicts([1]) == []


def test_a_journal_copied_to_a_second_computer_takes_a_new_device_id(tmp_path: Path):
    shared = tmp_path / "shared"
    original = Replica(tmp_path, "original", folder=shared)
    original.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    original.round()
    copy = Replica(tmp_path, "copy", folder=shared)
    original.sql("SELECT 1")
    from clientjournal.store.connection import close_journal

    close_journal()
    shutil.copytree(original.data_dir, copy.data_dir)  # restored onto a second machine
    original.add_client("00000000-0000-0000-0000-000000632d32", "Bert")
    original.round()
    copy.add_client("00000000-0000-0000-0000-000000632d33", "Cleo")
    result = copy.round()  # it finds a file with its id it did not write
    assert any("new computer" in warning for warning in result.clock_warnings)
    original.round()
    copy.round()
    original.round()
    assert names(original) == names(copy) == ["Anna", "Bert", "Cleo"]
    copy.open()
    copy_id = sync.sync_config().device_id
    original.open()
    assert sync.sync_config().device_id != copy_id
    assert [d.this_device for d in sync.devices_seen()] == [True, False]
    assert original.export() == copy.export()


def test_a_file_found_unreadable_is_not_read_again_until_it_changes(pair, monkeypatch):
    """A hostile file can take seconds and gigabytes to refuse: it is reported at every round
    but read again only once it changed (a repaired file is applied)."""
    import gzip as gzip_module

    from clientjournal.store.sync import incoming

    laptop, _desktop = pair
    laptop.round()
    garbled = laptop.folder / "changes" / "0123456789abcdef" / "0000000001.jsonl.gz"
    garbled.parent.mkdir(parents=True)
    garbled.write_bytes(b"\x1f\x8b not really gzip")
    reads = []
    real = incoming.read_file
    monkeypatch.setattr(incoming, "read_file", lambda *a: reads.append(a[1].name) or real(*a))
    first, second = laptop.round(), laptop.round()
    assert first.skipped == second.skipped and len(first.skipped) == 1
    assert reads == ["0000000001.jsonl.gz"]
    incoming._REFUSED.clear()  # as a new process (each clientjournal sync) starts
    assert laptop.round().skipped == first.skipped
    assert reads == ["0000000001.jsonl.gz"]  # remembered in the journal (attack-20 finding 2)
    garbled.write_bytes(gzip_module.compress(b"still not a sync file\n"))
    assert laptop.round().skipped and len(reads) == 2  # changed: read again
    garbled.unlink()
    laptop.round()
    assert laptop.sql("SELECT key FROM sync_local WHERE key LIKE 'refused/%'") == []


def test_a_copied_journal_whose_file_the_sync_program_replaced_loses_nothing(tmp_path: Path):
    """attack-20b finding 5 (real Syncthing): a journal copied to a second computer, each
    with its own copy of the folder; both write the same change file number, and the sync
    program keeps the copy's file in both folders.  The original noticed and took a new id,
    but what was in its replaced file was never published again: missing on the other
    computer for good."""
    from clientjournal.store.connection import close_journal

    original = Replica(tmp_path, "original", folder=tmp_path / "a")
    original.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    original.round()
    close_journal()
    copy = Replica(tmp_path, "copy", folder=tmp_path / "b")
    shutil.copytree(original.data_dir, copy.data_dir)
    shutil.rmtree(copy.folder)
    shutil.copytree(original.folder, copy.folder)
    original.add_client("00000000-0000-0000-0000-000000632d32", "Bert")
    original.round()
    copy.add_client("00000000-0000-0000-0000-000000632d33", "Cleo")
    copy.round()
    [theirs] = [p for p in change_files(copy.folder) if p.name.startswith("0000000002")]
    mine = original.folder / theirs.relative_to(copy.folder)
    assert mine.exists()
    shutil.copy2(theirs, mine)  # the sync program kept the copy's version in both folders
    for _ in range(3):
        original.round()
        carry(original.folder, copy.folder)
        carry(copy.folder, original.folder)
        copy.round()
        carry(copy.folder, original.folder)
        carry(original.folder, copy.folder)
    assert names(original) == names(copy) == ["Anna", "Bert", "Cleo"]
    assert original.export() == copy.export()
