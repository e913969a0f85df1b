"""attack22c: a hostile pass over the spooled first sync (``receive/spool.py``,
``receive/merging.py``): client merges and merge cycles split across the spool's batches, a
full disk while spooling, a scratch file named for a live process that is not a round."""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.sync.receive import spool
from clientjournal.store.sync.receive.spool import SUFFIX
from tests.store.sync.replicas import Replica, uid

AT = "2026-03-04T05:06:07.123456Z"
LATER = "2026-03-05T05:06:07.123456Z"


def _add(replica: Replica, uuid: str, name: str, email: str, at: str) -> None:
    replica.sql(
        "INSERT INTO client (uuid, name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        uuid, name, email, at, at,
    )  # fmt: skip
    for number in range(3):
        replica.sql(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
            "SELECT ?, id, ?, ?, ? FROM client WHERE uuid = ?",
            uid(f"n{name[-3:]}{number}"), at, at, f"{name} {number}", uuid,
        )  # fmt: skip


def _merge(replica: Replica, keep: str, other: str) -> None:
    ((keep_id,),) = replica.sql("SELECT id FROM client WHERE uuid = ?", keep)
    ((other_id,),) = replica.sql("SELECT id FROM client WHERE uuid = ?", other)
    replica.open()
    sync.merge_clients(keep_id, other_id)


def _left(replica: Replica) -> list[str]:
    return sorted(p.name for p in replica.data_dir.rglob(f"*{SUFFIX}*"))


def test_merges_and_merge_cycles_split_across_batches_give_the_path_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Twelve pairs of twins: the laptop merges every pair one way; the desk merges the even
    pairs the other way round before either saw the other's merge (a cycle: both in the
    trash, each merged into the other, see ``Projector.cycle_keeper``) and writes a note for
    the odd pairs' merged-away client (it follows the merge: ``surviving``).  A third journal
    takes both whole snapshots, once in memory and once through the scratch store with
    batches of 1, 2 and 5 records (a pair and its notes split across batches), and must end
    the same: export, conflicts, the duplicates offered, the trash."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    pairs = []
    for number in range(12):
        one, two = uid(f"a{number:02d}"), uid(f"b{number:02d}")
        _add(laptop, one, f"Twin A{number:02d}", f"t{number}@example.org", AT)
        _add(laptop, two, f"Twin B{number:02d}", f"t{number}@example.org", LATER)
        pairs.append((one, two))
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    for number, (one, two) in enumerate(pairs):
        _merge(laptop, one, two)
        if number % 2 == 0:
            _merge(desk, two, one)
        else:
            desk.sql(
                "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
                "SELECT ?, id, ?, ?, 'desk wrote' FROM client WHERE uuid = ?",
                uid(f"d{number:02d}"), LATER, LATER, two,
            )  # fmt: skip
    shared = tmp_path / "shared"
    shared.mkdir()
    for replica in (laptop, desk):
        replica.folder = shared  # a first round there each: two whole snapshots
        replica.round()
    results = []
    for name, batch in (("held", 0), ("one", 1), ("two", 2), ("five", 5)):
        monkeypatch.setattr(spool, "SPOOL_FROM", 3 if batch else 10**9)
        monkeypatch.setattr(spool, "APPLY_BATCH", batch or 4096)
        third = Replica(tmp_path, name, folder=tmp_path / f"{name}-shared")
        third.folder.rmdir()
        shutil.copytree(shared, third.folder)
        result = third.round()
        third.open()
        offered = sorted((p.keep_id, p.other_id) for p in sync.duplicate_clients())
        trash = third.sql("SELECT uuid FROM client WHERE deleted_at IS NOT NULL ORDER BY uuid")
        owners = third.sql(
            "SELECT n.uuid, c.uuid FROM note n JOIN client c ON c.id = n.client_id ORDER BY 1"
        )
        results.append((third.export(), third.conflicts(), offered, trash, owners, result.received))
        assert _left(third) == []
        monkeypatch.undo()
    for got in results[1:]:
        assert got[3] == results[0][3]  # the trash
        assert got[4] == results[0][4]  # where each note is
        assert got == results[0]
    close_journal()


def _published(tmp_path: Path) -> Replica:
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=6, notes=300, seed=11))
    laptop.round()
    return laptop


def test_a_full_disk_while_spooling_fails_the_round_as_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The scratch store lives beside the journal: a disk that fills up while a big snapshot
    is spooled (made full here by the scratch database's page limit: SQLite's SQLITE_FULL, as
    a real full disk gives) fails the round with that error, not another one that hides it
    (attack22c F1: at 8c85feb, and on a real full tmpfs, the round failed with 'cannot
    commit - no transaction is active': the COMMIT after SQLite's own rollback; bac2d5b
    fixed it while this pass found it).  Nothing is left, and the next round, with room
    again, takes everything."""
    laptop = _published(tmp_path)
    monkeypatch.setattr(spool, "SPOOL_FROM", 40)
    monkeypatch.setattr(spool, "BATCH_LINES", 64)
    write = spool.Spool.write
    calls = []

    def filling(self: spool.Spool, part: int, records: list) -> None:
        calls.append(part)
        if len(calls) == 2:  # the disk fills up after the first batch
            database.execute_sql(f"PRAGMA {spool.ALIAS}.max_page_count = 3")
        write(self, part, records)

    monkeypatch.setattr(spool.Spool, "write", filling)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.open()
    with pytest.raises(Exception) as failed:  # which one is the point
        sync.run_round(desk.folder)
    assert _left(desk) == []
    assert desk.sql("SELECT count(*) FROM client") == [(0,)]
    monkeypatch.setattr(spool.Spool, "write", write)
    assert desk.round().received > 0
    assert desk.export() == laptop.export()
    close_journal()
    assert _full_disk(failed.value), repr(failed.value)


def _full_disk(error: BaseException | None) -> bool:
    """``error`` or one it was raised from says the disk is full (ENOSPC, or SQLite's own
    words), not another error in its place."""
    while error is not None:
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return True
        if "database or disk is full" in str(error):
            return True
        error = error.__cause__
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pids")
def test_a_left_scratch_file_goes_even_when_its_pid_was_reused(tmp_path: Path):
    """A round killed while it spooled leaves ``journal.sqlite3.sync-spool-<pid>`` (a copy of
    the snapshot's records, as big as the journal).  Once that process is gone, its pid may be
    any other process's (pids are reused, soon in a container); the next round must still
    remove the file.  Here the pid is a ``sleep`` that is no round at all."""
    laptop = _published(tmp_path)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.open()
    close_journal()
    other = subprocess.Popen(["sleep", "60"])
    try:
        left = desk.data_dir / f"journal.sqlite3{SUFFIX}{other.pid}"
        left.write_bytes(b"SQLite format 3\0" + b"\0" * 4080)
        desk.round()
        assert not left.exists()
    finally:
        other.kill()
        other.wait()
        close_journal()


def test_a_snapshot_and_its_writers_later_change_files_in_one_round_as_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """In memory a round merges each file in turn: a computer's snapshot, then its change
    files written after it.  Spooled, the snapshot's records are merged after every change
    file of the round (``merging.apply`` runs after ``merging.merge``).  The laptop moves to a
    second folder (a whole snapshot there), then edits note texts and a client there (change
    files after its snapshot); the desk, which had the same records from the first folder,
    edited some of the same texts meanwhile.  The desk's first round in the second folder
    reads the snapshot and the change files at once: conflicts, texts and counts must be those
    of the path in memory."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=5, notes=200, seed=7))
    laptop.round()
    first = tmp_path / "first"
    shutil.copytree(laptop.folder, first)
    laptop.folder = tmp_path / "second"
    laptop.folder.mkdir()
    laptop.round()  # its whole state as a snapshot there
    for step in range(3):  # three change files after the snapshot
        laptop.sql(f"UPDATE note SET body = body || ' (laptop {step})' WHERE id % 7 = {step}")
        laptop.sql(f"UPDATE client SET phone = '+49 40 {step}' WHERE id = 1")
        laptop.round()
    results = []
    for name, spooled in (("held", False), ("spooled", True)):
        desk = Replica(tmp_path, name, folder=tmp_path / f"{name}-first")
        desk.folder.rmdir()
        shutil.copytree(first, desk.folder)
        desk.round()  # the laptop's records from the first folder
        desk.sql("UPDATE note SET body = body || ' (desk)' WHERE id % 5 = 0")
        desk.sql("UPDATE client SET phone = '+49 89 9' WHERE id = 1")
        monkeypatch.setattr(spool, "SPOOL_FROM", 30 if spooled else 10**9)
        monkeypatch.setattr(spool, "APPLY_BATCH", 41)
        written: list[int] = []
        write = spool.Spool.write

        def spy(self: spool.Spool, part: int, records: list, write=write, written=written) -> None:
            written.append(len(records))
            write(self, part, records)

        monkeypatch.setattr(spool.Spool, "write", spy)
        desk.folder = tmp_path / f"{name}-second"
        shutil.copytree(laptop.folder, desk.folder)
        result = desk.round()
        results.append(
            (desk.export(), desk.conflicts(), result.conflicts, result.received, result.sent)
        )
        assert _left(desk) == []
        assert (sum(written) > 200) is spooled, written
        monkeypatch.undo()
    assert results[0][2] > 0  # texts edited on both: conflicts
    assert results[1] == results[0]
    close_journal()


def test_a_merge_and_a_delete_after_the_snapshot_with_notes_written_here_as_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The laptop's change files after its snapshot merge client 2 into client 1 and delete
    client 3; the desk wrote notes for clients 2 and 3 meanwhile.  Spooled, the snapshot's
    notes of clients 2 and 3 are written by the batches before the change files' merge and
    delete reach the journal (the round's own projector runs after them); the result must be
    the path in memory's: notes, trash, what waits for a parent (``sync_ref``), the search
    index."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=5, notes=200, seed=9))
    laptop.round()
    first = tmp_path / "first"
    shutil.copytree(laptop.folder, first)
    laptop.folder = tmp_path / "second"
    laptop.folder.mkdir()
    laptop.round()  # its whole state as a snapshot there
    uuids = [uuid for (uuid,) in laptop.sql("SELECT uuid FROM client ORDER BY id LIMIT 3")]
    laptop.open()
    sync.merge_clients(1, 2)
    laptop.round()
    laptop.sql("DELETE FROM client WHERE id = 3")
    laptop.round()
    results = []
    for name, spooled in (("held", False), ("spooled", True)):
        desk = Replica(tmp_path, name, folder=tmp_path / f"{name}-first")
        desk.folder.rmdir()
        shutil.copytree(first, desk.folder)
        desk.round()
        for number in (1, 2):  # for the client merged away and the one deleted
            desk.sql(
                "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
                "SELECT ?, id, ?, ?, ? FROM client WHERE uuid = ?",
                uid(f"desk-{number}"), AT, AT, f"desk note {number}", uuids[number],
            )  # fmt: skip
        monkeypatch.setattr(spool, "SPOOL_FROM", 30 if spooled else 10**9)
        monkeypatch.setattr(spool, "APPLY_BATCH", 23)
        desk.folder = tmp_path / f"{name}-second"
        shutil.copytree(laptop.folder, desk.folder)
        result = desk.round()
        tables = [
            desk.sql(query)
            for query in (
                "SELECT ref, kind, uuid FROM sync_ref ORDER BY 1, 2, 3",
                "SELECT n.uuid, c.uuid FROM note n JOIN client c ON c.id = n.client_id ORDER BY 1",
                "SELECT uuid, deleted_at IS NOT NULL FROM client ORDER BY 1",
                "SELECT count(*) FROM note_fts",
            )
        ]
        results.append((desk.export(), tables, result.received))
        assert _left(desk) == []
        monkeypatch.undo()
    deleted = uuids[2]
    waiting = [row for row in results[0][1][0] if row[0] == deleted]
    assert ("note", uid("desk-2")) in {row[1:] for row in waiting}  # waits for its client
    assert (uuids[1], 1) in results[0][1][2]  # merged away: in the trash
    assert results[1][1] == results[0][1]
    assert results[1] == results[0]
    close_journal()
