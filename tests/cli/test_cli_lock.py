"""``clientjournal restore`` refuses while the app holds the journal; ``backup`` and ``check``
only read, so they go on working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.models import database
from clientjournal.ui.shell.single_instance import JournalLock


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CLIENTJOURNAL_BACKUP_DIR"}
    env["CLIENTJOURNAL_LOCK_WAIT"] = "0"  # refuse at once instead of waiting for the holder
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def journal_with_a_client(data_dir: Path) -> Path:
    open_journal(data_dir)
    database.execute_sql(
        "INSERT INTO client (uuid, name, created_at, updated_at) VALUES ('u1', 'A', ?, ?)",
        ("2026-01-01T00:00:00.000000Z",) * 2,
    )
    close_journal()
    return data_dir


@pytest.fixture
def app_running(journal_with_a_client: Path, journal_lock_held):
    """A live process holding the journal's lock, as the running app does."""
    with journal_lock_held(journal_with_a_client) as pid:
        yield pid


def test_restore_refuses_while_the_app_holds_the_journal(data_dir: Path, app_running: int):
    made = run(data_dir, "backup")
    assert made.returncode == 0, made.stderr  # reading works while the app runs
    assert run(data_dir, "check").returncode == 0
    backup = next((data_dir / "backups").glob("journal-*-manual.sqlite3"))
    before = (data_dir / "journal.sqlite3").read_bytes()
    refused = run(data_dir, "restore", str(backup))
    assert refused.returncode == 1
    assert refused.stdout == "" and refused.stderr.count("\n") == 1
    assert "restore refused, nothing was changed" in refused.stderr
    assert f"process {app_running}" in refused.stderr
    assert (data_dir / "journal.sqlite3").read_bytes() == before
    assert not list(data_dir.glob("journal-replaced-*"))


def test_restore_works_once_the_app_is_gone_and_leaves_no_lock(journal_with_a_client: Path):
    data_dir = journal_with_a_client
    assert run(data_dir, "backup").returncode == 0
    backup = next((data_dir / "backups").glob("journal-*-manual.sqlite3"))
    restored = run(data_dir, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert not (data_dir / ".lock").exists()
    lock = JournalLock(data_dir)  # free again for the app
    assert lock.try_acquire()
    lock.release()
