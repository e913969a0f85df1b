"""attack21y: a first round in a second folder, cut short once its snapshot was carried to
another computer there, keeps its number (sync_local first_round/<folder>, bbc4b74) until a
round in THAT folder commits: going back to the first folder in between must not forget it,
or the retry in the second folder takes the carried copy's number again and the computer
holding that copy never reads it (attack21x F1's second form, through a folder switch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.store import sync
from tests.store.sync.replicas import Replica, carry, uid

EDITED_AT = "2026-05-05T00:00:00.000000Z"


class TurnedOff(Exception):
    pass


def test_a_first_round_cut_short_elsewhere_keeps_its_numbering_after_going_back(tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    second.mkdir()
    laptop, desk = (
        Replica(tmp_path, "laptop", folder=first),
        Replica(tmp_path, "desk", folder=first),
    )
    other = Replica(tmp_path, "other")  # syncs only through its own copy of the second folder
    laptop.add_client(uid("c-1"), "Anna")
    desk.add_client(uid("c-2"), "Bert")
    for replica in (laptop, desk, laptop, desk):
        replica.round()
    snapshots = second / "snapshots"

    def carried_then_turned_off(_done: int, _total: int) -> None:
        if snapshots.exists() and any(not p.name.startswith(".") for p in snapshots.iterdir()):
            carry(second, other.folder)  # the engine was quick
            raise TurnedOff

    laptop.open()
    with pytest.raises(TurnedOff):
        sync.run_round(second, progress=carried_then_turned_off)
    assert other.round().received > 0  # the carried copy
    laptop.round()  # back in the first folder
    laptop.sql(
        "UPDATE client SET name = 'Anna X', updated_at = ? WHERE uuid = ?", EDITED_AT, uid("c-1")
    )
    laptop.round()
    there = Replica(tmp_path, "laptop", folder=second)  # the second folder chosen again
    for _ in range(2):
        there.round()
        carry(second, other.folder)
        other.round()
        carry(other.folder, second)
    names = [("Anna X",), ("Bert",)]
    assert other.sql("SELECT name FROM client ORDER BY name") == names
    assert there.sql("SELECT name FROM client ORDER BY name") == names
    for replica in (laptop, desk):
        replica.round()
    assert desk.sql("SELECT name FROM client ORDER BY name") == names
