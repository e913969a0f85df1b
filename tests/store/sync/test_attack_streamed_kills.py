"""attack21x: SIGKILL at exact statements of a first round that publishes the journal a batch
at a time (issue 21), and of a first sync into an empty journal.  A child process traces its
own SQL (``set_trace_callback``) and kills itself at the Nth statement holding a given text;
afterwards the journal is as it was (sound, the same export) and normal rounds leave both
journals whole and equal."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from tests.store.sync.replicas import Replica, carry
from tests.store.sync.test_encrypted import encrypted_replica
from tests.store.sync.test_sync_kill import environment, sync_command

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLED_AT_STATEMENT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from clientjournal.store.connection import open_journal
    from clientjournal.store import sync
    from clientjournal.store.models import database
    from clientjournal.store.sync import capture

    capture.BATCH = 16
    if len(sys.argv) > 6:  # a later round a batch at a time; beyond MAX_CHANGES a snapshot
        from clientjournal.core.sync import format
        from clientjournal.store.sync import state

        capture.STREAM_FROM, state.CHUNK = 5, 7
        capture.MAX_CHANGES = format.MAX_CHANGES = int(sys.argv[6])
    data_dir, folder, text, nth = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    open_journal(data_dir, sys.argv[5] or None)
    seen = 0

    def trace(statement):
        global seen
        if text in statement:
            seen += 1
            if seen == nth:
                os.kill(os.getpid(), signal.SIGKILL)

    database.connection().set_trace_callback(trace)
    sync.run_round(folder)
    """
)


def _killed_round(replica: Replica, text: str, nth: int = 1, *later: str) -> None:
    close_journal()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AT_STATEMENT, str(replica.data_dir), str(replica.folder),
         text, str(nth), replica.passphrase or "", *later],
        env=environment(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr


def _journal(root: Path, name: str, passphrase: str | None, folder: Path) -> Replica:
    """A new journal, encrypted with ``passphrase`` when given."""
    if passphrase is None:
        return Replica(root, name, folder=folder)
    folder.mkdir(parents=True, exist_ok=True)
    return encrypted_replica(root, name, folder, passphrase)


def _sound(replica: Replica) -> None:
    assert replica.sql("PRAGMA integrity_check") == [("ok",)]
    assert replica.sql("SELECT COUNT(*) FROM sync_applying") == [(0,)]


PUBLISH_STEPS = [
    ("INSERT OR REPLACE INTO sync_dirty", 1),  # marking everything
    ("INSERT OR REPLACE INTO sync_record", 1),  # the first batch's save
    ("INSERT OR REPLACE INTO sync_record", 40),  # a later kind's batches
    ("FROM sync_dirty WHERE kind = 'note' AND uuid >", 3),  # between two batches
    ("SELECT kind, uuid, fields FROM sync_record ORDER BY", 1),  # the snapshot's reading
    ("own_digest/snapshots/", 1),  # the snapshot renamed into the folder
    ("'next_seq'", 1),  # just before the commit
    ("'last_result'", 1),  # after the commit
]


@pytest.mark.parametrize(
    ("text", "nth", "passphrase"),
    [(text, nth, None) for text, nth in PUBLISH_STEPS]
    + [(text, nth, "ein langes Passwort") for text, nth in PUBLISH_STEPS[3:7]],
)
def test_a_first_publish_killed_at_a_statement_leaves_both_journals_whole(
    tmp_path: Path, text: str, nth: int, passphrase: str | None
):
    laptop = _journal(tmp_path, "laptop", passphrase, tmp_path / "laptop-sync")
    laptop.open()
    fill(generate(clients=4, notes=120, seed=9))
    laptop.sql("DELETE FROM note WHERE id % 13 = 0")
    before = laptop.export()
    _killed_round(laptop, text, nth)
    _sound(laptop)
    assert laptop.export() == before
    laptop.round()
    desk = _journal(tmp_path, "desk", passphrase, laptop.folder)
    desk.round()
    laptop.round()
    desk.round()
    assert laptop.export() == before
    assert desk.export() == before
    close_journal()


RECEIVE_STEPS = [
    ("INSERT OR REPLACE INTO sync_record", 5),  # the received state saved
    ("DROP INDEX", 3),  # the secondary indexes dropped for the projection
    ("INSERT INTO note ", 40),  # the projection
    ("CREATE INDEX", 4),  # the indexes built again
    ("DELETE FROM sync_applying", 1),
    ("('folder_id'", 1),  # just before the commit
]


@pytest.mark.parametrize(("text", "nth"), RECEIVE_STEPS)
def test_a_first_sync_killed_at_a_statement_leaves_the_empty_journal_as_it_was(
    tmp_path: Path, text: str, nth: int
):
    shared = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", folder=shared)
    laptop.open()
    fill(generate(clients=4, notes=120, seed=9))
    laptop.round()
    laptop.sql("DELETE FROM note WHERE id % 11 = 0")  # a change file with tombstones
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=shared)
    desk.open()
    empty = desk.export()
    indexes = desk.sql("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
    _killed_round(desk, text, nth)
    _sound(desk)
    assert desk.export() == empty
    assert desk.sql("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") == indexes
    desk.round()
    laptop.round()
    desk.round()
    assert desk.export() == laptop.export()
    assert desk.sql("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") == indexes
    close_journal()


def test_an_edit_made_on_a_snapshot_of_a_killed_first_round_survives_its_retry(tmp_path: Path):
    shared = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", folder=shared)
    laptop.open()
    fill(generate(clients=4, notes=120, seed=9))
    _killed_round(laptop, "own_digest/snapshots/")  # its snapshot is there, not committed
    assert laptop.sql("SELECT value FROM sync_local WHERE key = 'folder_id'") == []
    assert [p for p in (shared / "snapshots").iterdir() if not p.name.startswith(".")]
    desk = Replica(tmp_path, "desk", folder=shared)
    assert desk.round().received > 1000  # the killed round's snapshot
    desk.sql("UPDATE client SET phone = 'desk phone' WHERE id = (SELECT MIN(id) FROM client)")
    assert desk.round().sent == 1
    laptop.round()  # the killed round again
    desk.round()
    laptop.round()
    assert desk.export() == laptop.export()
    assert laptop.sql("SELECT COUNT(*) FROM client WHERE phone = 'desk phone'") == [(1,)]
    close_journal()


class _TurnedOff(Exception):
    pass


def _cut_short_once_its_snapshot_was_carried(tmp_path: Path) -> tuple[Replica, Replica]:
    """The laptop's first round in its folder, cut short (sync turned off, the window
    closed) as soon as its snapshot is there, which the folder's engine had carried to the
    desk's folder already.  The laptop's journal is open."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=4, notes=120, seed=9))
    desk = Replica(tmp_path, "desk")
    snapshots = laptop.folder / "snapshots"

    def carried_then_turned_off(_done: int, _size: int) -> None:
        if snapshots.exists() and any(not p.name.startswith(".") for p in snapshots.iterdir()):
            carry(laptop.folder, desk.folder)  # the engine was quick
            raise _TurnedOff

    laptop.open()
    with pytest.raises(_TurnedOff):
        sync.run_round(laptop.folder, progress=carried_then_turned_off)
    return laptop, desk


def test_an_edit_made_on_the_snapshot_of_a_first_round_cut_short_survives_its_retry(
    tmp_path: Path,
):
    laptop, desk = _cut_short_once_its_snapshot_was_carried(tmp_path)
    assert laptop.sql("SELECT value FROM sync_local WHERE key = 'folder_id'") == []
    assert desk.round().received > 1000
    client = desk.sql("SELECT MIN(uuid) FROM client")[0][0]
    desk.sql("UPDATE client SET phone = 'desk phone' WHERE uuid = ?", client)
    assert desk.round().sent == 1
    for _ in range(2):
        laptop.round()  # the cut-short round again
        carry(laptop.folder, desk.folder)
        desk.round()
        carry(desk.folder, laptop.folder)
    assert desk.export() == laptop.export()
    assert laptop.sql("SELECT phone FROM client WHERE uuid = ?", client) == [("desk phone",)]
    close_journal()


def test_an_edit_made_here_after_a_first_round_cut_short_reaches_the_computer_with_its_copy(
    tmp_path: Path,
):
    """The retry of a first round cut short (its snapshot removed, but carried already) is
    numbered after it: the computer that holds the carried copy takes the retry's snapshot,
    with what this computer changed in between (it took the same number and was ignored)."""
    laptop, desk = _cut_short_once_its_snapshot_was_carried(tmp_path)
    snapshots = laptop.folder / "snapshots"
    assert not [p for p in snapshots.iterdir() if not p.name.startswith(".")]  # removed
    assert desk.round().received > 1000  # the carried copy
    client = laptop.sql("SELECT MAX(uuid) FROM client")[0][0]
    laptop.sql("UPDATE client SET phone = 'laptop phone' WHERE uuid = ?", client)
    laptop.round()  # the cut-short round again, and the edit
    carry(laptop.folder, desk.folder)
    desk.round()
    assert desk.sql("SELECT phone FROM client WHERE uuid = ?", client) == [("laptop phone",)]
    assert desk.export() == laptop.export()
    close_journal()


LATER_STEPS = [
    ("ORDER BY changed_at, uuid", 1),  # the marks read in the order they changed
    ("INSERT OR REPLACE INTO sync_record", 30),  # between the batches' saves
    ("own_digest/", 1),  # the change file or snapshot in the folder, before the commit
    ("INSERT OR IGNORE INTO sync_applying", 1),  # the other computer's edits being applied
    ("('next_seq'", 1),  # just before the commit
]


@pytest.mark.parametrize("most", ["200000", "60"])  # a change file; a snapshot
@pytest.mark.parametrize(("text", "nth"), LATER_STEPS)
def test_a_later_round_a_batch_at_a_time_killed_at_a_statement_loses_nothing(
    tmp_path: Path, text: str, nth: int, most: str
):
    shared = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", folder=shared)
    laptop.open()
    fill(generate(clients=4, notes=120, seed=9))
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=shared)
    desk.round()
    first_two = "SELECT uuid FROM note ORDER BY uuid LIMIT 2"
    desk.sql(f"UPDATE note SET body = 'desk text' WHERE uuid IN ({first_two})")
    desk.round()
    laptop.sql("UPDATE note SET mood = 2 WHERE id % 2 = 0")  # many marks
    laptop.sql(f"DELETE FROM note WHERE id % 9 = 0 AND uuid NOT IN ({first_two})")
    laptop.sql("DELETE FROM project WHERE id IN (SELECT project_id FROM agreement LIMIT 1)")
    edited = laptop.export()
    _killed_round(laptop, text, nth, most)
    _sound(laptop)
    assert laptop.export() == edited
    for _ in range(3):
        laptop.round()
        desk.round()
    assert desk.export() == laptop.export()
    moods = "SELECT uuid, mood FROM note ORDER BY uuid"
    assert laptop.sql(moods) == [(u, m) for u, m in _moods(edited)]
    assert desk.sql("SELECT COUNT(*) FROM note WHERE body = 'desk text'") == [(2,)]
    close_journal()


def _moods(export: dict) -> list[tuple[str, int | None]]:
    """Each note's mood in an export, by UUID."""
    found = []
    for client in export["clients"]:
        found += [(note["uuid"], note.get("mood")) for note in client.get("notes", [])]
    return sorted(found)


def test_the_command_while_another_holds_the_journal_waits_then_gives_up_changing_nothing(
    tmp_path: Path, journal_lock_held: Any
):
    """Two rounds at once: the window (here a process holding the journal's lock) and
    ``clientjournal sync``: the command waits, gives up with one line, writes nothing."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=3, notes=40, seed=4))
    before = laptop.export()
    close_journal()
    with journal_lock_held(laptop.data_dir):
        done = subprocess.run(
            sync_command(laptop.data_dir, laptop.folder),
            env={**environment(), "CLIENTJOURNAL_LOCK_WAIT": "0.5"},
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) <= 2, done.stderr  # the wait, the refusal
    assert [p for p in laptop.folder.rglob("*") if p.is_file()] == []
    assert laptop.export() == before
    assert laptop.sql("SELECT COUNT(*) FROM sync_record") == [(0,)]
    assert laptop.round().sent > 100
    close_journal()
