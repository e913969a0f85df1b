"""The trash: deleted clients wait here until restored or until the trash is emptied."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clientjournal.store import clients
from clientjournal.ui.common import autosave
from clientjournal.ui.common.commands import command_button
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.common.labels import local_date


class TrashDialog(QDialog):
    restored = Signal(int)
    emptied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.setMinimumSize(scaled_size(self, 420, 320))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("trashList")
        self.list.setAccessibleName(self.tr("Deleted clients"))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(self._restore)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = command_button(
            self, self.tr("&Restore"), "restoreClient", self._restore
        )
        self.empty_button = command_button(
            self, self.tr("&Empty trash…"), "emptyTrash", self._empty
        )
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        trashed = clients.fetch(clients.list_ids(trashed=True))
        for client_id, client in trashed.items():
            deleted = local_date(client.deleted_at) if client.deleted_at else ""
            text = self.tr("%1 — deleted %2").replace("%1", client.name).replace("%2", deleted)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
        self.hint.setText(
            self.tr("Deleted clients and their notes are kept here until you empty the trash.")
            if trashed
            else self.tr("The trash is empty.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))
        self.empty_button.setEnabled(self.list.count() > 0)

    def _restore(self) -> None:
        for item in self.list.selectedItems():
            client_id = item.data(Qt.ItemDataRole.UserRole)
            clients.restore(client_id)
            self.restored.emit(client_id)
        self.reload()

    def _empty(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Delete %n client(s) and all their notes for good? This cannot be undone.",
                "",
                self.list.count(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._empty_now()

    @autosave.waits_for_round  # a sync round holds the journal: when it ends
    def _empty_now(self) -> None:
        clients.empty_trash()
        self.emptied.emit()
        self.reload()
