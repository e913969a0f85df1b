"""A first round in a folder cut short after it wrote the journal's whole state there (the
user turned sync off, chose another folder, closed the window) takes that snapshot away
again (attack-20e E6: the whole journal stayed in a folder the user had just turned away
from, while Settings said nothing was synced yet)."""

from __future__ import annotations

import pytest

from clientjournal.store import sync
from tests.store.sync.replicas import Replica, uid


class CutShort(Exception):
    pass


def test_a_first_round_cut_short_leaves_no_snapshot_of_the_journal(tmp_path):
    desk = Replica(tmp_path, "desk")
    desk.open()
    desk.add_client(uid("anna"), "Anna Geheim")
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        if sync.TAKING_JOURNAL in steps[:-1]:  # its next step: the snapshot is written by then
            raise CutShort

    with pytest.raises(CutShort):
        sync.run_round(desk.folder, progress=progress)
    snapshots = desk.folder / "snapshots"
    assert not snapshots.exists() or list(snapshots.iterdir()) == []
    desk.round()  # the next round does its work
    assert len(list(snapshots.iterdir())) == 1
