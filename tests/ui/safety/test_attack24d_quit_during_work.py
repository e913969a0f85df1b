"""attack24d: a logout (SIGTERM) while an operation on the journal runs (an import; an export,
one since 51acc9c).

pause24b puts a close asked during an import, a restore or a re-encryption off to the
operation's end ("Closing once the operation on the journal has finished").  The logout's
handler (ui/shell/shutdown.quit_on_signals) calls every window's close() and then
``app.quit()``: does the event loop end under the operation (its thread cut off by the
process's exit, the journal closed under it)?"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from clientjournal.store.connection import open_journal
from clientjournal.store.exchange import journal as exchange
from tests.ui.held_import import demo_export
from tests.ui.safety.logout import run_app_until_closed

pytestmark = pytest.mark.usefixtures("own_backup_folder")  # the journal folder's backups/


@pytest.fixture
def journal_dir(data_dir: Path) -> Path:
    """The journal, open (empty unless ``export`` filled it)."""
    open_journal(data_dir)
    return data_dir


@pytest.fixture
def export(data_dir: Path, tmp_path: Path) -> Path:
    """The journal filled with the demo's three clients, and its export."""
    return demo_export(data_dir, tmp_path, filled=data_dir)


@pytest.mark.parametrize("operation", ["import", "export", "demo"])
def test_a_logout_during_an_operation_on_the_journal_waits_for_it(
    qtbot, windows, journal_dir, boxes, monkeypatch, tmp_path, request, operation
):
    """An import, an export (journal_work since 51acc9c) and the welcome's demo (since
    5288947): SIGTERM while it runs."""
    from clientjournal.store.demo import removal as demo_data

    export = request.getfixturevalue("export") if operation != "demo" else None
    window = windows.open()
    inside, gate = threading.Event(), threading.Event()
    finished: list[float] = []
    owner, name = {
        "import": (exchange, "import_file"),
        "export": (exchange, "export_file"),
        "demo": (demo_data, "add_demo"),
    }[operation]
    real = getattr(owner, name)

    def gated(*args: Any, **kwargs: Any) -> Any:
        inside.set()
        gate.wait(20)
        try:
            return real(*args, **kwargs)
        finally:
            finished.append(time.monotonic())

    monkeypatch.setattr(owner, name, gated)
    steps: list[str] = []

    def start() -> None:
        if operation == "import":
            assert export is not None
            window.exchange.import_from(export)
        elif operation == "export":
            window.exchange.export_to(tmp_path / "out.json")
        else:
            from clientjournal.ui.shell.welcome_dialog import DemoLoader

            assert DemoLoader(window).start()
        steps.append(f"busy={window.journal_work.busy}")
        QTimer.singleShot(800, logout)  # the progress dialog shown (300 ms)

    def logout() -> None:
        steps.append("SIGTERM")
        os.kill(os.getpid(), signal.SIGTERM)
        QTimer.singleShot(1500, let_go)

    def let_go() -> None:
        steps.append(f"let go, busy={window.journal_work.busy}")
        gate.set()

    try:
        ended, fired = run_app_until_closed(window, start, lambda: bool(finished))
        steps.append("event loop ended")
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert finished, steps
    assert not fired, ("the event loop did not end after the import (the put-off close)", steps)
    assert not window.isVisible()
    assert finished[0] <= ended, ("the event loop ended under the running import", steps)
    assert boxes == [], (
        boxes
    )  # "Import/Export finished" would wait for a click (ui/common/context.say)
