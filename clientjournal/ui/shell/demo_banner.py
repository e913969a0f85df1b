"""While demo data is in the journal: a quiet bar above the client list and File → Remove demo
data, both taking the demo out in one step (store/demo_data.py) after one confirmation.

The bar says what the user is looking at and offers the way out; it never pops up, blinks or
asks again.  Clients the user added meanwhile stay; the confirmation says that notes written on
a demo client go with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from clientjournal.store.demo import removal as demo_data

if TYPE_CHECKING:
    from clientjournal.ui.shell.main_window import MainWindow


class DemoBanner(QFrame):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
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

        self.action = QAction(self.tr("Remove &demo data…"), window)
        self.action.setObjectName("actionRemoveDemo")
        self.action.triggered.connect(self.remove)
        window.addAction(self.action)
        file_menu = window.menuBar().actions()[0].menu()
        quit_action = window.findChild(QAction, "actionQuit")
        separator = _separator_before(file_menu, quit_action)
        file_menu.insertAction(separator, self.action)
        window.left_layout.insertWidget(0, self)
        self.update_shown()

    def update_shown(self) -> None:
        """Show the bar and the menu entry exactly while demo clients are in the journal."""
        shown = demo_data.has_demo()
        self.setVisible(shown)
        self.action.setVisible(shown)

    def remove(self) -> None:
        window = self.window_
        found = demo_data.counts()
        if not found.clients:
            self.update_shown()
            return
        if not self._confirmed(found.clients):
            return
        window.pane.save_pending()  # nothing typed may be written after its client is gone
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            removed = demo_data.remove_demo()
        finally:
            QApplication.restoreOverrideCursor()
        window.undo_stack.clear()  # an undo could only point at records that are gone
        if window.search.field.text():
            window.search.close()  # its results may be demo records
        window.cooling_actions.watch.check()  # demo replies no longer wait to be reread
        window.refresh()
        if window.client_list.current_client_id() is None:
            window.client_list.select_offset(0)
        self.update_shown()
        window.statusBar().showMessage(
            self.tr("Demo data removed: %n client(s).", "", removed.clients), 8000
        )

    def _confirmed(self, clients: int) -> bool:
        box = QMessageBox(self.window_)
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


def _separator_before(menu: object, action: QAction | None) -> QAction | None:
    """The separator above ``action`` (Quit), so the new entry joins the group above it."""
    actions = menu.actions()  # type: ignore[attr-defined]
    if action is None or action not in actions:
        return None
    index = actions.index(action)
    return actions[index - 1] if index and actions[index - 1].isSeparator() else action
