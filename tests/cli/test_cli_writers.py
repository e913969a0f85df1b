"""Issue 18: every command that writes the journal holds its one lock (or waits for it and says
so), read-only commands leave nothing behind, no command writes over the journal's files, and an
empty or missing journal is never silently taken for a new one.  The races run both sides as
real processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SECRET = "Nordsee im November"


def environment(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CLIENTJOURNAL_") or k == "CLIENTJOURNAL_CONFIG_DIR"
    }
    return {**env, **extra}


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args]


def run(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        command(data_dir, *args),
        capture_output=True,
        text=True,
        timeout=120,
        env=environment(**extra),
        stdin=subprocess.DEVNULL,
    )


def start(data_dir: Path, *args: str, **extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        command(data_dir, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(**extra),
        stdin=subprocess.DEVNULL,
    )


def wait_for_lock(data_dir: Path, process: subprocess.Popen, seconds: float = 20) -> bool:
    """Until ``process`` holds the journal's lock (its .lock file appears)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        if (data_dir / ".lock").exists():
            return True
        time.sleep(0.002)
    return False


def count(path: Path, table: str = "client", passphrase: str | None = None) -> int:
    if passphrase is None:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    else:
        from sqlcipher3 import dbapi2

        connection = dbapi2.connect(str(path))
        connection.execute(f"PRAGMA key = '{passphrase}'")
    try:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON export big enough that importing it takes about a second."""
    folder = tmp_path_factory.mktemp("big")
    made = run(folder / "j", "demo", "--clients", "200", "--notes", "20000")
    assert made.returncode == 0, made.stderr
    out = folder / "big.json"
    assert run(folder / "j", "export", "-o", str(out)).returncode == 0
    return out


@pytest.fixture
def small_journal(tmp_path: Path) -> Path:
    data_dir = tmp_path / "journal"
    made = run(data_dir, "demo", "--clients", "3", "--notes", "10", "--seed", "7")
    assert made.returncode == 0, made.stderr
    return data_dir


def test_encrypt_waits_for_a_running_import_and_nothing_is_lost(
    small_journal: Path, big_export: Path
):
    importing = start(small_journal, "import", str(big_export))
    assert wait_for_lock(small_journal, importing), "the import never took the journal's lock"
    encrypting = start(small_journal, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET)
    _, imported_err = importing.communicate(timeout=120)
    _, encrypted_err = encrypting.communicate(timeout=120)
    assert importing.returncode == 0, imported_err
    assert encrypting.returncode == 0, encrypted_err
    assert "waiting for the journal" in encrypted_err
    journal = small_journal / "journal.sqlite3"
    assert count(journal, passphrase=SECRET) == 203  # 3 + the 200 imported
    assert not Path(f"{journal}-wal").exists()  # no plaintext WAL beside the encrypted file


@pytest.mark.parametrize(("change", "new"), [("rekey", "Ostsee im Oktober"), ("decrypt", None)])
def test_rekey_and_decrypt_wait_for_a_running_import_and_nothing_is_lost(
    small_journal: Path, big_export: Path, change: str, new: str | None
):
    """The same race as encrypt's, from an encrypted journal: the import (under the old
    passphrase) finishes first, the change then takes all of it along."""
    encrypted = run(small_journal, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET)
    assert encrypted.returncode == 0, encrypted.stderr
    importing = start(small_journal, "import", str(big_export), CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert wait_for_lock(small_journal, importing), "the import never took the journal's lock"
    keys = {"CLIENTJOURNAL_PASSPHRASE": SECRET}
    if new is not None:
        keys["CLIENTJOURNAL_NEW_PASSPHRASE"] = new
    changing = start(small_journal, change, **keys)
    _, imported_err = importing.communicate(timeout=120)
    _, changed_err = changing.communicate(timeout=120)
    assert importing.returncode == 0, imported_err
    assert changing.returncode == 0, changed_err
    assert "waiting for the journal" in changed_err
    journal = small_journal / "journal.sqlite3"
    assert count(journal, passphrase=new) == 203  # 3 + the 200 imported
    assert not Path(f"{journal}-wal").exists()


def test_an_import_during_a_restore_lands_in_the_restored_journal(
    small_journal: Path, big_export: Path
):
    # a big journal to restore, so that the restore takes a while
    assert run(small_journal, "import", str(big_export)).returncode == 0
    made = run(small_journal, "backup", "-o", str(small_journal.parent / "b.sqlite3"))
    assert made.returncode == 0, made.stderr
    other = small_journal.parent / "late.vcf"
    other.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Late Client\r\nEND:VCARD\r\n")
    restoring = start(small_journal, "restore", str(small_journal.parent / "b.sqlite3"))
    assert wait_for_lock(small_journal, restoring)
    imported = run(small_journal, "import", str(other))
    restoring.communicate(timeout=120)
    assert restoring.returncode == 0
    assert imported.returncode == 0, imported.stderr
    assert count(small_journal / "journal.sqlite3") == 204  # the backup's 203 and "Late"


def test_a_writer_gives_up_with_one_line_when_the_lock_stays_taken(
    small_journal: Path, journal_lock_held
):
    with journal_lock_held(small_journal) as holder:
        before = (small_journal / "journal.sqlite3").read_bytes()
        for args in (("demo",), ("encrypt",), ("decrypt",), ("import", "x.json")):
            refused = run(small_journal, *args, CLIENTJOURNAL_LOCK_WAIT="0.2")
            assert refused.returncode == 1, (args, refused.stderr)
            lines = refused.stderr.splitlines()
            assert "waiting for the journal" in lines[0] and f"process {holder}" in lines[0]
            assert "refused, nothing was changed" in lines[1] and len(lines) == 2
    assert (small_journal / "journal.sqlite3").read_bytes() == before


def test_read_only_commands_leave_no_wal_or_shm(small_journal: Path, tmp_path: Path):
    before = sorted(p.name for p in small_journal.iterdir())
    assert run(small_journal, "export", "-o", str(tmp_path / "x.json")).returncode == 0
    assert run(small_journal, "search", "a").returncode == 0
    assert run(small_journal, "check").returncode == 0
    assert run(small_journal, "backup", "-o", str(tmp_path / "b.sqlite3")).returncode == 0
    assert sorted(p.name for p in small_journal.iterdir()) == before


@pytest.mark.parametrize("fmt", ["json", "csv", "ics"])
@pytest.mark.parametrize("name", ["journal.sqlite3", "journal.sqlite3-wal", ".lock"])
def test_export_never_writes_over_the_journal_or_its_files(
    small_journal: Path, fmt: str, name: str
):
    target = small_journal / name
    target.touch()
    before = target.read_bytes()
    refused = run(small_journal, "export", "--format", fmt, "-o", str(target))
    assert refused.returncode == 2 and "export refused" in refused.stderr
    assert not target.exists() or target.read_bytes() == before  # SQLite tidies an empty -wal


def test_an_empty_journal_with_backups_is_not_taken_for_a_new_one(small_journal: Path):
    assert run(small_journal, "backup").returncode == 0
    journal = small_journal / "journal.sqlite3"
    journal.write_bytes(b"")
    for args in (("demo",), ("export",), ("search", "a")):
        refused = run(small_journal, *args)
        assert refused.returncode == 1, refused.stderr
        assert "empty (0 bytes)" in refused.stderr and " restore " in refused.stderr
        assert journal.stat().st_size == 0


def test_a_missing_journal_after_a_restore_is_not_recreated(small_journal: Path):
    journal = small_journal / "journal.sqlite3"
    journal.rename(small_journal / "journal-replaced-20260101T000000Z.sqlite3")
    refused = run(small_journal, "demo")
    assert refused.returncode == 1
    assert "journal-replaced-20260101T000000Z.sqlite3" in refused.stderr
    assert not journal.exists()


def test_an_interrupted_restore_is_finished_at_the_next_start(small_journal: Path, tmp_path):
    journal = small_journal / "journal.sqlite3"
    backup = tmp_path / "b.sqlite3"
    assert run(small_journal, "backup", "-o", str(backup)).returncode == 0
    # cut short after the journal was moved aside, before the verified copy took its place
    (small_journal / "journal.sqlite3.restoring").write_bytes(backup.read_bytes())
    journal.rename(small_journal / "journal-replaced-20260101T000000Z.sqlite3")
    done = run(small_journal, "export", "-o", str(tmp_path / "x.json"))
    assert done.returncode == 0, done.stderr
    assert "interrupted; it is finished now" in done.stderr
    assert count(journal) == 3 and not (small_journal / "journal.sqlite3.restoring").exists()


def test_an_interrupted_restore_before_the_swap_is_rolled_back(small_journal: Path, tmp_path):
    journal = small_journal / "journal.sqlite3"
    before = journal.read_bytes()
    (small_journal / "journal.sqlite3.restoring").write_bytes(b"half a copy")
    done = run(small_journal, "search", "a")
    assert done.returncode == 0, done.stderr
    assert "the journal is as it was" in done.stderr
    assert journal.read_bytes() == before
    assert not (small_journal / "journal.sqlite3.restoring").exists()


def test_a_journal_from_a_newer_version_is_one_line(small_journal: Path):
    connection = sqlite3.connect(small_journal / "journal.sqlite3")
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    for args in (("export",), ("import", "x.json"), ("demo",)):
        refused = run(small_journal, *args)
        assert refused.returncode == 1
        assert "newer version" in refused.stderr and "Traceback" not in refused.stderr


def test_a_data_folder_that_is_a_file_is_one_line(tmp_path: Path):
    folder = tmp_path / "file"
    folder.write_text("x")
    for args in (("export",), ("demo",), ("search", "x")):
        refused = run(folder, *args)
        assert refused.returncode == 1, refused.stderr
        assert "Traceback" not in refused.stderr and len(refused.stderr.splitlines()) == 1


def test_a_backup_folder_on_a_missing_disk_is_skipped(small_journal: Path, tmp_path: Path):
    gone = tmp_path / "media" / "usb" / "backups"
    refused = run(small_journal, "backup", CLIENTJOURNAL_BACKUP_DIR=str(gone))
    assert refused.returncode == 1 and "no backup made" in refused.stderr
    assert not (tmp_path / "media").exists()
