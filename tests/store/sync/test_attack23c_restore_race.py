"""attack23c R2 (fixed in e28c947): a restore while a sync round of the same process runs in
another thread (the window's round runs in a QThread; its restore does not wait for it).
The restore must not move that round onto the copy it prepares (it pointed the models'
process-wide database at it while it wrote the baseline): the round finishes (or fails as
a round) on the journal it began on, and afterwards both computers converge.  The window's
own reopening of the journal afterwards is R4 (tests/ui/sync)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.models import database
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.restore import restore
from clientjournal.store.sync import restored
from tests.store.sync.replicas import Replica, uid

NAMES = "SELECT uuid, name FROM client ORDER BY uuid"


def test_a_round_running_in_another_thread_during_a_restore_keeps_the_journals_equal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", folder=folder)
    desk = Replica(tmp_path, "desk", folder=folder)
    for number in range(1, 4):
        laptop.add_client(uid(f"c-{number}"), f"Client {number}")
    laptop.round()
    desk.round()
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")
    desk.sql("UPDATE client SET name = 'Desk two' WHERE uuid = ?", uid("c-2"))
    desk.round()
    laptop.sql("UPDATE client SET name = 'Laptop three' WHERE uuid = ?", uid("c-3"))
    laptop.open()

    inside, go = threading.Event(), threading.Event()
    steps: list[int] = []
    files: set[str] = set()
    outcome: list[object] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        files.add(Path(database.obj.database).name)
        if sync.TAKING_JOURNAL in steps[:-1] and not inside.is_set():
            inside.set()  # inside the round's transaction
            go.wait(30)

    def round_in_thread() -> None:
        try:
            outcome.append(sync.run_round(folder, progress=progress))
        except Exception as error:  # what it raised is the finding
            outcome.append(error)
        finally:
            close_journal()

    worker = threading.Thread(target=round_in_thread)
    worker.start()
    assert inside.wait(30)
    note = restored.note_restored_values

    def while_the_round_goes_on(*args: object) -> int:
        go.set()
        worker.join(30)
        return note(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(restored, "note_restored_values", while_the_round_goes_on)
    close_journal()  # what the window's restore_from does on its own thread
    restore(laptop.data_dir, made.path)
    go.set()
    worker.join(30)
    for _ in range(2):
        laptop.round()
        desk.round()
    assert laptop.sql(NAMES) == desk.sql(NAMES)
    assert isinstance(outcome[0], sync.RoundResult | sync.SyncError), outcome
    assert files == {"journal.sqlite3"}, files  # never the copy being prepared
    close_journal()
