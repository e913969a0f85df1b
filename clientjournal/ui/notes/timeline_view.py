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
few microseconds a note); then the notes are sized a batch per turn of the event loop, the
view keeping each size, and laid out once from the sizes kept (~6 ms at 3,000 notes), the
view showing the cards all along (Qt's batched layout of the rest showed none until its last
batch: attack21c C3).  A switch within that moment, or while the notes are sized, drops the
work altogether.  A
user who scrolls (wheel, scroll bar, keys) within it ends it at once, and then the notes are
sized in one pass and the view kept on the notes the user went to: the batched layout started
again from the top and took the view back there (attack21 A4).

While the rest waits, the first layout after a switch is one batch: the rows that fill the
view sized for real, every row below them with the smallest card's height.  Qt's batched
list shows no row at all until its last batch is laid out (``QListModeViewBase`` closes its
segment only then), so with the estimated rows left to the timer's rounds the switch's frame
showed an empty timeline in 26 of 40 jumps on the demo journal, the cards a few rounds later.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    QTimerEvent,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from clientjournal.ui.common.lazy_model import RECORD_ROLE
from clientjournal.ui.notes.delegate import NoteDelegate

BATCH = 20
"""Notes laid out per round after the first."""

REST_AFTER_MS = 150
"""After a switch, how long the notes below the view wait to be sized: about what a person
notices of the scroll bar, well more than the time between two switches by key repeat (~35 ms)
and than a switch takes on a busy machine (40 ms, the first try, left the work in the switch
whenever the machine was loaded)."""


ONE_PASS_AT_MOST = 400
"""Notes of a client laid out in one pass when the user scrolls before the rest was sized
(~0.35 ms a note not seen before: at most ~0.15 s); more go in batches of CATCH_UP_BATCH,
the event loop running between them (~40 ms each)."""

CATCH_UP_BATCH = 100

_NONE = 1 << 30  # ``estimated_from`` when every row is sized for real


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
        self._estimated_from = _NONE  # rows from this one on take the smallest card's height
        self._estimate_size = QSize()  # theirs, worked out once per layout
        self._fill_left: int | None = None  # height the real cards of a switch still fill
        self._fill_row = -1  # the last row that filled it
        self._width_ahead: int | None = None  # the viewport's width once the layout is done
        # where the view goes back once the batches reach it (``_lay_out_all``)
        self._anchor: tuple[QPersistentModelIndex, int, QPersistentModelIndex | None] | None = None
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_AFTER_MS)
        self._rest.timeout.connect(self._lay_out_rest)
        # the rest's cards sized a batch per turn of the event loop, then laid out at once
        self._presize = QTimer(self)
        self._presize.setSingleShot(True)
        self._presize.setInterval(0)
        self._presize.timeout.connect(self._presize_batch)
        self._presize_next = 0
        self._presizing = False
        self._keep_view = False  # the view put back on its notes once presizing is done
        self._go_to: QPersistentModelIndex | None = None  # and brought to this note
        self._known: list[QSize] = []  # the rows presized, in order
        self._known_for: tuple[int, QFont] | None = None  # the text width and font of theirs
        self._use_known = False  # the one layout after presizing answers rows from _known
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the theme: links in another colour
            self._follow_palette()
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        if isinstance(delegate := self.itemDelegate(), NoteDelegate):
            delegate.follow_palette()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            old.modelReset.disconnect(self._hold_rest)
            old.dataChanged.disconnect(self._rows_changed)
            for signal in (old.rowsInserted, old.rowsRemoved, old.rowsMoved, old.layoutChanged):
                signal.disconnect(self._presize_again)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._hold_rest)
            model.dataChanged.connect(self._rows_changed)
            for signal in (
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.layoutChanged,
            ):
                signal.connect(self._presize_again)

    def first_batch(self) -> int:
        """As many rows as fill the viewport with the smallest cards, and one more."""
        return min(BATCH, math.ceil(self._height() / self._smallest_card()) + 1)

    def _height(self) -> int:  # the view's own height too: its viewport may lag behind
        return max(1, self.height(), self.viewport().height())

    def rest_waiting(self) -> bool:
        """Whether notes below the first batch still wait to be laid out (tests)."""
        return self._holding

    def doItemsLayout(self) -> None:
        """The layout's start (a switch, a reset, a resize): a first batch that fills the
        viewport, then the usual ones from the view's timer; while the rest waits, the rows
        below the first batch estimated in the same batch, so that the frame shows the cards
        (see the module's docstring)."""
        estimated_from, self._estimated_from = self._estimated_from, _NONE
        width_ahead = self._width_ahead
        try:
            if self.layoutMode() != QListView.LayoutMode.Batched:
                self._holding = False  # every row now, for real (scrolling to a note)
                super().doItemsLayout()
                return
            first = self.first_batch()
            model = self.model()
            rows = model.rowCount() if model is not None else 0
            self._width_ahead = self._width_after(rows)
            if self._holding and rows > first:
                # in one pass, which Qt does even while its batch timer still runs (the
                # rounds of the client before; a batched layout would leave it to them)
                self._estimated_from = first
                self._estimate_size = self._smallest_size()
                self._fill_left, self._fill_row = self._height(), -1
                self.setLayoutMode(QListView.LayoutMode.SinglePass)
                try:
                    super().doItemsLayout()
                finally:
                    self.setLayoutMode(QListView.LayoutMode.Batched)
                    self._fill_left = None
                return
            self.setBatchSize(first)
            try:
                super().doItemsLayout()
            finally:
                self.setBatchSize(BATCH)
        finally:
            self._estimated_from = estimated_from
            self._width_ahead = width_ahead

    def _width_after(self, rows: int) -> int | None:
        """The viewport's width once ``rows`` are laid out, when the scroll bar is hidden now
        and they need it for certain (every row is at least a header line and its padding):
        the cards are then sized once, at that width, not once more when the bar comes
        (~30 % of jumps on the demo journal laid the first cards out twice)."""
        if self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAsNeeded:
            return None
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self):
            return None
        viewport = self.viewport()
        font = self.font()
        least = QFontMetrics(font).height() + 2 * NoteDelegate.vertical_padding(font)
        if rows * (least + self.spacing()) <= viewport.height():
            return None
        return viewport.width() - bar.sizeHint().width()

    def viewport_width(self) -> int:
        """The width the delegate sizes cards for: the viewport's, or the one it will have
        once the layout under way shows the scroll bar."""
        ahead = self._width_ahead
        return ahead if ahead is not None else self.viewport().width()

    def estimate(self, row: int) -> QSize | None:
        """The smallest card's size if the delegate is to give it to ``row`` without reading
        its note (every row inside the timer's batches while the rest waits, the rows below
        the first batch in the layout of a switch), else None.  One call and a size made
        once per layout: ~4 µs a row before, for every note of a client at every switch."""
        if row >= self._estimated_from:
            return self._estimate_size
        if self._use_known:  # the layout after presizing: every row's size is known
            return self._known[row]
        return None

    def _smallest_size(self) -> QSize:
        delegate = self.itemDelegate()
        width = delegate.text_width() if isinstance(delegate, NoteDelegate) else 0
        return QSize(width, NoteDelegate.smallest_card_height(self.font()))

    def card_sized(self, row: int, height: int) -> None:
        """A card sized for real in a switch's layout: once the cards fill the view, the rows
        below them are estimated (the first batch counts the smallest cards; real ones are
        taller, so ~6 notes sized instead of ~9 on a laptop's timeline)."""
        if self._fill_left is None or row <= self._fill_row:
            return
        self._fill_row = row
        self._fill_left -= height + self.spacing()
        if self._fill_left <= 0:
            self._estimated_from = min(self._estimated_from, row + 1)

    def timerEvent(self, event: QTimerEvent) -> None:
        """While the rest waits, the batch timer's rounds (its only timer that sizes rows but
        through ``doItemsLayout``, which sizes for real) take estimated sizes."""
        if not self._holding:
            super().timerEvent(event)
            self._catch_up()
            return
        self._estimated_from = 0
        self._estimate_size = self._smallest_size()
        try:
            super().timerEvent(event)
        finally:
            self._estimated_from = _NONE

    def _hold_rest(self) -> None:
        self._follow_palette()  # another client's notes: parsed in the palette's colours
        model = self.model()
        self._presize.stop()  # another client's notes
        self._presizing = self._keep_view = False
        self._go_to = None
        self._known = []
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
        moved = bar.value() > 0 or gone_to
        model = self.model()
        few = model is None or model.rowCount() <= ONE_PASS_AT_MOST
        if self._presizing and not (moved and few):
            self._keep_view = self._keep_view or moved
            return  # the presizing under way lays the notes out
        if not moved:
            self._start_presize()
            return
        # The user went down meanwhile, over estimated sizes: every note sized, then the
        # view put back on the note at its top, and on the current note if it was in view or
        # beyond (Ctrl+End).  In one pass for a client of up to ONE_PASS_AT_MOST notes (one
        # pass froze the window ~2 s at 5,000 notes: attack21 A8); above, presized a batch
        # per turn of the event loop first, the view showing the estimated rows meanwhile
        # (Qt's batched layout showed an empty timeline until its last batch: attack21c C3).
        if few:
            self._lay_out_all()
            return
        self._keep_view = True
        self._start_presize()

    def _start_presize(self) -> None:
        self._presizing = True
        self._presize_next = 0
        self._known = []
        self._presize.start()

    def _presize_to(self, go_to: QModelIndex) -> None:
        """A note gone to (Page Down, End, a search hit) while the rest of a client of more
        than ONE_PASS_AT_MOST notes waits: every note presized, the view showing the
        estimated rows there meanwhile, then brought to it (see ``_lay_out_rest``)."""
        self._rest.stop()
        self._keep_view = True
        self._go_to = QPersistentModelIndex(go_to)
        if not self._presizing:
            self._start_presize()

    def _presize_again(self) -> None:
        """Rows inserted, removed or moved while presizing: from the first row again (the
        cards sized already cost nothing)."""
        if self._holding and self._presizing:
            self._start_presize()

    def _rows_changed(self, first: QModelIndex, _last: QModelIndex, *_roles: object) -> None:
        """A note changed while presizing: sized again from its row on."""
        if self._holding and first.row() < len(self._known):
            self._known = self._known[: first.row()]
            self._presize_next = len(self._known)

    def _presize_batch(self) -> None:
        """BATCH notes below the view sized (their cards kept by the delegate, their sizes by
        the view), the event loop running between batches; once all are, one layout that
        answers every row from the sizes kept (~2 µs a row: ~6 ms at 3,000 notes).  Qt's
        batched layout of the rest painted an empty timeline until its last batch: after
        16 of 19 switches to a client of more than a screen of notes, and for 200-400 ms
        after every switch to a client of more than ONE_PASS_AT_MOST notes (attack21c C3),
        whose cards outgrow the delegate's cache."""
        model = self.model()
        delegate = self.itemDelegate()
        if not (self._holding and self._presizing) or model is None:
            return
        if not isinstance(delegate, NoteDelegate):
            return
        font = self.font()
        sized_for = (delegate.text_width(), font)
        if sized_for != self._known_for:  # resized, or another font: from the top again
            self._known_for = sized_for
            self._presize_next = 0
            self._known = []
        rows = model.rowCount()
        end = min(rows, self._presize_next + BATCH)
        known = self._known
        for row in range(self._presize_next, end):
            known.append(delegate.prepare(model.index(row, 0).data(RECORD_ROLE), font))
        self._presize_next = end
        if end < rows:
            self._presize.start()
            return
        self._presizing = False
        keep_view, self._keep_view = self._keep_view, False
        go_to, self._go_to = self._go_to, None
        self._use_known = len(known) == rows
        try:
            if keep_view:  # one pass, the view put back on its notes or brought to go_to
                target = model.index(go_to.row(), 0) if go_to and go_to.isValid() else None
                self._lay_out_all(go_to=target)
            else:
                self._holding = False
                self._lay_out_in_one_pass()
        finally:
            self._use_known = False
            self._known = []

    def _lay_out_all(self, one_pass: bool = True, go_to: QModelIndex | None = None) -> None:
        """Every note sized, the view kept on the notes it shows (see ``_lay_out_rest``), or
        brought to ``go_to`` (a key's step over notes not laid out yet)."""
        self._holding = False
        self._rest.stop()
        self._presize.stop()
        self._presizing = self._keep_view = False
        self._go_to = None
        current = self.currentIndex()
        view = self.viewport().rect()
        top = self._top_index()
        offset = self.visualRect(top).top() if top.isValid() else 0
        rect = self.visualRect(current)
        keep_current = current.isValid() and (rect.isEmpty() or view.intersects(rect))
        if go_to is not None:
            current, keep_current = go_to, True
        if not one_pass:
            self._anchor = (
                QPersistentModelIndex(top),
                offset,
                QPersistentModelIndex(current) if keep_current else None,
            )
            self.doItemsLayout()
            self.setBatchSize(CATCH_UP_BATCH)  # to the note in larger steps
            return
        self._lay_out_in_one_pass()
        self._put_back(top, offset, current if keep_current else None)

    def _put_back(self, top: QModelIndex, offset: int, current: QModelIndex | None) -> None:
        bar = self.verticalScrollBar()
        if top.isValid():
            self.scrollTo(top, QListView.ScrollHint.PositionAtTop)
            bar.setValue(bar.value() + self.visualRect(top).top() - offset)
        if current is not None and current.isValid():
            self.scrollTo(current, QListView.ScrollHint.EnsureVisible)

    def _catch_up(self) -> None:
        """After a batch: once the notes are laid out down to the anchor, the view goes back
        there and the batches go on at their usual size."""
        if self._anchor is None:
            return
        top, offset, current = self._anchor
        target = current if current is not None else top
        model = self.model()
        if not target.isValid() or model is None:  # another client meanwhile
            self._anchor = None
            self.setBatchSize(BATCH)
            return
        below = min(model.rowCount() - 1, target.row() + self.first_batch())  # a screenful
        if self.visualRect(model.index(below, 0)).height() <= 0:
            return  # not laid out yet
        self._anchor = None
        self.setBatchSize(BATCH)
        self.updateGeometries()  # the scroll range grows only when the batches end: now
        shown = model.index(current.row(), 0) if current is not None else None
        self._put_back(model.index(top.row(), 0), offset, shown)

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
            count = model.rowCount()
            if self._holding or self.visualRect(model.index(count - 1, 0)).height() <= 0:
                if count <= ONE_PASS_AT_MOST:
                    self._lay_out_all()
                else:  # a page by the smallest card, the batches bringing the view there
                    row = max(0, self.currentIndex().row())
                    page = max(1, self.viewport().height() // self._smallest_card())
                    if cursorAction == QAbstractItemView.CursorAction.MoveEnd:
                        row = count - 1
                    elif cursorAction == QAbstractItemView.CursorAction.MovePageDown:
                        row = min(count - 1, row + page)
                    else:
                        row = max(0, row - page)
                    target = model.index(row, 0)
                    if self._holding:
                        self._presize_to(target)
                    else:
                        self._lay_out_all(one_pass=False, go_to=target)
                    return target
        return super().moveCursor(cursorAction, modifiers)

    def reveal(self, index: QModelIndex) -> None:
        """Scroll to ``index`` (a search hit, the due list), laying the notes out down to it
        first: in one pass for a client of up to ONE_PASS_AT_MOST notes, else presized (the
        rest waiting) or in batches (a layout under way), the view brought there once they
        reach it (one pass froze the window ~1.8 s at 5,000 notes: attack21 A11)."""
        model = self.model()
        if model is None or not index.isValid():
            return
        laid_out = self.visualRect(index).height() > 0 and not self._holding
        if index.row() >= self.first_batch() and not laid_out:
            if model.rowCount() > ONE_PASS_AT_MOST:
                if not self._holding:
                    self._lay_out_all(one_pass=False, go_to=index)
                    return
                self._presize_to(index)  # the estimated rows shown there meanwhile
            else:
                self._lay_out_in_one_pass()
        self.scrollTo(index, QListView.ScrollHint.PositionAtCenter)

    def _lay_out_in_one_pass(self) -> None:
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        try:
            self.doItemsLayout()
        finally:
            self.setLayoutMode(QListView.LayoutMode.Batched)

    def _smallest_card(self) -> int:
        return max(1, NoteDelegate.smallest_card_height(self.font()))

    def _top_index(self) -> QModelIndex:
        """The note at the viewport's top (its first few pixels may be the cards' spacing)."""
        x = self.viewport().width() // 2
        for y in range(0, min(32, self.viewport().height())):
            index = self.indexAt(QPoint(x, y))
            if index.isValid():
                return index
        return QModelIndex()
