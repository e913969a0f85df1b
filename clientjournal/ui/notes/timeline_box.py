"""The notes' half of the notes tab: the mood chart above the timeline, or the hint that
there are no notes yet."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from clientjournal.ui.notes.delegate import NoteDelegate
from clientjournal.ui.notes.mood_chart import MoodChart

CHART_ROOM = 3
"""Whole notes (cards of the most lines a card shows) the timeline keeps below the mood chart:
with less room, the chart folds away."""


class TimelineBox(QWidget):
    def __init__(
        self, chart: MoodChart, timeline: QListView, hint: QLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chart, self.timeline, self.hint = chart, timeline, hint
        self._has_notes = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(chart)
        layout.addWidget(timeline, 1)
        layout.addWidget(hint, 1)

    def show_notes(self, has_notes: bool) -> None:
        """The timeline when there are notes, else the hint."""
        self._has_notes = has_notes
        self.timeline.setVisible(has_notes)
        self.hint.setVisible(not has_notes)
        self._fit_chart()

    def _fit_chart(self) -> None:
        """Show the mood chart when there are notes and room for it above three of them.

        No notes, no chart: its own hint said the same as "No notes yet" again.  And at the
        window's smallest the chart took the notes' room; it was even drawn over them, or
        under the hint, where the header's wrapped lines left less than its height (issue
        19).  With the full profile open on a 768-px laptop screen the chart left two notes:
        the notes come first.  (The chart has a fixed height and no size hint: the rule used
        to count -1 for it.)"""
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        cards = NoteDelegate.full_card_height(self.timeline.font()) * CHART_ROOM
        chart = max(self.chart.sizeHint().height(), self.chart.minimumHeight())  # fixed height
        needed = chart + spacing + cards + self.timeline.frameWidth() * 2
        self.chart.setVisible(self._has_notes and self.height() >= needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_chart()
