"""restore23a: a restore (``store/safety/restore.py``, the command and the window) leaves a
baseline of the values it put back, so that the journal's first round afterwards tells a
value the user typed after the restore (a new edit, even when the folder once held it:
attack22c F4) from one as restored (the folder's later edits win over it).
See ``store/sync/restored.py``."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.restore import restore
from clientjournal.store.sync import restored
from tests.cli.cli_process import run
from tests.store.sync.replicas import Replica, settle, uid

NAME = "SELECT name FROM client WHERE uuid = ?"


def _set(replica: Replica, label: str, column: str, value: str) -> None:
    time.sleep(0.002)  # a later millisecond than the change before (the marks' times)
    replica.sql(f"UPDATE client SET {column} = ? WHERE uuid = ?", value, uid(label))


def _pair(tmp_path: Path, passphrase: str | None = None) -> tuple[Replica, Replica]:
    folder = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", passphrase, folder=folder)
    desk = Replica(tmp_path, "desk", passphrase, folder=folder)
    for number in range(1, 4):
        laptop.add_client(uid(f"c-{number}"), f"Client {number}")
    return laptop, desk


def _backup(replica: Replica, folder: Path) -> Path:
    close_journal()
    return backup_journal(replica.data_dir, folder=folder).path


def _restore(replica: Replica, backup: Path) -> None:
    close_journal()
    restore(replica.data_dir, backup)


def _names(replica: Replica, *labels: str) -> list[str]:
    return [replica.sql(NAME, uid(label))[0][0] for label in labels]


def _baseline_rows(replica: Replica) -> list[tuple]:
    return replica.sql(
        "SELECT key, value FROM sync_local WHERE key >= ? AND key < ? ORDER BY key",
        restored.BASELINE,
        restored.BASELINE[:-1] + "0",
    )


def _noted(replica: Replica) -> dict[str, restored.Baseline]:
    """The clients the baseline holds."""
    replica.open()
    clients = [uid(f"c-{number}") for number in range(1, 4)]
    return restored._Chunks().of("client", clients)


def _both_renamed_after_the_backup(laptop: Replica, desk: Replica) -> None:
    """The laptop publishes "Anna Berg" for c-1, the desk later "Anna Cramer"."""
    laptop.round()
    desk.round()
    _set(laptop, "c-1", "name", "Anna Berg")
    laptop.round()
    _set(desk, "c-1", "name", "Anna Cramer")
    desk.round()


def test_restored_from_after_the_first_sync_a_value_typed_back_wins(tmp_path: Path):
    """The backup knows the folder (its state holds "Client 1" with its first clock): the
    value typed after the restore, published by the laptop once before the desk's, is the
    latest edit; another record the user did not touch takes the desk's later edit."""
    laptop, desk = _pair(tmp_path)
    laptop.round()
    desk.round()
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    _set(desk, "c-2", "name", "Desk two")
    desk.round()
    _restore(laptop, backup)
    _set(laptop, "c-1", "name", "Anna Berg")
    settle(laptop, desk)
    assert _names(desk, "c-1", "c-2") == ["Anna Berg", "Desk two"]


def test_an_unpublished_edit_in_the_backup_loses_to_the_desk_and_one_typed_back_wins(
    tmp_path: Path,
):
    """The backup holds edits not yet published then (c-1 "Anna L", c-2 "Bert L"), which
    the laptop published after it, and then c-1 "Anna Berg"; the desk renamed both after.
    After the restore the user types "Anna Berg" again (the latest edit: kept); "Bert L", as
    restored, is older than the desk's name (the desk's stays)."""
    laptop, desk = _pair(tmp_path)
    laptop.round()
    desk.round()
    _set(laptop, "c-1", "name", "Anna L")
    _set(laptop, "c-2", "name", "Bert L")
    backup = _backup(laptop, tmp_path / "backups")
    laptop.round()
    _set(laptop, "c-1", "name", "Anna Berg")
    laptop.round()
    desk.round()
    _set(desk, "c-1", "name", "Anna Cramer")
    _set(desk, "c-2", "name", "Bert desk")
    desk.round()
    _restore(laptop, backup)
    _set(laptop, "c-1", "name", "Anna Berg")  # typed back after the restore
    settle(laptop, desk)
    assert _names(desk, "c-1", "c-2") == ["Anna Berg", "Bert desk"]


def test_an_edit_no_file_holds_keeps_its_time_in_the_backup_when_another_field_changes(
    tmp_path: Path,
):
    """The backup holds "Cara L", changed again before the laptop published ("Cara L2"): no
    file holds it.  After the restore the user changes Cara's e-mail (the record's mark is
    now after the desk's rename): the name, as restored, is older than the desk's (its time
    is its mark's in the backup) and must not overwrite it."""
    laptop, desk = _pair(tmp_path)
    laptop.round()
    desk.round()
    _set(laptop, "c-3", "name", "Cara L")
    backup = _backup(laptop, tmp_path / "backups")
    _set(laptop, "c-3", "name", "Cara L2")
    laptop.round()
    desk.round()
    _set(desk, "c-3", "name", "Cara desk")
    desk.round()
    _restore(laptop, backup)
    _set(laptop, "c-3", "email", "cara@example.org")
    settle(laptop, desk)
    for replica in (laptop, desk):
        assert replica.sql("SELECT name, email FROM client WHERE uuid = ?", uid("c-3")) == [
            ("Cara desk", "cara@example.org")
        ]


def test_a_baseline_of_many_rows_is_found_for_each_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """One record a row (``CHUNK_RECORDS``): each record's entry is found in its own row."""
    monkeypatch.setattr(restored, "CHUNK_RECORDS", 1)
    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    _set(desk, "c-3", "name", "Desk three")
    desk.round()
    _restore(laptop, backup)
    assert len(_baseline_rows(laptop)) == 3  # a row for each client
    assert len(_noted(laptop)) == 3
    _set(laptop, "c-1", "name", "Anna Berg")
    _set(laptop, "c-2", "name", "Typed after")
    settle(laptop, desk)
    assert _names(desk, "c-1", "c-2", "c-3") == ["Anna Berg", "Typed after", "Desk three"]


def test_a_value_typed_back_to_the_one_the_backups_state_holds_wins(tmp_path: Path):
    """The backup holds an unpublished "Paused" over the published "Client 1" (its state);
    after the restore the user sets "Client 1" again, after the desk's rename: the state's
    value it equals is no reason to leave it unpublished (attack23c R5)."""
    laptop, desk = _pair(tmp_path)
    laptop.round()
    desk.round()
    _set(laptop, "c-1", "name", "Paused")
    backup = _backup(laptop, tmp_path / "backups")
    laptop.round()
    desk.round()
    _set(desk, "c-1", "name", "Anna Cramer")
    desk.round()
    _restore(laptop, backup)
    _set(laptop, "c-1", "name", "Client 1")
    settle(laptop, desk)
    assert _names(desk, "c-1") == ["Client 1"]


def test_a_note_text_typed_back_after_the_restore_is_no_conflict_beside_itself(tmp_path: Path):
    """The laptop published "second" over the note's "first", the desk later "third" (on
    "first" too: a conflict); the restored laptop (backup from before its first sync:
    "first") types "second" again: it wins, the desk's "third" stays as the conflict, and
    none holds the note's own text (attack23c R6: it was typed over the folder's "first",
    the same edit as the laptop's published one)."""
    laptop, desk = _pair(tmp_path)
    note = uid("n-1")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, created_at, created_at, 'first' FROM client WHERE uuid = ?",
        note, uid("c-1"),
    )  # fmt: skip
    backup = _backup(laptop, tmp_path / "backups")
    laptop.round()
    desk.round()
    time.sleep(0.002)
    laptop.sql("UPDATE note SET body = 'second' WHERE uuid = ?", note)
    laptop.round()
    time.sleep(0.002)
    desk.sql("UPDATE note SET body = 'third' WHERE uuid = ?", note)  # on "first", as "second"
    desk.round()
    _restore(laptop, backup)
    time.sleep(0.002)
    laptop.sql("UPDATE note SET body = 'second' WHERE uuid = ?", note)
    settle(laptop, desk)
    for replica in (laptop, desk):
        assert replica.sql("SELECT body FROM note") == [("second",)]
        assert [row[2] for row in replica.conflicts()] == ["third"]


def test_an_encrypted_journal_restored_keeps_the_value_typed_after_it(tmp_path: Path):
    """Really encrypted (a new journal starts plain: ``encrypted_replica`` encrypts it): the
    copy is settled with the backup's passphrase."""
    from clientjournal.store.safety.encryption import is_plain_sqlite
    from tests.store.sync.test_encrypted import encrypted_replica

    folder = tmp_path / "shared"
    laptop = encrypted_replica(tmp_path, "laptop", folder, "correct horse")
    desk = encrypted_replica(tmp_path, "desk", folder, "correct horse")
    for number in range(1, 4):
        laptop.add_client(uid(f"c-{number}"), f"Client {number}")
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    _restore(laptop, backup)
    assert not is_plain_sqlite(laptop.data_dir / "journal.sqlite3")
    assert len(_noted(laptop)) == 3
    _set(laptop, "c-1", "name", "Anna Berg")
    settle(laptop, desk)
    assert _names(desk, "c-1") == ["Anna Berg"]


def test_a_backup_restored_on_a_new_computer_keeps_the_value_typed_after_it(tmp_path: Path):
    """The laptop's disk is gone: its backup (from before its first sync) is restored into
    a new data folder (no journal there yet: it may sync, so the baseline is written)."""
    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    new = Replica(tmp_path, "new-laptop", folder=laptop.folder)
    _restore(new, backup)
    _set(new, "c-1", "name", "Anna Berg")
    settle(new, desk)
    assert _names(desk, "c-1") == ["Anna Berg"]


def test_a_backup_restored_over_a_journal_holding_only_the_demo_keeps_the_typed_value(
    tmp_path: Path,
):
    """The new laptop's user tried the demo data first (a journal that syncs nowhere, with
    demo clients only): still a new computer's journal, the baseline is written
    (attack23c R1b)."""
    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import fill

    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    new = Replica(tmp_path, "new-laptop", folder=laptop.folder)
    new.open()
    fill(generate(clients=2, notes=3, seed=4))
    assert new.sql("SELECT COUNT(*) FROM client WHERE demo = 0") == [(0,)]
    _restore(new, backup)
    _set(new, "c-1", "name", "Anna Berg")
    settle(new, desk)
    assert _names(desk, "c-1") == ["Anna Berg"]


def test_a_desk_edit_later_than_the_value_typed_after_the_restore_wins(tmp_path: Path):
    """Typed after the restore, yet before the desk's next edit: the desk's is the latest."""
    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    _restore(laptop, backup)
    _set(laptop, "c-1", "name", "Anna Berg")
    _set(desk, "c-1", "name", "Anna Dahl")
    desk.round()
    settle(laptop, desk)
    assert _names(desk, "c-1") == ["Anna Dahl"]


def test_restored_twice_without_a_round_between_the_second_baseline_counts(tmp_path: Path):
    """What was typed after the first restore went with it; the baseline is the second's,
    no bigger, and none is left after the round."""
    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    _restore(laptop, backup)
    first = _baseline_rows(laptop)
    assert len(_noted(laptop)) == 3  # the three clients, marked in a journal never synced
    _set(laptop, "c-2", "name", "Typed, then restored over")
    _restore(laptop, backup)
    assert _baseline_rows(laptop) == first
    _set(laptop, "c-1", "name", "Anna Berg")
    settle(laptop, desk)
    assert _names(desk, "c-1", "c-2") == ["Anna Berg", "Client 2"]
    assert _baseline_rows(laptop) == []
    assert laptop.sql("SELECT value FROM sync_local WHERE key = ?", restored.RESTORED) == []


def test_a_journal_that_syncs_nowhere_gets_no_baseline(tmp_path: Path):
    """Neither the backup nor the journal it replaces syncs: nothing to tell apart later
    (a restore of the demo journal would take 3 s and 20 MB more for nothing)."""
    laptop, _desk = _pair(tmp_path)
    before = laptop.export()
    backup = _backup(laptop, tmp_path / "backups")
    _restore(laptop, backup)
    assert _baseline_rows(laptop) == []
    assert laptop.export() == before


def test_a_restore_then_no_round_changes_nothing_an_export_shows_and_a_backup_keeps_it(
    tmp_path: Path,
):
    """The baseline sits in the journal's own sync settings (never exported); a backup of
    the restored journal, restored again, gets the same baseline again, no bigger."""
    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    _restore(laptop, backup)
    exported = laptop.export()
    rows = _baseline_rows(laptop)
    again = _backup(laptop, tmp_path / "backups-2")
    _restore(laptop, again)
    assert _baseline_rows(laptop) == rows
    assert laptop.export() == exported
    assert len(_noted(laptop)) == 3


def test_the_command_restore_leaves_the_baseline(tmp_path: Path):
    """``clientjournal restore`` in its own process, as a user runs it."""
    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    close_journal()
    done = run(laptop.data_dir, "restore", str(backup))
    assert done.returncode == 0, done.stderr
    _set(laptop, "c-1", "name", "Anna Berg")
    settle(laptop, desk)
    assert _names(desk, "c-1") == ["Anna Berg"]


def test_a_backup_taken_after_a_restore_put_back_by_a_copy_keeps_the_desks_later_edit(
    tmp_path: Path,
):
    """A baseline travels in a backup taken after the restore, before its first round; that
    backup, put back later by a file copy, holds an edit typed after the first restore (the
    laptop published it at its next round, the desk edited the record after): the edit is
    not taken for one typed after this put-back, and the desk's later edit stays."""
    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    laptop.round()
    desk.round()
    _restore(laptop, backup)
    _set(laptop, "c-1", "name", "Anna after the restore")
    close_journal()
    shutil.copytree(laptop.data_dir, tmp_path / "copy")  # baseline and all
    laptop.round()
    desk.round()
    _set(desk, "c-1", "name", "Anna desk")
    desk.round()
    close_journal()
    shutil.rmtree(laptop.data_dir)
    shutil.copytree(tmp_path / "copy", laptop.data_dir)
    settle(laptop, desk)
    assert _names(desk, "c-1") == ["Anna desk"]


def _version_7_journal(path: Path) -> None:
    """A journal of the version before sync (schema 7) with the test's three clients."""
    from peewee import SqliteDatabase

    from clientjournal.store.migrations import MIGRATIONS
    from clientjournal.store.search_functions import register_functions

    db = SqliteDatabase(str(path))
    register_functions(db)  # the search index's triggers (migration 6) call them
    with db.atomic():
        for version in range(1, 8):
            for statement in MIGRATIONS[version - 1]:
                db.execute_sql(statement)
        for number in range(1, 4):
            db.execute_sql(
                "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (uid(f"c-{number}"), f"Client {number}", *("2026-03-04T05:06:07.123456Z",) * 2),
            )
        db.execute_sql("PRAGMA user_version = 7")
    db.close()


def _restored_from_version_7(tmp_path: Path) -> tuple[Replica, Replica, Path]:
    """The laptop restored from a backup of the version before sync; both sync, the laptop
    publishes "Anna Berg", the desk later "Anna Cramer" and "Desk two"; the laptop is
    restored from that backup again."""
    old = tmp_path / "version-7.sqlite3"
    _version_7_journal(old)
    folder = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", folder=folder)
    desk = Replica(tmp_path, "desk", folder=folder)
    _restore(laptop, old)
    assert list((laptop.data_dir / "backups").glob("*-before-v8.sqlite3"))
    _both_renamed_after_the_backup(laptop, desk)
    _set(desk, "c-2", "name", "Desk two")
    desk.round()
    _restore(laptop, old)
    return laptop, desk, old


def test_a_backup_from_before_sync_restored_keeps_the_desks_later_edits(tmp_path: Path):
    """A backup of an older version, without sync's tables: brought up to date in the copy
    before it replaces the journal (its backup before the migration made as at any open),
    its records noted as older than anything a folder holds: the desk's later edits stay
    (before, the restored journal published all its values anew over them)."""
    laptop, desk, _old = _restored_from_version_7(tmp_path)
    settle(laptop, desk)
    assert _names(desk, "c-1", "c-2", "c-3") == ["Anna Cramer", "Desk two", "Client 3"]


def test_a_backup_from_before_sync_restored_keeps_the_value_typed_after_it(tmp_path: Path):
    laptop, desk, _old = _restored_from_version_7(tmp_path)
    _set(laptop, "c-1", "name", "Anna Berg")
    settle(laptop, desk)
    assert _names(desk, "c-1", "c-2", "c-3") == ["Anna Berg", "Desk two", "Client 3"]


def test_the_baseline_holds_digests_only(tmp_path: Path):
    """What a restore notes of a record: its mark's time and a digest of each field, never a
    value (a note's text would double the journal's size)."""
    import base64

    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    _restore(laptop, backup)
    ((_key, text),) = [row for row in _baseline_rows(laptop) if "/client/" in row[0]]
    assert b"Client 1" not in base64.b64decode(text)
    ((marked_at,),) = laptop.sql("SELECT changed_at FROM sync_dirty WHERE uuid = ?", uid("c-1"))
    noted = _noted(laptop)[uid("c-1")]
    assert noted.at == marked_at
    assert noted.fields is not None and restored._digest("name", "Client 1") in noted.fields
    assert restored._digest("name", "Anna Berg") not in noted.fields


@pytest.mark.parametrize("step", ["migrated", "noted"])
def test_a_restore_killed_while_it_prepares_the_copy_leaves_the_journal_as_it_was(
    tmp_path: Path, step: str
):
    """SIGKILL inside the copy's preparation (after its migrations; inside the baseline's
    transaction): the next start finds the journal as it was, nothing of the copy left."""
    import subprocess
    import sys

    laptop, _desk = _pair(tmp_path)
    laptop.round()  # a journal that syncs: the restore writes a baseline
    _set(laptop, "c-2", "name", "Not published")  # marked in the backup: in the baseline
    backup = _backup(laptop, tmp_path / "backups")
    _set(laptop, "c-1", "name", "Kept")
    close_journal()
    script = f"""
import os, signal
from pathlib import Path
from clientjournal.store.sync import restored
from clientjournal.store.safety import restore as module
step = {step!r}
original = restored.note_restored_values
def killed(*args):
    if step == "noted":
        assert original(*args) > 0
    os.kill(os.getpid(), signal.SIGKILL)
restored.note_restored_values = killed
module.restore(Path({str(laptop.data_dir)!r}), Path({str(backup)!r}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr
    from clientjournal.store.safety.restore import finish_interrupted_restore

    assert finish_interrupted_restore(laptop.data_dir) is not None
    left = sorted(p.name for p in laptop.data_dir.iterdir() if "restoring" in p.name)
    assert left == []
    assert _names(laptop, "c-1") == ["Kept"]
    assert _baseline_rows(laptop) == []


def test_a_restore_killed_after_the_copy_is_ready_finishes_with_its_baseline(tmp_path: Path):
    """SIGKILL once the journal was moved aside, before the copy took its place: the next
    start puts the copy in place, its baseline with it."""
    import subprocess
    import sys

    laptop, desk = _pair(tmp_path)
    backup = _backup(laptop, tmp_path / "backups")
    _both_renamed_after_the_backup(laptop, desk)
    close_journal()
    script = f"""
import os, signal
from pathlib import Path
from clientjournal.store.safety import restore as module
original = module.move_aside
def killed(path, now=None):
    original(path, now)
    os.kill(os.getpid(), signal.SIGKILL)
module.move_aside = killed
module.restore(Path({str(laptop.data_dir)!r}), Path({str(backup)!r}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr
    from clientjournal.store.safety.restore import finish_interrupted_restore

    assert "finished" in (finish_interrupted_restore(laptop.data_dir) or "")
    assert len(_noted(laptop)) == 3
    _set(laptop, "c-1", "name", "Anna Berg")
    settle(laptop, desk)
    assert _names(desk, "c-1") == ["Anna Berg"]
