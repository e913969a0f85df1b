"""Typing while an import writes the journal in its thread (work27a).

A JSON import and a contact import's write hold SQLite's write lock in their thread for the
whole import (one transaction).  The note editor's autosave, on the GUI thread, waited for
that lock: the window froze up to the busy timeout (5 s), then the save failed and was tried
again later.  Now the editors' saves wait for the operation's end (``JournalWork.hold_saves``,
as for a sync round): the event loop keeps turning, and what was typed is in the journal once
the import has ended, also when the window was closed or the session ended meanwhile."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QTimer

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.common import autosave
from clientjournal.ui.common.autosave import AUTOSAVE_MAX_DELAY_MS
from clientjournal.ui.common.context import ClientTab
from clientjournal.ui.exchange.contact_import_dialog import (
    ContactImportDialog,
    import_contacts_file,
)
from tests.ui.exchange.test_contact_import_background import (
    DATA,
    Ticks,
    after_the_first_look,
    on_shown,  # noqa: F401 (a fixture)
)
from tests.ui.held_import import hold_at_its_lock, hold_contacts_at_their_lock, once

STALL_S = 1.0  # the longest the event loop may stand still (it stood 5 s, the busy timeout)


def _open_note(qtbot, window) -> int:
    client_id = clients.create(ClientData(name="Nora Kunde"))
    note = notes.save(NoteData(client_id=client_id, body="Erste ", created_at=utcnow()))
    assert note.id is not None
    window.open_client(client_id, ClientTab.NOTES, note.id)
    qtbot.waitUntil(lambda: window.pane.editor.note_id == note.id, timeout=5_000)
    return note.id


def _type(qtbot, window, text: str) -> None:
    body = window.pane.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, text)


def test_typing_during_a_json_import_does_not_wait_for_it_and_is_saved_after(
    qtbot, window, export, boxes, monkeypatch
):
    after_the_first_look(qtbot)
    note_id = _open_note(qtbot, window)
    inside, gate = hold_at_its_lock(monkeypatch)
    ticks = Ticks()
    try:
        window.exchange.import_from(export)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        _type(qtbot, window, "abc")
        qtbot.wait(AUTOSAVE_MAX_DELAY_MS + 700)  # the autosave came meanwhile
        assert window.journal_work.busy and autosave.held_saves() == 1
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    stall = ticks.longest_stall()
    assert stall < STALL_S, f"the event loop stood still {stall:.2f} s"
    assert notes.get(note_id).body == "Erste abc"  # saved as the import ended
    assert window.pane.editor.state.text() == "Saved"
    assert len(clients.list_ids()) == 4  # and the import is in too
    assert boxes and "Nothing was changed" not in boxes[0]
    assert not autosave.holding()


def test_a_close_while_the_typing_waits_for_the_import_saves_it_and_closes(
    qtbot, window, export, boxes, monkeypatch
):
    after_the_first_look(qtbot)
    note_id = _open_note(qtbot, window)
    inside, gate = hold_at_its_lock(monkeypatch)
    ticks = Ticks()
    try:
        window.exchange.import_from(export)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        _type(qtbot, window, "abc")
        qtbot.wait(AUTOSAVE_MAX_DELAY_MS + 700)
        _type(qtbot, window, "de")  # not even due yet
        window.close()
        assert window.isVisible()  # put off to the import's end
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    stall = ticks.longest_stall()
    assert stall < STALL_S, f"the event loop stood still {stall:.2f} s"
    assert notes.get(note_id).body == "Erste abcde"
    assert not autosave.holding()


def test_a_logout_while_the_typing_waits_for_the_import_saves_it(
    qtbot, windows, export, boxes, monkeypatch
):
    """SIGTERM (the session ends) during the held state: the window closes at the import's
    end with the typing saved, and no box waits for a click."""
    import os
    import signal

    from tests.ui.safety.logout import run_app_until_closed

    window = windows.open()
    after_the_first_look(qtbot)
    note_id = _open_note(qtbot, window)
    inside, gate = hold_at_its_lock(monkeypatch)
    steps: list[str] = []

    def start() -> None:
        window.exchange.import_from(export)
        once(inside, typed)

    def typed() -> None:
        _type(qtbot, window, "abc")
        QTimer.singleShot(AUTOSAVE_MAX_DELAY_MS + 500, logout)

    def logout() -> None:
        steps.append(f"held={autosave.held_saves()}")
        os.kill(os.getpid(), signal.SIGTERM)
        QTimer.singleShot(500, gate.set)

    try:
        _ended, fired = run_app_until_closed(window, start, lambda: gate.is_set())
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert not fired and steps == ["held=1"]
    assert not window.isVisible() and boxes == []
    assert notes.get(note_id).body == "Erste abc"
    assert not autosave.holding()


def test_typing_during_a_contact_import_write_does_not_wait_for_it_and_is_saved_after(
    qtbot,
    window,
    on_shown,  # noqa: F811 (the fixture imported above)
    monkeypatch,
):
    after_the_first_look(qtbot)
    note_id = _open_note(qtbot, window)
    held: list[threading.Event] = []
    typed: list[float] = []

    def type_when_inside() -> None:
        _type(qtbot, window, "abc")
        typed.append(time.monotonic())
        QTimer.singleShot(AUTOSAVE_MAX_DELAY_MS + 700, held[1].set)  # the autosave came before

    def accept(dialog) -> None:
        held[:] = hold_contacts_at_their_lock(monkeypatch)  # the write lock taken
        once(held[0], type_when_inside)
        dialog.accept()

    on_shown(ContactImportDialog, accept)
    ticks = Ticks()
    try:
        ids = import_contacts_file(window, DATA / "google.vcf")
    finally:
        for event in held:
            event.set()
    stall = ticks.longest_stall()
    assert typed and len(ids) == 3
    assert stall < STALL_S, f"the event loop stood still {stall:.2f} s"
    assert notes.get(note_id).body == "Erste abc"  # saved as the write ended
    assert not autosave.holding() and not window.journal_work.busy


def _progress_shown() -> list:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_escape_leaves_the_json_imports_progress_but_not_an_exports(
    qtbot, window, export, boxes, monkeypatch, tmp_path
):
    """Escape hid the import's dialog (it has no Cancel): the window took typing for the whole
    import, every save of it held in memory until the end (a crash lost all of it).  An
    export only reads: the window may go on beside it, as before."""
    from PySide6.QtCore import Qt

    from clientjournal.store.exchange import relationship as exchange_relationship

    after_the_first_look(qtbot)
    inside, gate = hold_at_its_lock(monkeypatch)
    try:
        window.exchange.import_from(export)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: len(_progress_shown()) == 1, timeout=5_000)
        (progress,) = _progress_shown()
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        qtbot.wait(100)
        assert progress.isVisible() and window.journal_work.busy
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    qtbot.waitUntil(lambda: _progress_shown() == [], timeout=5_000)

    reading, go_on = threading.Event(), threading.Event()
    real = exchange_relationship.export_payments

    def gated(*args: Any, **kwargs: Any) -> Any:
        if not reading.is_set():
            reading.set()
            go_on.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_relationship, "export_payments", gated)
    try:
        window.exchange.export_to(tmp_path / "out.json")
        qtbot.waitUntil(reading.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: len(_progress_shown()) == 1, timeout=5_000)
        qtbot.keyClick(_progress_shown()[0], Qt.Key.Key_Escape)
        qtbot.wait(100)
        assert _progress_shown() == [] and window.journal_work.busy
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)


def test_typing_held_during_an_import_that_fails_is_saved_all_the_same(
    qtbot, window, export, boxes, monkeypatch
):
    """The import's transaction rolls back (nothing of the file kept); what was typed
    meanwhile is saved at its end as after a success."""
    after_the_first_look(qtbot)
    note_id = _open_note(qtbot, window)
    inside, gate = hold_at_its_lock(monkeypatch, then_fail=RuntimeError("the disk went away"))
    try:
        window.exchange.import_from(export)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        _type(qtbot, window, "abc")
        qtbot.wait(AUTOSAVE_MAX_DELAY_MS + 300)
        held = autosave.held_saves()
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert held == 1
    assert len(boxes) == 1 and "the disk went away" in boxes[0]
    assert clients.list_ids() == [window.pane.client_id]  # the import rolled back
    assert notes.get(note_id).body == "Erste abc"
    assert not autosave.holding()


def test_typing_held_during_a_cancelled_contact_write_is_saved_all_the_same(
    qtbot,
    window,
    on_shown,  # noqa: F811 (the fixture imported above)
    monkeypatch,
):
    from PySide6.QtWidgets import QProgressDialog

    from tests.ui.exchange.test_contact_import_background import click_cancel

    after_the_first_look(qtbot)
    note_id = _open_note(qtbot, window)
    before = clients.count()
    held: list[threading.Event] = []

    def cancel(progress) -> None:
        click_cancel(qtbot, progress)
        held[1].set()  # the write goes on after the Cancel, to its next report

    def type_then_cancel(progress) -> None:
        _type(qtbot, window, "abc")  # held: the write has the journal
        QTimer.singleShot(AUTOSAVE_MAX_DELAY_MS + 300, lambda: cancel(progress))

    def accept(dialog) -> None:
        held[:] = hold_contacts_at_their_lock(monkeypatch, each=True)  # the write lock taken
        on_shown(QProgressDialog, type_then_cancel)
        dialog.accept()

    on_shown(ContactImportDialog, accept)
    assert import_contacts_file(window, DATA / "google.vcf") == []
    assert clients.count() == before  # rolled back
    assert notes.get(note_id).body == "Erste abc"
    assert not autosave.holding() and not window.journal_work.busy
