"""attack22c: ``own.prepare``'s new check (restore22b, c916f64): a first round in a folder
that finds a file of its own device id it never noted there takes a new id and warns that
the journal was copied or restored.  A round killed after it wrote its change file and
before its commit leaves exactly such a file, in a journal that was neither."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clientjournal.core.sync.problems import COPIED
from clientjournal.store.connection import close_journal
from clientjournal.store.sync import local
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_sync_kill import environment

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLED_AT_ITS_FILE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from clientjournal.store.connection import open_journal
    from clientjournal.store import sync
    from clientjournal.store.models import database

    def trace(statement):
        if statement.startswith("INSERT OR REPLACE INTO sync_file"):  # its file is written
            os.kill(os.getpid(), signal.SIGKILL)

    open_journal(Path(sys.argv[1]))
    database.connection().set_trace_callback(trace)
    sync.run_round(Path(sys.argv[2]))
    """
)


def test_a_round_killed_after_writing_its_file_is_not_taken_for_a_copy(tmp_path: Path):
    first = tmp_path / "first"
    laptop = Replica(tmp_path, "laptop", folder=first)
    laptop.open()
    laptop.add_client(uid("c-1"), "Anna")
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=first)
    desk.round()
    laptop.sql("UPDATE client SET name = 'Anna Berg'")
    close_journal()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AT_ITS_FILE, str(laptop.data_dir), str(first)],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    laptop.open()
    device = local.device_id()
    laptop.folder = tmp_path / "second"  # the user tries another folder, then goes back
    laptop.folder.mkdir()
    laptop.round()
    laptop.folder = first
    problems = [problem.kind for problem in laptop.round().problems]
    for replica in (desk, laptop, desk):
        replica.round()
    assert laptop.export() == desk.export()  # nothing lost either way
    assert desk.sql("SELECT name FROM client") == [("Anna Berg",)]
    laptop.open()
    assert (COPIED not in problems, local.device_id()) == (True, device)
    close_journal()
