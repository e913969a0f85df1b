"""SIGKILL in a first sync whose snapshot goes through the scratch store (``spool.py``): while
its records are written there (before the round takes the journal), and while they are
applied from there a batch at a time (inside the round's transaction, after some batches were
written into the journal).  The journal is as it was, the scratch file a killed round leaves
is removed by the next round, which then takes everything."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.sync.receive.spool import SUFFIX
from tests.store.sync.replicas import Replica
from tests.store.sync.test_sync_kill import environment

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLED_ROUND = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from clientjournal.store.connection import open_journal
    from clientjournal.store import sync
    from clientjournal.store.sync import project
    from clientjournal.store.sync.receive import spool

    spool.SPOOL_FROM, spool.BATCH_LINES, spool.APPLY_BATCH = 40, 64, 64
    calls = {"write": 0, "run": 0}
    write, run = spool.Spool.write, project.Projector.run

    def killing_write(self, part, records):
        calls["write"] += 1
        if sys.argv[3] == "spooling" and calls["write"] == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        write(self, part, records)

    def killing_run(self, keys, here=()):
        calls["run"] += 1
        if sys.argv[3] == "applying" and calls["run"] == 4:
            os.kill(os.getpid(), signal.SIGKILL)
        run(self, keys, here)

    spool.Spool.write = killing_write
    project.Projector.run = killing_run
    open_journal(Path(sys.argv[1]))
    sync.run_round(Path(sys.argv[2]))
    """
)


@pytest.mark.parametrize("where", ["spooling", "applying"])
def test_a_first_sync_killed_while_it_spools_or_applies_leaves_the_journal_as_it_was(
    tmp_path: Path, where: str
):
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=4, notes=400, seed=4))
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.open()
    desk.add_client("c0ffee00-0000-4000-8000-000000000001", "Nur hier")
    before = desk.export()
    close_journal()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_ROUND, str(desk.data_dir), str(desk.folder), where],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    left = sorted(desk.data_dir.glob(f"*{SUFFIX}*"))
    assert len(left) == 1 and left[0].stat().st_size > 10_000  # the killed round's
    assert desk.export() == before
    assert desk.sql("SELECT COUNT(*) FROM sync_record WHERE kind = 'note'") == [(0,)]
    assert desk.sql("SELECT COUNT(*) FROM sync_applying") == [(0,)]
    assert desk.sql("SELECT COUNT(*) FROM sync_device") == [(0,)]
    assert desk.sql("PRAGMA integrity_check") == [("ok",)]
    assert desk.sql("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%spool%'") == [(0,)]
    desk.round()  # no spool now (a small threshold only in the killed process): as always
    assert not left[0].exists()
    assert list(desk.data_dir.glob(f"*{SUFFIX}*")) == []
    laptop.round()
    assert desk.export() == laptop.export()
    assert len(desk.export()["clients"]) == 5
    close_journal()
