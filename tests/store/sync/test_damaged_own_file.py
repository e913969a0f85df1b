"""A computer's own change file damaged in the folder (cut off by the sync program or a full
disk on the way) before a third computer read it: sync-attack-20 finding 8.  The writer took
itself for a copied journal (a new device id) and nobody published the file's content again;
the third computer skipped the file at every round and never had its changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientjournal.core.sync.problems import COPIED
from clientjournal.store.connection import close_journal
from tests.store.sync.replicas import AT, Replica, uid

CLIENT, NOTE = uid("c-1"), uid("n-1")


@pytest.fixture
def three(tmp_path: Path):
    shared = tmp_path / "shared"
    yield [Replica(tmp_path, name, folder=shared) for name in ("laptop", "desktop", "third")]
    close_journal()


def _device(replica: Replica) -> str:
    ((device,),) = replica.sql("SELECT value FROM sync_local WHERE key = 'device_id'")
    return device


@pytest.mark.parametrize("first", ["writer", "reader"])
def test_a_damaged_file_reaches_every_computer_by_a_snapshot(three, first):
    laptop, desktop, third = three
    laptop.add_client(CLIENT, "Anna")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'first text' FROM client", NOTE, AT, AT,
    )  # fmt: skip
    for replica in three:
        replica.round()
    laptop.sql("UPDATE note SET body = 'text only in the damaged file'")
    laptop.round()
    laptop.add_client(uid("c-2"), "Bert")
    laptop.round()
    desktop.round()
    device = _device(laptop)
    files = sorted((laptop.folder / "changes" / device).iterdir())
    damaged = files[-2]  # the note's file; the next one (Bert) is whole
    damaged.write_bytes(damaged.read_bytes()[:40])
    order = [laptop, third, third] if first == "writer" else [third, laptop, third]
    problems = []
    for replica in [*order, laptop, desktop, third]:
        problems += [problem.kind for problem in replica.round().problems]
    assert COPIED not in problems  # not taken for a second copy of the journal
    assert _device(laptop) == device
    for replica in three:
        assert replica.sql("SELECT body FROM note") == [("text only in the damaged file",)]
    assert laptop.export() == desktop.export() == third.export()
    assert not third.round().skipped  # the damaged file is gone: nothing reported any more


@pytest.mark.parametrize("damage", ["cut off", "lost"])
def test_a_lost_or_damaged_snapshot_is_written_again(three, damage):
    """Sync-attack-20 finding 9: a computer's snapshot (its whole journal, written at its
    first round) lost or cut off in the folder was never written again: a computer joining
    later got nothing of that journal, and waited for a file that never existed."""
    laptop, desktop, third = three
    laptop.add_client(CLIENT, "Anna")
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE client SET phone = '1'")
    laptop.round()
    (snapshot,) = (laptop.folder / "snapshots").glob(f"{_device(laptop)}.*")
    if damage == "lost":
        snapshot.unlink()
    else:
        snapshot.write_bytes(snapshot.read_bytes()[:200])
    laptop.round()
    desktop.round()
    third.round()
    third.round()
    assert third.sql("SELECT name, phone FROM client") == [("Anna", "1")]
    assert laptop.export() == desktop.export() == third.export()


def test_a_snapshot_copied_without_its_times_is_left_as_it_is(three):
    laptop, _desktop, _third = three
    laptop.add_client(CLIENT, "Anna")
    laptop.round()
    (snapshot,) = (laptop.folder / "snapshots").iterdir()
    snapshot.touch()  # the folder copied or restored without its file times
    touched = snapshot.stat().st_mtime_ns
    laptop.round()
    laptop.round()
    assert snapshot.stat().st_mtime_ns == touched  # not written again


def test_an_older_snapshot_put_back_is_written_again(three, tmp_path):
    """Sync-attack-20 finding 11: an older snapshot of the computer's own copied back over
    its newer one (with its old time) reads fine; a computer joining then missed everything
    after it."""
    laptop, _desktop, third = three
    laptop.add_client(CLIENT, "Anna")
    laptop.round()
    (snapshot,) = (laptop.folder / "snapshots").iterdir()
    old = tmp_path / "old-snapshot"
    shutil.copy2(snapshot, old)
    laptop.sql("UPDATE client SET phone = '1'")
    laptop.round()
    (first_change,) = (laptop.folder / "changes" / _device(laptop)).iterdir()
    first_change.unlink()  # lost: the laptop writes a newer snapshot at its next round
    laptop.round()
    laptop.sql("UPDATE client SET phone = '2'")
    laptop.round()
    shutil.copy2(old, snapshot)  # the older one put back
    laptop.round()
    third.round()
    third.round()
    assert third.sql("SELECT phone FROM client") == [("2",)]
    assert laptop.export() == third.export()


def test_a_garbled_conflict_copy_leaves_no_hole(three):
    """A conflict copy stands beside its file: refused, it is reported, but nothing of that
    computer is missing (no hole, so its snapshot is not read again for it)."""
    laptop, desktop, _third = three
    laptop.add_client(CLIENT, "Anna")
    laptop.round()
    laptop.sql("UPDATE client SET phone = '1'")
    laptop.round()
    (original,) = (laptop.folder / "changes" / _device(laptop)).iterdir()
    twin = original.with_name(f"{original.name[:10]}.sync-conflict-20261206-101010-ABC.jsonl.gz")
    twin.write_bytes(original.read_bytes()[:40])
    result = desktop.round()
    assert len(result.skipped) == 1 and "sync-conflict" in result.skipped[0]
    assert desktop.sql("SELECT phone FROM client") == [("1",)]
    assert desktop.sql("SELECT key FROM sync_local WHERE key LIKE 'hole/%'") == []
