"""The passphrase on the command line: from the environment, one clear line when it is missing
or wrong (exit 2, nothing changed), and encrypt / rekey / decrypt."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "Nordsee im November"


def run(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CLIENTJOURNAL_BACKUP_DIR", "CLIENTJOURNAL_PASSPHRASE")
        and k != "CLIENTJOURNAL_NEW_PASSPHRASE"
    }
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**clean, **env},
        stdin=subprocess.DEVNULL,  # not a terminal: nobody is asked
    )


def plain_sqlite_reads(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT COUNT(*) FROM note").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    return True


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "journal"
    made = run(folder, "demo", "--clients", "4", "--notes", "60", "--seed", "2")
    assert made.returncode == 0, made.stderr
    return folder / "journal.sqlite3"


@pytest.fixture
def encrypted(tmp_path: Path, demo: Path) -> Path:
    folder = tmp_path / "journal"
    folder.mkdir(mode=0o700)
    (folder / "journal.sqlite3").write_bytes(demo.read_bytes())
    assert run(folder, "backup").returncode == 0
    done = run(folder, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET)
    assert done.returncode == 0, done.stderr
    assert "and 1 copy of it" in done.stdout and SECRET not in done.stdout + done.stderr
    return folder


def test_encrypted_journal_needs_the_passphrase_for_every_command(encrypted: Path):
    journal = encrypted / "journal.sqlite3"
    assert not plain_sqlite_reads(journal)
    before = journal.read_bytes()
    for command in (["search", "Budget"], ["export"], ["check"], ["backup"], ["demo"]):
        missing = run(encrypted, *command)
        assert missing.returncode == 2, (command, missing.stderr)
        assert missing.stderr.count("\n") == 1 and "CLIENTJOURNAL_PASSPHRASE" in missing.stderr
        wrong = run(encrypted, *command, CLIENTJOURNAL_PASSPHRASE="falsch")
        assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
        assert "passphrase is wrong" in wrong.stderr and "Traceback" not in wrong.stderr
    assert journal.read_bytes() == before

    found = run(encrypted, "search", "Budget", CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert found.returncode == 0 and " results in " in found.stderr
    checked = run(encrypted, "check", CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert checked.returncode == 0 and "ok, 4 clients, 60 notes" in checked.stdout
    backed = run(encrypted, "backup", CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert backed.returncode == 0 and "4 clients, 60 notes" in backed.stdout
    copy = Path(backed.stdout.split()[3].rstrip(":"))
    assert not plain_sqlite_reads(copy)


def test_restore_an_encrypted_backup(encrypted: Path):
    backup = next((encrypted / "backups").glob("journal-*-manual.sqlite3"))
    refused = run(encrypted, "restore", str(backup))
    assert refused.returncode == 2 and "CLIENTJOURNAL_PASSPHRASE" in refused.stderr
    restored = run(encrypted, "restore", str(backup), CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert restored.returncode == 0, restored.stderr
    assert "4 clients, 60 notes" in restored.stdout
    assert not plain_sqlite_reads(encrypted / "journal.sqlite3")


def test_rekey_then_decrypt(encrypted: Path):
    refused = run(
        encrypted, "rekey", CLIENTJOURNAL_PASSPHRASE="falsch", CLIENTJOURNAL_NEW_PASSPHRASE="x" * 10
    )
    assert refused.returncode == 2 and "passphrase is wrong" in refused.stderr
    rekeyed = run(
        encrypted,
        "rekey",
        CLIENTJOURNAL_PASSPHRASE=SECRET,
        CLIENTJOURNAL_NEW_PASSPHRASE="neu neu neu",
    )
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert run(encrypted, "check", CLIENTJOURNAL_PASSPHRASE=SECRET).returncode == 2
    assert run(encrypted, "check", CLIENTJOURNAL_PASSPHRASE="neu neu neu").returncode == 0
    assert run(encrypted, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE="y" * 10).returncode == 2
    short = run(
        encrypted,
        "rekey",
        CLIENTJOURNAL_PASSPHRASE="neu neu neu",
        CLIENTJOURNAL_NEW_PASSPHRASE="kurz",
    )
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    decrypted = run(encrypted, "decrypt", CLIENTJOURNAL_PASSPHRASE="neu neu neu")
    assert decrypted.returncode == 0, decrypted.stderr
    assert plain_sqlite_reads(encrypted / "journal.sqlite3")
    assert all(plain_sqlite_reads(p) for p in (encrypted / "backups").glob("journal-*.sqlite3"))
    assert run(encrypted, "check").returncode == 0
    assert run(encrypted, "decrypt").returncode == 2  # not encrypted any more


def test_help_names_the_commands_and_the_variables():
    shown = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--help"], capture_output=True, text=True
    )
    for word in ("encrypt", "rekey", "decrypt", "CLIENTJOURNAL_PASSPHRASE", "cannot be recovered"):
        assert word in " ".join(shown.stdout.split())  # argparse wraps lines
