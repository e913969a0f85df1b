"""The profile summary at the top of a client's pane: who they are and how to address them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clientjournal.core.records import ClientData
from clientjournal.ui.labels import (
    address_form_label,
    calendar_date,
    local_date,
    relative_day,
    status_label,
)


class ClientSummary(QFrame):
    editRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientProfile")
        self.setAccessibleName(self.tr("Client profile"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(self)
        self.name.setObjectName("profileName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setObjectName("profileDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editClient")
        self.edit_button.setAccessibleName(self.tr("Edit client"))
        self.edit_button.clicked.connect(self.editRequested)

        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)

    def show_client(self, client: ClientData) -> None:
        self.name.setText(client.name)
        status = status_label(client.status)
        if client.started_on:
            status += " · " + self.tr("since %1").replace("%1", calendar_date(client.started_on))
        if client.ended_on:
            status += " · " + self.tr("ended %1").replace("%1", calendar_date(client.ended_on))
        contact = self.tr("Last contact: %1").replace("%1", relative_day(client.last_contact))
        if client.last_contact is not None:
            contact += f" ({local_date(client.last_contact)})"
        first = [client.company, status]
        second = [
            client.email,
            client.phone,
            self.tr("Address as: %1").replace("%1", address_form_label(client.address_form)),
        ]
        lines = [
            " · ".join(html.escape(part) for part in first if part),
            " · ".join(html.escape(part) for part in second if part),
            html.escape(contact),
        ]
        self.details.setText("<br>".join(lines))
        self.setAccessibleDescription(" ".join(part for part in [*first, *second, contact] if part))
