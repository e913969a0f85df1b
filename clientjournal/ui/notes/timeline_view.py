"""The timeline's list view: the first notes it lays out after a switch are those that fill
its height; the others wait a moment.

Sizing a note's card parses its Markdown and lays the text out (~0.1 ms a note not seen
before).  The view lays its rows out in batches: the first when it is painted after a switch,
the others from a timer.  A batch of 20 sized 20 notes before a switch showed, where a
laptop's timeline shows four to eight.  So the first batch is what the viewport can show at
most, with the smallest card a note can have, and one more; the batches after it keep 20
(issue 21).  (Small batches all through, 8 in the second pass, left layout work pending when
the small-screen tests looked: more timer rounds for the same notes.)

The notes after the first batch are sized for real only REST_AFTER_MS after a switch (a new
set of notes): they lie below the view, their sizes only make the scroll bar's length, and
sizing them cost ~2.5 ms of CPU right after every switch, so a user going down the client
list with the arrow keys paid it for every client passed.  Until then the view's batches give
them the smallest card's height without reading them (the timer's rounds go on as before, a
few microseconds a note); then the whole layout is done again with the real sizes, the notes
already sized costing nothing.  A switch within that moment drops the work altogether.  A
user who scrolls (wheel, scroll bar, keys) within it ends it at once, and then the notes are
sized in one pass and the view kept on the notes the user went to: the batched layout started
again from the top and took the view back there (attack21 A4).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, QTimer, QTimerEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from clientjournal.ui.notes.delegate import NoteDelegate

BATCH = 20
"""Notes laid out per round after the first."""

REST_AFTER_MS = 150
"""After a switch, how long the notes below the view wait to be sized: about what a person
notices of the scroll bar, well more than the time between two switches by key repeat (~35 ms)
and than a switch takes on a busy machine (40 ms, the first try, left the work in the switch
whenever the machine was loaded)."""


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
        self._holding = False  # the batches after the first wait (see the module's docstring)
        self._estimating = False  # inside such a batch
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_AFTER_MS)
        self._rest.timeout.connect(self._lay_out_rest)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            old.modelReset.disconnect(self._hold_rest)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._hold_rest)

    def first_batch(self) -> int:
        """As many rows as fill the viewport with the smallest cards, and one more."""
        smallest = NoteDelegate.smallest_card_height(self.font())
        # the view's own height too: its viewport may not have been resized yet
        height = max(1, self.height(), self.viewport().height())
        return min(BATCH, math.ceil(height / smallest) + 1)

    def rest_waiting(self) -> bool:
        """Whether notes below the first batch still wait to be laid out (tests)."""
        return self._holding

    def doItemsLayout(self) -> None:
        """The layout's start (a switch, a reset, a resize): a first batch that fills the
        viewport, then the usual ones from the view's timer."""
        estimating, self._estimating = self._estimating, False  # the first batch is real
        try:
            if self.layoutMode() != QListView.LayoutMode.Batched:
                self._holding = False  # every row now, for real (scrolling to a note)
                super().doItemsLayout()
                return
            self.setBatchSize(self.first_batch())
            try:
                super().doItemsLayout()
            finally:
                self.setBatchSize(BATCH)
        finally:
            self._estimating = estimating

    def estimating(self) -> bool:
        """Whether the delegate is asked for a size inside the batches that wait: it answers
        the smallest card's height then, without reading the note."""
        return self._estimating

    def timerEvent(self, event: QTimerEvent) -> None:
        """While the rest waits, the batch timer's rounds (its only timer that sizes rows but
        through ``doItemsLayout``, which sizes for real) take estimated sizes."""
        if not self._holding:
            super().timerEvent(event)
            return
        self._estimating = True
        try:
            super().timerEvent(event)
        finally:
            self._estimating = False

    def _hold_rest(self) -> None:
        model = self.model()
        if model is not None and model.rowCount() > self.first_batch():
            self._holding = True
            self._rest.start()

    def _scrolled(self, value: int) -> None:
        """Scrolled down while the rest waits: the rest is sized now (at the next turn of the
        event loop, outside the scroll bar's own handling), not after the moment."""
        if self._holding and value > 0:
            self._rest.stop()
            QTimer.singleShot(0, self._lay_out_rest)

    def _lay_out_rest(self) -> None:
        if not self._holding:
            return
        bar = self.verticalScrollBar()
        current = self.currentIndex()
        gone_to = current.isValid() and current.row() >= self.first_batch()  # keys: End, Down
        if bar.value() == 0 and not gone_to:
            self._holding = False
            self.doItemsLayout()  # the first batch again (sized already), then the rest
            return
        # The user went down meanwhile, over estimated sizes: every note sized in one pass
        # (a batched layout starts from the top again, the view with it), then the view put
        # back on the note at its top, and on the current note if it was in view or beyond
        # the notes laid out (Ctrl+End before the batches came to it).
        self._lay_out_all()

    def _lay_out_all(self) -> None:
        """Every note sized now, in one pass, the view kept on the notes it shows."""
        self._holding = False
        self._rest.stop()
        bar = self.verticalScrollBar()
        current = self.currentIndex()
        view = self.viewport().rect()
        top = self._top_index()
        offset = self.visualRect(top).top() if top.isValid() else 0
        rect = self.visualRect(current)
        keep_current = current.isValid() and (rect.isEmpty() or view.intersects(rect))
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        try:
            self.doItemsLayout()
        finally:
            self.setLayoutMode(QListView.LayoutMode.Batched)
        if top.isValid():
            self.scrollTo(top, QListView.ScrollHint.PositionAtTop)
            bar.setValue(bar.value() + self.visualRect(top).top() - offset)
        if keep_current:
            self.scrollTo(current, QListView.ScrollHint.EnsureVisible)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Page Up/Down and Home/End over notes the batches have not laid out yet: those are
        laid out first.  Qt's list stepped a page through rows of no height, a few notes
        after a switch, for half a minute and more (attack21 A5, also before the wait)."""
        far = cursorAction in (
            QAbstractItemView.CursorAction.MovePageDown,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MoveEnd,
        )
        model = self.model()
        if far and model is not None and model.rowCount():
            last = model.index(model.rowCount() - 1, 0)
            if self._holding or self.visualRect(last).height() <= 0:
                self._lay_out_all()
        return super().moveCursor(cursorAction, modifiers)

    def _top_index(self) -> QModelIndex:
        """The note at the viewport's top (its first few pixels may be the cards' spacing)."""
        x = self.viewport().width() // 2
        for y in range(0, min(32, self.viewport().height())):
            index = self.indexAt(QPoint(x, y))
            if index.isValid():
                return index
        return QModelIndex()
