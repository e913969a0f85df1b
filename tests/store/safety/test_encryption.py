"""Encryption at rest: unreadable without the passphrase, everything (search too) with it,
and setting, changing or removing it never risks the journal."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.paths import journal_file
from clientjournal.store.connection import (
    JournalOpenError,
    PassphraseRequired,
    WrongPassphrase,
    close_journal,
    open_journal,
)
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import Client, Note
from clientjournal.store.safety import backup, reencrypt
from clientjournal.store.safety.encryption import (
    WrongKey,
    is_plain_sqlite,
    looks_encrypted,
    passphrase_for,
    remember,
)
from clientjournal.store.safety.integrity import ENCRYPTED, WRONG_PASSPHRASE, inspect_file
from clientjournal.store.safety.restore import RestoreError, restore
from clientjournal.store.search import search

SECRET = "korrekt Pferd Batterie 'Heftklammer'"  # a quote: PRAGMA key must escape it


@pytest.fixture
def plain(data_dir: Path) -> Path:
    """A plain journal with demo data and one backup; forgotten passphrases after the test."""
    open_journal(data_dir)
    fill(generate(5, 200, seed=3))
    close_journal()
    backup.backup_journal(data_dir, label="manual")
    yield data_dir
    close_journal()
    remember(data_dir, None)


def counts() -> tuple[int, int]:
    return Client.select().count(), Note.select().count()


def plain_sqlite_reads(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT COUNT(*) FROM note").fetchone()
    except sqlite3.DatabaseError as error:
        assert "file is not a database" in str(error)
        return False
    finally:
        connection.close()
    return True


def encrypt(data_dir: Path, passphrase: str = SECRET) -> reencrypt.Reencrypted:
    done = reencrypt.change_passphrase(data_dir, None, passphrase)
    remember(data_dir, None)  # as after a restart: the passphrase must be asked again
    return done


def test_encrypted_journal_is_unreadable_without_the_passphrase_and_whole_with_it(plain):
    open_journal(plain)
    before = counts()
    found_before = [(hit.kind, hit.record_id) for hit in search("Budget", limit=50).hits]
    close_journal()
    assert found_before  # the demo writes about budgets

    done = encrypt(plain)
    path = journal_file(plain)
    assert done.journal == path and len(done.backups) == 1 and not done.skipped
    assert not is_plain_sqlite(path) and looks_encrypted(path)
    assert not plain_sqlite_reads(path)
    assert b"Budget" not in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    with pytest.raises(PassphraseRequired):
        open_journal(plain)
    with pytest.raises(WrongPassphrase):
        open_journal(plain, "wrong")
    assert issubclass(WrongPassphrase, JournalOpenError)

    db = open_journal(plain, SECRET)
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert counts() == before
    assert [(hit.kind, hit.record_id) for hit in search("Budget", limit=50).hits] == found_before
    client = Client.get()
    Note.create(client=client, body="Verschlüsselte Zeppelinfahrt besprochen")
    assert [hit.kind for hit in search("Zeppelinfahrt").hits] == ["note"]  # triggers index it
    close_journal()
    checked = inspect_file(path, thorough=True, passphrase=SECRET)
    assert checked.ok and checked.encrypted and checked.notes == before[1] + 1


def test_integrity_says_encrypted_never_damaged(plain):
    encrypt(plain)
    path = journal_file(plain)
    assert inspect_file(path).problem == ENCRYPTED
    assert inspect_file(path, passphrase="wrong").problem == WRONG_PASSPHRASE
    assert inspect_file(path, passphrase=SECRET).ok


def test_rekey_then_remove_the_passphrase(plain):
    encrypt(plain)
    done = reencrypt.change_passphrase(plain, SECRET, "neu und lang genug")
    assert len(done.backups) == 1
    with pytest.raises(WrongPassphrase):
        open_journal(plain, SECRET)
    open_journal(plain, "neu und lang genug")
    before = counts()
    close_journal()
    with pytest.raises(WrongKey):
        reencrypt.change_passphrase(plain, SECRET, None)  # the old passphrase no longer works
    reencrypt.change_passphrase(plain, "neu und lang genug", None)
    path = journal_file(plain)
    assert is_plain_sqlite(path) and plain_sqlite_reads(path)
    assert all(plain_sqlite_reads(info.path) for info in backup.list_backups(plain))
    assert passphrase_for(plain) is None
    open_journal(plain)
    assert counts() == before
    assert search("Budget").hits


@pytest.mark.parametrize("step", ["exported", "verified"])
def test_a_crash_in_the_middle_of_a_rekey_leaves_the_journal_as_it_was(plain, step):
    encrypt(plain)
    path = journal_file(plain)
    before = path.read_bytes()[4096:]  # after the first page (its header's journal mode may change)

    def crash(_path: Path, name: str) -> None:
        if name == step:
            raise KeyboardInterrupt  # as if the process died here

    with pytest.raises(KeyboardInterrupt):
        reencrypt.reencrypt_file(path, SECRET, "neu", step=crash)
    assert path.read_bytes()[4096:] == before
    assert not path.with_name(path.name + reencrypt.SUFFIX).exists()
    open_journal(plain, SECRET)
    assert counts()[1] == 200
    close_journal()
    with pytest.raises(WrongPassphrase):
        open_journal(plain, "neu")


def test_a_rekey_refuses_while_the_journal_is_open_elsewhere(plain, monkeypatch):
    monkeypatch.setattr(reencrypt, "IN_USE_WAIT_S", 0.2)  # a reader that stays open
    encrypt(plain)
    open_journal(plain, SECRET)
    counts()  # the connection holds the WAL open
    with pytest.raises(reencrypt.ReencryptError, match="in use"):
        reencrypt.change_passphrase(plain, SECRET, "neu")
    close_journal()
    open_journal(plain, SECRET)  # unchanged
    assert counts()[1] == 200


def test_backups_of_an_encrypted_journal_are_encrypted_and_restore_with_the_key(plain):
    encrypt(plain)
    open_journal(plain, SECRET)  # remembers the passphrase for the backups
    made = backup.backup_journal(plain, label="manual")
    Note.delete().execute()
    close_journal()
    assert made.encrypted and made.notes == 200
    assert not plain_sqlite_reads(made.path)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    listed = backup.list_backups(plain)
    assert [info.notes for info in listed] == [200, 200]

    remember(plain, None)  # a new process: the list shows them as encrypted, without counts
    unknown = backup.list_backups(plain)
    assert all(info.encrypted and not info.readable for info in unknown)
    assert "encrypted" in unknown[0].summary()
    with pytest.raises(RestoreError):
        restore(plain, made.path)  # no passphrase: nothing is changed
    with pytest.raises(RestoreError):
        restore(plain, made.path, passphrase="wrong")

    done = restore(plain, made.path, passphrase=SECRET)
    assert done.restored.notes == 200 and done.safety_backup is not None
    assert done.safety_backup.encrypted and not plain_sqlite_reads(done.safety_backup.path)
    assert not plain_sqlite_reads(journal_file(plain))
    open_journal(plain)  # the passphrase is remembered by the restore
    assert counts()[1] == 200


def test_backups_under_another_passphrase_are_left_alone(plain):
    encrypt(plain, "alt")
    stray = backup.backup_dir(plain) / "journal-20200101T000000Z-old.sqlite3"
    stray.write_bytes(journal_file(plain).read_bytes())
    reencrypt.reencrypt_file(stray, "alt", "ganz anders")  # as if made under an older one
    done = reencrypt.change_passphrase(plain, "alt", "neu")
    assert done.skipped == [stray] and len(done.backups) == 1
    assert inspect_file(stray, passphrase="ganz anders").ok  # untouched


def test_plain_journals_do_not_load_sqlcipher(tmp_path: Path):
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path;"
        "from clientjournal.store.connection import open_journal;"
        f"open_journal(Path({str(tmp_path / 'j')!r}));"
        "print('sqlcipher3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
