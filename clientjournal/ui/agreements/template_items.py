"""The points of a checklist template as an editable table: title, category, details.

Kept apart from the template dialog so that each stays small: this knows cells, the dialog
knows templates and the store.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clientjournal.core.agreements.checklist import AgreementCategory
from clientjournal.core.agreements.templates import TemplateItem
from clientjournal.ui.agreements.labels import category_label
from clientjournal.ui.common.font_size import scaled

TITLE, CATEGORY, DETAILS = range(3)
ValueRole = Qt.ItemDataRole.UserRole

ModelIndex = QModelIndex | QPersistentModelIndex


class CategoryDelegate(QStyledItemDelegate):
    """The category column is edited with a combo box of the translated category names."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Category"))
        for category in AgreementCategory:
            combo.addItem(category_label(category), category.value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(ValueRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), ValueRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ItemTable(QTableWidget):
    """The points of one template: title, category, details per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Category"), self.tr("Details")])
        self.setItemDelegateForColumn(CATEGORY, CategoryDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table, the arrow keys move inside
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(TITLE, scaled(self, 200))

    def finish_editing(self) -> None:
        """Commit a cell still being edited: a keyboard shortcut does not take the focus away
        from the editor, so its text would otherwise not have reached the table yet."""
        index = self.currentIndex()
        editor = self.indexWidget(index) if index.isValid() else None
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def load(self, items: list[TemplateItem], editable: bool) -> None:
        self.setRowCount(0)
        for item in items:
            self.insert(self.rowCount(), item, editable)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.AllEditTriggers & ~triggers.CurrentChanged
            if editable
            else triggers.NoEditTriggers
        )

    def insert(self, row: int, item: TemplateItem, editable: bool = True) -> None:
        self.insertRow(row)
        cells = [QTableWidgetItem(text) for text in (item.title, "", item.details)]
        cells[CATEGORY].setData(ValueRole, AgreementCategory(item.category).value)
        cells[CATEGORY].setText(category_label(item.category))
        for column, cell in enumerate(cells):
            if not editable:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, column, cell)

    def items(self) -> list[TemplateItem]:  # type: ignore[override]  # hides Qt's protected items(QMimeData), unused here
        """The rows as template items; an empty row added by mistake is left out."""
        found = []
        for row in range(self.rowCount()):
            cells = [self.item(row, column) for column in (TITLE, CATEGORY, DETAILS)]
            title, details = (c.text().strip() if c else "" for c in (cells[0], cells[2]))
            category = cells[1].data(ValueRole) if cells[1] else None
            if title or details:
                found.append(TemplateItem(title, AgreementCategory(category or "other"), details))
        return found

    def swap_rows(self, row: int, other: int) -> None:
        for column in range(self.columnCount()):
            first, second = self.takeItem(row, column), self.takeItem(other, column)
            self.setItem(other, column, first)
            self.setItem(row, column, second)
