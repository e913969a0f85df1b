"""Issue 18 (attack18 findings 8, 9, 12): encrypt, rekey and decrypt refuse what check refuses.

A journal from a newer version is left untouched (it was rewritten with this version's idea of
its schema); a plain journal cut short is damaged, not "the passphrase is wrong"; an encrypted
journal cut short is damaged, not "not encrypted" (rekey, decrypt), "is encrypted" (encrypt)
or "not a journal" (check).  Each names the newest backup, as ``check`` does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_process import run

SECRET = "ein Satz als Passphrase fuer den Test"
NEW = "eine ganz andere Passphrase"
STAMP = "2024-01-01T00:00:00.000000Z"


def refused(done: subprocess.CompletedProcess, *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1, (done.returncode, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err, err
    return err


def client(i: int) -> dict:
    notes = [
        {
            "uuid": f"10000000-{i:04d}-4000-8000-{j:012d}",
            "created_at": STAMP,
            "updated_at": STAMP,
            "kind": "note",
            "mood": 0,
            "pinned": False,
            "body": "Notiz " + "Text " * 80,
        }
        for j in range(10)
    ]
    made = {"uuid": f"00000000-0000-4000-8000-{i:012d}", "name": f"Kunde {i}"}
    made |= {"company": "", "email": "", "phone": "", "address_form": "sie"}
    made |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
    made |= {"created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    return made | {"agreements": [], "drafts": [], "payments": [], "notes": notes}


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain journal (20 clients, 200 notes) with one backup."""
    folder = tmp_path_factory.mktemp("plain")
    source = folder / "small.json"
    document = {"format": "clientjournal", "version": 1, "exported_at": STAMP}
    source.write_text(json.dumps(document | {"clients": [client(i) for i in range(20)]}))
    data_dir = folder / "journal"
    assert run(data_dir, "import", str(source)).returncode == 0
    assert run(data_dir, "backup").returncode == 0
    return data_dir


@pytest.fixture(scope="module")
def encrypted(plain: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("encrypted") / "journal"
    shutil.copytree(plain, data_dir)
    done = run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET)
    assert done.returncode == 0, done.stderr
    return data_dir


def files(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_plain_journal_cut_short_is_damaged_not_a_wrong_passphrase(plain: Path, tmp_path: Path):
    data_dir = tmp_path / "journal"
    shutil.copytree(plain, data_dir)
    journal = data_dir / "journal.sqlite3"
    os.truncate(journal, journal.stat().st_size // 2 + 100)
    before = files(data_dir)
    said = refused(run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=NEW), "truncated")
    assert "passphrase" not in said and "nothing was changed" in said
    backup = next((data_dir / "backups").iterdir())
    assert f"restore {backup}" in said
    for command in ("rekey", "decrypt"):
        refused(run(data_dir, command, CLIENTJOURNAL_NEW_PASSPHRASE=NEW), "truncated")
    refused(run(data_dir, "export"), "truncated", f"restore {backup}")
    assert files(data_dir) == before


@pytest.mark.parametrize("command", ["encrypt", "rekey", "decrypt"])
def test_an_encrypted_journal_cut_short_is_damaged(encrypted: Path, tmp_path: Path, command: str):
    data_dir = tmp_path / "journal"
    shutil.copytree(encrypted, data_dir)
    journal = data_dir / "journal.sqlite3"
    os.truncate(journal, journal.stat().st_size // 2 + 100)  # not whole pages
    before = files(data_dir)
    keys = {"CLIENTJOURNAL_PASSPHRASE": SECRET, "CLIENTJOURNAL_NEW_PASSPHRASE": NEW}
    said = refused(run(data_dir, command, **keys), "cut short")
    assert "not encrypted" not in said and "is encrypted" not in said
    assert "restore " in said
    checked = run(data_dir, "check", CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert checked.returncode == 1 and b"cut short" in checked.stdout, checked.stdout
    assert b"not a journal" not in checked.stdout
    refused(run(data_dir, "export", CLIENTJOURNAL_PASSPHRASE=SECRET), "cut short")
    assert files(data_dir) == before


def newer(journal: Path, passphrase: str | None) -> None:
    if passphrase is None:
        import sqlite3

        connection = sqlite3.connect(journal)
    else:
        from sqlcipher3 import dbapi2

        connection = dbapi2.connect(str(journal))
        connection.execute(f"PRAGMA key = '{passphrase}'")
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()


def test_a_journal_from_a_newer_version_is_not_rewritten(
    plain: Path, encrypted: Path, tmp_path: Path
):
    for source, key, commands in (
        (plain, None, ("encrypt",)),
        (encrypted, SECRET, ("rekey", "decrypt")),
    ):
        for command in commands:
            data_dir = tmp_path / command
            shutil.copytree(source, data_dir)
            newer(data_dir / "journal.sqlite3", key)
            before = files(data_dir)
            keys = {"CLIENTJOURNAL_PASSPHRASE": SECRET, "CLIENTJOURNAL_NEW_PASSPHRASE": NEW}
            said = refused(run(data_dir, command, **keys), "newer", "schema 99")
            assert "nothing was changed" in said
            assert files(data_dir) == before
