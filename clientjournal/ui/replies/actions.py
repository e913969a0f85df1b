"""Wires the cooling-off queue into the window: the queue view, the ready count, undoable
discards, and Edit → Settings (which holds when a reply is ready, among other settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from clientjournal.ui.common.undo_commands import DiscardDraft
from clientjournal.ui.replies.watch import CoolingWatch

if TYPE_CHECKING:
    from clientjournal.ui.replies.pane import ReplyPane
    from clientjournal.ui.shell.main_window import MainWindow


class CoolingActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._queue_dialog = None
        window.pane.paneBuilt.connect(self._connect)
        self.queue_action = QAction(self.tr("Sleep-on-it &queue…"), window)
        self.queue_action.setObjectName("actionQueue")
        self.queue_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.queue_action.triggered.connect(self.show_queue)
        window.addAction(self.queue_action)
        self.settings_action = QAction(self.tr("&Settings…"), window)
        self.settings_action.setObjectName("actionSettings")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)  # Ctrl+,
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.watch = CoolingWatch(window, window.statusBar())
        self.watch.openQueue.connect(self.show_queue)

    @property
    def pane(self) -> ReplyPane:
        return self._window.pane.replies

    def _connect(self, pane: QObject) -> None:
        if hasattr(pane, "composer"):  # the reply pane (not the agreements)
            pane.discardRequested.connect(self.discard)
            pane.queueChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.watch.check()
        if self._queue_dialog is not None and self._queue_dialog.isVisible():
            self._queue_dialog.reload()

    def discard(self, draft_id: int) -> None:
        self._window.undo_stack.push(DiscardDraft(draft_id, self._after_change))
        self._window.statusBar().showMessage(self.tr("Reply discarded. Undo with Ctrl+Z."), 8000)

    def _after_change(self, client_id: int | None) -> None:
        if client_id is not None and client_id != self._window.pane.client_id:
            self._window.client_list.select_client(client_id)
        self.pane.refresh()
        self.refresh()

    def show_queue(self) -> None:
        from clientjournal.ui.replies.queue import QueueDialog

        if self._queue_dialog is None:
            self._queue_dialog = QueueDialog(self._window)
            self._queue_dialog.openDraft.connect(self.open_draft)
        self._queue_dialog.present()

    def open_draft(self, client_id: int, draft_id: int) -> None:
        self._window.show_client_tab(client_id, self.pane)
        self.pane.open_draft(draft_id)

    def show_settings(self) -> None:
        from clientjournal.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self._window.data_dir, self._window)
        dialog.settingsSaved.connect(self._settings_saved)
        dialog.exec()
        dialog.deleteLater()

    def _settings_saved(self) -> None:
        """A new default rhythm shows in the profile at once (the "needs attention" list
        reads it each time it is shown)."""
        self._window.pane.refresh_summary()
