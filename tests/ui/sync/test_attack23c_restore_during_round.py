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
        successor.deleteLater()  # with its timers: not to fire in a later test
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


def test_no_round_starts_while_the_window_restores(qtbot, computers, monkeypatch):
    """attack23c R8: the window's timers may fire while its restore runs (restore23e: in a
    thread behind a progress dialog, the event loop turning).  The sync controller's periodic
    round (its timer calls sync_now, as here) must not start then: the journal is closed and
    being swapped, and the caller's reopening would move such a round onto the restored
    journal (R4).  Afterwards the two computers converge."""
    from PySide6.QtCore import QTimer

    from clientjournal.store.safety import restore as restore_module

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

    restoring = threading.Event()
    during: list[str] = []
    real_restore = restore_module.restore
    real_settle = restore_module._settle_copy

    def slow_settle(*args, **kwargs):  # a bigger journal's preparation
        time_left = 40
        while time_left and not during:
            threading.Event().wait(0.025)
            time_left -= 1
        return real_settle(*args, **kwargs)

    def watched_restore(*args, **kwargs):
        restoring.set()  # until the window opens the journal again
        return real_restore(*args, **kwargs)

    real_open = store_connection.open_journal

    def watched_open(*args, **kwargs):
        restoring.clear()
        return real_open(*args, **kwargs)

    real_round = store_sync.run_round

    def watched_round(*args, **kwargs):
        if restoring.is_set():
            during.append("a round began while the journal was away")
        return real_round(*args, **kwargs)

    monkeypatch.setattr(restore_module, "restore", watched_restore)
    monkeypatch.setattr(restore_module, "_settle_copy", slow_settle)
    monkeypatch.setattr(controller_module.store_sync, "run_round", watched_round)
    close_journal()
    window = create_window(computers.journal("laptop"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        QTimer.singleShot(100, window.sync.sync_now)  # the periodic timer, due meanwhile
        monkeypatch.setattr(store_connection, "open_journal", watched_open)
        successor = window.backups.restore_from(made.path)
        monkeypatch.setattr(store_connection, "open_journal", real_open)
        assert successor is not None
        successor.sync.stop()
        successor.close()
        successor.deleteLater()  # with its timers: not to fire in a later test
    finally:
        window.sync.stop()
        window.close()
    close_journal()
    computers.current = None
    monkeypatch.setattr(controller_module.store_sync, "run_round", real_round)
    for _ in range(2):
        plain_round(computers, "laptop")
        plain_round(computers, "desk")
    assert _names(computers, "laptop") == _names(computers, "desk")
    assert during == []


def test_the_window_leaves_the_journal_alone_while_it_restores(qtbot, computers, monkeypatch):
    """attack23c R8: nor do the window's other timers reach the journal while it is closed
    for the restore: the reply watch's look at the queue (every 30 s; due here during the
    restore) would reconnect the window's closed journal to whatever file is in place,
    after the swap the restored one, with the replaced journal's key."""
    from PySide6.QtCore import QTimer

    from clientjournal.store.safety import restore as restore_module

    computers.use("laptop")
    clients.create(ClientData(name="Client 1"))
    close_journal()
    made = backup_journal(computers.journal("laptop"), folder=computers.root / "backups")
    computers.current = None
    window = create_window(computers.journal("laptop"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    restoring = threading.Event()
    touched: list[str] = []
    journal = database.obj
    real_connect = journal.connect

    def watched_connect(*args, **kwargs):
        if restoring.is_set() and threading.current_thread() is threading.main_thread():
            touched.append("the window's journal reconnected during the restore")
        return real_connect(*args, **kwargs)

    real_restore = restore_module.restore
    real_settle = restore_module._settle_copy

    def watched_restore(*args, **kwargs):
        restoring.set()  # until the window opens the journal again
        return real_restore(*args, **kwargs)

    def slow_settle(*args, **kwargs):  # a bigger journal's preparation
        for _tick in range(40):
            if touched:
                break
            threading.Event().wait(0.025)
        return real_settle(*args, **kwargs)

    real_open = store_connection.open_journal

    def watched_open(*args, **kwargs):
        restoring.clear()
        return real_open(*args, **kwargs)

    monkeypatch.setattr(journal, "connect", watched_connect)
    monkeypatch.setattr(restore_module, "restore", watched_restore)
    monkeypatch.setattr(restore_module, "_settle_copy", slow_settle)
    monkeypatch.setattr(store_connection, "open_journal", watched_open)
    try:
        QTimer.singleShot(100, window.reply_actions.watch.check)  # its 30 s timer, due now
        successor = window.backups.restore_from(made.path)
        monkeypatch.setattr(store_connection, "open_journal", real_open)
        assert successor is not None
        successor.sync.stop()
        successor.close()
        successor.deleteLater()  # with its timers: not to fire in a later test
    finally:
        window.sync.stop()
        window.close()
    close_journal()
    assert touched == []
