"""Issue 18 (attack18 finding 4): run as root (``sudo`` with the user's data folder), a command
that writes refuses a journal that belongs to another user, with one line, instead of writing
root-owned files into it (``encrypt`` handed the journal to root: its owner was locked out).
Reading it (check, export) stays possible."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_process import as_another_user, run

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="only root can write another user's journal (run the tests as root)",
)

SECRET = "ein Satz als Passphrase fuer den Test"
STAMP = "2024-01-01T00:00:00.000000Z"
NOBODY = 65534


def owners(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    found = {}
    for path in sorted([folder, *folder.rglob("*")]):
        info = path.lstat()
        data = path.read_bytes() if path.is_file() else b""
        found[str(path)] = (info.st_uid, info.st_gid, data)
    return found


def test_writing_commands_refuse_another_users_journal(tmp_path: Path):
    document = {"format": "clientjournal", "version": 1, "exported_at": STAMP, "clients": []}
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps(document))
    data_dir = tmp_path / "journal"
    assert run(data_dir, "demo", "--clients", "3", "--notes", "10").returncode == 0
    assert run(data_dir, "backup").returncode == 0
    backup = next((data_dir / "backups").iterdir())
    for path in (data_dir, *data_dir.rglob("*")):
        os.chown(path, NOBODY, NOBODY)
    before = owners(data_dir)
    for args, extra in (
        (("import", str(empty)), {}),
        (("encrypt",), {"CLIENTJOURNAL_NEW_PASSPHRASE": SECRET}),
        (("demo",), {}),
        (("backup",), {}),
        (("restore", str(backup)), {}),
    ):
        done = run(data_dir, *args, **extra)
        err = done.stderr.decode()
        assert done.returncode == 1, (args, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        assert "another user" in err and "permission denied" in err, err
        assert owners(data_dir) == before, args
    checked = run(data_dir, "check")
    assert checked.returncode == 0, checked.stdout
    exported = run(data_dir, "export")
    assert exported.returncode == 0 and len(json.loads(exported.stdout)["clients"]) == 3
    assert owners(data_dir) == before
    elsewhere = tmp_path / "mine.sqlite3"  # a backup to a file of root's own: allowed
    assert run(data_dir, "backup", "-o", str(elsewhere)).returncode == 0
    shutil.rmtree(data_dir)


def test_a_data_folder_another_user_cannot_reach_is_one_line(tmp_path: Path):
    """Run as a user who cannot even look into the folder above the journal's: Path.exists
    raised PermissionError (a traceback) before any command began."""
    as_user = as_another_user()
    data_dir = tmp_path / "closed" / "journal"
    assert run(data_dir, "demo", "--clients", "2", "--notes", "4").returncode == 0
    (tmp_path / "closed").chmod(0o700)
    for args in (("check",), ("export",), ("search", "x"), ("import", "/dev/null")):
        done = subprocess.run(
            [*as_user, sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
            capture_output=True,
            timeout=120,
            env={k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")},
            cwd="/",
        )
        err = done.stderr.decode()
        assert done.returncode == 1, (args, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        assert "ermission denied" in err and "interrupted restore" not in err, err
