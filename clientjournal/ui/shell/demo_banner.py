"""While demo data is in the journal: a quiet bar above the client list and File → Remove demo
data, both taking the demo out in one step (store/demo_data.py) after one confirmation.

The bar says what the user is looking at and offers the way out; it never pops up, blinks or
asks again.  Clients the user added meanwhile stay; the confirmation says that notes written on
a demo client go with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from clientjournal.store.demo import presence
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import Change, WindowContext, concerns


class DemoBanner(QFrame):
    """The bar and its File menu entry (``action``); the shell places both."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self.setObjectName("demoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self.tr("You are looking at demo data."), self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Re&move demo data"), self)
        self.button.setObjectName("removeDemoButton")
        self.button.setAccessibleName(self.tr("Remove demo data"))
        self.button.clicked.connect(self.remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Demo data"))
        self.setAccessibleDescription(self.label.text())

        self.action = QAction(self.tr("Remove &demo data…"), self)
        self.action.setObjectName("actionRemoveDemo")
        self.action.triggered.connect(self.remove)
        context.events.journalChanged.connect(self._on_journal_changed)
        self.update_shown()

    def _on_journal_changed(self, kind: str, _client_ids: list) -> None:
        if concerns(kind, (Change.CLIENTS,)):
            self.update_shown()

    def update_shown(self) -> None:
        """Show the bar and the menu entry exactly while demo clients are in the journal."""
        shown = presence.has_demo()
        self.setVisible(shown)
        self.action.setVisible(shown)

    def remove(self) -> None:
        from clientjournal.store.demo import removal as demo_data  # not with every window

        found = demo_data.counts()
        if not found.clients:
            self.update_shown()
            return
        if not self._confirmed(found.clients):
            return
        self._remove()

    @autosave.waits_for_round  # a sync round holds the journal: when it ends
    def _remove(self) -> None:
        from clientjournal.store.demo import removal as demo_data

        self._context.save_pending()  # nothing typed may be written after its client is gone
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            removed = demo_data.remove_demo()
        finally:
            QApplication.restoreOverrideCursor()
        self._context.undo_stack.clear()  # an undo could only point at records that are gone
        self._context.events.changed(Change.JOURNAL)  # every view: the search, the queue, …
        self._context.show_status(self.tr("Demo data removed: %n client(s).", "", removed.clients))

    def _confirmed(self, clients: int) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its class and enums only when shown (issue 21)

        box = QMessageBox(self._context.dialog_parent())
        box.setObjectName("removeDemoConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove demo data"))
        box.setText(self.tr("Remove the %n demo client(s)?", "", clients))
        box.setInformativeText(
            self.tr(
                "Their notes, agreements, drafts and invoices go with them, including notes you "
                "wrote on a demo client. Clients you added yourself stay as they are."
            )
        )
        remove = box.addButton(self.tr("Remove demo data"), QMessageBox.ButtonRole.AcceptRole)
        remove.setObjectName("confirmRemoveDemo")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove
