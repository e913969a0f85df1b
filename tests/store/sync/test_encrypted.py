"""An encrypted journal writes change files that reveal nothing; a journal with another
passphrase, or a plain one, cannot use its folder (and an encrypted one cannot use a plain
folder): one line, nothing changed."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from clientjournal.store import sync
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.safety import reencrypt
from clientjournal.store.safety.encryption import remember
from tests.store.sync.replicas import Replica, files_of

SECRET = "Nordsee im November"
AT = "2026-03-04T05:06:07.123456Z"


def encrypted_replica(tmp_path: Path, name: str, folder: Path, passphrase: str) -> Replica:
    replica = Replica(tmp_path, name, passphrase=passphrase, folder=folder)
    open_journal(replica.data_dir)
    close_journal()
    reencrypt.change_passphrase(replica.data_dir, None, passphrase)
    remember(replica.data_dir, None)
    return replica


def test_encrypted_change_files_reveal_nothing_and_sync(tmp_path: Path):
    shared = tmp_path / "shared"
    shared.mkdir()
    laptop = encrypted_replica(tmp_path, "laptop", shared, SECRET)
    desktop = encrypted_replica(tmp_path, "desktop", shared, SECRET)
    laptop.sql(
        "INSERT INTO client (uuid, name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        "00000000-0000-0000-0000-000000632d31", "Geheimrat Zwölf", "zwoelf@example.org", AT, AT,
    )  # fmt: skip
    laptop.round()
    laptop.sql("UPDATE client SET name = 'Geheimrätin Zwölf'")
    laptop.round()
    desktop.round()
    assert desktop.sql("SELECT name, email FROM client") == [
        ("Geheimrätin Zwölf", "zwoelf@example.org")
    ]
    written = files_of(shared)
    assert written and all(path.name.endswith(".jsonl.enc") for path in written)
    for path in [*written, shared / "sync.json"]:
        data = path.read_bytes()
        # five bytes or more: random bytes hold a given shorter string too often
        for secret in ("Zwölf", "zwoelf", "example.org", "Geheim", SECRET):
            for encoded in (secret.encode(), secret.encode("utf-16-le")):
                assert encoded not in data, (path.name, secret)
    for path in written:
        assert b"clientjournal" not in path.read_bytes()
        with pytest.raises(OSError):
            gzip.decompress(path.read_bytes())
    # another passphrase, a plain journal: refused, nothing changed
    stranger = encrypted_replica(tmp_path, "stranger", shared, "ganz anders")
    with pytest.raises(sync.SyncError, match="another passphrase"):
        stranger.round()
    assert stranger.sql("SELECT COUNT(*) FROM client") == [(0,)]
    plain = Replica(tmp_path, "plain", folder=shared)
    with pytest.raises(sync.SyncError, match="encrypted"):
        plain.round()
    plain.open()
    with pytest.raises(sync.SyncError, match="encrypted"):
        sync.configure(shared)
    assert sync.sync_config().folder is None
    close_journal()


def test_an_encrypted_journal_refuses_a_plain_folder(tmp_path: Path):
    shared = tmp_path / "shared"
    shared.mkdir()
    Replica(tmp_path, "plain", folder=shared).round()
    locked = encrypted_replica(tmp_path, "locked", shared, SECRET)
    with pytest.raises(sync.SyncError, match="not encrypted"):
        locked.round()
    close_journal()
