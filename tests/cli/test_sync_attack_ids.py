"""What another computer's files bring into the journal must survive the journal's own way
out: a JSON export that imports again (sync-attack finding 15)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_sync_cli import run

EVIL = "feedfacefeedface"
AT = "2026-03-04T05:06:07.123456Z"


@pytest.mark.xfail(reason="finding 15", strict=True)
def test_what_sync_brings_can_be_exported_and_imported_again(tmp_path: Path):
    laptop = tmp_path / "laptop"
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "sync", str(folder)).returncode == 0
    clock = f"{int(time.time() * 1000):013d}-00000000-{EVIL}"
    head = {"format": "clientjournal-sync", "version": 1, "device": EVIL, "name": "E", "seq": 1}
    lines = [json.dumps(head)]
    for field, value in (("name", "Eve"), ("created_at", AT), ("updated_at", AT)):
        line: dict[str, Any] = {
            "id": f"{clock}/{field}",
            "kind": "client",
            "uuid": "not-a-uuid",
            "field": field,
        }
        line.update({"value": value, "hlc": clock, "base": None})
        lines.append(json.dumps(line))
    path = folder / "changes" / EVIL / "0000000001.jsonl.gz"
    path.parent.mkdir(parents=True)
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    assert run(laptop, "sync", str(folder)).returncode == 0
    exported = run(laptop, "export")
    assert exported.returncode == 0, exported.stderr
    document = tmp_path / "export.json"
    document.write_text(exported.stdout, encoding="utf-8")
    again = run(tmp_path / "fresh", "import", str(document))
    assert again.returncode == 0, again.stderr
