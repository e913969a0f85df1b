"""A JSON export opened and saved again as UTF-16 (a Windows editor's "Unicode"): the import
says it is UTF-16 text, not an export, from a file as from a pipe.  From a file it said "not
UTF-8 text: byte 0xff on line 1" (with a byte order mark), "invalid JSON at line 1, column 2"
or "not UTF-8 text … on line 38" (without one: attack26c), words that point at the wrong
thing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange.common import ImportFailed
from clientjournal.store.exchange.journal import export_file, import_file

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    open_journal(tmp_path / "source")
    fill(generate(3, 20, seed=26))
    path = tmp_path / "export.json"
    export_file(path)
    close_journal()
    return path


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_export_is_said_to_be_utf16(export: Path, tmp_path: Path, journal, encoding):
    saved = tmp_path / f"{encoding}.json"
    saved.write_bytes(export.read_text(encoding="utf-8").encode(encoding))
    with pytest.raises(ImportFailed, match="UTF-16 text") as refused:
        import_file(saved)
    assert "not an export" in str(refused.value)
    assert clients.list_ids() == []  # nothing written


def test_the_command_says_the_same_of_a_file_and_of_a_pipe(export: Path, tmp_path: Path):
    saved = tmp_path / "e16.json"
    saved.write_bytes(export.read_text(encoding="utf-8").encode("utf-16-le"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env["CLIENTJOURNAL_CONFIG_DIR"] = str(tmp_path / "config")
    command = [sys.executable, "-m", "clientjournal", "--data-dir", str(tmp_path / "j")]
    from_file = subprocess.run(
        [*command, "import", str(saved)], capture_output=True, text=True, cwd=ROOT, env=env
    )
    with saved.open("rb") as stdin:
        from_pipe = subprocess.run(
            [*command, "import", "/dev/stdin"],
            stdin=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
    for done in (from_file, from_pipe):
        assert done.returncode != 0
        assert "UTF-16 text without a byte order mark, not an export" in done.stderr, done.stderr
