"""The checklist of one client (or one of its projects): ids in order, rows fetched lazily.

Rows can be dragged to a new place; the new order is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from clientjournal.core.agreements.checklist import AgreementData, due_state
from clientjournal.core.timeutil import utcnow
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.labels import agreement_status_label, category_label, due_label
from clientjournal.ui.common import autosave
from clientjournal.ui.common.lazy_model import LazyIdModel

MIME_TYPE = "application/x-clientjournal-agreement-ids"
DUE_ROLE = Qt.ItemDataRole.UserRole + 20
DUE_STATE_ROLE = Qt.ItemDataRole.UserRole + 21
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 22
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 23

Index = QModelIndex | QPersistentModelIndex


class AgreementListModel(LazyIdModel):
    moved = Signal(int)  # id of the agreement that was dragged to a new place

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(agreements.fetch, parent)
        self.client_id: int | None = None
        self.project_id: int | None = None
        self.all_projects = True
        # shown on each row when all projects are listed
        self.project_names: dict[int | None, str] = {}

    def load(
        self, client_id: int | None, project_id: int | None = None, all_projects: bool = True
    ) -> None:
        self.client_id, self.project_id, self.all_projects = client_id, project_id, all_projects
        ids = (
            []
            if client_id is None
            else agreements.ids_for_client(client_id, project_id, all_projects)
        )
        self.set_ids(ids)

    def reload(self) -> None:
        self.load(self.client_id, self.project_id, self.all_projects)

    def _data(self, record: AgreementData, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return record.title
        if role == DUE_STATE_ROLE:
            return due_state(record.due_on, record.status, utcnow())
        if role == DUE_ROLE:
            now = utcnow()
            return due_label(record.due_on, due_state(record.due_on, record.status, now), now)
        if role == CATEGORY_ROLE:
            return category_label(record.category)
        if role == PROJECT_ROLE:
            return self.project_names.get(record.project_id, "") if self.all_projects else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                record.title,
                agreement_status_label(record.status),
                category_label(record.category),
            ]
            now = utcnow()
            parts.append(
                due_label(record.due_on, due_state(record.due_on, record.status, now), now)
            )
            return ", ".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.details or record.title
        return None

    # -- drag and drop to reorder ----------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(self.id_at(index.row())) for index in indexes if index.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        text = bytes(data.data(MIME_TYPE).data()).decode()
        ids = [int(part) for part in text.split(",") if part.isdigit()]
        if len(ids) != 1 or self.row_of(ids[0]) < 0:
            return False
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = self.rowCount()
        self.move_to(ids[0], target)
        return False  # we re-ordered ourselves; the view must not remove the source row

    @autosave.waits_for_round
    def move_to(self, agreement_id: int, row: int) -> None:
        """Move one item to ``row`` of what is shown now (a drop, or Ctrl+Shift+Up/Down)."""
        current = self.row_of(agreement_id)
        if current < 0:
            return
        # dropping below itself: the row index counts the item that is moving away
        new_row = max(0, min(len(self._ids) - 1, row - 1 if row > current else row))
        if new_row == current:
            return
        self.set_ids(agreements.move(agreement_id, new_row, self.ids()))
        self.moved.emit(agreement_id)
