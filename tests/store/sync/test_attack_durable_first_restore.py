"""attack21y: a journal restored from a backup taken before its first round finished (bbc4b74
makes a first round's capture durable before its main transaction): the other computer's
edits made since must survive the restored journal's next rounds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal
from clientjournal.store.models import database
from clientjournal.store.sync import capture
from clientjournal.store.sync import round as sync_round
from tests.store.sync.replicas import Replica, uid

EDITED_AT = "2026-05-05T00:00:00.000000Z"


def _backup(data_dir: Path, backup: Path) -> None:
    backup.mkdir()
    for path in data_dir.iterdir():
        if path.is_file():
            shutil.copy2(path, backup / path.name)


def _restored_after_edits_on_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, between: bool
) -> tuple[Replica, Replica]:
    monkeypatch.setattr(capture, "BATCH", 2)
    folder = tmp_path / "shared"
    laptop, desk = (
        Replica(tmp_path, "laptop", folder=folder),
        Replica(tmp_path, "desk", folder=folder),
    )
    laptop.add_client(uid("c-1"), "Anna")
    laptop.add_client(uid("c-3"), "Cara")
    desk.add_client(uid("c-2"), "Bert")
    desk.round()
    backup = tmp_path / "backup"
    if not between:
        close_journal()
        _backup(laptop.data_dir, backup)
    early = sync_round._first_capture_durable

    def then_backed_up(*args: object) -> capture.Captured:
        captured = early(*args)  # type: ignore[arg-type]
        if between:  # a backup taken while the round waits for its main transaction
            database.execute_sql("PRAGMA wal_checkpoint(FULL)")
            _backup(laptop.data_dir, backup)
        return captured

    with monkeypatch.context() as patched:
        patched.setattr(sync_round, "_first_capture_durable", then_backed_up)
        laptop.round()
    desk.round()
    laptop.sql(
        "UPDATE client SET name = 'Anna X', updated_at = ? WHERE uuid = ?", EDITED_AT, uid("c-1")
    )
    laptop.round()
    desk.sql(
        "UPDATE client SET name = 'Cara desk', updated_at = ? WHERE uuid = ?", EDITED_AT, uid("c-3")
    )
    desk.round()
    close_journal()
    shutil.rmtree(laptop.data_dir)
    shutil.copytree(backup, laptop.data_dir)
    for replica in (laptop, desk, laptop, desk):
        replica.round()
    assert laptop.export() == desk.export()
    return laptop, desk


def test_a_backup_from_between_the_two_transactions_restored_loses_nothing(tmp_path, monkeypatch):
    """Held: the restored journal holds the durable capture's clocks; its retry publishes
    them, not new ones, and takes both journals' later edits (its own from its change file)."""
    laptop, desk = _restored_after_edits_on_both(tmp_path, monkeypatch, between=True)
    names = [("Anna X",), ("Bert",), ("Cara desk",)]
    assert laptop.sql("SELECT name FROM client ORDER BY name") == names
    assert desk.sql("SELECT name FROM client ORDER BY name") == names


def test_a_backup_from_before_the_first_sync_restored_keeps_the_other_computers_edits(
    tmp_path, monkeypatch
):
    """attack21y F2, fixed (``restored.py``): the restored journal's values are ones the folder
    holds (an older version of them), so its first round does not publish them again with new
    clocks; it takes the folder's later ones, the desk's edit and its own published one."""
    laptop, desk = _restored_after_edits_on_both(tmp_path, monkeypatch, between=False)
    names = [("Anna X",), ("Bert",), ("Cara desk",)]
    assert desk.sql("SELECT name FROM client ORDER BY name") == names
    assert laptop.sql("SELECT name FROM client ORDER BY name") == names
