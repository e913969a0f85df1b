"""attack24d: an export (JSON, in a thread behind a progress dialog shown after 300 ms) was
not one of the operations on the journal (``journal_work``): it only reads.  But it reads
through the models' process-wide database, one read transaction over many statements, while a
restore or re-encryption begun meanwhile closes, swaps and reopens that database; and the
exchange actions keep one progress dialog for imports and exports alike (E1, E2, E3; fixed in
51acc9c: an export is such an operation now, what would swap the journal is refused)."""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog

from clientjournal.app import create_window
from clientjournal.core.demo.journal import generate
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import relationship as exchange_relationship
from clientjournal.store.models import database
from clientjournal.store.safety.backup import backup_journal
from tests.gates import held_before

AT = "2026-03-04T05:06:07.123456Z"


pytestmark = pytest.mark.usefixtures("own_backup_folder")  # the journal folder's backups/


@pytest.fixture
def backed_up(data_dir: Path, tmp_path: Path):
    """A backup of a journal of 3 clients; the journal then gets 3 more and every note's
    text changes.  Yields the backup and the exports of both journals."""
    open_journal(data_dir)
    fill(generate(3, 30, seed=4))
    three = tmp_path / "three.json"
    exchange.export_file(three)
    close_journal()
    made = backup_journal(data_dir, folder=tmp_path / "backups")
    open_journal(data_dir)
    with database.atomic():
        for number in range(3):
            database.execute_sql(
                "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (str(uuid.uuid4()), f"Later {number}", AT, AT),
            )
        database.execute_sql("UPDATE note SET body = body || ' (after the backup)'")
    assert clients.count() == 6
    six = tmp_path / "six.json"
    exchange.export_file(six)
    yield made.path, three, six


def _content(path: Path) -> Any:
    data = json.loads(path.read_text("utf-8"))
    data.pop("exported_at", None)
    return data


def _visible_progress() -> list[QProgressDialog]:
    from PySide6.QtWidgets import QApplication

    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog) and widget.isVisible()
    ]


def test_a_restore_is_not_done_under_a_running_export(
    qtbot, data_dir, backed_up, boxes, monkeypatch, tmp_path
):
    """An export of a big journal runs for seconds behind a progress dialog shown after
    300 ms; a restore starts meanwhile (the File menu in that first moment, or the damaged
    journal's dialog, which may come at any time).  The restore replaces the window and
    deletes the old one, the export's QThread with it: Qt aborts the process when that
    thread still runs (seen: 'QThread: Destroyed while thread is still running', Fatal
    Python error: Aborted, 1 run in 5 without the gate below).  The export then reads on
    through the models' database, re-pointed at the restored journal: no export is said,
    and what it writes is of two journals.

    Here the export is held inside its read transaction until the restore has returned; the
    running thread is taken from the old window before that window's deletion (or this
    test would abort the test process)."""
    backup, three, six = backed_up
    window = create_window(data_dir)  # not the qtbot's: the restore replaces and deletes it
    window.show()
    qtbot.waitExposed(window)
    inside, gate = threading.Event(), threading.Event()
    real = exchange_relationship.export_payments
    calls: list[int] = []

    def gated(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            inside.set()
            gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_relationship, "export_payments", gated)
    failures: list[str] = []
    export_file = exchange.export_file

    def recorded(*args: Any) -> Any:
        try:
            return export_file(*args)
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")
            raise

    monkeypatch.setattr(exchange, "export_file", recorded)
    target = tmp_path / "out.json"
    running: list[QThread] = []
    try:
        window.exchange.export_to(target)
        assert inside.wait(20)  # the export has begun reading (its transaction is open)
        restored = window.backups.restore_from(backup)
        for thread in window.findChildren(QThread):  # before the old window's deletion
            if thread.isRunning():
                thread.setParent(None)
                running.append(thread)
    finally:
        gate.set()
        for thread in running:
            thread.wait(20_000)
    qtbot.wait(200)
    written = _content(target) if target.exists() else None
    whole = written is None or written in (_content(three), _content(six))
    if restored is not None:
        successor = restored.dialog_parent()
        successor.sync.stop()
        successor.close()
        successor.deleteLater()
    else:
        window.sync.stop()
        window.close()
        window.deleteLater()  # with its timers: not to fire in a later test
    close_journal()
    assert restored is None or not running, (len(running), whole, failures, boxes)


def test_an_export_begun_in_an_imports_first_moment_leaves_no_progress_dialog_behind(
    qtbot, windows, backed_up, boxes, monkeypatch, tmp_path
):
    """File > Import, and File > Export within the 300 ms before the import's progress
    (window-modal) shows: the two shared the actions' one ``_progress``; the one replaced was
    never closed and blocked the window for good.  (Refusing the export is a fix too.)"""
    _backup, three, _six = backed_up
    window = windows.open()
    inside, gate = held_before(monkeypatch, exchange, "import_file")
    out = tmp_path / "out.json"
    try:
        window.exchange.import_from(three)
        window.exchange.export_to(out)
        assert inside.wait(20)
        qtbot.wait(300)  # an export not refused has written by now (the import waits)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    qtbot.waitUntil(lambda: any(t == "Import finished" for t, _ in boxes), timeout=20_000)
    qtbot.wait(600)  # past any progress dialog's 300 ms
    assert _visible_progress() == [], [d.labelText() for d in _visible_progress()]


def test_a_re_encryption_begun_under_a_running_export_is_refused_with_a_reason(
    qtbot, windows, backed_up, boxes, monkeypatch, tmp_path
):
    """File > Journal passphrase in an export's first 300 ms: the re-encryption must be
    refused with a reason said (or wait for the export), not fail in the Apply button's slot
    with nothing said; and the export is not killed under it (seen: 'Export failed: Nothing
    was written: pop from empty list': the failed hold reopened the journal under the
    export's read transaction)."""
    from clientjournal.store.safety import reencrypt
    from clientjournal.store.safety.encryption import remember

    monkeypatch.setattr(reencrypt, "IN_USE_WAIT_S", 0.3)  # 5 s on the GUI thread in the app
    window = windows.open()
    inside, gate = threading.Event(), threading.Event()
    real = exchange_relationship.export_payments
    calls: list[int] = []

    def gated(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            inside.set()
            gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_relationship, "export_payments", gated)
    escaped: list[str] = []
    said = ""
    dialog = None
    try:
        window.exchange.export_to(tmp_path / "out.json")
        assert inside.wait(20)
        window.encryption.show_dialog()
        dialog = window.encryption.dialog
        if dialog is None:  # refused at once, said in the status bar: a fix too
            said = window.statusBar().currentMessage()
        else:
            qtbot.waitExposed(dialog)
            dialog.new.setText("Leuchtturm am Deich 7")
            dialog.repeat.setText("Leuchtturm am Deich 7")
            with qtbot.captureExceptions() as caught:
                dialog.apply_button.click()
                qtbot.wait(50)
            escaped = [f"{type(error).__name__}: {error}" for _kind, error, _tb in caught]
            said = dialog.message.text() if dialog.message.isVisible() else ""
    finally:
        gate.set()
    qtbot.waitUntil(lambda: any("Export" in title for title, _ in boxes), timeout=30_000)
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=30_000)
    if dialog is not None:
        dialog.reject()
    remember(window.data_dir, None)
    assert not escaped, (escaped, said, boxes)
    assert said, ("nothing said", boxes)
    assert boxes[-1][0] == "Export finished", boxes  # the export not killed under it
