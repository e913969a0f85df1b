"""A list model that holds only ids and fetches rows a page at a time, like Anki's browser.

With 2,000 clients or thousands of notes, a view asks only for the rows it paints; those are
read in one query per page and cached until the data changes.

The model is a ``QStringListModel`` holding one empty string per id, so that the row count is
answered in C++: a ``QListView`` lays itself out (on every reset, selection jump and resize)
by asking ``index(row)`` of every row, and ``QAbstractListModel.index`` asks ``rowCount``
twice per row: 40,000 calls into Python, 44 ms, for 20,000 clients (issue 21). Only ``data``
and ``flags`` are answered here; everything else ``QStringListModel`` adds to a plain list
model (editing, moving, removing rows, its own item data) is turned back into what
``QAbstractListModel`` does, so the model behaves as one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QListView, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 50  # a screenful or two: the first paint reads one page

Index = QModelIndex | QPersistentModelIndex

# What QAbstractListModel.flags answers for a row of the model (Qt: selectable, enabled, and a
# list's row has no children), looked up once.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


class LazyIdModel(QStringListModel):
    """Subclasses provide ``_query_ids`` and ``_fetch`` and render records in ``_data``."""

    page_size = PAGE_SIZE
    """Rows read in one query; a list that jumps far (the client list) reads smaller pages."""

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
        self._resize_rows(len(ids))
        self.endResetModel()

    def _resize_rows(self, count: int) -> None:
        """Give the C++ list ``count`` rows, inside the reset: its own row signals blocked (the
        reset announces the change), as ``setStringList`` would reset a second time."""
        have = QStringListModel.rowCount(self)
        if have == count:
            return
        blocked = self.blockSignals(True)
        try:
            if have > count:
                QStringListModel.removeRows(self, count, have - count)
            else:
                QStringListModel.insertRows(self, have, count - have)
        finally:
            self.blockSignals(blocked)

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
            start = self._page_start(row)
            page = [i for i in self._ids[start : start + self.page_size] if i not in self._cache]
            self._cache.update(self._fetch(page))
            record = self._cache.get(item_id)
        return record

    def _page_start(self, row: int) -> int:
        """The first row of the page read for ``row``, which was not read yet."""
        return row - row % self.page_size

    def invalidate(self, item_id: int) -> None:
        """Forget one cached row (it was edited) and repaint it."""
        self._cache.pop(item_id, None)
        row = self.row_of(item_id)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    # -- Qt model interface ----------------------------------------------------------------
    # rowCount is QStringListModel's, in C++ (see the module's docstring).
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

    # -- what QStringListModel adds, taken back to QAbstractListModel's ----------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable and enabled, as a list model's rows; not editable or draggable.  A row of
        this model gets the flags looked up once: Qt's answer is a new Python enum each time,
        asked for every row painted (issue 21)."""
        if index.model() is self and index.column() == 0 and 0 <= index.row() < len(self._ids):
            return _ROW_FLAGS
        return QAbstractListModel.flags(self, index)

    def itemData(self, index: Index) -> dict[int, Any]:
        """Every role ``data`` answers, not the (empty) strings of the C++ list."""
        return QAbstractItemModel.itemData(self, index)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def setItemData(self, index: Index, roles: dict[int, Any]) -> bool:
        return False

    def clearItemData(self, index: Index) -> bool:
        return False

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """A view's internal move (QListView's drop) falls back to ``dropMimeData``."""
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The order is the store's; sorting the empty strings would do nothing useful."""

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


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
