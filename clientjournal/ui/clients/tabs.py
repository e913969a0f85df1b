"""The tab widget of a client's notes, agreements, replies and payments, built so that a new
count in a tab's title repaints only the tab bar (issue 21)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QWidget


class ClientTabs(QTabWidget):
    """The notes, agreements, replies and payments tabs, whose titles count what is open.

    A new title (most client switches: the open agreements differ) made QTabWidget lay itself
    out again and repaint everything it holds, the editor with its boxes and buttons, the
    frame and the scroll bars: ~20 % of a switch (issue 21).  So titles are set on the tab
    bar (``ClientPane._set_tab_text``), and the tab bar spans the tab widget's width (fixed
    to it, the tabs at their natural size from the left, as before): a longer title does not
    resize it, and only the tab bar is repainted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = self.tabBar()
        self._bar.setExpanding(False)
        self._bar.installEventFilter(self)

    def _fit_tab_bar(self) -> None:
        self._bar.setFixedSize(max(0, self.width()), self._bar.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_tab_bar()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a new font or style gives the tabs another height; a new title only another width
        if watched is self._bar and event.type() in _TAB_BAR_CHANGES:
            QTimer.singleShot(0, self, self._fit_tab_bar)  # dropped if this goes first
        return super().eventFilter(watched, event)


_TAB_BAR_CHANGES = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ApplicationFontChange,
)
