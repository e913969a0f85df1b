"""A JSON import held inside its transaction, for the tests of what the window does meanwhile
(typing, a close, a logout, a step that waits) and at its end.

``demo_export`` writes the export the import reads: another journal's three demo clients, new
to the journal under test, so the import writes them.  ``hold_at_its_lock`` stops
the import in its thread once its first clients and notes are written (the journal's write
lock taken), until the test sets the gate; ``then_fail`` makes it fail there, rolled back.
``hold_contacts_at_their_lock`` does the same to a contact import's write.  ``once`` runs a step in the event loop as soon as the import is held, for the tests that run
the app's own loop (a logout), where ``qtbot.waitUntil`` cannot wait.

The fixtures ``export`` and ``boxes`` are the usual pair; a test module (or a conftest) that
imports them has them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from clientjournal.core.demo.journal import generate
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.store.exchange import journal as exchange

HOLD_S = 20  # the longest an import waits for its gate (a test that forgot it still ends)


def demo_export(data_dir: Path, tmp_path: Path, filled: Path | None = None) -> Path:
    """An export of three demo clients, written into another journal (their clients are new
    here: the import writes them), or into ``filled`` (the journal under test itself); the
    journal under test is open again afterwards."""
    open_journal(filled or tmp_path / "other")
    fill(generate(3, 30, seed=4))
    path = tmp_path / "export.json"
    exchange.export_file(path)
    close_journal()
    open_journal(data_dir)
    return path


def hold_at_its_lock(
    monkeypatch: pytest.MonkeyPatch, then_fail: BaseException | None = None
) -> tuple[threading.Event, threading.Event]:
    """The next JSON import stops inside its transaction, its first clients and notes written
    (the write lock taken), until ``gate`` (at most ``HOLD_S``); ``inside`` is set meanwhile.
    ``then_fail``: raised there once the gate opens (the import rolls back)."""
    inside, gate = threading.Event(), threading.Event()
    real = exchange_conflicts.merge

    def merge(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        if not inside.is_set():
            inside.set()
            gate.wait(HOLD_S)
            if then_fail is not None:
                raise then_fail
        return result

    monkeypatch.setattr(exchange_conflicts, "merge", merge)
    return inside, gate


def hold_contacts_at_their_lock(
    monkeypatch: pytest.MonkeyPatch, each: bool = False
) -> tuple[threading.Event, threading.Event]:
    """The contact import's next write stops once its first client is written (the write
    lock taken) until ``gate``; ``inside`` is set meanwhile.  ``each``: after every client
    (a write that goes on after a Cancel to its next report)."""
    inside, gate = threading.Event(), threading.Event()
    real = clients.create

    def create(client: ClientData) -> int:
        client_id = real(client)
        if each or not inside.is_set():
            inside.set()
            gate.wait(HOLD_S)
        return client_id

    monkeypatch.setattr(clients, "create", create)
    return inside, gate


def once(inside: threading.Event, step: Callable[[], None], every_ms: int = 10) -> None:
    """``step()`` in the event loop as soon as ``inside`` is set (the import is held)."""
    if inside.is_set():
        step()
    else:
        QTimer.singleShot(every_ms, lambda: once(inside, step, every_ms))


@pytest.fixture
def export(data_dir: Path, tmp_path: Path) -> Path:
    return demo_export(data_dir, tmp_path)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes said instead of shown (their exec would wait)."""
    said: list[str] = []

    def say(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(say))
    return said
