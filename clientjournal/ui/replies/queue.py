"""The "sleep on it" queue: every held reply across clients, ready ones first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QWidget,
)

from clientjournal.core.cooling import DraftData, is_ready
from clientjournal.core.timeutil import utcnow
from clientjournal.store import drafts
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.common.table_dialog import TableDialog
from clientjournal.ui.replies.labels import draft_title, local_time

Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[DraftData, str]] = []
        self._now = utcnow()

    def reload(self) -> None:
        self.beginResetModel()
        self._now = utcnow()
        self._rows = drafts.queue(self._now)
        self.endResetModel()

    def row(self, row: int) -> tuple[DraftData, str]:
        return self._rows[row]

    def ready_count(self) -> int:
        return sum(1 for draft, _ in self._rows if is_ready(draft, self._now))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Client"), self.tr("Reply"), self.tr("Written"), self.tr("Ready"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        draft, client = self._rows[index.row()]
        ready = is_ready(draft, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            held = draft.held_at or draft.created_at
            written = local_time(held) if held else ""
            when = (
                self.tr("ready now")
                if ready
                else local_time(draft.hold_until)
                if draft.hold_until
                else ""
            )
            return (client, draft_title(draft), written, when)[index.column()]
        if role == Qt.ItemDataRole.FontRole and ready:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("ready") if ready else self.tr("sleeping")
            return f"{client}, {draft_title(draft)}, {state}"
        return None


class QueueDialog(TableDialog):
    model: QueueModel

    openDraft = Signal(int, int)  # client id, draft id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QueueModel(), parent)
        self.model.setParent(self)
        self.setObjectName("queueDialog")
        self.setWindowTitle(self.tr("Sleep-on-it queue"))
        self.resize(scaled_size(self, 720, 380))
        self.table.setObjectName("coolingQueue")
        self.table.setAccessibleName(self.tr("Replies you are sleeping on"))
        self.reload()

    def filled_hint(self) -> str:
        return self.tr(
            "Replies you are sleeping on. A ready one is best reread calmly now; Enter opens it."
        )

    def empty_hint(self) -> str:
        return self.tr(
            "No reply is waiting. When a draft reads as heated, “Sleep on it” holds it here until "
            "the next morning."
        )

    def open_row(self, index: QModelIndex) -> None:
        draft, _ = self.model.row(index.row())
        self.openDraft.emit(draft.client_id, draft.id)
