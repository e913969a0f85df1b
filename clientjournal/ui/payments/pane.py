"""A client's invoices: the list with what is paid, open or overdue, the client's payment
record in one line, and the actions (add, edit, mark paid, delete, reminder text).

Every change goes through the window's undo stack, so a wrong "paid" or a deleted invoice is
one Ctrl+Z away.  "Today" is the local date, read when the list is filled (``today`` can be
replaced, e.g. by tests), and an invoice due today is not overdue yet.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.payments import (
    ClientPaymentStats,
    PaymentData,
    PaymentState,
    compute_stats,
    days_late,
    due_date,
    state,
)
from clientjournal.store import clients, payments
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.clients.flow_layout import FlowLayout
from clientjournal.ui.common.commands import command_button, delete_key
from clientjournal.ui.common.context import Change, WindowContext, concerns
from clientjournal.ui.common.empty_state import hint_label
from clientjournal.ui.common.labels import calendar_date
from clientjournal.ui.common.lazy_model import RECORD_ROLE
from clientjournal.ui.common.tables import RowTableModel
from clientjournal.ui.common.theme import warning_color
from clientjournal.ui.common.undo_commands import AddPayment, DeletePayment, EditPayment
from clientjournal.ui.payments.dialog import PaidDialog, PaymentDialog, money

NUMBER, PROJECT, AMOUNT, ISSUED, DUE, STATUS, NOTE = range(7)


class PaymentTableModel(RowTableModel[PaymentData]):
    """A client's invoices (a few dozen at most, so all are read at once), newest first."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_names: dict[int | None, str] = {}
        self.today = date.today()

    def load(
        self, rows: list[PaymentData], project_names: dict[int | None, str], today: date
    ) -> None:
        self.project_names = project_names
        self.today = today
        self.set_rows(rows)

    def row_of(self, payment_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == payment_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Project"),
            self.tr("Amount"),
            self.tr("Issued"),
            self.tr("Due"),
            self.tr("Paid"),
            self.tr("Note"),
        )

    def cell(self, payment: PaymentData, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(payment, column)
        if role == RECORD_ROLE:
            return payment
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (DUE, STATUS)
            and state(payment, self.today) is PaymentState.OVERDUE
        ):
            return QBrush(warning_color())
        if role == Qt.ItemDataRole.ToolTipRole and payment.note:
            return payment.note
        return None

    def status_text(self, payment: PaymentData) -> str:
        current = state(payment, self.today)
        if current is PaymentState.OVERDUE:
            return self.tr("%n day(s) overdue", "", days_late(payment, self.today))
        if current is PaymentState.OPEN:
            if payment.due_on == self.today:
                return self.tr("Due today")
            return self.tr("Open")
        paid = calendar_date(payment.paid_on) if payment.paid_on else ""
        if current is PaymentState.PAID_LATE:
            late = self.tr("%n day(s) late", "", days_late(payment, self.today))
            return self.tr("%1, %2").replace("%1", paid).replace("%2", late)
        return paid

    def has_projects(self) -> bool:
        """Whether any invoice shown belongs to a project (else the column is left out)."""
        return any(payment.project_id for payment in self._rows)

    def _text(self, payment: PaymentData, column: int) -> str:
        if column == NOTE:
            return " ".join(payment.note.split())  # one line; the whole note in the tooltip
        if column == NUMBER:
            return payment.number or "–"
        if column == PROJECT:
            return self.project_names.get(payment.project_id, "") if payment.project_id else ""
        if column == AMOUNT:
            return money(payment.amount_cents, payment.currency)
        if column == ISSUED:
            return calendar_date(payment.issued_on)
        if column == DUE:
            return calendar_date(payment.due_on)
        return self.status_text(payment)


class PaymentsPane(QWidget):
    """The "Payments" tab of a client.  Changes go through the window's undo stack, and
    every change of invoices (here, by an undo, an import) shows through ``journalChanged``."""

    statsChanged = Signal(object)  # ClientPaymentStats of the client shown (for a tab title)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        context.events.journalChanged.connect(self._on_journal_changed)
        self.client_id: int | None = None
        self.today: Callable[[], date] = date.today
        self.stats: ClientPaymentStats | None = None

        self.model = PaymentTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("paymentList")
        self.view.setAccessibleName(self.tr("Invoices of this client"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The note takes the room that is left (elided, whole in its tooltip); the project
        # column only when an invoice has a project: an empty stretched column hid the note.
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(False)
        self.view.activated.connect(lambda _index: self.edit_current())
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("paymentStats")
        self.stats_label.setWordWrap(True)
        self.empty_hint = hint_label(
            self.tr(
                "No invoices yet. Add one with its due date, and this tab shows when it is paid "
                "or overdue, and how punctual this client pays."
            ),
            "noPaymentsHint",
            self,
        )

        self.add_button = command_button(
            self, self.tr("&Add invoice…"), "addPayment", self.add, "Ins"
        )
        self.edit_button = command_button(self, self.tr("Ed&it…"), "editPayment", self.edit_current)
        self.paid_button = command_button(
            self, self.tr("Mar&k paid…"), "markPaymentPaid", self.mark_paid, "Ctrl+Shift+P"
        )
        self.reminder_button = command_button(
            self, self.tr("Reminder te&xt…"), "paymentReminder", self.show_reminder, "Ctrl+Shift+M"
        )
        self.delete_button = command_button(
            self, self.tr("&Delete"), "deletePayment", self.delete_current
        )
        delete_key(self.view, self.delete_current)

        actions = FlowLayout(spacing=-1)  # wraps rather than widen the window past the screen
        for button in (
            self.add_button,
            self.edit_button,
            self.paid_button,
            self.reminder_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stats_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint, 1)
        layout.addLayout(actions)
        self.show_client(None)

    # -- public ----------------------------------------------------------------------------
    def show_client(self, client_id: int | None) -> None:
        """Show another client's invoices (nothing is pending here: dialogs save on OK)."""
        self.client_id = client_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id
        if keep is None and (current := self.current_payment()) is not None:
            keep = current.id
        today = self.today()
        if self.client_id is None:
            self.model.load([], {}, today)
        else:
            names = {p.id: p.name for p in agreements.list_projects(self.client_id)}
            self.model.load(payments.for_client(self.client_id), names, today)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        has_rows = self.model.rowCount() > 0
        self.view.setColumnHidden(PROJECT, not self.model.has_projects())
        self.view.setVisible(has_rows)
        self.empty_hint.setVisible(not has_rows)
        self._update_stats(today)
        self._update_buttons()

    def current_payment(self) -> PaymentData | None:
        index = self.view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def new_payment(self) -> PaymentData | None:
        """What "Add invoice" starts from: issued today, due after the agreed term (else the
        default), in the currency of the client's last invoice."""
        if self.client_id is None:
            return None
        today = self.today()
        return PaymentData(
            client_id=self.client_id,
            amount_cents=0,
            issued_on=today,
            due_on=due_date(today, payments.term_days_for_client(self.client_id)),
            currency=payments.last_currency(self.client_id) or "EUR",
        )

    def add(self) -> None:
        start = self.new_payment()
        if start is None:
            return
        dialog = self._dialog(start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = AddPayment(dialog.payment(), self._context.events)
        self._context.undo_stack.push(command)
        if command.stored is not None:
            self.reload(command.stored.id)
        self._context.show_status(self.tr("Invoice added."))

    def edit_current(self) -> None:
        before = self.current_payment()
        if before is None:
            return
        dialog = self._dialog(before)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.payment()
        if after != before:
            text = self.tr("Edit invoice")
            self._context.undo_stack.push(EditPayment(before, after, text, self._context.events))

    def mark_paid(self) -> None:
        before = self.current_payment()
        if before is None:
            return
        dialog = PaidDialog(before, self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dataclasses.replace(before, paid_on=dialog.value())
        if after != before:
            text = self.tr("Mark invoice paid")
            self._context.undo_stack.push(EditPayment(before, after, text, self._context.events))

    def delete_current(self) -> None:
        payment = self.current_payment()
        if payment is None:
            return
        self._context.undo_stack.push(DeletePayment(payment, self._context.events))
        self._context.show_status(self.tr("Invoice deleted. Undo with Ctrl+Z."))

    def show_reminder(self) -> None:
        from clientjournal.ui.payments.reminder_dialog import PaymentReminderDialog

        payment = self.current_payment()
        if payment is None or payment.paid_on is not None or self.client_id is None:
            return
        PaymentReminderDialog(clients.get(self.client_id), payment, self.today(), self).exec()

    # -- private ---------------------------------------------------------------------------
    def _dialog(self, payment: PaymentData) -> PaymentDialog:
        projects = agreements.list_projects(payment.client_id)
        term = payments.term_days_for_client(payment.client_id)
        return PaymentDialog(payment, projects, term, self)

    @property
    def undo_stack(self) -> QUndoStack:
        """The window's: an invoice change is undone with the window's Ctrl+Z."""
        return self._context.undo_stack

    def _on_journal_changed(self, kind: str, client_ids: list) -> None:
        if (
            self.client_id is not None
            and concerns(kind, (Change.PAYMENTS,))
            and (kind == Change.JOURNAL or self.client_id in client_ids)
        ):
            self.reload()

    def _update_stats(self, today: date) -> None:
        if self.client_id is None or not self.model.rowCount():
            self.stats = None
            self.stats_label.clear()
            self.stats_label.hide()
            self.statsChanged.emit(ClientPaymentStats())
            return
        stats = self.stats = compute_stats(self.model.rows(), today)
        self.stats_label.setText(self.stats_text(stats))
        self.stats_label.show()
        self.statsChanged.emit(stats)

    def stats_text(self, stats: ClientPaymentStats) -> str:
        """ "Average 6 days late · 2 open, 1.200,00 € · 1 overdue": punctuality over the paid
        invoices first, then what is still to come in."""
        parts = []
        if stats.average_days_late is not None:
            days = round(stats.average_days_late)
            parts.append(
                self.tr("Average %n day(s) late", "", days) if days else self.tr("Pays on time")
            )
        if stats.open_count:
            sums = " + ".join(money(cents, code) for code, cents in stats.open_sums.items())
            parts.append(self.tr("%n open, %1", "", stats.open_count).replace("%1", sums))
        else:
            parts.append(self.tr("Nothing open"))
        if stats.overdue_count:
            parts.append(self.tr("%n overdue", "", stats.overdue_count))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        payment = self.current_payment()
        self.add_button.setEnabled(self.client_id is not None)
        for button in (self.edit_button, self.paid_button, self.delete_button):
            button.setEnabled(payment is not None)
        self.reminder_button.setEnabled(payment is not None and payment.paid_on is None)
