"""The contact import reads and writes in threads: the window keeps painting, a long step shows
progress with Cancel (reading: dropped; writing: nothing written), a small file shows none,
and a close of the window meanwhile never deletes it with its thread running."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from clientjournal.core.contacts.csv_table import Column
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common import background
from clientjournal.ui.exchange import contact_reading as dialog_module
from clientjournal.ui.exchange.contact_import_dialog import (
    ContactImportDialog,
    import_contacts_file,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def snapshot() -> list:
    ids = clients.list_ids() + clients.list_ids(trashed=True)
    return sorted((c.uuid, c.name, c.email, c.deleted_at) for c in clients.fetch(ids).values())


class Ticks:
    """A 10 ms timer's ticks: the GUI thread's longest stall while it ran."""

    def __init__(self) -> None:
        self.times: list[float] = [time.perf_counter()]
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start(10)

    def longest_stall(self) -> float:
        self.timer.stop()
        times = [*self.times, time.perf_counter()]
        return max(b - a for a, b in itertools.pairwise(times))


@pytest.fixture
def on_shown():
    """``schedule(kind, action)``: ``action(widget)`` once a modal ``kind`` is shown (the
    conftest's ``on_dialog`` takes any modal widget, the progress dialog too); the polling
    ends with the test."""
    over = False

    def schedule(kind: type, action) -> None:
        def attempt() -> None:
            if over:
                return
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible():
                action(widget)
                return
            QTimer.singleShot(10, attempt)

        QTimer.singleShot(0, attempt)

    yield schedule
    over = True


def click_cancel(qtbot, progress: QProgressDialog) -> None:
    assert progress.objectName() == "contactImportProgress"
    button = progress.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def after_the_first_look(qtbot) -> None:
    """The reply watch's first look at the queue, 200 ms after the window is painted, has
    come: it writes the drafts' hold times on the GUI thread whether an operation on the
    journal runs or not, and waited for the import's write lock (see the note of
    contacts26a); a person takes longer than that to pick a file."""
    from clientjournal.ui.replies.watch import FIRST_CHECK_DELAY_MS

    qtbot.wait(FIRST_CHECK_DELAY_MS + 300)


def slow(real, steps: int = 150, pause: float = 0.02, threads: list | None = None):
    """``real`` after ``steps`` reports and pauses: a big file's reading, in short."""

    def run(*args, **kwargs):
        if threads is not None:
            threads.append(threading.current_thread())
        report = kwargs.get("progress") or (args[-1] if callable(args[-1]) else None)
        for step in range(steps):
            if report is not None:
                report(step, steps)
            time.sleep(pause)
        return real(*args, **kwargs)

    return run


def test_a_long_reading_runs_in_a_thread_with_progress_and_cancel_drops_it(
    qtbot, window, on_shown, monkeypatch
) -> None:
    threads: list = []
    monkeypatch.setattr(
        dialog_module, "parse_vcard", slow(dialog_module.parse_vcard, threads=threads)
    )
    opened: list = []
    on_shown(ContactImportDialog, lambda dialog: (opened.append(dialog), dialog.reject()))
    seen: list = []
    on_shown(
        QProgressDialog, lambda progress: (seen.append(progress), click_cancel(qtbot, progress))
    )
    before, undo_count = snapshot(), window.undo_stack.count()
    ticks = Ticks()
    assert import_contacts_file(window, DATA / "google.vcf") == []
    assert ticks.longest_stall() < 1.0  # it took 3 s: the window painted meanwhile
    assert threads and threads[0] is not threading.main_thread()
    assert seen and not opened
    assert "cancelled" in window.statusBar().currentMessage()
    assert snapshot() == before and window.undo_stack.count() == undo_count
    assert not window.journal_work.busy


def test_a_small_file_shows_no_progress_and_imports(qtbot, window, on_dialog, monkeypatch):
    shown: list = []
    real = background.WorkProgress.__init__

    def record(self, *args) -> None:
        shown.append(args)
        real(self, *args)

    monkeypatch.setattr(background.WorkProgress, "__init__", record)
    on_dialog(lambda dialog: dialog.accept())
    ids = import_contacts_file(window, DATA / "google.vcf")
    assert len(ids) == 3 and shown == []
    assert not window.journal_work.busy


def test_cancel_during_the_write_writes_nothing(qtbot, window, on_shown, monkeypatch) -> None:
    after_the_first_look(qtbot)
    clients.create(ClientData(name="Bestand", email="b@b.example"))
    before, undo_count = snapshot(), window.undo_stack.count()
    real_create = clients.create

    def slow_create(client):
        time.sleep(0.3)
        return real_create(client)

    during: list = []

    def cancel(progress: QProgressDialog) -> None:
        work = window.journal_work
        during.append((work.running, window.exchange.import_action.isEnabled(), work.begin("x")))
        click_cancel(qtbot, progress)

    def accept(dialog) -> None:
        monkeypatch.setattr(clients, "create", slow_create)
        on_shown(QProgressDialog, cancel)
        dialog.accept()

    on_shown(ContactImportDialog, accept)
    assert import_contacts_file(window, DATA / "google.vcf") == []
    assert during == [("contact import", False, False)]
    assert snapshot() == before and window.undo_stack.count() == undo_count
    assert window.statusBar().currentMessage() == "The import was cancelled; nothing was changed."
    assert not window.journal_work.busy and window.exchange.import_action.isEnabled()


def test_a_close_during_the_reading_cancels_it_and_closes_after(
    qtbot, window, on_shown, monkeypatch
) -> None:
    monkeypatch.setattr(dialog_module, "parse_vcard", slow(dialog_module.parse_vcard))
    on_shown(ContactImportDialog, lambda dialog: dialog.reject())  # never, if right
    still_open: list = []

    def close(_progress: QProgressDialog) -> None:
        window.close()
        still_open.append(window.isVisible())

    on_shown(QProgressDialog, close)
    assert import_contacts_file(window, DATA / "google.vcf") == []
    assert still_open == [True]
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_close_during_the_write_waits_for_it(qtbot, window, on_shown, monkeypatch) -> None:
    after_the_first_look(qtbot)
    real_create = clients.create

    def slow_create(client):
        time.sleep(0.3)
        return real_create(client)

    still_open: list = []

    def close(_progress: QProgressDialog) -> None:
        window.close()
        still_open.append(window.isVisible())

    def accept(dialog) -> None:
        monkeypatch.setattr(clients, "create", slow_create)
        on_shown(QProgressDialog, close)
        dialog.accept()

    on_shown(ContactImportDialog, accept)
    ids = import_contacts_file(window, DATA / "google.vcf")
    assert len(ids) == 3 and still_open == [True]
    assert clients.get(ids[0]).name == "Lena Hoffmann"
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_slow_column_choice_can_be_cancelled_and_is_put_back(
    qtbot, journal, on_shown, monkeypatch
) -> None:
    path = DATA / "google.csv"
    dialog = ContactImportDialog(path, path.read_bytes(), "csv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    email = dialog.column_titles().index("E-mail 1 - Value")
    shown = dialog.model.index(0, dialog.model.EMAIL).data()
    monkeypatch.setattr(
        dialog_module, "contacts_from_table", slow(dialog_module.contacts_from_table)
    )
    seen: list = []
    on_shown(
        QProgressDialog, lambda progress: (seen.append(progress), click_cancel(qtbot, progress))
    )
    dialog.set_column_choice(email, Column.IGNORE)
    assert seen and seen[0].parent() is dialog
    assert dialog.column_choice(email) is Column.EMAIL
    assert dialog.model.index(0, dialog.model.EMAIL).data() == shown
    monkeypatch.undo()
    dialog.set_column_choice(email, Column.IGNORE)  # and a choice made again is applied
    assert dialog.model.index(0, dialog.model.EMAIL).data() != shown


@pytest.mark.parametrize("name", ["thunderbird.vcf", "outlook_de.csv"])
def test_the_reading_and_the_preview_agree_with_the_reading_in_the_dialog(
    qtbot, journal, name: str
) -> None:
    """The dialog built from a reading made before (import_contacts_file) shows what one
    that reads the file itself shows."""
    from clientjournal.store.exchange.contacts import known_clients

    path = DATA / name
    reading = dialog_module.read_contacts_file(path, known_clients(), lambda done, total: None)
    first = ContactImportDialog(path, reading.data, reading.kind, None, reading)
    second = ContactImportDialog(path, path.read_bytes(), reading.kind)
    for dialog in (first, second):
        qtbot.addWidget(dialog)
    rows = [
        [d.model.index(r, c).data() for r in range(d.model.rowCount()) for c in range(6)]
        for d in (first, second)
    ]
    assert rows[0] == rows[1] and rows[0]
    assert first.summary.text() == second.summary.text()


def test_an_import_is_refused_while_another_operation_runs(
    qtbot, window, on_shown, monkeypatch
) -> None:
    """The write is one of the window's operations on the journal: while a backup (or a
    restore, another import) runs, a file dropped is refused at once with the reason, and a
    write begun is refused; nothing is written."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    before = snapshot()
    work = window.journal_work
    assert work.begin("backup", rewrites=False)
    try:
        assert import_contacts_file(window, DATA / "google.vcf") == []
    finally:
        work.end()
    assert len(said) == 1 and "backup" in said[0]
    assert snapshot() == before


def test_the_write_is_refused_when_an_operation_began_during_the_preview(
    qtbot, window, on_shown, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    before = snapshot()
    work = window.journal_work

    def begin_backup(dialog) -> None:
        assert work.begin("backup", rewrites=False)
        dialog.accept()

    on_shown(ContactImportDialog, begin_backup)
    try:
        assert import_contacts_file(window, DATA / "google.vcf") == []
    finally:
        work.end()
    assert len(said) == 1 and "backup" in said[0]
    assert snapshot() == before


def test_a_logout_during_the_write_waits_for_it_and_shows_no_box(
    qtbot, windows, on_shown, monkeypatch
) -> None:
    """SIGTERM (a logout) while the clients are written: the logout's quit closes the modal
    progress dialog first, and that close cancelled the write (its close says "canceled");
    now the quit is refused until the write has ended, the import is kept, and no message
    box waits for a click (ui/common/context.py, the session ending)."""
    import os
    import signal

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.safety.logout import run_app_until_closed

    window = windows.open()
    after_the_first_look(qtbot)
    boxes: list[str] = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args: boxes.append(args[2]))
    real_create = clients.create

    def slow_create(client):
        time.sleep(0.3)
        return real_create(client)

    ids: list[int] = []
    finished: list[float] = []

    def accept(dialog) -> None:
        monkeypatch.setattr(clients, "create", slow_create)
        on_shown(QProgressDialog, lambda _progress: os.kill(os.getpid(), signal.SIGTERM))
        dialog.accept()

    def start() -> None:
        on_shown(ContactImportDialog, accept)
        ids.extend(import_contacts_file(window, DATA / "google.vcf"))
        finished.append(time.monotonic())

    ended, fired = run_app_until_closed(window, start, lambda: bool(finished))
    assert not fired and finished and finished[0] <= ended
    assert len(ids) == 3 and clients.get(ids[0]).name == "Lena Hoffmann"
    assert not window.isVisible() and boxes == []


def test_a_logout_during_the_reading_cancels_it_and_the_app_ends(
    qtbot, windows, on_shown, monkeypatch
) -> None:
    import os
    import signal

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.safety.logout import run_app_until_closed

    window = windows.open()
    boxes: list[str] = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args: boxes.append(args[2]))
    monkeypatch.setattr(dialog_module, "parse_vcard", slow(dialog_module.parse_vcard))
    before = snapshot()
    results: list[list[int]] = []

    def start() -> None:
        on_shown(QProgressDialog, lambda _progress: os.kill(os.getpid(), signal.SIGTERM))
        results.append(import_contacts_file(window, DATA / "google.vcf"))

    _ended, fired = run_app_until_closed(window, start, lambda: bool(results))
    assert not fired and results == [[]]
    assert not window.isVisible() and boxes == [] and snapshot() == before
