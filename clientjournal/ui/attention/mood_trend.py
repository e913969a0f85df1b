"""Across all clients: relationships whose mood is falling, the worst first.

Which ones and in what order is the store's (core's rule); this only shows them readably:
the earlier and the recent average side by side, "+1.2 → −0.4", so the fall is visible at a
glance, and Enter or a double-click opens the client.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from clientjournal.core.mood import EARLIER_DAYS, RECENT_DAYS, FallingMoodRow
from clientjournal.core.timeutil import utcnow
from clientjournal.store import mood as mood_store
from clientjournal.ui.common.labels import local_date
from clientjournal.ui.common.tables import ClientTable, RowTableModel
from clientjournal.ui.common.theme import warning_color
from clientjournal.ui.notes.mood_chart import fill

CLIENT, MOOD, CHANGE, LAST_NOTE = range(4)
MINUS = "\u2212"


def signed(value: float | None) -> str:
    """A mood average as people read it: a sign always, one decimal, a real minus sign."""
    if value is None:
        return "–"
    text = QLocale().toString(abs(value), "f", 1)
    if text == QLocale().toString(0.0, "f", 1):
        return text
    return ("+" if value > 0 else MINUS) + text


def mood_shift(row: FallingMoodRow) -> str:
    """'+1.2 → −0.4': the months before, then the recent weeks."""
    return f"{signed(row.earlier_average)} → {signed(row.recent_average)}"


class MoodTrendModel(RowTableModel[FallingMoodRow]):
    COLUMNS = 4

    def reload(self) -> None:
        self.set_rows(mood_store.falling_moods(utcnow()))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Client"),
            self.tr("Mood before → lately"),
            self.tr("Change"),
            self.tr("Last note"),
        )

    def _display(self, item: FallingMoodRow, column: int) -> str:
        if column == CLIENT:
            return item.name
        if column == MOOD:
            return mood_shift(item)
        if column == CHANGE:
            return signed(item.change)
        return local_date(item.last_note_at) if item.last_note_at else ""

    def _tooltip(self, item: FallingMoodRow) -> str:
        if item.earlier_average is None:
            text = self.tr(
                "The newest notes were all negative (average %1 over the last %n days).",
                "",
                RECENT_DAYS,
            )
            return fill(text, signed(item.recent_average))
        text = self.tr("Average mood %1 in the last %2 days, %3 in the %4 days before.")
        return fill(
            text,
            signed(item.recent_average),
            str(RECENT_DAYS),
            signed(item.earlier_average),
            str(EARLIER_DAYS),
        )

    def cell(self, item: FallingMoodRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.UserRole:
            return item.client_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MOOD, CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == CHANGE:
            return QBrush(warning_color())
        return None


class MoodTrendTable(ClientTable):
    """The table for the "Needs attention" dialog, with its own empty state."""

    model: MoodTrendModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            MoodTrendModel(),
            "moodTrendList",
            self.tr("Relationships whose mood is falling"),
            parent,
        )
        self.model.setParent(self)
        self.setObjectName("moodTrend")

    def reload(self) -> None:
        self.model.reload()
        self.show_rows(
            self.tr(
                "Clients whose notes of the last %n days read worse than the months before, "
                "or whose newest notes were all negative. Enter opens the client.",
                "",
                RECENT_DAYS,
            ),
            self.tr(
                "No relationship's mood is falling: the moods of the last %n days hold up "
                "against the months before.",
                "",
                RECENT_DAYS,
            ),
        )

    def client_of(self, index: QModelIndex) -> int | None:
        return self.model.row(index.row()).client_id
