"""A client's replies (drafts), newest first, rows fetched lazily; and how a row looks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from clientjournal.core.cooling import DraftData, DraftStatus, is_ready
from clientjournal.core.timeutil import utcnow
from clientjournal.store import drafts
from clientjournal.ui.common.lazy_model import RECORD_ROLE, LazyIdModel
from clientjournal.ui.common.two_line_delegate import Index, RowParts, TwoLineDelegate
from clientjournal.ui.replies.labels import draft_state_label, draft_title, local_time, ready_chip


class DraftListModel(LazyIdModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(drafts.fetch, parent)
        self.client_id: int | None = None
        self.include_closed = False

    def load(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        ids = (
            []
            if self.client_id is None
            else drafts.ids_for_client(self.client_id, self.include_closed)
        )
        self.set_ids(ids)

    def _data(self, record: DraftData, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return draft_title(record)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{draft_title(record)}, {draft_state_label(record, utcnow())}"
        return None


class DraftDelegate(TwoLineDelegate):
    def row_parts(self, index: Index) -> RowParts | None:
        draft = index.data(RECORD_ROLE)
        if draft is None:
            return None
        now = utcnow()
        when = local_time(draft.updated_at) if draft.updated_at else ""
        ready = DraftStatus(draft.status) == DraftStatus.HELD and is_ready(draft, now)
        # The state on the second line, beside the time: as a chip beside the subject it
        # took most of a narrow list ("Re: Brö…"); only a ready reply keeps a short chip.
        state = draft_state_label(draft, now)
        return RowParts(
            title=draft_title(draft),
            chip=ready_chip() if ready else "",
            subtitle=f"{state} · {when}" if when else state,
            chip_strong=ready,
        )
