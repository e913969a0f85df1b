"""The one base of the read-only tables across clients (the "Needs attention" lists, and inside
``TableDialog`` the due list and the reply queue): a hint above the table, Enter or a
double-click opens the row, and with no rows only the hint is shown."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


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
