"""Issue 18 (attack18 M10): a journal that is missing while the journal folder's own
``backups/`` holds backups of it (the file deleted, a data disk not mounted with the folder
left) is not started afresh by ``import`` or ``demo``: they stop with exit 1 and name the
backup to restore; the window's check before opening says the same.  A backup folder shared
with other journals (``CLIENTJOURNAL_BACKUP_DIR``) does not stop a new journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STAMP = "2024-01-01T00:00:00.000000Z"


def run(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env["CLIENTJOURNAL_CONFIG_DIR"] = os.environ["CLIENTJOURNAL_CONFIG_DIR"]
    env |= {"CLIENTJOURNAL_LOCK_WAIT": "0", **extra}
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def one_client(folder: Path, number: int = 1) -> Path:
    client = {"uuid": f"00000000-0000-4000-8000-{number:012d}", "name": f"Kundin {number}"}
    client |= {"company": "", "email": "", "phone": "", "address_form": "sie"}
    client |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
    client |= {"created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    client |= {"agreements": [], "drafts": [], "payments": [], "notes": []}
    document = {"format": "clientjournal", "version": 1, "exported_at": STAMP}
    source = folder / f"client-{number}.json"
    source.write_text(json.dumps(document | {"clients": [client]}))
    return source


@pytest.fixture
def lost(tmp_path: Path) -> Path:
    """A journal folder whose journal is gone; its ``backups/`` holds a backup of it."""
    data_dir = tmp_path / "journal"
    assert run(data_dir, "import", str(one_client(tmp_path))).returncode == 0
    made = run(data_dir, "backup")
    assert made.returncode == 0, made.stderr
    for path in data_dir.glob("journal.sqlite3*"):
        path.unlink()
    return data_dir


@pytest.mark.parametrize("command", ["import", "demo"])
def test_a_missing_journal_with_backups_is_not_started_afresh(
    lost: Path, tmp_path: Path, command: str
):
    args = ["import", str(one_client(tmp_path, 2))] if command == "import" else ["demo"]
    done = run(lost, *args)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "is missing while" in done.stderr and "holds backups of it" in done.stderr
    backup = next((lost / "backups").glob("journal-*.sqlite3"))
    assert f"restore {backup}" in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert not (lost / "journal.sqlite3").exists()


def test_the_window_is_told_before_it_opens(lost: Path):
    from clientjournal.ui.safety.damaged_dialog import problem_before_open

    problem = problem_before_open(lost)
    assert problem is not None and "is missing while" in problem
    assert not (lost / "journal.sqlite3").exists()


def test_the_restore_it_offers_brings_the_journal_back(lost: Path):
    backup = next((lost / "backups").glob("journal-*.sqlite3"))
    assert run(lost, "restore", str(backup)).returncode == 0
    listed = run(lost, "export", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert "Kundin 1" in listed.stdout


def test_a_shared_backup_folder_does_not_stop_a_new_journal(tmp_path: Path):
    shared = tmp_path / "usb"
    other = tmp_path / "other"
    extra = {"CLIENTJOURNAL_BACKUP_DIR": str(shared)}
    assert run(other, "import", str(one_client(tmp_path)), **extra).returncode == 0
    assert run(other, "backup", **extra).returncode == 0
    assert list(shared.glob("journal-*.sqlite3"))
    fresh = run(tmp_path / "new", "import", str(one_client(tmp_path, 3)), **extra)
    assert fresh.returncode == 0, fresh.stderr
    assert (tmp_path / "new" / "journal.sqlite3").exists()
