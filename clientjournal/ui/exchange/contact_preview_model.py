"""The contacts of a file as they will be imported: one checkable row each, duplicates marked
(and left unchecked, so importing them is a deliberate choice)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from clientjournal.core.contacts.contact import Contact
from clientjournal.store.exchange.contacts import Duplicate

Index = QModelIndex | QPersistentModelIndex


class ContactPreviewModel(QAbstractTableModel):
    checkedChanged = Signal()

    NAME, COMPANY, EMAIL, PHONE, TAGS, DUPLICATE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._duplicates: dict[int, Duplicate] = {}
        self._checked: list[bool] = []

    def set_contacts(self, contacts: list[Contact], duplicates: dict[int, Duplicate]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self._duplicates = dict(duplicates)
        self._checked = [index not in duplicates for index in range(len(contacts))]
        self.endResetModel()
        self.checkedChanged.emit()

    def checked_contacts(self) -> list[Contact]:
        return [c for c, on in zip(self._contacts, self._checked, strict=True) if on]

    def duplicate_count(self) -> int:
        return len(self._duplicates)

    def set_all_checked(self, checked: bool) -> None:
        self._checked = [checked] * len(self._contacts)
        if self._contacts:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._contacts) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checkedChanged.emit()

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Tags"),
            self.tr("Already in the journal?"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _duplicate_text(self, row: int) -> str:
        found = self._duplicates.get(row)
        if found is None:
            return ""
        if found.client_id is None:
            return self.tr("twice in the file (as “%1”)").replace("%1", found.name)
        if found.by_email:
            return self.tr("same e-mail as “%1”").replace("%1", found.name)
        return self.tr("same name and company as “%1”").replace("%1", found.name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        row, column = index.row(), index.column()
        contact = self._contacts[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if self._checked[row] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                contact.name,
                contact.company,
                contact.email,
                contact.phone,
                ", ".join(contact.tags),
                self._duplicate_text(row),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME:
            state = self.tr("will be imported") if self._checked[row] else self.tr("left out")
            return f"{contact.name}, {state}"
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.NAME
        ):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self._checked[index.row()] = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True
