"""attack21x: the sync folder's disk full while a first round writes its snapshot (packed as
its lines are read, issue 21).  Measured on a 256 KB tmpfs (see the note); here the disk's
refusal is put where it comes: the plain snapshot's write, the encrypted one's seal (SQLCipher
writing its scratch database in the folder).  The round fails with one line the window and
the command show and keep as the last result, leaves no file in the folder and the journal
as it was; with room again the next round publishes everything."""

from __future__ import annotations

import errno
import io
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.sync import capture, folder, local
from tests.store.sync.replicas import Replica
from tests.store.sync.test_encrypted import encrypted_replica

PASSPHRASE = "ein langes Passwort"


def _journal(root: Path, name: str, encrypted: bool, at: Path) -> Replica:
    at.mkdir(parents=True, exist_ok=True)
    if encrypted:
        return encrypted_replica(root, name, at, PASSPHRASE)
    return Replica(root, name, folder=at)


class _FullDisk(io.RawIOBase):
    """A stream whose disk fills after ``room`` bytes."""

    def __init__(self, stream: Any, room: int) -> None:
        self.stream, self.room = stream, room

    def write(self, data: Any) -> int:
        self.room -= len(data)
        if self.room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.stream.write(data)

    def fileno(self) -> int:
        return self.stream.fileno()

    def flush(self) -> None:
        self.stream.flush()


def _fill_the_disk(monkeypatch: pytest.MonkeyPatch, encrypted: bool) -> None:
    if encrypted:  # SQLCipher's own words when its scratch database cannot grow
        cipher = folder._cipher()

        class FullConnection:
            def __init__(self, connection: Any) -> None:
                self.connection = connection

            def execute(self, statement: str, *args: Any) -> Any:
                if statement.startswith("INSERT"):
                    raise cipher.OperationalError("database or disk is full")
                return self.connection.execute(statement, *args)

            def close(self) -> None:
                self.connection.close()

        class FullCipher:
            Error = cipher.Error
            OperationalError = cipher.OperationalError

            @staticmethod
            def connect(*args: Any, **kwargs: Any) -> FullConnection:
                return FullConnection(cipher.connect(*args, **kwargs))

        monkeypatch.setattr(folder, "_cipher", FullCipher)
        return
    opened = folder.atomic_private_file

    def full_file(*args: Any, **kwargs: Any) -> Any:
        from contextlib import contextmanager

        @contextmanager
        def wrapped() -> Any:
            with opened(*args, **kwargs) as stream:
                yield _FullDisk(stream, 20_000)

        return wrapped()

    monkeypatch.setattr(folder, "atomic_private_file", full_file)


def _a_full_disk_fails_the_round_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encrypted: bool
) -> None:
    monkeypatch.setattr(capture, "BATCH", 64)
    monkeypatch.setattr(folder, "_PART", 4096)
    laptop = _journal(tmp_path, "laptop", encrypted, tmp_path / "laptop-sync")
    laptop.open()
    fill(generate(clients=4, notes=150, seed=13))
    before = laptop.export()
    with monkeypatch.context() as full:
        _fill_the_disk(full, encrypted)
        laptop.open()
        with pytest.raises(sync.SyncError):
            sync.run_round(laptop.folder)
        laptop.open()
        assert local.get(local.LAST_RESULT)  # Settings -> Sync shows why
    left = [p.name for p in laptop.folder.rglob("*") if p.is_file() and p.name != "sync.json"]
    assert left == []
    assert laptop.export() == before
    assert laptop.sql("SELECT value FROM sync_local WHERE key = 'folder_id'") == []
    laptop.round()
    desk = _journal(tmp_path, "desk", encrypted, laptop.folder)
    desk.round()
    assert desk.export() == laptop.export() == before
    close_journal()


def test_a_full_disk_while_the_plain_snapshot_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _a_full_disk_fails_the_round_with_one_line(tmp_path, monkeypatch, encrypted=False)


def test_a_full_disk_while_the_encrypted_snapshot_is_sealed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _a_full_disk_fails_the_round_with_one_line(tmp_path, monkeypatch, encrypted=True)
