"""The "sleep on it" queue: every held reply across clients, ready ones first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from clientjournal.core.cooling import DraftData, is_ready
from clientjournal.core.timeutil import utcnow
from clientjournal.store import drafts
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.common.tables import RowTableModel, TableDialog
from clientjournal.ui.replies.labels import draft_title, local_time


class QueueModel(RowTableModel[tuple[DraftData, str]]):
    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = utcnow()

    def reload(self) -> None:
        self._now = utcnow()
        self.set_rows(drafts.queue(self._now))

    def ready_count(self) -> int:
        return sum(1 for draft, _ in self._rows if is_ready(draft, self._now))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Client"), self.tr("Reply"), self.tr("Written"), self.tr("Ready"))

    def cell(self, row: tuple[DraftData, str], column: int, role: int) -> Any:
        draft, client = row
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
            return (client, draft_title(draft), written, when)[column]
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
        model = QueueModel()
        super().__init__(model, model.reload, parent)
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
