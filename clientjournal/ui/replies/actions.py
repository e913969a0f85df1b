"""What replies add to the window: the sleep-on-it queue (View menu, Ctrl+Shift+Q) and its
watch, which shows the ready count in the status bar and announces a ready reply once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from clientjournal.ui.common.context import Change, ClientTab, WindowContext, concerns
from clientjournal.ui.replies.watch import ReplyWatch

if TYPE_CHECKING:
    from clientjournal.ui.replies.queue import QueueDialog


class ReplyActions(QObject):
    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._queue_dialog: QueueDialog | None = None
        self.queue_action = QAction(self.tr("Sleep-on-it &queue…"), self)
        self.queue_action.setObjectName("actionQueue")
        self.queue_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.queue_action.triggered.connect(self.show_queue)
        self.watch = ReplyWatch(context.dialog_parent())  # its button: the shell places it
        self.watch.openQueue.connect(self.show_queue)
        context.journal_work.busyChanged.connect(self.watch.hold)
        context.events.journalChanged.connect(self._on_journal_changed)

    def _on_journal_changed(self, kind: str, _client_ids: list) -> None:
        if concerns(kind, (Change.REPLIES, Change.CLIENTS, Change.SETTINGS)):
            self.refresh()

    def refresh(self) -> None:
        self.watch.check()
        if self._queue_dialog is not None and self._queue_dialog.isVisible():
            self._queue_dialog.reload()

    def show_queue(self) -> None:
        from clientjournal.ui.replies.queue import QueueDialog

        if self._queue_dialog is None:
            self._queue_dialog = QueueDialog(self._context.dialog_parent())
            self._queue_dialog.openDraft.connect(self.open_draft)
        self._queue_dialog.present()

    def open_draft(self, client_id: int, draft_id: int) -> None:
        self._context.open_client(client_id, ClientTab.REPLIES, draft_id)
