"""Across all clients: agreements that are overdue or due soon, so nothing slips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from clientjournal.core.agreements.checklist import (
    DUE_SOON_DAYS,
    AgreementData,
    DueState,
    due_state,
)
from clientjournal.core.timeutil import utcnow
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.labels import agreement_status_label, due_label
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.common.tables import RowTableModel, TableDialog
from clientjournal.ui.common.theme import warning_color


class DueModel(RowTableModel[tuple[AgreementData, str]]):
    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = utcnow()

    def reload(self, within_days: int = DUE_SOON_DAYS) -> None:
        self._now = utcnow()
        self.set_rows(agreements.due_items(self._now, within_days))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Client"), self.tr("Agreement"), self.tr("Status"))

    def cell(self, row: tuple[AgreementData, str], column: int, role: int) -> Any:
        item, client = row
        state = due_state(item.due_on, item.status, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                due_label(item.due_on, state, self._now),
                client,
                item.title,
                agreement_status_label(item.status),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and state == DueState.OVERDUE and column == 0:
            return QBrush(warning_color())
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.details or item.title
        return None


class DueDialog(TableDialog):
    model: DueModel

    openAgreement = Signal(int, int)  # client id, agreement id
    STRETCH_COLUMN = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        model = DueModel()
        super().__init__(model, model.reload, parent)
        self.model.setParent(self)
        self.setObjectName("dueDialog")
        self.setWindowTitle(self.tr("Due soon and overdue"))
        self.resize(scaled_size(self, 720, 420))
        self.table.setObjectName("dueList")
        self.table.setAccessibleName(self.tr("Agreements due soon or overdue"))
        self.reload()

    def filled_hint(self) -> str:
        return self.tr(
            "Open or agreed items due within %n days, and everything overdue. Enter opens the client.",
            "",
            DUE_SOON_DAYS,
        )

    def empty_hint(self) -> str:
        return self.tr(
            "Nothing is due in the next %n days, and nothing is overdue.", "", DUE_SOON_DAYS
        )

    def open_row(self, index: QModelIndex) -> None:
        item, _ = self.model.row(index.row())
        self.openAgreement.emit(item.client_id, item.id)
