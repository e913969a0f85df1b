"""The journal's own folder reached through a bind mount (another path, no link) is refused
as the sync folder like the folder itself (attack-20c N12: it was taken, and sync.json and
snapshots were written beside the live database)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_sync_cli import run, small_journal

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="bind mounts are Linux's")


def test_the_journal_folder_through_a_bind_mount_is_refused(tmp_path: Path):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a bind mount needs root and mount(8)")
    journal = small_journal(tmp_path / "journal")
    (journal / "Sync").mkdir()  # a folder inside the journal's, through the mount too
    bound = tmp_path / "bound"
    bound.mkdir()
    done = subprocess.run(["mount", "--bind", str(journal), str(bound)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {done.stderr.decode().strip()}")
    try:
        refused = run(journal, "sync", str(bound))
        inside = run(journal, "sync", str(bound / "Sync"))
    finally:
        subprocess.run(["umount", "-l", str(bound)], capture_output=True)
    assert refused.returncode == 2, refused.stdout
    assert "journal's own folder" in refused.stderr
    assert inside.returncode == 2 and "journal's own folder" in inside.stderr
    assert not (journal / "Sync" / "sync.json").exists()
    assert not (journal / "sync.json").exists()
    assert not (journal / "snapshots").exists()
