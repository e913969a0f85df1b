"""Issue 18 (attack18 finding 7): ``export -o`` and ``backup -o`` never write over the journal,
also when they name it through another mount of its folder (a bind mount): the file is told
by its device and inode, not by its path.  Mounting needs root; skipped with the reason where
it is not possible."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="bind mounts are Linux's")


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    if "CLIENTJOURNAL_CONFIG_DIR" in os.environ:
        env["CLIENTJOURNAL_CONFIG_DIR"] = os.environ["CLIENTJOURNAL_CONFIG_DIR"]
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        timeout=120,
        env=env | {"CLIENTJOURNAL_LOCK_WAIT": "0"},
        input=b"",
    )


@pytest.fixture
def bound(tmp_path: Path):
    """A journal folder, and the same folder bind-mounted at another path."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a bind mount needs root and mount(8)")
    data_dir = tmp_path / "journal"
    made = run(data_dir, "demo", "--clients", "3", "--notes", "10")
    assert made.returncode == 0, made.stderr
    other = tmp_path / "other"
    other.mkdir()
    done = subprocess.run(["mount", "--bind", str(data_dir), str(other)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {done.stderr.decode().strip()}")
    try:
        yield data_dir, other
    finally:
        subprocess.run(["umount", "-l", str(other)], capture_output=True)


def test_export_and_backup_through_a_bind_mount_leave_the_journal(bound):
    data_dir, other = bound
    journal = data_dir / "journal.sqlite3"
    before = journal.read_bytes()
    for name in ("journal.sqlite3", "journal.sqlite3-wal", ".lock"):
        for args in (
            ("export", "-o", str(other / name)),
            ("export", "--format", "csv", "-o", str(other / name)),
            ("export", "--format", "ics", "-o", str(other / name)),
            ("backup", "-o", str(other / name)),
        ):
            done = run(data_dir, *args)
            assert done.returncode == 2, (args, done.stderr)
            assert b"Traceback" not in done.stderr
    assert journal.read_bytes() == before
    checked = run(data_dir, "check")
    assert checked.returncode == 0, checked.stdout
    assert not (data_dir / "journal.sqlite3-wal").exists()
