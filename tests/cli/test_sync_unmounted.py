"""``clientjournal sync`` on a folder it synced through that is now empty (a disk not
mounted): one line, exit 2, nothing written; ``--start-anew`` takes it as a new folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.test_sync_cli import run, small_journal


def test_an_emptied_folder_is_refused_until_started_anew(tmp_path: Path):
    laptop = small_journal(tmp_path / "laptop")
    folder = tmp_path / "stick" / "Sync"
    folder.mkdir(parents=True)
    first = run(laptop, "sync", str(folder))
    assert first.returncode == 0, first.stderr
    shutil.rmtree(folder)
    folder.mkdir()  # the mount point without its disk

    refused = run(laptop, "sync", str(folder))
    assert refused.returncode == 2
    assert refused.stdout == ""
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "the sync folder is empty: is the disk mounted?" in lines[0]
    assert str(folder) in lines[0] and "--start-anew" in lines[0]
    assert list(folder.iterdir()) == []

    anew = run(laptop, "sync", "--start-anew", str(folder))
    assert anew.returncode == 0, anew.stderr
    assert (folder / "sync.json").exists()
    assert list((folder / "snapshots").iterdir())
    again = run(laptop, "sync", str(folder))
    assert again.returncode == 0, again.stderr
