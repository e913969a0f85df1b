"""Typing put back at start after a crash (``ui/sync/held``: during a sync round, or an import
since 36bc726) must be what the window shows: the status line said "1 note typed ... was put
back", but the client open at start kept the note's old text in its list, and opening the
note and typing saved that old text over what had been put back (attack28d, seen in the
real app: SIGKILL during File > Import, a new start, a click on the note, " X" typed: the note
was "Erste Notiz.  X", the typing put back gone again)."""

from __future__ import annotations

from clientjournal.app import create_window
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.store.connection import close_journal, open_journal

PUT_BACK = "Erste Notiz. getippt beim Import"


def test_a_note_put_back_at_start_shows_its_typing_and_keeps_it(qtbot, data_dir):
    open_journal(data_dir)
    client_id = clients.create(ClientData(name="Nora Kunde"))
    note = notes.save(NoteData(client_id=client_id, body="Erste Notiz. ", created_at=utcnow()))
    assert note.id is not None
    store_sync.keep_held_typing(  # what a window held when it was killed
        [
            {
                "uuid": note.uuid,
                "client": clients.get(client_id).uuid,
                "base": "Erste Notiz. ",
                "body": PUT_BACK,
            }
        ]
    )
    close_journal()
    window = create_window(data_dir, defer=True)  # the next start, as the app makes it
    try:
        qtbot.addWidget(window)
        window.show()  # the client shown first; sync's build after the paint puts back
        qtbot.waitUntil(lambda: window.pane.client_id == client_id, timeout=10_000)
        qtbot.waitUntil(lambda: notes.get(note.id).body == PUT_BACK, timeout=10_000)
        # kept during a round or an import: the line names both (it said "a sync round" only)
        said = "typed while a sync round or an import was cut off"
        qtbot.waitUntil(lambda: said in window.statusBar().currentMessage(), timeout=5_000)
        _open_and_type(qtbot, window, client_id, note.id)
    finally:
        window.close()
        close_journal()


def _open_and_type(qtbot, window, client_id: int, note_id: int) -> None:
    """The user opens the note in its list and types on."""
    model = window.pane.model
    row = model.row_of(note_id)
    assert row >= 0
    window.pane.timeline.setCurrentIndex(model.index(row, 0))  # a click on its card
    editor = window.pane.editor
    qtbot.waitUntil(lambda: editor.note_id == note_id, timeout=5_000)
    assert editor.body.toPlainText() == PUT_BACK
    body = editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " X")
    editor.flush()
    assert notes.get(note_id).body == PUT_BACK + " X"
