"""A list model that holds only ids and fetches rows a page at a time, like Anki's browser.

With 2,000 clients or thousands of notes, a view asks only for the rows it paints; those are
read in one query per page and cached until the data changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QListView, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 50  # a screenful or two: the first paint reads one page

Index = QModelIndex | QPersistentModelIndex


class LazyIdModel(QAbstractListModel):
    """Subclasses provide ``_query_ids`` and ``_fetch`` and render records in ``_data``."""

    def __init__(self, fetch: Callable[[list[int]], dict[int, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._cache: dict[int, Any] = {}

    # -- loading ---------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows = {item: row for row, item in enumerate(ids)}
        self._cache.clear()
        self.endResetModel()

    def refresh(self, ids: list[int], changed_id: int) -> None:
        """After one row was edited: repaint it, or re-order everything if its place moved."""
        if ids == self._ids:
            self.invalidate(changed_id)
        else:
            self.set_ids(ids)

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, item_id: int) -> int:
        return self._rows.get(item_id, -1)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def record(self, row: int) -> Any:
        item_id = self._ids[row]
        record = self._cache.get(item_id)
        if record is None:
            start = row - row % PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
            self._cache.update(self._fetch(page))
            record = self._cache.get(item_id)
        return record

    def invalidate(self, item_id: int) -> None:
        """Forget one cached row (it was edited) and repaint it."""
        self._cache.pop(item_id, None)
        row = self.row_of(item_id)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        record = self.record(index.row())
        if record is None:  # deleted by someone else since the ids were read
            return None
        if role == RECORD_ROLE:
            return record
        return self._data(record, role)

    def _data(self, record: Any, role: int) -> Any:
        raise NotImplementedError


def record_list(
    parent: QWidget,
    model: LazyIdModel,
    delegate: Callable[[QListView], QAbstractItemDelegate],
    name: str,
    accessible: str,
) -> QListView:
    """The list a pane shows its records in: rows of one height (Qt then lays out only the
    rows it paints, so only their pages are read), one record current at a time, each row
    drawn by the feature's delegate; ``name`` and ``accessible`` for tests and screen readers."""
    view = QListView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setItemDelegate(delegate(view))
    view.setUniformItemSizes(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view
