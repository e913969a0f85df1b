"""attack21y: a client deleted by another connection between a first round's two
transactions (bbc4b74), then put back by an undo before the next round: the delete reaches
the other computer with the first round, the undo with the next, and both journals agree."""

from __future__ import annotations

import threading

from clientjournal.store.models import database
from clientjournal.store.sync import capture
from clientjournal.store.sync import round as sync_round
from tests.store.sync.replicas import Replica, uid


def test_a_delete_between_the_two_transactions_then_its_undo_reach_the_other_computer(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(capture, "BATCH", 2)
    folder = tmp_path / "shared"
    laptop, desk = (
        Replica(tmp_path, "laptop", folder=folder),
        Replica(tmp_path, "desk", folder=folder),
    )
    for i in range(3):
        laptop.add_client(uid(f"c-{i}"), f"L{i}")
    desk.add_client(uid("d-0"), "D0")
    desk.round()
    early = sync_round._first_capture_durable

    def then_deleted(*args: object) -> capture.Captured:
        captured = early(*args)  # type: ignore[arg-type]

        def delete() -> None:  # the window's connection, as a user deleting the client
            with database.atomic():
                database.execute_sql("DELETE FROM client WHERE uuid = ?", (uid("c-1"),))
            database.close()

        other = threading.Thread(target=delete)
        other.start()
        other.join()
        return captured

    with monkeypatch.context() as patched:
        patched.setattr(sync_round, "_first_capture_durable", then_deleted)
        laptop.round()
    desk.round()
    assert desk.sql("SELECT name FROM client ORDER BY name") == [("D0",), ("L0",), ("L2",)]
    laptop.add_client(uid("c-1"), "L1")  # the undo: the same record back
    assert laptop.round().sent > 0
    desk.round()
    assert desk.sql("SELECT name FROM client ORDER BY name") == [("D0",), ("L0",), ("L1",), ("L2",)]
    assert laptop.export() == desk.export()
