"""A window with one read-only table across clients (due agreements, the reply queue):
a hint above, Enter or double-click opens the row's client, Close below."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex
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


class TableDialog(QDialog):
    """Subclasses give the model (with a ``reload()``), the texts and what opening a row does."""

    STRETCH_COLUMN = 1

    def __init__(self, model: QAbstractTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.activated.connect(self.open_row)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def reload(self) -> None:
        self.model.reload()  # type: ignore[attr-defined]
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        if self.model.rowCount():
            self.hint.setText(self.filled_hint())
            self.table.selectRow(0)
        else:
            self.hint.setText(self.empty_hint())

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
