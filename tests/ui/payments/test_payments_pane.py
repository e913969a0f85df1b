"""The payments tab, its dialogs and the overdue list, driven through real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from fake_context import FakeContext
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementData,
    AgreementStatus,
    ProjectData,
)
from clientjournal.core.domain import AddressForm
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData
from clientjournal.core.tone import assess
from clientjournal.store import clients, payments
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.payments.dialog import PaymentDialog
from clientjournal.ui.payments.overdue import OverdueModel, OverduePayments
from clientjournal.ui.payments.pane import PaymentsPane, PaymentTableModel
from clientjournal.ui.payments.reminder_dialog import PaymentReminderDialog

TODAY = date(2025, 6, 2)


@pytest.fixture(autouse=True)
def english_locale(english):
    """Amounts and dates as an English user sees them, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def client_id(journal) -> int:
    return clients.create(
        ClientData(name="Anna Schmidt", email="anna@example.org", address_form=AddressForm.DU)
    )


def stored(client_id: int, due: date, **values) -> PaymentData:
    fields = {"amount_cents": 1200_00, "issued_on": date(2025, 5, 1), "number": "R-1"} | values
    return payments.create(PaymentData(client_id=client_id, due_on=due, **fields))


@pytest.fixture
def context(qtbot):
    window = FakeContext()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def pane(qtbot, client_id, context):
    widget = PaymentsPane(context)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.show()
    widget.show_client(client_id)
    return widget


def plural(text: str) -> str:
    """English plurals whether or not the catalogue has the string yet ("day(s)" -> "days")."""
    return text.replace("(s)", "s")


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_empty_state(pane):
    assert pane.empty_hint.isVisible() and not pane.view.isVisible()
    assert not pane.edit_button.isEnabled() and pane.add_button.isEnabled()
    assert pane.view.objectName() == "paymentList" and pane.view.accessibleName()
    pane.show_client(None)
    assert not pane.add_button.isEnabled()


def test_add_an_invoice_through_the_dialog(qtbot, pane, client_id, on_dialog, context):
    item = agreements.save(
        AgreementData(client_id=client_id, title="Net 30", category=AgreementCategory.PAYMENT_TERMS)
    )
    agreements.set_status(item.id, AgreementStatus.AGREED)
    stored(client_id, date(2025, 1, 15), issued_on=date(2025, 1, 1), currency="CHF")
    seen = {}

    def fill(dialog):
        seen["due"] = dialog.due.date().toPython()
        seen["currency"] = dialog.currency.currentText()
        seen["hint"] = dialog.term_hint.text()
        qtbot.keyClicks(dialog.number, "R-2")
        qtbot.keyClicks(dialog.amount, "1.234,50")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    on_dialog(fill)
    with qtbot.waitSignal(context.events.journalChanged):
        qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert seen["due"] == date(2025, 7, 2)  # the agreed 30 days
    assert seen["currency"] == "CHF"  # as the last invoice
    assert "30 days" in plural(seen["hint"])
    added = pane.current_payment()
    assert (added.number, added.amount_cents, added.currency) == ("R-2", 123_450, "CHF")
    assert added.issued_on == TODAY and added.due_on == date(2025, 7, 2)
    assert pane.model.rowCount() == 2
    assert "CHF" in pane.model.index(0, 2).data() and "1,234.50" in pane.model.index(0, 2).data()
    context.undo_stack.undo()
    assert pane.model.rowCount() == 1
    context.undo_stack.redo()
    assert [p.number for p in payments.for_client(client_id)] == ["R-2", "R-1"]


def test_dialog_explains_what_is_wrong(qtbot, client_id, type_text):
    start = PaymentData(client_id, 0, TODAY, date(2025, 6, 16))
    dialog = PaymentDialog(start, [], None, None)
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    assert "Enter the amount" in dialog.error.text()
    assert "14 days" in plural(dialog.term_hint.text())
    type_text(dialog.amount, "12 Euro fünfzig")
    assert "is not an amount" in dialog.error.text() and not ok_button(dialog).isEnabled()
    dialog.amount.setText("-5")
    assert "negative" in dialog.error.text()
    dialog.amount.setText("1,200.00")
    assert dialog.error_text() == "" and ok_button(dialog).isEnabled()
    # Moving the issue date moves the due date along (same term)...
    dialog.issued.setDate(QDate(2025, 7, 1))
    assert dialog.due.date() == QDate(2025, 7, 15)
    # ...and a due date before the issue date is refused.
    dialog.due.setDate(QDate(2025, 6, 30))
    assert "before the issue date" in dialog.error.text() and not ok_button(dialog).isEnabled()
    dialog.due.setDate(QDate(2025, 8, 1))
    dialog.currency.setCurrentText("Euro")
    assert "three-letter" in dialog.error.text()
    dialog.currency.setCurrentText("usd")
    assert ok_button(dialog).isEnabled()
    result = dialog.payment()
    assert (result.amount_cents, result.currency, result.due_on) == (
        1200_00,
        "USD",
        date(2025, 8, 1),
    )


def test_overdue_is_highlighted_and_stats_shown(pane, client_id):
    stored(client_id, date(2025, 5, 10), paid_on=date(2025, 5, 22))  # 12 days late
    stored(client_id, date(2025, 5, 21), number="R-2")  # 12 days overdue
    stored(client_id, TODAY, number="R-3", amount_cents=50_00)  # due today: open
    pane.reload()
    rows = {pane.model.index(r, 0).data(): r for r in range(pane.model.rowCount())}
    overdue = pane.model.index(rows["R-2"], 5)
    assert plural(overdue.data()) == "12 days overdue"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert pane.model.index(rows["R-3"], 5).data() == "Due today"
    assert pane.model.index(rows["R-3"], 5).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "12 days late" in plural(pane.model.index(rows["R-1"], 5).data())
    text = plural(pane.stats_label.text())
    assert text.startswith("Average 12 days late · 2 open, ")
    assert "1,250.00" in text and text.endswith("· 1 overdue")


def test_mark_paid_and_undo(qtbot, pane, client_id, on_dialog, context):
    invoice = stored(client_id, date(2025, 5, 21))
    pane.reload(invoice.id)
    assert pane.reminder_button.isEnabled()

    def pay(dialog):
        assert dialog.day.date() == QDate(2025, 6, 2)  # today by default
        dialog.day.setDate(QDate(2025, 5, 30))
        dialog.accept()

    on_dialog(pay)
    qtbot.mouseClick(pane.paid_button, Qt.MouseButton.LeftButton)
    assert payments.get(invoice.id).paid_on == date(2025, 5, 30)
    assert plural(pane.model.index(0, 5).data()).endswith("9 days late")
    assert not pane.reminder_button.isEnabled()
    context.undo_stack.undo()
    assert payments.get(invoice.id).paid_on is None
    assert plural(pane.model.index(0, 5).data()) == "12 days overdue"


def test_delete_and_undo(qtbot, pane, client_id, context):
    invoice = stored(client_id, date(2025, 5, 21))
    pane.reload(invoice.id)
    pane.view.setFocus()
    messages = context.statuses
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert payments.for_client(client_id) == []
    assert pane.empty_hint.isVisible()
    assert "Undo" in messages[0]
    context.undo_stack.undo()
    assert payments.for_client(client_id) == [invoice]
    assert pane.model.rowCount() == 1


def test_reminder_dialog_text_copy_and_mail(qtbot, client_id, opened_urls):
    invoice = stored(client_id, date(2025, 5, 21), number="2025-017", amount_cents=123_450)
    dialog = PaymentReminderDialog(clients.get(client_id), invoice, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.lang() == "de"  # du: German
    body = dialog.body.toPlainText()
    assert body.startswith("Hallo Anna,") and "1.234,50 €" in body and "2025-017" in body
    assert dialog.subject.text() == "Zahlungserinnerung: Rechnung 2025-017"
    assert not assess(body, "de").heated
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.body.toPlainText().startswith("Hi Anna,")
    assert "€1,234.50" in dialog.body.toPlainText()
    dialog.body.setPlainText("Edited text")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Edited text"
    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert opened_urls[0].startswith("mailto:anna@example.org?subject=Payment%20reminder")


def test_reminder_opens_from_the_pane(qtbot, pane, client_id, on_dialog):
    invoice = stored(client_id, date(2025, 5, 21))
    pane.reload(invoice.id)
    seen = []

    def read(dialog):
        seen.append(dialog.body.toPlainText())
        dialog.reject()

    on_dialog(read)
    qtbot.mouseClick(pane.reminder_button, Qt.MouseButton.LeftButton)
    assert seen and "R-1" in seen[0]


def test_overdue_list_across_clients(qtbot, client_id):
    other = clients.create(ClientData(name="Bert"))
    gone = clients.create(ClientData(name="Gone"))
    stored(client_id, date(2025, 5, 21), number="A")
    stored(other, date(2025, 5, 2), number="B")
    stored(other, TODAY, number="C")  # due today: not overdue
    stored(gone, date(2025, 5, 2), number="D")
    clients.trash(gone)
    widget = OverduePayments()
    widget.today = lambda: TODAY
    widget.reload()
    qtbot.addWidget(widget)
    widget.show()
    model = widget.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["B", "A"]
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == ["31", "12"]
    assert model.index(0, 0).data() == "Bert"
    with qtbot.waitSignal(widget.clientActivated) as signal:
        widget.table.setFocus()
        widget.table.setCurrentIndex(model.index(1, 0))
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert signal.args == [client_id]
    payments.mark_paid(payments.for_client(client_id)[0].id, TODAY)
    payments.mark_paid(payments.for_client(other)[1].id, TODAY)
    widget.reload()
    assert widget.count() == 0 and "No invoice is overdue" in widget.hint.text()


def test_models_pass_qtmodeltester(qtmodeltester, client_id):
    stored(client_id, date(2025, 5, 21), note="first")
    stored(client_id, date(2025, 5, 10), paid_on=date(2025, 5, 12))
    model = PaymentTableModel()
    model.load(payments.for_client(client_id), {}, TODAY)
    qtmodeltester.check(model, force_py=True)
    overdue = OverdueModel()
    overdue.reload(TODAY)
    qtmodeltester.check(overdue, force_py=True)


def test_the_invoice_note_is_shown_and_an_empty_project_column_is_not(qtbot, pane, client_id):
    """Issue 19: the table hid the invoice note (tooltip only) and gave a wide, empty Project
    column the room.  The note is a column of its own taking what is left; the project column
    is there only when an invoice has a project."""
    from clientjournal.ui.payments.pane import NOTE, PROJECT

    stored(client_id, date(2025, 5, 21), note="Anzahlung\nzweite Hälfte bei Abnahme")
    pane.resize(700, 300)
    pane.reload()
    view = pane.view
    assert pane.model.headerData(NOTE, Qt.Orientation.Horizontal) == "Note"
    assert pane.model.index(0, NOTE).data() == "Anzahlung zweite Hälfte bei Abnahme"
    assert view.isColumnHidden(PROJECT)
    assert not view.isColumnHidden(NOTE) and view.columnWidth(NOTE) > 150
    assert not view.horizontalScrollBar().isVisible()
    project = agreements.save_project(ProjectData(client_id=client_id, name="Relaunch"))
    stored(client_id, date(2025, 6, 21), number="R-2", project_id=project.id)
    pane.reload()
    assert not view.isColumnHidden(PROJECT)
    assert "Relaunch" in {pane.model.index(r, PROJECT).data() for r in range(2)}
