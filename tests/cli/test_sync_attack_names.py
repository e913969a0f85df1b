"""What another computer calls itself (a change file's header) reaches the user's terminal and
the window: it must arrive as a short plain name (sync-attack finding 9)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

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
        line = {"id": f"{clock}/{field}", "kind": "client", "uuid": "evil-1", "field": field}
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
