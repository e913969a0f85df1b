"""attack21y: SIGKILL at exact statements of a first round that commits its capture early
(bbc4b74), with BOTH journals holding data of their own (the desk publishes first, so the
laptop's first round merges incoming while its early capture is already committed).  After
the kill the desk reads whatever reached the folder and edits one of the laptop's clients;
then normal rounds: both journals whole and equal, the desk's edit kept, every record with
its state record, no first round left pending.  (The sweep this keeps: 126 of the round's
1,168 statements with BATCH 4, plain, and 60 encrypted, all held.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.core.sync.problems import TAKING_JOURNAL
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_attack_streamed_kills import _journal, _killed_round, _sound

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

DESK_EDIT_AT = "2026-11-11T00:00:00.000000Z"

STEPS = [
    ("INSERT OR REPLACE INTO sync_record", 3),  # inside the early capture
    ("'first_round/", 3),  # the early capture's last write, before its COMMIT
    ("BEGIN IMMEDIATE", 3),  # between the two transactions (the early one committed)
    ("SELECT COUNT(*) > 20000 FROM sync_dirty", 1),  # the main capture of what changed since
    ("own_digest/snapshots/", 1),  # the snapshot renamed into the folder, the merge to come
    ("DELETE FROM sync_local WHERE key = 'first_round/", 1),  # just before the COMMIT
]


def _two_journals(tmp_path: Path, passphrase: str | None) -> tuple[Replica, Replica]:
    shared = tmp_path / "shared"
    laptop = _journal(tmp_path, "laptop", passphrase, shared)
    laptop.open()
    fill(generate(clients=3, notes=30, seed=9))
    desk = _journal(tmp_path, "desk", passphrase, shared)
    desk.open()
    fill(generate(clients=2, notes=20, seed=5))
    desk.round()
    close_journal()
    return laptop, desk


def _whole_and_equal(laptop: Replica, desk: Replica, before: dict, snapshot_left: bool) -> None:
    desk.round()  # reads what the killed round left in the folder, if anything
    theirs = ",".join(f"'{c['uuid']}'" for c in before["clients"])
    held = desk.sql(f"SELECT uuid FROM client WHERE uuid IN ({theirs}) ORDER BY uuid LIMIT 1")
    assert bool(held) == snapshot_left
    if held:  # a snapshot the killed round left: the desk edits what it read
        desk.sql(
            "UPDATE client SET phone = 'desk phone', updated_at = ? WHERE uuid = ?",
            DESK_EDIT_AT, held[0][0],
        )  # fmt: skip
        desk.round()
    for replica in (laptop, desk, laptop, desk):
        replica.round()
    assert laptop.export() == desk.export()
    if held:
        assert laptop.sql("SELECT phone FROM client WHERE uuid = ?", held[0][0]) == [
            ("desk phone",)
        ]
    assert laptop.sql("SELECT COUNT(*) FROM client") == [(5,)]
    assert laptop.sql("SELECT COUNT(*) FROM note") == [(50,)]
    for kind in ("client", "note"):
        assert laptop.sql(
            f"SELECT COUNT(*) FROM {kind} WHERE uuid NOT IN "
            f"(SELECT uuid FROM sync_record WHERE kind = '{kind}')"
        ) == [(0,)]
    assert laptop.sql("SELECT key FROM sync_local WHERE key LIKE 'first_round/%'") == []


@pytest.mark.parametrize(
    ("text", "nth", "passphrase"),
    [(text, nth, None) for text, nth in STEPS]
    + [("BEGIN IMMEDIATE", 3, "geheim"), ("own_digest/snapshots/", 1, "geheim")],
)
def test_a_first_round_killed_with_both_journals_holding_data_loses_nothing(
    tmp_path, text, nth, passphrase
):
    laptop, desk = _two_journals(tmp_path, passphrase)
    before = laptop.export()
    _killed_round(laptop, text, nth)
    _sound(laptop)
    assert laptop.export() == before  # no row of the journal written before the COMMIT
    snapshot_left = text.startswith(("own_digest", "DELETE"))
    assert (
        bool(list((laptop.folder / "snapshots").glob(f"{laptop_device(laptop)}.*")))
        == snapshot_left
    )
    _whole_and_equal(laptop, desk, before, snapshot_left)


def laptop_device(laptop: Replica) -> str:
    return laptop.sql("SELECT value FROM sync_local WHERE key = 'device_id'")[0][0]


class CutShort(Exception):
    pass


def test_a_copied_journal_cut_short_in_its_first_round_converges(tmp_path):
    """A copy of a journal (a new device id at its next round, published whole) whose first
    round under the new id is cut short inside its main transaction: the three journals end
    equal, each one's edits kept."""
    import shutil

    folder = tmp_path / "shared"
    laptop, desk = (
        Replica(tmp_path, "laptop", folder=folder),
        Replica(tmp_path, "desk", folder=folder),
    )
    laptop.add_client(uid("c-1"), "Anna")
    desk.add_client(uid("c-2"), "Bert")
    for replica in (laptop, desk, laptop):
        replica.round()
    close_journal()
    shutil.copytree(laptop.data_dir, tmp_path / "copy")
    copy = Replica(tmp_path, "copy", folder=folder)
    laptop.sql(
        "UPDATE client SET name = 'Anna L', updated_at = ? WHERE uuid = ?", DESK_EDIT_AT, uid("c-1")
    )
    laptop.round()
    copy.sql(
        "UPDATE client SET name = 'Bert C', updated_at = ? WHERE uuid = ?", DESK_EDIT_AT, uid("c-2")
    )
    copy.add_client(uid("c-5"), "Copy new")
    copy.open()
    steps: list[int] = []

    def progress(done: int, _total: int) -> None:
        steps.append(done)
        if TAKING_JOURNAL in steps[:-1]:
            raise CutShort

    with pytest.raises(CutShort):
        sync.run_round(folder, progress=progress)
    for replica in (copy, desk, laptop, copy, desk, laptop):
        replica.round()
    names = [("Anna L",), ("Bert C",), ("Copy new",)]
    for replica in (laptop, desk, copy):
        assert replica.sql("SELECT name FROM client ORDER BY name") == names
    assert laptop.export() == desk.export() == copy.export()
