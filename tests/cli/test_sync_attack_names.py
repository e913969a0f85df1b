"""What another computer calls itself (a change file's header) reaches the user's terminal and
the window: it must arrive as a short plain name (sync-attack finding 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_sync_cli import run, small_journal
from tests.store.sync.forged import clock_now, forged_file, new_client
from tests.store.sync.replicas import uid


def test_a_computer_name_cannot_write_to_the_terminal(tmp_path: Path):
    laptop = small_journal(tmp_path / "laptop", clients=1)
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "sync", str(folder)).returncode == 0
    clock = clock_now(ahead_ms=3 * 86_400_000)  # so that the warning names it
    name = "Evil\x1b[2J\x1b]0;owned\x07\u202e\nclientjournal: sync finished, all good\r" + "x" * 300
    forged_file(folder, new_client(uid("evil-1"), name="Eve"), clock=clock, name=name)
    done = run(laptop, "sync", str(folder))
    assert done.returncode == 0, done.stderr
    assert "days ahead" in done.stderr
    warnings = done.stderr.splitlines()
    assert len(warnings) == 1, warnings
    assert not any(ch in done.stderr for ch in "\x1b\x07\r\u202e")
    assert len(warnings[0]) < 200


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_sync_json_that_is_no_file_is_refused_at_once(tmp_path: Path, kind: str):
    import os
    import resource
    import subprocess
    import sys

    laptop = small_journal(tmp_path / "laptop", clients=1)
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "sync", str(folder)).returncode == 0
    info = folder / "sync.json"
    info.unlink()
    if kind == "fifo":
        os.mkfifo(info)
    else:
        info.symlink_to("/dev/zero")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (700_000_000, 700_000_000))

    command = [sys.executable, "-m", "clientjournal", "--data-dir", str(laptop)]
    try:
        done = subprocess.run(
            [*command, "sync", str(folder)],
            capture_output=True,
            text=True,
            timeout=15,
            preexec_fn=limit,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the round hangs on sync.json")
    assert done.returncode == 2, done.stderr[-1000:]
    assert "sync.json" in done.stderr and done.stderr.count("\n") == 1


def test_a_folder_path_cannot_write_to_the_terminal(tmp_path: Path):
    """Sync-attack-20 (noticed): the folder's path was printed as it was in the one-line
    error, so a path with a line break and a colour code printed a second, green line that
    looked like success."""
    laptop = small_journal(tmp_path / "laptop")
    folder = tmp_path / "x\nclientjournal: sync ok, everything is fine\x1b[32m"
    done = run(laptop, "sync", str(folder))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "\x1b" not in done.stderr, done.stderr
    assert "\\n" in done.stderr and "\\x1b" in done.stderr  # shown escaped
