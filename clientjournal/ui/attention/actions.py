"""What the relationship adds to the window: the "needs attention" overview and declining a
prospect with a reason."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from clientjournal.core.domain import ClientStatus
from clientjournal.core.profile import with_field
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.context import ClientTab, WindowContext
from clientjournal.ui.common.undo_commands import EditClient

if TYPE_CHECKING:
    from clientjournal.ui.attention.view import AttentionView


class AttentionActions(QObject):
    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._window = context.dialog_parent()  # the parent of its dialogs
        self._attention: AttentionView | None = None
        self.attention_action = QAction(self.tr("Needs &attention…"), self)
        self.attention_action.setObjectName("actionAttention")
        self.attention_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.attention_action.triggered.connect(self.show_attention)
        self.decline_action = QAction(self.tr("De&cline prospect…"), self)
        self.decline_action.setObjectName("actionDeclineProspect")
        self.decline_action.triggered.connect(self.decline)

    # -- needs attention -------------------------------------------------------------------
    def show_attention(self) -> None:
        if self._attention is None:
            from clientjournal.ui.attention.view import AttentionView  # not needed at start-up

            self._attention = AttentionView(self._window)
            self._attention.clientActivated.connect(self._open_client)
        self._attention.present()

    def _open_client(self, client_id: int, which: int) -> None:
        from clientjournal.ui.attention.view import OVERDUE

        tab = ClientTab.PAYMENTS if which == OVERDUE else ClientTab.NOTES
        self._context.open_client(client_id, tab)
        self._window.activateWindow()

    # -- declining a prospect --------------------------------------------------------------
    def update_enabled(self, client: ClientData | None) -> None:
        """For the client shown (None: none)."""
        self.decline_action.setEnabled(
            client is not None and client.status is ClientStatus.PROSPECT
        )

    def decline(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # its class and enums only when shown (issue 21)

        client_id = self._context.current_client_id()
        if client_id is None:
            return
        before = clients.get(client_id)
        if before.status is not ClientStatus.PROSPECT:
            return
        reason, ok = QInputDialog.getText(
            self._window,
            self.tr("Decline prospect"),
            self.tr(
                "Saying no is part of working at eye level. Why are you declining “%1”? "
                "(kept in the profile)"
            ).replace("%1", before.name),
        )
        if not ok:
            return
        after = dataclasses.replace(
            before,
            status=ClientStatus.ENDED,
            ended_on=date.today(),
            profile=with_field(before.profile, "declined_reason", reason),
        )
        text = self.tr("Decline “%1”").replace("%1", before.name)
        self._context.undo_stack.push(EditClient(before, after, text, self._context.events))
        self._context.show_status(
            self.tr("“%1” declined. Undo with Ctrl+Z.").replace("%1", before.name)
        )
