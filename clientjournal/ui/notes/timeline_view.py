"""The timeline's list view: the first notes it lays out after a switch are those that fill
its height.

Sizing a note's card parses its Markdown and lays the text out (~0.15 ms a note not seen
before).  The view lays its rows out in batches: the first when it is painted after a switch,
the others from a timer, after the frame is shown.  A batch of 20 sized 20 notes before a
switch showed, where a laptop's timeline shows four to eight.  So the first batch is what the
viewport can show at most, with the smallest card a note can have, and one more; the batches
after it keep 20 (issue 21).  (Small batches all through, 8 in the second pass, left layout
work pending when the small-screen tests looked: more timer rounds for the same notes.)
"""

from __future__ import annotations

import math

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListView, QWidget

from clientjournal.ui.notes.delegate import NoteDelegate

BATCH = 20
"""Notes laid out per round after the first."""


class NoteTimelineView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport of its own, like Qt's (name, background, fill): the note delegate asks
        # for it, and a QWidget that Qt made is handed to Python only after shiboken looked
        # for its type among every QWidget subclass, building each with its enums (~35 enum
        # types, ~1.6 % of a start's instructions; the first such widget pays it; issue 21).
        viewport = QWidget(self)
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)

    def first_batch(self) -> int:
        """As many rows as fill the viewport with the smallest cards, and one more."""
        smallest = NoteDelegate.smallest_card_height(self.font())
        # the view's own height too: its viewport may not have been resized yet
        height = max(1, self.height(), self.viewport().height())
        return min(BATCH, math.ceil(height / smallest) + 1)

    def doItemsLayout(self) -> None:
        """The layout's start (a switch, a reset, a resize): a first batch that fills the
        viewport, then the usual ones from the view's timer."""
        if self.layoutMode() != QListView.LayoutMode.Batched:
            super().doItemsLayout()
            return
        self.setBatchSize(self.first_batch())
        try:
            super().doItemsLayout()
        finally:
            self.setBatchSize(BATCH)
