"""What the agreement checklist adds to the window: the cross-client "due soon and overdue"
view (View menu, Ctrl+D), which opens an agreement where it lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from clientjournal.ui.common.context import Change, ClientTab, WindowContext, concerns

if TYPE_CHECKING:
    from clientjournal.ui.agreements.due import DueDialog


class AgreementActions(QObject):
    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._due_dialog: DueDialog | None = None
        self.due_action = QAction(self.tr("&Due soon and overdue…"), self)
        self.due_action.setObjectName("actionDueView")
        self.due_action.setShortcut(QKeySequence("Ctrl+D"))
        self.due_action.triggered.connect(self.show_due)
        context.events.journalChanged.connect(self._on_journal_changed)

    def _on_journal_changed(self, kind: str, _client_ids: list) -> None:
        dialog = self._due_dialog
        if dialog is not None and dialog.isVisible() and concerns(kind, (Change.AGREEMENTS,)):
            dialog.reload()

    def show_due(self) -> None:
        from clientjournal.ui.agreements.due import DueDialog

        if self._due_dialog is None:
            self._due_dialog = DueDialog(self._context.dialog_parent())
            self._due_dialog.openAgreement.connect(self.open_agreement)
        self._due_dialog.present()

    def open_agreement(self, client_id: int, agreement_id: int) -> None:
        self._context.open_client(client_id, ClientTab.AGREEMENTS, agreement_id)
