"""Across all clients: the invoices past their due day, the longest overdue first.

A widget, not a window, so it can sit in a "Needs attention" dialog beside the other lists.
Enter or a double-click on a row asks to open that client (``clientActivated``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from clientjournal.store import payments
from clientjournal.store.payments import OverdueRow
from clientjournal.ui.common.labels import calendar_date
from clientjournal.ui.common.tables import ClientTable, RowTableModel
from clientjournal.ui.common.theme import warning_color
from clientjournal.ui.payments.dialog import money

CLIENT, NUMBER, AMOUNT, DUE, DAYS = range(5)


class OverdueModel(RowTableModel[OverdueRow]):
    COLUMNS = 5

    def reload(self, today: date) -> None:
        self.set_rows(payments.overdue(today))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Client"),
            self.tr("Invoice"),
            self.tr("Amount"),
            self.tr("Due"),
            self.tr("Days overdue"),
        )

    def cell(self, row: OverdueRow, column: int, role: int) -> Any:
        _, name, payment, late = row
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                name,
                payment.number or "–",
                money(payment.amount_cents, payment.currency),
                calendar_date(payment.due_on),
                str(late),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == DAYS:
            return QBrush(warning_color())
        if role == Qt.ItemDataRole.ToolTipRole and payment.note:
            return payment.note
        return None


class OverduePayments(ClientTable):
    """The overdue invoices of all clients not in the trash; ``reload()`` to refresh."""

    model: OverdueModel

    paymentActivated = Signal(int, int)  # client id, invoice id (to select it in the tab)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            OverdueModel(), "overduePayments", self.tr("Overdue invoices of all clients"), parent
        )
        self.model.setParent(self)
        self.today: Callable[[], date] = date.today
        self.reload()

    def reload(self) -> None:
        self.model.reload(self.today())
        count = self.model.rowCount()
        self.show_rows(
            self.tr(
                "%n invoice(s) past the due date, the longest overdue first. "
                "Enter opens the client.",
                "",
                count,
            ),
            self.tr("No invoice is overdue."),
        )

    def count(self) -> int:
        return self.model.rowCount()

    def client_of(self, index: QModelIndex) -> int | None:
        return self.model.row(index.row()).client_id

    def open_row(self, index: QModelIndex) -> None:
        super().open_row(index)
        if index.isValid():
            row = self.model.row(index.row())
            if row.payment.id is not None:
                self.paymentActivated.emit(row.client_id, row.payment.id)
