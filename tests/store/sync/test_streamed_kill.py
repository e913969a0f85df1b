"""SIGKILL in a first round while it publishes the journal a batch at a time (issue 21): after
some batches were saved into the state, and while the snapshot is being written.  Nothing of
the round is in the journal (one transaction), no snapshot is in the folder but the hidden
temporary name its engine ignores, and the next round publishes everything."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from tests.store.sync.replicas import Replica
from tests.store.sync.test_sync_kill import environment

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLED_ROUND = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from clientjournal.store.connection import open_journal
    from clientjournal.store import sync
    from clientjournal.store.sync import capture, folder, state

    capture.BATCH = 16
    saves = 0
    save, pack = state.save, folder.zlib.compressobj

    def killing_save(records, progress=None):
        global saves
        saves += 1
        if sys.argv[3] == "capture" and saves == 4:
            os.kill(os.getpid(), signal.SIGKILL)
        save(records, progress)

    class KillingPacker:
        def __init__(self, *args):
            self.packer, self.parts = pack(*args), 0

        def compress(self, data):
            self.parts += 1
            if self.parts == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            return self.packer.compress(data)

        def flush(self):
            return self.packer.flush()

    state.save = killing_save
    if sys.argv[3] == "snapshot":
        folder._PART = 4096
        folder.zlib.compressobj = KillingPacker
    open_journal(Path(sys.argv[1]))
    sync.run_round(Path(sys.argv[2]))
    """
)


@pytest.mark.parametrize("where", ["capture", "snapshot"])
def test_a_first_round_killed_while_it_publishes_leaves_the_journal_as_it_was(
    tmp_path: Path, where: str
):
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=4, notes=120, seed=9))
    before = laptop.export()
    close_journal()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_ROUND, str(laptop.data_dir), str(laptop.folder), where],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    records = "SELECT kind, uuid, fields FROM sync_record ORDER BY kind, uuid"
    if where == "capture":  # inside the capture's transaction: none of it kept
        assert laptop.sql("SELECT COUNT(*) FROM sync_record") == [(0,)]
        assert laptop.sql("SELECT COUNT(*) FROM sync_dirty")[0][0] > 100  # still to publish
    else:  # the capture was made durable before the snapshot left (attack21x F1)
        assert len(laptop.sql(records)) > 100
        assert laptop.sql("SELECT COUNT(*) FROM sync_dirty") == [(0,)]
    kept = laptop.sql(records)
    assert laptop.sql("SELECT value FROM sync_local WHERE key = 'folder_id'") == []
    assert laptop.sql("SELECT COUNT(*) FROM sync_applying") == [(0,)]
    assert laptop.sql("PRAGMA integrity_check") == [("ok",)]
    snapshots = laptop.folder / "snapshots"
    left = sorted(p.name for p in snapshots.iterdir()) if snapshots.exists() else []
    assert all(name.startswith(".cj-") for name in left), left
    assert bool(left) is (where == "snapshot")
    assert laptop.export() == before
    assert laptop.round().sent > 1000  # the round again: everything
    if where == "snapshot":  # with the clocks the killed round's snapshot carried
        assert laptop.sql(records) == kept
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    assert desk.export() == laptop.export()
    close_journal()
