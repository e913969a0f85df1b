"""attack26c: the sync folder's disk turned read-only (an error remount, a stick's lock switch)
between a round's commit and its compaction: the round is done with a ``NOT_TIDIED`` warning
saying so, not failed; while the disk stays read-only the next round fails with nothing
changed (a folder that cannot be written is not used); once it is writable again, a round
compacts and a computer new to the folder reads everything."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from clientjournal.core.sync import problems as P
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.sync import compaction
from tests.cli.mounts import make_read_only, small_disk
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_trust26b_tidy_after_commit import _hook, _names, _warning

ALL = ["Anna", "Bert", "Cleo", "Dora", "Lena"]


def test_a_disk_turned_read_only_before_the_compaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)
    with small_disk(tmp_path / "disk", 4_000) as disk:
        desk = Replica(tmp_path, "desk", folder=disk / "sync")
        laptop = Replica(tmp_path, "laptop", folder=desk.folder)
        for i, name in enumerate(ALL[:3]):
            desk.add_client(uid(f"c-{i}"), name)
            desk.round()
        laptop.add_client(uid("l-1"), "Lena")
        laptop.round()
        desk.add_client(uid("c-3"), "Dora")
        _hook(monkeypatch, "compact", lambda: make_read_only(disk))
        result = desk.round()
        warning = _warning(result)
        assert warning.reason == os.strerror(errno.EROFS), warning
        assert "could not be tidied up" in warning.line()
        assert _names(desk) == sorted(ALL)
        desk.add_client(uid("c-4"), "Eve")
        with pytest.raises(sync.SyncError) as raised:  # said, with nothing changed
            desk.round()
        assert raised.value.problem.kind == P.NOT_WRITABLE
        assert desk.sql("PRAGMA integrity_check") == [("ok",)]
        remount = subprocess.run(["mount", "-o", "remount,rw", str(disk)], capture_output=True)
        assert remount.returncode == 0, remount.stderr
        result = desk.round()
        assert result.problems == ()
        (own,) = (desk.folder / "changes").iterdir()
        assert len(list(own.iterdir())) == 1  # compacted: KEEP_RECENT
        newcomer = Replica(tmp_path, "newcomer", folder=desk.folder)
        newcomer.round()
        assert _names(newcomer) == sorted([*ALL, "Eve"])
        close_journal()
