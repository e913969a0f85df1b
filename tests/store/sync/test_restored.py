"""restore22b: a journal restored from a backup (or copied) must not overwrite, on any
journal, what another computer changed after the backup (attack21y F2); what the user
changes after the restore is published as any change.  See ``store/sync/restored.py``."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from clientjournal.core.sync.problems import COPIED
from clientjournal.store.connection import close_journal
from clientjournal.store.sync import local, restored
from clientjournal.store.sync.receive import spool
from tests.store.sync.replicas import Replica, uid

EDITED_AT = "2026-05-05T00:00:00.000000Z"
NAMES = "SELECT name FROM client ORDER BY name"


def _backup(replica: Replica, backup: Path) -> None:
    close_journal()
    shutil.copytree(replica.data_dir, backup)


def _restore(replica: Replica, backup: Path) -> None:
    close_journal()
    shutil.rmtree(replica.data_dir)
    shutil.copytree(backup, replica.data_dir)


def _rename(replica: Replica, label: str, name: str) -> None:
    time.sleep(0.002)  # a later millisecond than the change before (the marks' times)
    replica.sql(
        "UPDATE client SET name = ?, updated_at = ? WHERE uuid = ?", name, EDITED_AT, uid(label)
    )


def _pair(tmp_path: Path, passphrase: str | None = None) -> tuple[Replica, Replica]:
    folder = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", passphrase, folder=folder)
    desk = Replica(tmp_path, "desk", passphrase, folder=folder)
    laptop.add_client(uid("c-1"), "Anna")
    laptop.add_client(uid("c-3"), "Cara")
    desk.add_client(uid("c-2"), "Bert")
    desk.round()
    return laptop, desk


def _device(replica: Replica) -> str:
    replica.open()
    return local.device_id()


def _after_the_backup(laptop: Replica, desk: Replica, laptop_first: bool = True) -> None:
    """Both journals sync; the laptop then edits Anna, the desk Cara, each with a round."""
    if laptop_first:
        laptop.round()
    desk.round()
    _rename(laptop, "c-1", "Anna X")
    laptop.round()
    _rename(desk, "c-3", "Cara desk")
    desk.round()


def _settle(laptop: Replica, desk: Replica) -> list:
    problems = []
    for replica in (laptop, desk, laptop, desk):
        problems += list(replica.round().problems)
    assert laptop.export() == desk.export()
    return problems


def test_encrypted_journal_restored_from_before_its_first_sync_keeps_the_desks_edit(tmp_path):
    laptop, desk = _pair(tmp_path, passphrase="correct horse")
    _backup(laptop, tmp_path / "backup")
    _after_the_backup(laptop, desk)
    _restore(laptop, tmp_path / "backup")
    _settle(laptop, desk)
    names = [("Anna X",), ("Bert",), ("Cara desk",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_restored_with_its_device_id_reads_its_own_later_files_under_a_new_id(tmp_path):
    """The backup already had its device id (Settings → Sync makes it): the folder's files
    of that id, written after the backup, are not this journal's; it takes a new id, says
    so, and reads them as another computer's (its own published edit comes back)."""
    laptop, desk = _pair(tmp_path)
    old = _device(laptop)
    _backup(laptop, tmp_path / "backup")
    _after_the_backup(laptop, desk)
    _restore(laptop, tmp_path / "backup")
    problems = _settle(laptop, desk)
    assert _device(laptop) != old
    assert [p.kind for p in problems if p.kind == COPIED] == [COPIED]
    names = [("Anna X",), ("Bert",), ("Cara desk",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_restored_from_after_its_first_sync_keeps_the_desks_edit_of_a_value_it_published(
    tmp_path,
):
    """The backup holds an edit not yet published then (Cara L, published after it by the
    laptop's next round), and the clocks of its first sync; the desk edits Cara after."""
    laptop, desk = _pair(tmp_path)
    laptop.round()
    desk.round()
    _rename(laptop, "c-3", "Cara L")
    _backup(laptop, tmp_path / "backup")
    laptop.round()
    desk.round()
    _rename(desk, "c-3", "Cara desk")
    desk.round()
    _rename(laptop, "c-1", "Anna X")
    laptop.round()
    old = _device(laptop)
    _restore(laptop, tmp_path / "backup")
    problems = _settle(laptop, desk)
    assert _device(laptop) != old
    assert COPIED in [p.kind for p in problems]
    names = [("Anna X",), ("Bert",), ("Cara desk",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_a_value_the_folder_never_held_older_than_the_desks_edit_does_not_overwrite_it(
    tmp_path,
):
    """The backup holds an edit the laptop changed again before publishing it (Cara L, then
    Cara L2): no file holds Cara L, yet it was made before the desk's edit."""
    laptop, desk = _pair(tmp_path)
    laptop.round()
    desk.round()
    _rename(laptop, "c-3", "Cara L")
    _backup(laptop, tmp_path / "backup")
    _rename(laptop, "c-3", "Cara L2")
    laptop.round()
    desk.round()
    _rename(desk, "c-3", "Cara desk")
    desk.round()
    _restore(laptop, tmp_path / "backup")
    _settle(laptop, desk)
    names = [("Anna",), ("Bert",), ("Cara desk",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_what_the_user_changes_after_the_restore_is_published(tmp_path):
    laptop, desk = _pair(tmp_path)
    _backup(laptop, tmp_path / "backup")
    _after_the_backup(laptop, desk)
    _restore(laptop, tmp_path / "backup")
    _rename(laptop, "c-3", "Cara again")
    _rename(laptop, "c-1", "Anna again")
    _settle(laptop, desk)
    names = [("Anna again",), ("Bert",), ("Cara again",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_a_client_the_desk_deleted_after_the_backup_stays_deleted(tmp_path):
    laptop, desk = _pair(tmp_path)
    _backup(laptop, tmp_path / "backup")
    laptop.round()
    desk.round()
    time.sleep(0.002)
    desk.sql("DELETE FROM client WHERE uuid = ?", uid("c-3"))
    desk.round()
    _restore(laptop, tmp_path / "backup")
    _settle(laptop, desk)
    names = [("Anna",), ("Bert",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_a_journal_back_in_a_folder_it_synced_in_keeps_its_id(tmp_path):
    """Its own files there are known (noted as written): not a restored copy."""
    laptop, desk = _pair(tmp_path)
    laptop.round()
    old = _device(laptop)
    other = tmp_path / "other"
    other.mkdir()
    laptop.open()
    from clientjournal.store import sync

    sync.run_round(other)
    _rename(laptop, "c-1", "Anna X")
    problems = _settle(laptop, desk)
    assert _device(laptop) == old
    assert COPIED not in [p.kind for p in problems]
    assert desk.sql(NAMES) == [("Anna X",), ("Bert",), ("Cara",)]


def test_a_note_the_desk_edited_after_the_backup_keeps_its_text_without_a_conflict(tmp_path):
    laptop, desk = _pair(tmp_path)
    note = uid("n-1")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'first text' FROM client WHERE uuid = ?",
        note, EDITED_AT, EDITED_AT, uid("c-1"),
    )  # fmt: skip
    _backup(laptop, tmp_path / "backup")
    laptop.round()
    desk.round()
    time.sleep(0.002)
    desk.sql("UPDATE note SET body = 'the desk wrote on' WHERE uuid = ?", note)
    desk.round()
    _restore(laptop, tmp_path / "backup")
    _settle(laptop, desk)
    for replica in (laptop, desk):
        assert replica.sql("SELECT body FROM note") == [("the desk wrote on",)]
        assert replica.conflicts() == []


def test_a_client_deleted_after_a_restore_from_before_the_first_sync_stays_deleted(tmp_path):
    """Its state did not know the client (never published by this journal): the folder's
    versions taken, the delete is published; before, the client came back."""
    laptop, desk = _pair(tmp_path)
    _backup(laptop, tmp_path / "backup")
    _after_the_backup(laptop, desk)
    _restore(laptop, tmp_path / "backup")
    time.sleep(0.002)
    laptop.sql("DELETE FROM client WHERE uuid = ?", uid("c-3"))
    _settle(laptop, desk)
    names = [("Anna X",), ("Bert",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_the_desks_edit_held_only_in_snapshots_is_kept(tmp_path, monkeypatch):
    """The folder holds the desk's edit (and the laptop's old value) in snapshots only (the
    desk's change file lost, replaced by a snapshot).  Where a round keeps a big snapshot's
    records out of memory (``receive/spool.py``), every snapshot is so kept here: those
    records must be looked at too."""
    monkeypatch.setattr(spool, "SPOOL_FROM", 0)
    monkeypatch.setattr(restored, "SPOOLED_AT_ONCE", 1)  # each record a part of its own
    laptop, desk = _pair(tmp_path)
    _backup(laptop, tmp_path / "backup")
    _after_the_backup(laptop, desk)
    desk.open()
    for path in (desk.folder / "changes" / local.device_id()).iterdir():
        path.unlink()
    desk.round()  # its lost files replaced by a snapshot holding "Cara desk"
    _restore(laptop, tmp_path / "backup")
    _settle(laptop, desk)
    names = [("Anna X",), ("Bert",), ("Cara desk",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_a_journal_copied_with_its_device_id_before_its_first_sync_runs_beside_it(tmp_path):
    """The copy's first round finds the original's files under the id they share: it takes
    a new one (before, it wrote its snapshot over the original's, under the same name), and
    the edits of both, made after the copy, reach every journal."""
    laptop, desk = _pair(tmp_path)
    shared = _device(laptop)
    _backup(laptop, tmp_path / "copy")
    copy = Replica(tmp_path, "copy", folder=laptop.folder)
    laptop.round()
    _rename(copy, "c-3", "Cara copy")
    copy.round()
    _rename(laptop, "c-1", "Anna laptop")
    for replica in (laptop, desk, copy, laptop, desk, copy):
        replica.round()
    assert _device(copy) != shared == _device(laptop)
    names = [("Anna laptop",), ("Bert",), ("Cara copy",)]
    for replica in (laptop, desk, copy):
        assert replica.sql(NAMES) == names
    assert laptop.export() == desk.export() == copy.export()


def test_another_field_edited_after_the_restore_keeps_the_desks_edit_of_the_name(tmp_path):
    """A record is marked whole: its name, as the backup had it, is not an edit because the
    user changed its e-mail after the restore."""
    laptop, desk = _pair(tmp_path)
    _backup(laptop, tmp_path / "backup")
    _after_the_backup(laptop, desk)
    _restore(laptop, tmp_path / "backup")
    time.sleep(0.002)
    laptop.sql("UPDATE client SET email = 'cara@example.org' WHERE uuid = ?", uid("c-3"))
    _settle(laptop, desk)
    for replica in (laptop, desk):
        assert replica.sql("SELECT name, email FROM client WHERE uuid = ?", uid("c-3")) == [
            ("Cara desk", "cara@example.org")
        ]


def test_restored_by_the_restore_command_keeps_the_desks_edit(tmp_path):
    """As ``clientjournal restore`` and Settings do it: a backup file of the journal, put
    back in its place (the journal it replaces moved aside)."""
    from clientjournal.store.safety.backup import backup_journal
    from clientjournal.store.safety.restore import restore

    laptop, desk = _pair(tmp_path)
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")
    _after_the_backup(laptop, desk)
    close_journal()
    restore(laptop.data_dir, made.path)
    _settle(laptop, desk)
    names = [("Anna X",), ("Bert",), ("Cara desk",)]
    assert desk.sql(NAMES) == names
    assert laptop.sql(NAMES) == names


def test_a_second_computer_with_its_own_journal_decodes_a_spooled_snapshot_once(
    tmp_path, monkeypatch
):
    """A second computer whose journal has records of its own (none of the other's) looks
    up its marked records in the scratch store by their keys: the spooled snapshot is decoded
    once, when it is applied, not also by the look for versions the folder holds (which
    decoded all of it inside the round's first transaction: attack22c)."""
    monkeypatch.setattr(spool, "SPOOL_FROM", 0)
    laptop = Replica(tmp_path, "laptop")
    for n in range(12):
        laptop.add_client(uid(f"c-{n}"), f"Client {n}")
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.add_client(uid("d-1"), "Desk's own")
    decoded: list[int] = []
    original = spool._decoded

    def counted(rows):
        decoded.append(len(rows))
        return original(rows)

    monkeypatch.setattr(spool, "_decoded", counted)
    desk.round()
    assert sum(decoded) == 12  # each of the laptop's clients, once
    laptop.round()
    assert laptop.export() == desk.export()
