"""Edit → Undo "Add e-mail to …" while the mail note holds typing not saved yet (attack27c):
the editor let go of the note without saving it, so the redo brought the mail back without
what was typed.  Now the typing is saved before the note goes, as for Delete note."""

from __future__ import annotations

from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData
from clientjournal.store import clients, notes
from clientjournal.ui.common.context import ClientTab
from tests.ui.exchange.test_drop_import import DATA, drop


def _mail_bodies(client_id: int) -> list[str]:
    found = notes.fetch(notes.ids_for_client(client_id)).values()
    return [n.body for n in found if n.kind is NoteKind.EMAIL]


def test_undo_of_an_added_mail_keeps_what_was_typed_into_it_for_the_redo(qtbot, window):
    sabine = clients.create(
        ClientData(name="Sabine Krüger", email="sabine.krueger@krueger-architekten.example")
    )
    drop(window, DATA / "thunderbird_plain.eml")
    qtbot.waitUntil(lambda: len(_mail_bodies(sabine)) == 1)
    (note_id,) = notes.ids_for_client(sabine)
    window.open_client(sabine, ClientTab.NOTES, note_id)
    qtbot.waitUntil(lambda: window.pane.editor.note_id == note_id, timeout=5_000)
    body = window.pane.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Antwort folgt")  # not saved yet (the autosave comes later)
    assert window.undo_stack.undoText().startswith("Add e-mail")

    window.undo_action.trigger()
    assert _mail_bodies(sabine) == []
    window.undo_stack.redo()

    (back,) = _mail_bodies(sabine)
    assert back.endswith(" Antwort folgt")
