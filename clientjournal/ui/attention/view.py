"""One window for what needs the user's attention across all clients: whom to get in touch
with, which invoices are overdue, and and whose mood is falling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from clientjournal.ui.attention.get_in_touch import GetInTouch
from clientjournal.ui.attention.mood_trend import MoodTrendTable
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.payments.overdue import OverduePayments

GET_IN_TOUCH, OVERDUE, MOOD_TREND = range(3)


class AttentionView(QDialog):
    clientActivated = Signal(int, int)  # client id, which list it came from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionView")
        self.setWindowTitle(self.tr("Needs attention"))
        self.resize(scaled_size(self, 760, 460))
        self.get_in_touch = GetInTouch(self)
        self.overdue = OverduePayments(self)
        self.mood_trend = MoodTrendTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("attentionTabs")
        self.tabs.setAccessibleName(self.tr("Needs attention"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.tabs.addTab(self.get_in_touch, self.tr("&Get in touch"))
        self.tabs.addTab(self.overdue, self.tr("&Overdue invoices"))
        self.tabs.addTab(self.mood_trend, self.tr("&Mood falling"))
        for which, widget in enumerate((self.get_in_touch, self.overdue, self.mood_trend)):
            widget.clientActivated.connect(
                lambda client_id, which=which: self.clientActivated.emit(client_id, which)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def reload(self) -> None:
        self.get_in_touch.reload()
        self.overdue.reload()
        self.mood_trend.reload()
        counts = (
            self.get_in_touch.model.rowCount(),
            self.overdue.model.rowCount(),
            self.mood_trend.model.rowCount(),
        )
        titles = (
            self.tr("&Get in touch (%n)", "", counts[0]),
            self.tr("&Overdue invoices (%n)", "", counts[1]),
            self.tr("&Mood falling (%n)", "", counts[2]),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def present(self, tab: int = GET_IN_TOUCH) -> None:
        self.reload()
        self.tabs.setCurrentIndex(tab)
        if self.isVisible():
            self.raise_()
            self.activateWindow()
        else:
            self.show()
