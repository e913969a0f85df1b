"""A centred, word-wrapped hint that tells a user what to do when there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None, sized_when_hidden: bool = True) -> None:
        """``sized_when_hidden=False``: out of sight (another page of a stack in front), the
        page's two wrapped labels leave its size (see ``setVisible``)."""
        super().__init__(parent)
        self._sized_when_hidden = sized_when_hidden
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(self.hint.foregroundRole())
        self.button = QPushButton(self)
        self.button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.setContentsMargins(24, 24, 24, 24)

    def setVisible(self, visible: bool) -> None:
        """``QStackedLayout`` asks every page, hidden ones too, for its height at each width:
        the client pane's empty page was asked ~8 times per client switch, each time laying
        out its two wrapped labels, a twentieth of the switch (issue 21).  Hidden labels are
        not asked.  The page's size in view is as before; hidden, it is the margins' (the
        client pane's other page is larger anyway; the client list's page keeps its size, as
        the list's own minimum is smaller)."""
        if not self._sized_when_hidden:
            self.title.setHidden(not visible)
            self.hint.setHidden(not visible)
        super().setVisible(visible)

    def show_message(self, title: str, hint: str, button_text: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))
        self.setAccessibleName(title)
        self.setAccessibleDescription(hint)


def hint_label(text: str, name: str, parent: QWidget) -> QLabel:
    """The one-line version for a list that is empty: centred, wrapped, named for tests."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
