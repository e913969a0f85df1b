"""attack18 M8 and M16: an export never lands where the journal's promises live.

- M16: not in the journal folder or a backup folder (or below them), Markdown's folder
  included: ``encrypt`` promises that nothing readable stays there, and knows nothing of a
  plaintext export;
- M8: never over a journal or a backup that this command does not know of (a database file,
  or a file named like a backup, anywhere).
An export next to the journal folder, or over an earlier export, is written as before."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env["CLIENTJOURNAL_CONFIG_DIR"] = str(data_dir.parent / "config")
    env |= {"CLIENTJOURNAL_LOCK_WAIT": "0", **extra}
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("targets") / "journal"
    made = run(data_dir, "demo", "--clients", "3", "--notes", "10")
    assert made.returncode == 0, made.stderr
    assert run(data_dir, "backup").returncode == 0
    return data_dir


@pytest.fixture
def journal(template: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    return data_dir


def refused(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "export refused, nothing was written" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def files(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.mark.parametrize(
    ("fmt", "where"),
    [
        ("markdown", "."),
        ("markdown", "backups"),
        ("markdown", "backups/md"),
        ("json", "clients.json"),
        ("json", "backups/x.json"),
        ("csv", "backups/x.csv"),
        ("ics", "dates.ics"),
    ],
)
def test_no_export_into_the_journal_folder_or_its_backups(journal: Path, fmt: str, where: str):
    before = files(journal)
    done = run(journal, "export", "--format", fmt, "-o", str(journal / where))
    refused(done, "which holds the journal or its backups")
    assert files(journal) == before


def test_no_export_into_the_backup_folder_of_the_environment(journal: Path, tmp_path: Path):
    usb = tmp_path / "usb"
    usb.mkdir()
    done = run(journal, "export", "-o", str(usb / "x.json"), CLIENTJOURNAL_BACKUP_DIR=str(usb))
    refused(done, "which holds the journal or its backups")
    assert not list(usb.iterdir())


def test_a_backup_this_command_does_not_know_is_never_overwritten(journal: Path, tmp_path: Path):
    elsewhere = tmp_path / "old-usb"
    elsewhere.mkdir()
    backup = next((journal / "backups").glob("journal-*.sqlite3"))
    kept = elsewhere / backup.name
    shutil.copy(backup, kept)
    before = kept.read_bytes()
    for fmt in ("json", "csv", "ics"):
        done = run(journal, "export", "--format", fmt, "-o", str(kept))
        refused(done)
    assert kept.read_bytes() == before


def test_no_database_is_overwritten_whatever_its_name(journal: Path, tmp_path: Path):
    other = tmp_path / "accounts.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    refused(run(journal, "export", "-o", str(other)), "holds a database")
    assert other.read_bytes() == before


def test_an_export_beside_the_journal_or_over_an_earlier_export_is_written(
    journal: Path, tmp_path: Path
):
    target = tmp_path / "clients.json"
    target.write_text("an earlier export")
    done = run(journal, "export", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_text().startswith("{")
    folder = tmp_path / "md"
    done = run(journal, "export", "--format", "markdown", "-o", str(folder))
    assert done.returncode == 0, done.stderr
    assert len(list(folder.glob("*.md"))) == 3
