"""Wires the agreement checklist into the window: undoable deletes, templates, the client
summary, and the cross-client "due soon and overdue" view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.common.undo_commands import DeleteAgreement

if TYPE_CHECKING:
    from clientjournal.ui.agreements.pane import AgreementPane
    from clientjournal.ui.shell.main_window import MainWindow


class AgreementActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._due_dialog = None
        window.pane.paneBuilt.connect(self._connect)
        self.due_action = QAction(self.tr("&Due soon and overdue…"), window)
        self.due_action.setObjectName("actionDueView")
        self.due_action.setShortcut(QKeySequence("Ctrl+D"))
        self.due_action.triggered.connect(self.show_due)
        window.addAction(self.due_action)

    @property
    def pane(self) -> AgreementPane:
        return self._window.pane.agreements

    def _connect(self, pane: QObject) -> None:
        if hasattr(pane, "templateRequested"):  # the agreement pane (not the replies)
            pane.deleteRequested.connect(self.delete)
            pane.templateRequested.connect(self.apply_template)
            pane.summaryRequested.connect(self.show_summary)

    def delete(self, agreement_id: int) -> None:
        title = agreements.get(agreement_id).title
        self._window.undo_stack.push(DeleteAgreement(agreement_id, title, self._after_change))
        self._window.statusBar().showMessage(self.tr("Agreement deleted. Undo with Ctrl+Z."), 8000)

    def _after_change(self, client_id: int | None) -> None:
        if client_id is not None and client_id != self._window.pane.client_id:
            self._window.client_list.select_client(client_id)
        self.pane.reload()
        if self._due_dialog is not None and self._due_dialog.isVisible():
            self._due_dialog.reload()

    def apply_template(self, project_id: int | None) -> None:
        from clientjournal.ui.agreements.template_dialog import TemplateDialog

        client_id = self.pane.client_id
        if client_id is None:
            return
        dialog = TemplateDialog(client_id, project_id, self._language(), self._window)
        dialog.applied.connect(lambda ids: self.pane.reload(ids[0] if ids else None))
        dialog.exec()

    def show_summary(self) -> None:
        from clientjournal.ui.agreements.summary_dialog import SummaryDialog

        client_id = self.pane.client_id
        if client_id is None:
            return
        items = agreements.fetch(agreements.ids_for_client(client_id))
        ordered = [items[i] for i in agreements.ids_for_client(client_id) if i in items]
        SummaryDialog(clients.get(client_id), ordered, self.pane.projects(), self._window).exec()

    def show_due(self) -> None:
        from clientjournal.ui.attention.due import DueDialog

        if self._due_dialog is None:
            self._due_dialog = DueDialog(self._window)
            self._due_dialog.openAgreement.connect(self.open_agreement)
        self._due_dialog.present()

    def open_agreement(self, client_id: int, agreement_id: int) -> None:
        self._window.show_client_tab(client_id, self.pane)
        self.pane.project_filter.setCurrentIndex(0)
        self.pane.reload(agreement_id)
        self.pane.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _language(self) -> str:
        from PySide6.QtCore import QLocale

        return "de" if QLocale().language() == QLocale.Language.German else "en"
