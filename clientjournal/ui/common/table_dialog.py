"""A window with one read-only table across clients (due agreements, the reply queue): the
common ``ClientTable`` (hint above, Enter or double-click opens the row) and Close below."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from clientjournal.ui.common.client_table import ClientTable


class TableDialog(QDialog):
    """Subclasses give the model (with a ``reload()``), the texts and what opening a row does."""

    STRETCH_COLUMN = 1

    def __init__(self, model: QAbstractTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
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
        self.model.reload()  # type: ignore[attr-defined]  # each subclass's model has reload()
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
