"""A restore from the window runs in a thread behind a modal progress dialog
(ui/safety/restore_progress.py): the event loop turns meanwhile, the dialog shows each step
up to the end, success replaces the window, failure leaves the journal and says so, and a
close asked meanwhile waits for the restore's end."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from window_chain import close_chain

from clientjournal.app import create_window
from clientjournal.core.records import ClientData
from clientjournal.paths import journal_file
from clientjournal.store import clients
from clientjournal.store.connection import close_journal
from clientjournal.store.models import database
from clientjournal.store.safety import restore as restore_module
from clientjournal.store.safety.backup import backup_journal
from clientjournal.ui.safety import restore_progress
from clientjournal.ui.safety.restore_progress import RestoreProgress

pytestmark = pytest.mark.usefixtures("own_backup_folder")  # the journal folder's backups/


@pytest.fixture
def window(qtbot, data_dir: Path):
    """Not given to qtbot: a restore deletes it and shows a new one (``successor``)."""
    window = create_window(data_dir)
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_chain(window)
    close_journal()


def names() -> list[str]:
    return sorted(clients.get(client_id).name for client_id in clients.list_ids())


class _Pinger(QObject):
    ping = Signal()


class Watch:
    """The restore, held in its thread until the GUI thread has answered a few queued calls
    (it never would if the restore blocked the GUI thread); what each answer saw.  A timer of
    the window started during the restore must wait for its end (the journal is away)."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, during: Any = None, timer_of_window: bool = True
    ) -> None:
        self.timer_of_window = timer_of_window
        self.gui = threading.get_ident()
        self.thread: int | None = None
        self.inside = threading.Event()
        self.answered = threading.Event()
        self.ticks = 0
        self.seen: list[dict[str, Any]] = []
        self.during = during
        self.fired: list[bool] = []  # the window's timer: when it fired, whether inside
        self.pinger = _Pinger()
        self.pinger.ping.connect(self.tick, Qt.ConnectionType.QueuedConnection)
        self.window_timer: QTimer | None = None
        real = restore_module.restore

        def held(data_dir: Path, source: Path, **kwargs: Any) -> Any:
            self.thread = threading.get_ident()
            self.inside.set()
            try:
                for _ in range(4):
                    self.answered.clear()
                    self.pinger.ping.emit()
                    assert self.answered.wait(20), "the GUI thread did not turn"
                time.sleep(0.05)  # the window's timer is due meanwhile
                return real(data_dir, source, **kwargs)
            finally:
                self.inside.clear()

        monkeypatch.setattr(restore_module, "restore", held)

    def start_window_timer(self, window: Any) -> None:
        timer = self.window_timer = QTimer(window if self.timer_of_window else None)
        timer.setSingleShot(True)
        timer.setInterval(1)
        timer.timeout.connect(lambda: self.fired.append(self.inside.is_set()))
        timer.start()

    def tick(self) -> None:
        self.ticks += 1
        modal = QApplication.activeModalWidget()
        self.seen.append(
            {
                "thread": threading.get_ident(),
                "modal": type(modal).__name__,
                "visible": isinstance(modal, RestoreProgress) and modal.isVisible(),
                "label": modal.labelText() if isinstance(modal, RestoreProgress) else "",
                "read_only": database.execute_sql("PRAGMA query_only").fetchone()[0] == 1,
            }
        )
        if self.ticks == 1 and isinstance(modal, RestoreProgress):
            self.start_window_timer(modal.parentWidget())
        if self.ticks == 2 and isinstance(modal, RestoreProgress):
            modal.reject()  # Escape: a restore cannot be left halfway
            modal.close()
        if self.ticks == 3 and self.during is not None:
            self.during()
        self.answered.set()


def test_a_restore_runs_off_the_gui_thread_with_its_progress_and_replaces_the_window(
    qtbot, window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    clients.create(ClientData(name="Anna"))
    made = backup_journal(data_dir, label="manual")
    clients.create(ClientData(name="Ben"))  # after the backup: only the kept state has it
    replaced: list[Any] = []
    window.backups.windowReplaced.connect(replaced.append)
    watch = Watch(monkeypatch, timer_of_window=False)
    successor = window.backups.restore_from(made.path)

    assert watch.thread is not None and watch.thread != watch.gui
    assert watch.ticks == 4 and all(seen["thread"] == watch.gui for seen in watch.seen)
    assert all(seen["modal"] == "RestoreProgress" and seen["visible"] for seen in watch.seen)
    assert all(seen["read_only"] for seen in watch.seen)  # the window cannot write meanwhile
    assert watch.seen[0]["label"] == "Checking the backup…"
    shown = restore_progress.last[0].shown
    assert [step for step, _done, _total in shown] == [
        "checking",
        "checking",  # reported by the restore itself
        "copying",
        "preparing",
        "saving",
        "placing",
        "done",
    ]
    assert shown[-1] == ("done", 5, 5)
    assert [done for _step, done, _total in shown] == sorted(done for _s, done, _t in shown)
    assert replaced == [successor] and window.successor is successor
    assert successor.isVisible()
    assert names() == ["Anna"]
    assert QApplication.activeModalWidget() is None  # the dialog is gone
    assert watch.fired == [False]  # a timer waited for the restore's end, then fired


def test_a_failed_restore_leaves_the_journal_open_and_says_nothing_was_changed(
    qtbot, window, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    clients.create(ClientData(name="Anna"))
    broken = tmp_path / "journal-20200101T000000Z.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *rest: said.append((title, text))
    )
    watch = Watch(monkeypatch)
    assert window.backups.restore_from(broken) is None

    assert watch.thread != watch.gui and watch.ticks == 4
    assert watch.fired == [False]  # the window's timer waited, then fired: the window goes on
    assert said and said[0][0] == "Nothing was changed" and "unchanged" in said[0][1]
    assert getattr(window, "successor", None) is None and window.isVisible()
    assert names() == ["Anna"]  # the journal open again
    assert not list(data_dir.glob("journal-replaced-*"))
    assert journal_file(data_dir).exists()
    assert QApplication.activeModalWidget() is None


def test_closing_the_window_during_a_restore_waits_for_its_end(
    qtbot, window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    clients.create(ClientData(name="Anna"))
    made = backup_journal(data_dir, label="manual")
    clients.create(ClientData(name="Ben"))
    asked: list[bool] = []

    def close_now() -> None:  # the close button, File → Quit, a logout's signal
        asked.append(window.close())
        asked.append(window.isVisible())

    watch = Watch(monkeypatch, during=close_now)
    successor = window.backups.restore_from(made.path)

    assert watch.ticks == 4
    assert watch.fired == []  # the replaced window's timer is over
    assert asked == [False, True]  # refused while the restore ran: the window stayed
    assert successor is not None and window.successor is successor
    assert not successor.isVisible()  # then done, on the restored journal's window
    assert names() == ["Anna"]
    assert len(list(data_dir.glob("journal-replaced-*.sqlite3"))) == 1


def test_the_progress_dialog_cannot_be_closed_while_the_restore_runs(qtbot, window):
    dialog = RestoreProgress(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.close() and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    dialog.report("preparing", 2, 5)
    assert dialog.value() == 2 and dialog.maximum() == 5
    assert "sync" in dialog.labelText()
    dialog.finish()
    assert not dialog.isVisible()
