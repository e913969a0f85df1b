"""attack26c: a round killed (SIGKILL, a real process) while it tidies the folder up after its
commit (ae09ff7: a failure there is a warning, the round is done): after the snapshot is
written but before the compaction's rows are committed, after they are but before its old
change files go, and between two of them.  Each time the journal is whole and holds the
round's records once, the next round finishes the compaction with no warning, and a computer
new to the folder reads every record from it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal
from clientjournal.store.sync import compaction
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_trust26b_tidy_after_commit import _names

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[3]
ALL = ["Anna", "Bert", "Cleo", "Dora", "Eve", "Fay", "Lena"]

CHILD = """
import os, pathlib, signal, sys
from clientjournal.store.sync import compaction
from tests.store.sync.replicas import Replica
compaction.COMPACT_AFTER, compaction.KEEP_RECENT = 3, 1
root, point = pathlib.Path(sys.argv[1]), sys.argv[2]
written = []
real_snapshot, real_unlink = compaction.write_snapshot, pathlib.Path.unlink

def write_snapshot(*args, **kwargs):
    real_snapshot(*args, **kwargs)
    written.append(1)
    if point == "snapshot":
        os.kill(os.getpid(), signal.SIGKILL)

def unlink(self, *args, **kwargs):
    if written and self.name.endswith(".jsonl.gz"):
        written.append(1)
        if point == "before removing" or len(written) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
    return real_unlink(self, *args, **kwargs)

compaction.write_snapshot = write_snapshot
pathlib.Path.unlink = unlink
Replica(root, "desk", folder=root / "sync").round()
"""


@pytest.mark.parametrize("point", ["snapshot", "before removing", "between removals"])
def test_a_round_killed_while_it_tidies_up_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, point: str
):
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 100)  # none before the child's round
    folder = tmp_path / "sync"
    desk = Replica(tmp_path, "desk", folder=folder)
    laptop = Replica(tmp_path, "laptop", folder=folder)
    for i, name in enumerate(ALL[:5]):  # a snapshot, then change files 2 to 5
        desk.add_client(uid(f"c-{i}"), name)
        desk.round()
    laptop.add_client(uid("l-1"), "Lena")
    laptop.round()
    desk.add_client(uid("c-5"), "Fay")  # the child's round: change file 6, then compacts
    close_journal()
    own = next((folder / "changes").glob("*/0000000005.jsonl.gz")).parent
    assert len(list(own.iterdir())) == 4
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), point],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    left = len(list(own.glob("*.jsonl.gz")))
    assert left == {"snapshot": 5, "before removing": 5, "between removals": 4}[point]
    assert desk.sql("PRAGMA integrity_check") == [("ok",)]
    assert _names(desk) == sorted(ALL)  # the round had committed: Lena is there
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)
    desk.add_client(uid("c-6"), "Gus")  # the next round publishes, so it compacts
    result = desk.round()
    assert result.problems == (), result.problems
    assert desk.sql("SELECT count(*) FROM client") == [(len(ALL) + 1,)]  # nothing twice
    assert sorted(p.name for p in own.iterdir()) == ["0000000007.jsonl.gz"]
    newcomer = Replica(tmp_path, "newcomer", folder=folder)
    newcomer.round()
    assert _names(newcomer) == sorted([*ALL, "Gus"])
    assert len(set(_names(newcomer))) == len(ALL) + 1
    close_journal()
