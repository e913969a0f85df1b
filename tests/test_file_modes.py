"""Privacy on disk: the journal folder is 0700, every file in it 0600, backups and exports too.

Run under a permissive umask (022, the usual default), so a file that merely inherited the
umask would show up as 0644 and fail.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clientjournal.paths import BACKUP_DIR_ENV, journal_file
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.exchange.json_export import export_file
from clientjournal.store.models import database
from clientjournal.store.safety import backup
from clientjournal.store.safety.restore import restore


@pytest.fixture(autouse=True)
def permissive_umask(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_journal_folder_files_backups_and_exports_are_private(data_dir: Path, tmp_path: Path):
    open_journal(data_dir)
    database.execute_sql(
        "INSERT INTO client (uuid, name, created_at, updated_at) VALUES ('u1', 'A', ?, ?)",
        ("2026-01-01T00:00:00.000000Z",) * 2,
    )
    made = backup.backup_journal(data_dir)
    daily = backup.daily_if_due(data_dir)
    exported = export_file(tmp_path / "export.json")
    close_journal()
    restored = restore(data_dir, made.path)
    open_journal(data_dir)  # and again, so the WAL files exist
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"journal.sqlite3", "journal.sqlite3-wal"}
    assert {f"{p.relative_to(data_dir)}": mode(p) for p in files} == {
        f"{p.relative_to(data_dir)}": 0o600 for p in files
    }
    assert mode(data_dir) == 0o700 and mode(made.path.parent) == 0o700
    assert mode(daily.path) == 0o600 and mode(restored.moved_aside) == 0o600
    assert mode(exported) == 0o600
    close_journal()


def test_an_existing_folder_keeps_its_mode_and_the_files_are_private(data_dir: Path):
    """A folder the user points at is theirs (a shared 1777 one, /tmp as root): the app does
    not chmod it (issue 18); the files it writes there are 0600, folders it makes 0700."""
    data_dir.mkdir()
    os.chmod(data_dir, 0o1777)
    open_journal(data_dir)
    close_journal()
    assert mode(data_dir) == 0o1777 and mode(journal_file(data_dir)) == 0o600


def test_folders_the_app_makes_are_private_under_umask_000(tmp_path: Path):
    from clientjournal.paths import ensure_private_dir

    old = os.umask(0)
    try:
        ensure_private_dir(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(old)
    assert [mode(tmp_path / p) for p in ("a", "a/b", "a/b/c")] == [0o700] * 3


def test_exports_from_the_command_line_are_private(tmp_path: Path):
    folder = tmp_path / "j"

    def cli(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "clientjournal", "--data-dir", str(folder), *args],
            check=True,
            capture_output=True,
            timeout=120,
        )

    cli("demo", "--clients", "3", "--notes", "20")
    cli("export", "-o", str(tmp_path / "all.json"))
    cli("export", "--format", "ics", "-o", str(tmp_path / "dates.ics"))
    cli("backup", "-o", str(tmp_path / "copy.sqlite3"))
    for name in ("all.json", "dates.ics", "copy.sqlite3"):
        assert mode(tmp_path / name) == 0o600, name
