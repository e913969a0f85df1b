"""attack23c R4: File → Restore from backup while the window's sync round runs in its thread.
``BackupActions.restore_from`` closes the GUI thread's connection, restores and opens the
restored journal, re-pointing the store's process-wide database at it, while the round
goes on: its later statements land in the restored journal outside its transaction."""

from __future__ import annotations

import threading

from helpers import plain_round

from clientjournal.app import create_window
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store import connection as store_connection
from clientjournal.store import sync as store_sync
from clientjournal.store.connection import close_journal
from clientjournal.store.models import database
from clientjournal.store.safety.backup import backup_journal
from clientjournal.ui.sync import controller as controller_module

NAMES = "SELECT uuid, name FROM client ORDER BY uuid"


def _names(computers, name: str) -> list[tuple]:
    computers.use(name)
    return database.execute_sql(NAMES).fetchall()


def test_a_restore_from_the_window_during_a_round_keeps_the_computers_equal(
    qtbot, computers, monkeypatch
):
    computers.use("desk")
    for number in range(1, 4):
        clients.create(ClientData(name=f"Client {number}"))
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    computers.use("laptop")
    close_journal()
    made = backup_journal(computers.journal("laptop"), folder=computers.root / "backups")
    computers.current = None
    computers.use("desk")
    database.execute_sql("UPDATE client SET name = 'Desk two' WHERE name = 'Client 2'")
    plain_round(computers, "desk")
    computers.use("laptop")
    database.execute_sql("UPDATE client SET name = 'Laptop three' WHERE name = 'Client 3'")

    inside, go = threading.Event(), threading.Event()
    real = store_sync.run_round

    def gated(*args, progress=None, **kwargs):
        if progress is None:  # a round without a window (the desk's)
            return real(*args, **kwargs)
        seen: list[int] = []

        def step(done: int, total: int) -> None:
            progress(done, total)  # raises when the window cuts the round short
            seen.append(done)
            if store_sync.TAKING_JOURNAL in seen[:-1] and not inside.is_set():
                inside.set()  # inside the round's transaction
                for _tick in range(2_000):  # at most 10 s
                    if go.wait(0.005):
                        break
                    progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", gated)
    close_journal()
    window = create_window(computers.journal("laptop"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reopen = store_connection.open_journal

    def reopened(*args, **kwargs):  # the restore is done: the round may go on
        result = reopen(*args, **kwargs)
        go.set()
        window.sync.wait()
        return result

    try:
        assert window.sync.sync_now()
        qtbot.waitUntil(inside.is_set, timeout=30_000)
        monkeypatch.setattr(store_connection, "open_journal", reopened)
        successor = window.backups.restore_from(made.path)
        monkeypatch.setattr(store_connection, "open_journal", reopen)
        go.set()
        assert successor is not None
        successor.sync.stop()
        successor.close()
    finally:
        go.set()
        window.sync.stop()
        window.close()
    close_journal()
    computers.current = None
    for _ in range(2):
        plain_round(computers, "laptop")
        plain_round(computers, "desk")
    assert _names(computers, "laptop") == _names(computers, "desk")
