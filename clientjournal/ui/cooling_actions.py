"""Wires the cooling-off queue into the window: the queue view, the ready count, undoable
discards, and the preferences for when a reply is ready."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from clientjournal.ui.cooling_watch import CoolingWatch
from clientjournal.ui.undo_commands import DiscardDraft

if TYPE_CHECKING:
    from clientjournal.ui.main_window import MainWindow
    from clientjournal.ui.reply_pane import ReplyPane


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
        self.preferences_action = QAction(self.tr("&Preferences…"), window)
        self.preferences_action.setObjectName("actionPreferences")
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.triggered.connect(self.show_preferences)
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
        from clientjournal.ui.cooling_queue import QueueDialog

        if self._queue_dialog is None:
            self._queue_dialog = QueueDialog(self._window)
            self._queue_dialog.openDraft.connect(self.open_draft)
        self._queue_dialog.present()

    def open_draft(self, client_id: int, draft_id: int) -> None:
        self._window.show_client_tab(client_id, self.pane)
        self.pane.open_draft(draft_id)

    def show_preferences(self) -> None:
        from clientjournal.ui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self._window).exec()
