"""A Markdown export cut short leaves its hidden staging folder of plaintext notes; the next
export into that folder deletes it once no export writes it (attack 18 finding 14)."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clientjournal.store.exchange.text import (
    STAGING_PREFIX,
    export_markdown,
    sweep_stale_staging,
)

STAMP = "2024-05-01T09:00:00.000000Z"


def aged(path: Path, seconds: float = 120) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def staging(folder: Path, name: str = "abcd_123") -> Path:
    made = folder / f"{STAGING_PREFIX}{name}"
    made.mkdir(mode=0o700)
    (made / "anna-1234.md").write_text("# Anna\nplaintext note\n")
    return made


def test_a_stale_staging_folder_is_swept_by_the_next_export(journal, tmp_path: Path) -> None:
    folder = tmp_path / "md"
    folder.mkdir()
    left = staging(folder)
    aged(left)
    assert export_markdown(folder) == 0
    assert not left.exists()
    assert list(folder.iterdir()) == []


def test_only_stale_unlocked_folders_of_its_own_name_are_swept(tmp_path: Path) -> None:
    folder = tmp_path / "md"
    folder.mkdir()
    stale = staging(folder, "stale___")
    fresh = staging(folder, "fresh___")  # an export may just have made it
    busy = staging(folder, "busy____")  # an export writing for over a minute holds its lock
    other = folder / ".clientjournal-export-notours"  # not mkdtemp's eight characters
    other.mkdir()
    mine = folder / "keep.md"
    mine.write_text("the user's own file")
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / "file.md").write_text("x")
    link = folder / f"{STAGING_PREFIX}linked__"
    link.symlink_to(target)
    for path in (stale, busy, other):
        aged(path)
    os.utime(link, (time.time() - 120,) * 2, follow_symlinks=False)
    handle = os.open(busy, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert sweep_stale_staging(folder) == [stale]
    finally:
        os.close(handle)
    assert not stale.exists()
    assert fresh.exists() and busy.exists() and other.exists() and mine.exists()
    assert link.is_symlink() and (target / "file.md").exists()
    assert sweep_stale_staging(folder) == [busy]  # its export is gone


def _big_journal(tmp_path: Path, env: dict[str, str], export_with_notes) -> Path:
    source = export_with_notes(tmp_path / "big.json", 300, 20, 400, STAMP)
    data_dir = tmp_path / "journal"
    done = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "import", str(source)],
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return data_dir


def test_an_export_killed_half_way_is_cleaned_up_by_the_next(
    tmp_path: Path, export_with_notes
) -> None:
    """The real thing: SIGKILL while the staging folder fills; the next export leaves none."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    data_dir = _big_journal(tmp_path, env, export_with_notes)
    out = tmp_path / "md"
    command = [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "export"]
    command += ["--format", "markdown", "-o", str(out)]
    left: list[Path] = []
    for _ in range(20):
        killed = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        while killed.poll() is None and not list(out.glob(f"{STAGING_PREFIX}*/*.md")):
            time.sleep(0.001)
        if killed.poll() is None:
            killed.send_signal(signal.SIGKILL)
        killed.wait()
        left = list(out.glob(f"{STAGING_PREFIX}*"))
        if left:
            break
    if not left:
        pytest.skip("the export was always done before it could be killed (a fast disk)")
    assert list(out.glob(f"{STAGING_PREFIX}*/*.md"))  # plaintext notes, hidden
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert list(out.glob(f"{STAGING_PREFIX}*")) == left  # a minute not yet over: kept
    for path in left:
        aged(path)
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert list(out.glob(f"{STAGING_PREFIX}*")) == []
    assert len(list(out.glob("*.md"))) == 300
