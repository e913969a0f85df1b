"""The read-only tables: the model over rows read at once (a client's invoices, the lists across
clients), and the one base of the tables across clients (the "Needs attention" lists, and in a
window of their own the due list and the reply queue): a hint above the table, Enter or a
double-click opens the row, and with no rows only the hint is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A table of a few hundred rows at most, all read at once and shown as they are.

    Subclasses name the columns (``headers``, translated in the subclass so each keeps its
    own translation context) and say what a cell shows (``cell``); the row and column counts,
    the bounds checks and the header role are the same for all and live here."""

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, item: Row, column: int, role: int) -> Any:
        """What ``item`` shows in ``column`` for ``role``; None for nothing."""
        raise NotImplementedError

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return self.headers()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)


class ClientTable(QWidget):
    """Subclasses (or the dialog holding one) give the model and the names; a subclass that
    knows which client a row belongs to says so in ``client_of``."""

    clientActivated = Signal(int)
    rowActivated = Signal(QModelIndex)
    STRETCH_COLUMN = 0

    def __init__(
        self,
        model: QAbstractTableModel,
        name: str,
        accessible: str,
        parent: QWidget | None,
        stretch_column: int | None = None,
    ) -> None:
        super().__init__(parent)
        if stretch_column is not None:
            self.STRETCH_COLUMN = stretch_column
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName(name)
        self.table.setAccessibleName(accessible)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.activated.connect(self.open_row)
        self.hint = QLabel(self)
        self.hint.setObjectName(f"{name}Hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.setAccessibleName(accessible)

    def show_rows(self, filled_hint: str, empty_hint: str) -> None:
        """After the model was reloaded: the hint that fits, the table only when it has rows."""
        filled = self.model.rowCount() > 0
        self.table.setVisible(filled)
        self.hint.setText(filled_hint if filled else empty_hint)
        self.setAccessibleDescription(self.hint.text())
        if filled:
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            # Sized to its contents, a column's title touches its edges ("Letzte Notiz" in
            # German): a character's room beside it, as the stretched column has anyway.
            gap = 2 * header.fontMetrics().averageCharWidth()
            for column in range(self.model.columnCount()):
                if column != self.STRETCH_COLUMN:
                    header.resizeSection(column, header.sectionSize(column) + gap)
            header.setSectionResizeMode(self.STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
            self.table.selectRow(0)

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    def client_of(self, index: QModelIndex) -> int | None:
        """The client a row belongs to; None where only the holder knows (a dialog)."""
        return None

    def open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rowActivated.emit(index)
            client_id = self.client_of(index)
            if client_id is not None:
                self.clientActivated.emit(client_id)


class TableDialog(QDialog):
    """A window with one ``ClientTable`` and Close below. Subclasses give the model and how it
    re-reads its rows (``reload_rows``), the texts and what opening a row does."""

    STRETCH_COLUMN = 1

    def __init__(
        self,
        model: QAbstractTableModel,
        reload_rows: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._reload_rows = reload_rows
        self.view = ClientTable(model, "", "", self, self.STRETCH_COLUMN)
        self.view.rowActivated.connect(self.open_row)
        self.table = self.view.table
        self.hint = self.view.hint
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def reload(self) -> None:
        self._reload_rows()
        self.view.show_rows(self.filled_hint(), self.empty_hint())

    def present(self) -> None:
        """Show it, or bring it forward if it is already open behind the main window."""
        self.reload()
        if self.isVisible():
            self.raise_()
            self.activateWindow()
        else:
            self.show()

    def filled_hint(self) -> str:
        raise NotImplementedError

    def empty_hint(self) -> str:
        raise NotImplementedError

    def open_row(self, index: QModelIndex) -> None:
        raise NotImplementedError
