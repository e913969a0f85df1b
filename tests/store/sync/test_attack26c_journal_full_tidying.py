"""attack26c: the journal's own disk full when the round, committed, tidies the folder up
(the compaction's rows).  The round is done with a ``NOT_TIDIED`` warning, as ae09ff7 made
it, but the warning said only "the disk is full" after "the sync folder could not be tidied
up": the user was sent to the sync folder's disk, which had room.  It names the journal's
file now (the window puts the path before the words as for a folder); the next round, with room again,
compacts, and a computer new to the folder reads every record."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal
from clientjournal.store.sync import compaction
from tests.cli.mounts import fill_up, small_disk
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_trust26b_tidy_after_commit import _hook, _names, _warning


def test_the_journals_disk_full_at_the_compaction_names_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)
    with small_disk(tmp_path / "disk", 6_000) as disk:
        desk = Replica(disk, "desk", folder=tmp_path / "sync")
        laptop = Replica(tmp_path, "laptop", folder=desk.folder)
        for i, name in enumerate(["Anna", "Bert", "Cleo"]):
            desk.add_client(uid(f"c-{i}"), name)
            desk.round()
        laptop.add_client(uid("l-1"), "Lena")
        laptop.round()
        desk.add_client(uid("c-3"), "Dora")
        _hook(monkeypatch, "compact", lambda: fill_up(disk, 0))
        result = desk.round()
        assert result.sent > 0 and result.received > 0
        warning = _warning(result)
        journal = str(desk.data_dir / "journal.sqlite3")
        assert warning.path == journal
        assert f"({journal}: the disk is full)" in warning.line()
        (disk / "filler").unlink()
        assert desk.sql("PRAGMA integrity_check") == [("ok",)]
        assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
        desk.add_client(uid("c-4"), "Eve")
        assert desk.round().problems == ()
        (own,) = (desk.folder / "changes").iterdir()
        assert len(list(own.iterdir())) == 1  # compacted
        newcomer = Replica(tmp_path, "newcomer", folder=desk.folder)
        newcomer.round()
        assert _names(newcomer) == ["Anna", "Bert", "Cleo", "Dora", "Eve", "Lena"]
        close_journal()
