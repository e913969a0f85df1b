"""The client list: ids in display order from the store, rows fetched lazily."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from clientjournal.core.domain import ClientSort
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.labels import relative_day, status_label
from clientjournal.ui.common.lazy_model import LazyIdModel

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 10
STATUS_ROLE = Qt.ItemDataRole.UserRole + 11


class ClientListModel(LazyIdModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(clients.fetch, parent)
        self._filter = ""
        self._sort = ClientSort.NAME
        self._tag = ""

    def reload(
        self, filter_text: str | None = None, sort: ClientSort | None = None, tag: str | None = None
    ) -> None:
        if filter_text is not None:
            self._filter = filter_text
        if sort is not None:
            self._sort = sort
        if tag is not None:
            self._tag = tag
        self.set_ids(clients.list_ids(self._filter, self._sort, tag=self._tag))

    @property
    def tag(self) -> str:
        return self._tag

    @property
    def sort(self) -> ClientSort:  # type: ignore[override]  # hides Qt's sort(column, order), which no view calls here
        return self._sort

    @property
    def filter_text(self) -> str:
        return self._filter

    def _data(self, record: ClientData, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{record.name}, {status_label(record.status)}, {self._subtitle(record)}"
            return record.name
        if role == SUBTITLE_ROLE:
            return self._subtitle(record)
        if role == STATUS_ROLE:
            return status_label(record.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [record.name, record.company, record.email, status_label(record.status)]
            if record.tags:
                lines.append(" ".join(f"#{tag}" for tag in record.tags))
            return "\n".join(line for line in lines if line)
        return None

    def _subtitle(self, record: ClientData) -> str:
        contact = self.tr("last contact %1").replace("%1", relative_day(record.last_contact))
        if record.last_contact is None:
            contact = relative_day(None)
        parts = [record.company, contact, " ".join(f"#{tag}" for tag in record.tags)]
        return " · ".join(part for part in parts if part)
