"""What another computer calls itself (a change file's header) reaches the user's terminal and
the window: it must arrive as a short plain name (sync-attack finding 9)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_sync_cli import run, small_journal

EVIL = "feedfacefeedface"
AT = "2026-03-04T05:06:07.123456Z"


def test_a_computer_name_cannot_write_to_the_terminal(tmp_path: Path):
    laptop = small_journal(tmp_path / "laptop", clients=1)
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "sync", str(folder)).returncode == 0
    ahead = int(time.time() * 1000) + 3 * 86_400_000  # so that the warning names it
    clock = f"{ahead:013d}-00000000-{EVIL}"
    name = "Evil\x1b[2J\x1b]0;owned\x07\u202e\nclientjournal: sync finished, all good\r" + "x" * 300
    head = {"format": "clientjournal-sync", "version": 1, "device": EVIL, "name": name, "seq": 1}
    lines = [json.dumps(head)]
    for field, value in (("name", "Eve"), ("created_at", AT), ("updated_at", AT)):
        line: dict[str, Any] = {
            "id": f"{clock}/{field}",
            "kind": "client",
            "uuid": "evil-1",
            "field": field,
        }
        line.update({"value": value, "hlc": clock, "base": None})
        lines.append(json.dumps(line))
    path = folder / "changes" / EVIL / "0000000001.jsonl.gz"
    path.parent.mkdir(parents=True)
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
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
