"""File → Import of a named pipe no program writes to (attack27c): the window looked at the
file's first bytes to tell a journal export from contacts, and opening the pipe waited for a
writer, on the GUI thread: the window froze for ever (a kill lost what was typed).  The
import's own reading opens it without waiting (store/exchange/common.py) and finds it empty."""

from __future__ import annotations

import os
import threading
import time

import pytest

from clientjournal.store import clients


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("name", ["export", "export.json"])
def test_importing_a_named_pipe_without_a_writer_does_not_freeze_the_window(
    qtbot, window, monkeypatch, tmp_path, name
):
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: said.append(a[2])))
    pipe = tmp_path / name
    os.mkfifo(pipe)
    # a writer after 5 s ends a wait that came back: the test fails, it does not hang
    writer = threading.Timer(5.0, lambda: open(pipe, "wb").close())
    writer.start()
    try:
        started = time.monotonic()
        window.exchange.import_from(pipe)
        took = time.monotonic() - started
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    finally:
        writer.cancel()
        if writer.is_alive() or writer.finished.is_set():
            writer.join()
    assert took < 1.0, f"the window stood still {took:.1f} s"
    assert len(said) == 1 and said[0].startswith("The operation failed and nothing was changed")
    assert clients.count() == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_dropped_mail_that_is_a_named_pipe_without_a_writer_does_not_freeze_the_window(
    qtbot, window, monkeypatch, tmp_path
):
    """Its bytes were read on the GUI thread (read_bytes), which waited for a writer."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.exchange.test_drop_import import drop

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    pipe = tmp_path / "mail.eml"
    os.mkfifo(pipe)
    writer = threading.Timer(5.0, lambda: open(pipe, "wb").close())
    writer.start()
    try:
        started = time.monotonic()
        drop(window, pipe)
        qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
        took = time.monotonic() - started
    finally:
        writer.cancel()
        if writer.is_alive() or writer.finished.is_set():
            writer.join()
    assert took < 1.0, f"the window stood still {took:.1f} s"
    assert said[0].startswith("The e-mail was not added")
    assert clients.count() == 0
