"""The gentle "time to get in touch" list: clients whose rhythm asks for a contact, and those
contacted more often than agreed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from clientjournal import settings
from clientjournal.core.cadence import CadenceStatus
from clientjournal.core.timeutil import utcnow
from clientjournal.store import cadence
from clientjournal.store.cadence import RhythmRow
from clientjournal.ui.clients.cadence_labels import rhythm_label
from clientjournal.ui.common.labels import relative_day
from clientjournal.ui.common.tables import ClientTable, RowTableModel
from clientjournal.ui.common.theme import warning_color


class GetInTouchModel(RowTableModel[RhythmRow]):
    COLUMNS = 4

    def reload(self) -> None:
        self.set_rows(cadence.overview(utcnow(), None, settings.load().default_cadence))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Client"), self.tr("Rhythm"), self.tr("Last contact"), self.tr("What"))

    def cell(self, row: RhythmRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QBrush(warning_color()) if row.state.status is CadenceStatus.TOO_OFTEN else None
        if role == Qt.ItemDataRole.UserRole:
            return row.client_id
        return None

    def _text(self, row: RhythmRow, column: int) -> str:
        state = row.state
        if column == 0:
            return row.name
        if column == 1:
            return rhythm_label(state.cadence_days)
        if column == 2:
            return relative_day(state.last_contact)
        if state.status is CadenceStatus.TOO_OFTEN:
            return self.tr(
                "%n contact(s) in %1 days: give them room", "", state.contacts_in_period
            ).replace("%1", str(state.cadence_days))
        if state.status is CadenceStatus.DUE_SOON:
            return self.tr("within %n day(s)", "", state.days_until_due or 0)
        overdue = -(state.days_until_due or 0)
        if overdue:
            return self.tr("time to get in touch, %n day(s) past the rhythm", "", overdue)
        return self.tr("time to get in touch")


class GetInTouch(ClientTable):
    model: GetInTouchModel

    STRETCH_COLUMN = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            GetInTouchModel(), "getInTouchTable", self.tr("Clients to get in touch with"), parent
        )
        self.model.setParent(self)
        self.setObjectName("getInTouch")

    def reload(self) -> None:
        self.model.reload()
        self.show_rows(
            self.tr(
                "Clients whose contact rhythm asks for a word from you, most overdue first; "
                "below them, those you contacted more often than agreed. Enter opens the client."
            ),
            self.tr(
                "Nobody is waiting for you. Give a client a contact rhythm (Edit client) "
                "and they appear here when it is time."
            ),
        )

    def client_of(self, index: QModelIndex) -> int | None:
        client_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return None if client_id is None else int(client_id)
