"""A note opened by its id (a search hit, an agreement's "Show") is the one in the editor and
the one selected in the list, also while a sync round holds the journal (attack-20d D6: the
list kept the note left before selected, so opening that one again changed nothing)."""

from __future__ import annotations

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import ClientTab
from clientjournal.ui.common.lazy_model import RECORD_ROLE


def _selected(window) -> int | None:
    record = window.pane.timeline.currentIndex().data(RECORD_ROLE)
    return None if record is None else record.id


def test_opening_a_note_by_id_during_a_round_shows_it(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Desk Kunde"))
    first = notes.save(NoteData(client_id=client_id, created_at=utcnow(), body="Erste ")).id
    second = notes.save(NoteData(client_id=client_id, created_at=utcnow(), body="Zweite ")).id
    window.open_client(client_id, ClientTab.NOTES, first)
    qtbot.keyClicks(window.pane.editor.body, "abc")
    window.open_client(client_id, ClientTab.NOTES, second)  # the first is saved on the way
    assert window.pane.editor.note_id == second
    assert _selected(window) == second
    autosave.hold()  # as a round does around its transaction
    try:
        window.open_client(client_id, ClientTab.AGREEMENTS)
        window.open_client(client_id, ClientTab.NOTES, first)
        assert window.pane.editor.note_id == first
        assert _selected(window) == first
    finally:
        autosave.release()
