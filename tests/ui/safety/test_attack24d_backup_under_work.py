"""attack24d: File > Back up now runs the backup in a thread behind a progress dialog that is
not modal (the window stays usable for the whole backup: seconds to an external disk), and
it is not one of the operations on the journal (``journal_work``).  A restore or a
re-encryption begun while it runs: refused with a reason, or waited for; never the replaced
window deleted with the backup's thread running (Qt aborts the app), never a raw error
(E4b, E4c: the ReencryptError escaped the Apply slot unsaid; fixed in aafd2b4)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

from clientjournal.app import create_window
from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety import backup as backup_module
from clientjournal.store.safety.backup import backup_journal
from tests.gates import held_before

pytestmark = pytest.mark.usefixtures("own_backup_folder")  # the journal folder's backups/


@pytest.fixture
def backed_up(data_dir: Path, tmp_path: Path) -> Path:
    open_journal(data_dir)
    fill(generate(3, 30, seed=4))
    close_journal()
    made = backup_journal(data_dir, folder=tmp_path / "backups")
    open_journal(data_dir)
    return made.path


def _gate_the_copy(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The backup waits with its read-only connection open, as while copying a big journal
    to a slow disk."""
    return held_before(monkeypatch, backup_module, "write_copy")


def test_a_restore_begun_under_a_running_backup_is_refused_at_once_then_works(
    qtbot, data_dir, backed_up, boxes, monkeypatch
):
    """File > Back up now is one of the window's operations on the journal (a reader, as an
    export): a restore begun while it runs is refused at once with the reason, the window
    and the backup go on, and once the backup has ended the restore works.  Until then the
    restore waited for the backup's connection on the GUI thread (the window frozen up to
    IN_USE_WAIT_S, 5 s) and went on, or said the journal was in use if the copy took
    longer (an external disk, a big journal)."""
    from clientjournal.store.safety import reencrypt

    monkeypatch.setattr(reencrypt, "IN_USE_WAIT_S", 0.3)
    window = create_window(data_dir)  # not the qtbot's: the restore replaces and deletes it
    window.show()
    qtbot.waitExposed(window)
    inside, gate = _gate_the_copy(monkeypatch)
    restored = None
    try:
        window.backups.back_up()
        assert inside.wait(20)
        assert not window.backups.restore_action.isEnabled()  # greyed out meanwhile
        assert not window.backups.backup_action.isEnabled()
        assert not window.encryption.action.isEnabled()
        assert not window.exchange.import_action.isEnabled()
        refused = window.backups.restore_from(backed_up)  # the damaged dialog's way in
        assert refused is None
        assert len(boxes) == 1 and "(backup)" in boxes[0][1], boxes  # the reason, at once
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=30_000)
    assert window.backups.restore_action.isEnabled()
    assert window.backups.backup_action.isEnabled()
    assert any("Backed up" in text for text in [window.statusBar().currentMessage()]), boxes
    for thread in window.findChildren(QThread):  # the backup's thread has ended
        thread.wait(20_000)
    restored = window.backups.restore_from(backed_up)
    assert restored is not None, boxes
    successor = restored.dialog_parent()
    successor.sync.stop()
    successor.close()
    successor.deleteLater()
    qtbot.wait(100)
    close_journal()


def test_a_close_during_a_backup_waits_for_its_end(qtbot, windows, backed_up, monkeypatch):
    """The backup is the window's operation: a close asked meanwhile comes at its end (the
    copy finished, not cut off with the app)."""
    window = windows.open()
    made: list[object] = []
    window.backups.backedUp.connect(made.append)
    inside, gate = _gate_the_copy(monkeypatch)
    try:
        window.backups.back_up()
        assert inside.wait(20)
        window.close()
        assert window.isVisible()  # put off
        assert "backup" in window.statusBar().currentMessage()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert len(made) == 1 and made[0].path.is_file()  # finished, then closed


def test_a_re_encryption_begun_under_a_running_backup_is_refused_with_a_reason(
    qtbot, windows, backed_up, boxes, monkeypatch
):
    from clientjournal.store.safety import reencrypt
    from clientjournal.store.safety.encryption import remember

    monkeypatch.setattr(reencrypt, "IN_USE_WAIT_S", 0.3)  # 5 s on the GUI thread in the app
    window = windows.open()
    inside, gate = _gate_the_copy(monkeypatch)
    escaped: list[str] = []
    said = ""
    dialog = None
    try:
        window.backups.back_up()
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
    qtbot.waitUntil(lambda: window.backups.backup_action.isEnabled(), timeout=30_000)
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=30_000)
    if dialog is not None:
        dialog.reject()
    remember(window.data_dir, None)
    assert not escaped, (escaped, said, boxes)
    assert said, ("nothing said", boxes)


def test_a_journal_in_use_when_the_re_encryption_begins_is_said_in_the_dialog(
    qtbot, windows, backed_up, boxes, monkeypatch
):
    """The root of E4b, whoever holds the journal: the day's backup in the first seconds,
    the integrity check beside the window, a command in a terminal.  hold_for_reencryption
    says '… is in use (close the other window or command)', made to be shown."""
    from clientjournal.store import clients
    from clientjournal.store.safety import reencrypt
    from clientjournal.store.safety.encryption import remember

    def in_use(data_dir: Path, _passphrase: str | None) -> None:
        raise reencrypt.ReencryptError(f"{data_dir} is in use (close the other window or command)")

    monkeypatch.setattr(reencrypt, "hold_for_reencryption", in_use)
    window = windows.open()
    window.encryption.show_dialog()
    dialog = window.encryption.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.new.setText("Leuchtturm am Deich 7")
    dialog.repeat.setText("Leuchtturm am Deich 7")
    with qtbot.captureExceptions() as caught:
        dialog.apply_button.click()
        qtbot.wait(50)
    escaped = [f"{type(error).__name__}: {error}" for _kind, error, _tb in caught]
    said = dialog.message.text() if dialog.message.isVisible() else ""
    busy = window.journal_work.busy
    dialog.reject()
    remember(window.data_dir, None)
    assert not escaped, (escaped, said)
    assert "in use" in said, said
    assert not busy and clients.count() == 3  # the operation ended, the journal open again
