"""Views that must refresh by themselves after a change (issue 19): the client list's last
contact after "Mark as sent", the Payments tab's overdue count after undoing a delete, and the
status bar after undoing a client's delete."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.domain import NoteKind
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes, payments
from clientjournal.ui.clients.list_model import SUBTITLE_ROLE
from clientjournal.ui.clients.pane import PAYMENTS_TAB


def test_mark_as_sent_updates_the_last_contact_in_the_list(qtbot, journal, windows, english):
    emil = clients.create(ClientData(name="Emil", email="emil@example.org"))
    notes.save(NoteData(client_id=emil, created_at=utcnow() - timedelta(days=40),
                        kind=NoteKind.CALL, body="Anruf"))  # fmt: skip
    draft = drafts.save(DraftData(client_id=emil, subject="Hallo", body="Freundliche Grüße"))
    drafts.hold(draft.id, utcnow() - timedelta(hours=30))
    window = windows.open()
    window.refresh(emil)
    row = window.client_list.model.index(window.client_list.model.row_of(emil), 0)
    assert "today" not in row.data(SUBTITLE_ROLE)
    pane = window.pane.replies
    window.pane.tabs.setCurrentWidget(pane)
    qtbot.mouseClick(pane.composer.buttons["sent"], Qt.MouseButton.LeftButton)
    assert drafts.get(draft.id).status == DraftStatus.SENT
    row = window.client_list.model.index(window.client_list.model.row_of(emil), 0)
    assert "today" in row.data(SUBTITLE_ROLE)


def test_undoing_an_invoice_delete_brings_the_overdue_count_back(qtbot, journal, windows, english):
    anna = clients.create(ClientData(name="Anna"))
    bob = clients.create(ClientData(name="Bob"))
    payments.create(PaymentData(client_id=anna, amount_cents=100_00, number="R-1",
                                issued_on=date.today() - timedelta(days=60),
                                due_on=date.today() - timedelta(days=30)))  # fmt: skip
    window = windows.open()
    window.refresh(anna)
    tabs = window.pane.tabs
    tabs.setCurrentIndex(PAYMENTS_TAB)
    pane = window.pane.payments
    qtbot.waitUntil(lambda: "overdue" in tabs.tabText(PAYMENTS_TAB))
    tabs.setCurrentIndex(0)  # back to the notes, as after any other work
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    pane.delete_current()
    assert "overdue" not in tabs.tabText(PAYMENTS_TAB)
    window.undo_stack.undo()
    assert "overdue" in tabs.tabText(PAYMENTS_TAB)
    window.undo_stack.redo()
    window.client_list.select_client(bob)  # on another client meanwhile
    assert "overdue" not in tabs.tabText(PAYMENTS_TAB)
    window.undo_stack.undo()  # shows Anna again, with her overdue invoice
    assert window.pane.client_id == anna
    assert "overdue" in tabs.tabText(PAYMENTS_TAB)


def test_undoing_a_client_delete_replaces_the_trash_message(qtbot, journal, windows, english):
    anna = clients.create(ClientData(name="Anna"))
    window = windows.open()
    window.refresh(anna)
    window.client_actions.delete_action.trigger()
    assert "moved to the trash" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert "moved to the trash" not in window.statusBar().currentMessage()
    assert "Anna" in window.statusBar().currentMessage()  # what was undone, said plainly
