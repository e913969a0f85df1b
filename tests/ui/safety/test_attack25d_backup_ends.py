"""attack25d: File → Back up now is one of the window's operations on the journal (fa89e2d).
However it ends, the operation ends with it: the backup folder gone in the middle of the copy
(an external disk pulled), a full disk, a copy that fails; afterwards the menus are enabled
again and a close closes.  The day's backup at the same moment (its own thread, no operation
of the window) and Back up now both leave a whole, verified copy.  A logout (SIGTERM) during
Back up now waits for it."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread, QTimer

from clientjournal import settings
from clientjournal.core.demo.journal import generate
from clientjournal.paths import journal_file
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety import backup as backup_module
from clientjournal.store.safety.backup import backup_files, daily_if_due, verify
from tests.ui.safety.logout import run_app_until_closed

pytestmark = pytest.mark.usefixtures("own_backup_folder")


@pytest.fixture
def chosen(data_dir: Path, tmp_path: Path) -> Path:
    """A journal with records, its backups going to a folder of the user's choice."""
    open_journal(data_dir)
    fill(generate(3, 30, seed=25))
    folder = tmp_path / "stick"
    folder.mkdir()
    settings.save(settings.load()._replace(backup_folder=str(folder)))
    return folder


def _gated(monkeypatch: pytest.MonkeyPatch, before: Any = None):
    """write_copy waits at its start (a slow disk) until ``gate``; ``before()`` then runs."""
    inside, gate = threading.Event(), threading.Event()
    real = backup_module.write_copy

    def slow(*args: Any, **kwargs: Any) -> Any:
        inside.set()
        gate.wait(20)
        if before is not None:
            before()
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_module, "write_copy", slow)
    return inside, gate


def _ended(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    for thread in window.findChildren(QThread):
        thread.wait(20_000)
    for action in (
        window.backups.backup_action,
        window.backups.restore_action,
        window.encryption.action,
        window.exchange.import_action,
    ):
        assert action.isEnabled(), action.objectName()


@pytest.mark.parametrize("how", ["folder gone", "copy fails"])
def test_a_backup_that_fails_in_the_middle_ends_the_operation(
    qtbot, windows, chosen, boxes, monkeypatch, how
):
    def pull_the_stick() -> None:
        shutil.rmtree(chosen)

    def broken() -> None:
        raise OSError(5, "Input/output error")

    inside, gate = _gated(monkeypatch, pull_the_stick if how == "folder gone" else broken)
    window = windows.open()
    made: list[object] = []
    window.backups.backedUp.connect(made.append)
    window.backups.back_up()
    assert inside.wait(20)
    assert window.journal_work.busy
    window.close()  # asked meanwhile: comes at the end
    gate.set()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
    assert boxes[0][0] == "Backup failed", boxes
    assert not made
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)  # the close came
    _ended(qtbot, window)
    if how == "folder gone":
        assert not chosen.exists()  # not made again on the computer's own disk
    else:
        assert list(chosen.iterdir()) == []  # no partial copy left


def test_a_backup_onto_a_full_disk_ends_the_operation(qtbot, windows, data_dir, boxes, tmp_path):
    from tests.cli.mounts import fill_up, small_disk

    open_journal(data_dir)
    fill(generate(3, 30, seed=25))
    with small_disk(tmp_path / "stick", 2_000) as stick:
        settings.save(settings.load()._replace(backup_folder=str(stick)))
        fill_up(stick, 8)
        window = windows.open()
        window.backups.back_up()
        qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
        assert boxes[0][0] == "Backup failed", boxes
        _ended(qtbot, window)
        assert not [p for p in stick.iterdir() if p.name != "filler"]
        (stick / "filler").unlink()
        window.backups.back_up()  # room again: works, the operation began anew
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
        assert len(boxes) == 1, boxes
        assert len(backup_files(stick)) == 1
        window.close()
        assert not window.isVisible()


def test_the_days_backup_and_back_up_now_at_the_same_moment(
    qtbot, windows, chosen, boxes, monkeypatch
):
    inside, gate = _gated(monkeypatch)
    window = windows.open()
    made: list[Any] = []
    window.backups.backedUp.connect(made.append)
    window.backups.back_up()
    assert inside.wait(20)
    daily: list[Any] = []
    day = threading.Thread(
        target=lambda: daily.append(daily_if_due(window.data_dir, folder=chosen))
    )
    day.start()  # waits in write_copy too, until the gate opens
    time.sleep(0.2)
    gate.set()
    day.join(30)
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)
    _ended(qtbot, window)
    assert not boxes, boxes
    assert daily and daily[0] is not None
    assert made[0].path != daily[0].path
    assert sorted(backup_files(chosen)) == sorted([made[0].path, daily[0].path])
    for backup in (made[0], daily[0]):
        assert verify(backup.path).clients == 3
    assert not list(chosen.glob("*.partial*"))


def test_a_logout_during_back_up_now_waits_for_it(qtbot, windows, chosen, boxes, monkeypatch):
    _inside, gate = _gated(monkeypatch)
    window = windows.open()
    made: list[Any] = []
    window.backups.backedUp.connect(made.append)
    steps: list[str] = []

    def start() -> None:
        window.backups.back_up()
        QTimer.singleShot(300, logout)

    def logout() -> None:
        steps.append(f"SIGTERM, busy={window.journal_work.busy}")
        os.kill(os.getpid(), signal.SIGTERM)
        QTimer.singleShot(800, let_go)

    def let_go() -> None:
        steps.append(f"let go, visible={window.isVisible()}")
        gate.set()

    try:
        _ended, fired = run_app_until_closed(window, start, lambda: bool(made))
        steps.append(f"loop ended, made={bool(made)}")
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert not fired, steps
    assert made and made[0].path.is_file(), steps  # finished before the loop ended
    assert "let go, visible=True" in steps, steps  # the close waited for the backup
    assert not window.isVisible(), steps
    close_journal()


def test_a_backup_folder_pulled_before_the_copy_begins_is_not_made_again(
    qtbot, windows, data_dir, chosen, boxes, monkeypatch
):
    """The stick pulled between Back up now's look at the folder and the thread's start of
    the copy (reading the journal's counts first: an encrypted journal's key takes half a
    second): the copy must not be made in a folder made anew on the computer's own disk
    (``backup_journal`` made it, with its parents, and the backup stayed where the disk had
    been mounted; ``settings.backup_folder_picked``)."""
    real = backup_module.inspect_file
    looked: list[bool] = []
    journal = journal_file(data_dir)

    def pulled(path: Path, *args: Any, **kwargs: Any) -> Any:
        if not looked and Path(path) == journal:  # the journal's look before the copy
            looked.append(True)
            shutil.rmtree(chosen)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(backup_module, "inspect_file", pulled)
    window = windows.open()
    window.backups.back_up()
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    _ended(qtbot, window)
    assert looked, boxes
    assert not chosen.exists(), (list(chosen.iterdir()), boxes)
    assert boxes and boxes[0][0] == "Backup failed", boxes
    assert "not available" in boxes[0][1], boxes


def test_a_logout_during_back_up_now_that_fails_shows_no_box(
    qtbot, windows, chosen, boxes, monkeypatch, capfd
):
    """The backup failing after the logout: its "Backup failed" box would wait for a click
    before the remembered close, with no one there to give it (ui/common/context.say); its
    words go to the standard error, and the app's loop ends."""

    def broken() -> None:
        raise OSError(5, "Input/output error")

    _inside, gate = _gated(monkeypatch, broken)
    window = windows.open()
    ended: list[bool] = []
    window.journal_work.busyChanged.connect(lambda busy: ended.append(True) if not busy else None)
    steps: list[str] = []

    def start() -> None:
        window.backups.back_up()
        QTimer.singleShot(300, logout)

    def logout() -> None:
        steps.append(f"SIGTERM, busy={window.journal_work.busy}")
        os.kill(os.getpid(), signal.SIGTERM)
        QTimer.singleShot(500, gate.set)

    try:
        _ended, fired = run_app_until_closed(window, start, lambda: bool(ended))
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert not fired, steps
    assert not window.isVisible(), steps
    assert boxes == [], boxes
    assert "Backup failed: The backup could not be made" in capfd.readouterr().err
    close_journal()
