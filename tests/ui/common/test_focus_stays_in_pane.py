"""A pane button that disables itself keeps the focus in its pane (attack19 finding 1).

Clicking "Delete" on an invoice disabled the button, and Qt handed the focus on along the
window's chain to the client filter: the status bar's "Undo with Ctrl+Z" then undid the
filter's text, and the invoice stayed deleted.  Driven in the real window, with the mouse
and the keyboard as a user would.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes, payments
from clientjournal.ui.clients.pane import PAYMENTS_TAB


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _settle(qtbot) -> None:
    """Let the deferred focus correction run (it is queued behind the click)."""
    QApplication.processEvents()
    QApplication.processEvents()


def _undo_key(qtbot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_after_the_invoice_delete_button_undoes_the_delete(qtbot, journal, windows, english):
    anna = clients.create(ClientData(name="Anna"))
    payments.create(PaymentData(client_id=anna, amount_cents=100_00, number="R-1",
                                issued_on=date.today() - timedelta(days=60),
                                due_on=date.today() - timedelta(days=30)))  # fmt: skip
    window = windows.open()
    _activate(qtbot, window)
    window.refresh(anna)
    window.pane.tabs.setCurrentIndex(PAYMENTS_TAB)
    pane = window.pane.payments
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert payments.for_client(anna) == []
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QLineEdit), "the focus went to a text field far away"
    assert pane.isAncestorOf(focused), "the focus stays in the payments pane"
    _undo_key(qtbot)
    assert len(payments.for_client(anna)) == 1, "Ctrl+Z undid the delete"


def test_ctrl_z_after_the_delete_note_button_undoes_the_delete(qtbot, journal, windows, english):
    anna = clients.create(ClientData(name="Anna"))
    note = notes.save(NoteData(client_id=anna, created_at=utcnow() - timedelta(days=2),
                               body="Nur eine Notiz"))  # fmt: skip
    window = windows.open()
    _activate(qtbot, window)
    window.refresh(anna)
    window.pane.show_note(note.id)
    button = window.pane.delete_note_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert notes.ids_for_client(anna) == []
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QLineEdit), "the focus went to a text field far away"
    _undo_key(qtbot)
    assert notes.ids_for_client(anna) == [note.id], "Ctrl+Z undid the delete"


def test_ctrl_z_after_the_discard_button_brings_the_reply_back(qtbot, journal, windows, english):
    anna = clients.create(ClientData(name="Anna"))
    draft = drafts.save(DraftData(client_id=anna, subject="Hallo", body="Freundliche Grüße"))
    window = windows.open()
    _activate(qtbot, window)
    window.refresh(anna)
    pane = window.pane.replies
    window.pane.tabs.setCurrentWidget(pane)
    pane.open_draft(draft.id)
    button = pane.composer.buttons["discard"]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert drafts.get(draft.id).status == DraftStatus.DISCARDED
    focused = QApplication.focusWidget()
    assert focused is not None and pane.isAncestorOf(focused), "the focus stays with the replies"
    _undo_key(qtbot)
    assert drafts.get(draft.id).status == DraftStatus.WRITING, "Ctrl+Z brought it back"


def test_ctrl_z_after_an_agreement_status_button_undoes_nothing_else(
    qtbot, journal, windows, english
):
    """ "Agreed" disables itself once the item is agreed: the focus stays on the checklist
    (not the client filter, whose text Ctrl+Z would take back)."""
    from clientjournal.core.agreements.checklist import AgreementData, AgreementStatus
    from clientjournal.store.agreements import checklist as agreements

    anna = clients.create(ClientData(name="Anna"))
    item = agreements.save(AgreementData(client_id=anna, title="Preis"))
    window = windows.open()
    _activate(qtbot, window)
    window.refresh(anna)
    pane = window.pane.agreements
    window.pane.tabs.setCurrentWidget(pane)
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    button = pane.status_buttons[AgreementStatus.AGREED]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert agreements.get(item.id).status == AgreementStatus.AGREED
    assert not button.isEnabled()
    focused = QApplication.focusWidget()
    assert focused is not None and pane.isAncestorOf(focused), focused
    assert not isinstance(focused, QLineEdit)
