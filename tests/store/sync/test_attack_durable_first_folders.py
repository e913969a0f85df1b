"""attack21y: the first round in a folder commits its capture early, in a transaction of its
own (bbc4b74, attack21x F1).  What that early commit does to the folder the journal already
syncs with when the first round is in ANOTHER folder and does not finish (cut short, the
folder failing), and what a write made by another connection between the two transactions
becomes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from clientjournal.store import sync
from clientjournal.store.models import database
from clientjournal.store.sync import capture
from clientjournal.store.sync import round as sync_round
from tests.store.sync.replicas import Replica, uid

EDITED_AT = "2026-05-05T00:00:00.000000Z"


class CutShort(Exception):
    pass


def _synced_pair(tmp_path: Path) -> tuple[Replica, Replica]:
    folder = tmp_path / "a"
    laptop, desk = (
        Replica(tmp_path, "laptop", folder=folder),
        Replica(tmp_path, "desk", folder=folder),
    )
    laptop.add_client(uid("c-1"), "Anna")
    desk.add_client(uid("c-2"), "Bert")
    for replica in (laptop, desk, laptop, desk):
        replica.round()
    assert laptop.export() == desk.export()
    laptop.sql(
        "UPDATE client SET name = 'Anna edited', updated_at = ? WHERE uuid = ?",
        EDITED_AT,
        uid("c-1"),
    )  # not yet published to the folder the two journals share
    return laptop, desk


def _cut_short_in(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        if sync.TAKING_JOURNAL in steps[:-1]:  # inside the round's main transaction
            raise CutShort

    with pytest.raises(CutShort):
        sync.run_round(folder, progress=progress)


def _back_in_the_shared_folder(laptop: Replica, desk: Replica) -> None:
    for replica in (laptop, desk, laptop, desk):
        replica.round()
    names = ("SELECT name FROM client ORDER BY name",)
    assert laptop.sql(*names) == [("Anna edited",), ("Bert",)]
    assert desk.sql(*names) == [("Anna edited",), ("Bert",)]
    assert laptop.export() == desk.export()


def test_edits_not_yet_published_survive_a_first_round_elsewhere_cut_short(tmp_path):
    laptop, desk = _synced_pair(tmp_path)
    laptop.open()
    _cut_short_in(tmp_path / "b")  # the user tried another folder, then went back
    _back_in_the_shared_folder(laptop, desk)


def test_edits_not_yet_published_survive_a_first_round_elsewhere_that_fails(tmp_path, monkeypatch):
    laptop, desk = _synced_pair(tmp_path)
    laptop.open()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / "b"))

    (tmp_path / "b").mkdir()
    with monkeypatch.context() as patched:  # the other folder's disk is full
        patched.setattr(sync_round, "write_snapshot", full)
        with pytest.raises(sync.SyncError):
            sync.run_round(tmp_path / "b")
    _back_in_the_shared_folder(laptop, desk)


def test_a_first_round_elsewhere_cut_short_and_retried_there_publishes_the_edit(tmp_path):
    """Held: the same round retried in the new folder publishes the edit to it (its snapshot
    holds the state), and the old folder's desk, moved there too, gets it."""
    laptop, desk = _synced_pair(tmp_path)
    laptop.open()
    other = tmp_path / "b"
    _cut_short_in(other)
    there = [Replica(tmp_path, name, folder=other) for name in ("laptop", "desk")]
    for replica in there + there:
        replica.round()
    assert desk.sql("SELECT name FROM client ORDER BY name") == [("Anna edited",), ("Bert",)]


def _write_between_the_transactions(
    monkeypatch: pytest.MonkeyPatch, statement: str, *params: str
) -> None:
    """``statement`` by another connection (the window's autosave, a second process) just after
    the first round's early capture committed, before its main transaction."""
    early = sync_round._first_capture_durable

    def then_a_write(*args: object) -> capture.Captured:
        captured = early(*args)  # type: ignore[arg-type]

        def write() -> None:
            with database.atomic():
                database.execute_sql(statement, params)
            database.close()

        other = threading.Thread(target=write)
        other.start()
        other.join()
        return captured

    monkeypatch.setattr(sync_round, "_first_capture_durable", then_a_write)


@pytest.mark.parametrize(
    ("statement", "params", "names"),
    [
        (
            "UPDATE client SET name = 'L0 gap', updated_at = ? WHERE uuid = ?",
            (EDITED_AT, uid("c-0")),
            ["D0", "D1", "L0 gap", "L1", "L2"],
        ),
        ("DELETE FROM client WHERE uuid = ?", (uid("c-1"),), ["D0", "D1", "L0", "L2"]),
        (
            "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, 'new', ?, ?)",
            (uid("c-9"), EDITED_AT, EDITED_AT),
            ["D0", "D1", "L0", "L1", "L2", "new"],
        ),
    ],
    ids=["edit", "delete", "new"],
)
def test_a_write_between_the_two_transactions_is_published(
    tmp_path, monkeypatch, statement, params, names
):
    """Held: the main transaction captures what the other connection wrote after the early
    commit (a later clock), publishes it with the snapshot, and both journals hold it; every
    row of the laptop's journal has its state record."""
    monkeypatch.setattr(capture, "BATCH", 2)
    folder = tmp_path / "a"
    laptop, desk = (
        Replica(tmp_path, "laptop", folder=folder),
        Replica(tmp_path, "desk", folder=folder),
    )
    for i in range(3):
        laptop.add_client(uid(f"c-{i}"), f"L{i}")
    for i in range(2):
        desk.add_client(uid(f"d-{i}"), f"D{i}")
    desk.round()  # the desk publishes first: the laptop's first round merges incoming too
    with monkeypatch.context() as patched:
        _write_between_the_transactions(patched, statement, *params)
        assert laptop.round().sent > 0
    assert laptop.sql("SELECT COUNT(*) FROM sync_dirty") == [(0,)]
    for replica in (desk, laptop, desk):
        replica.round()
    assert [n for (n,) in desk.sql("SELECT name FROM client ORDER BY name")] == names
    assert laptop.export() == desk.export()
    assert (
        laptop.sql(
            "SELECT uuid FROM client WHERE uuid NOT IN (SELECT uuid FROM sync_record WHERE kind = 'client')"
        )
        == []
    )
    again = laptop.round()
    assert again.sent == 0 and again.received == 0
