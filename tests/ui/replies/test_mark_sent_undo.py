""" "Mark as sent" is one step on the undo stack (attack19 finding 2): Ctrl+Z right after it
took back an older, unrelated change on another client, and the reply stayed sent."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.records import ClientData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes


def test_undo_after_mark_as_sent_takes_the_note_away_and_the_reply_back(
    qtbot, journal, windows, english
):
    other = clients.create(ClientData(name="Andreas"))
    emil = clients.create(ClientData(name="Emil", email="emil@example.org"))
    draft = drafts.save(DraftData(client_id=emil, subject="Hallo", body="Freundliche Grüße"))
    held = drafts.hold(draft.id, utcnow() - timedelta(hours=30))
    window = windows.open()
    window.refresh(other)
    window.client_actions.delete_action.trigger()  # an older change, on another client
    window.refresh(emil)
    pane = window.pane.replies
    window.pane.tabs.setCurrentWidget(pane)
    pane.open_draft(draft.id)
    qtbot.mouseClick(pane.composer.buttons["sent"], Qt.MouseButton.LeftButton)
    sent = drafts.get(draft.id)
    assert sent.status == DraftStatus.SENT and sent.sent_note_id is not None
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    assert len(notes.ids_for_client(emil)) == 1

    window.undo_stack.undo()
    back = drafts.get(draft.id)
    assert back.status == DraftStatus.HELD and back.hold_until == held.hold_until
    assert (back.subject, back.body) == ("Hallo", "Freundliche Grüße")
    assert notes.ids_for_client(emil) == [], "the e-mail note it wrote is gone"
    assert clients.get(other).deleted_at is not None, "the older change stays as it was"
    assert window.pane.client_id == emil

    window.undo_stack.redo()
    assert drafts.get(draft.id).status == DraftStatus.SENT
    assert len(notes.ids_for_client(emil)) == 1
