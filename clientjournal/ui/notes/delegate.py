"""Paints a note in the timeline: a header line and the first lines of the Markdown body.

A card shows at most ``PREVIEW_LINES`` lines of the note, the last one ending in "…" when
there is more; the editor below shows the whole note once it is chosen.  Whole notes made a
768-px laptop screen show three of them; with previews it shows five or more (issue 19).

Parsed documents are cached per note and version: Markdown parsing is the expensive part,
and a client switch should not parse every note again.  What a card shows of it is worked
out once per width and font.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from datetime import datetime
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QTextBlock,
    QTextDocument,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from clientjournal.core.records import NoteData
from clientjournal.core.search_text import escape_html
from clientjournal.ui.common import focus_frame
from clientjournal.ui.common.focus_frame import draw_focus_frame, row_colors
from clientjournal.ui.common.font_size import factor_for_font
from clientjournal.ui.common.labels import mood_symbol
from clientjournal.ui.common.lazy_model import RECORD_ROLE
from clientjournal.ui.notes.timeline_model import NoteTimelineModel

PADDING = 8  # left and right
VERTICAL_PADDING = 6  # above and below a card, grown with the font
PREVIEW_LINES = 3
ELLIPSIS = "\u2026"
SENTENCE_ENDS = ".!?:;"
CACHE_SIZE = 600
TOOLTIP_CHARS = 1500
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # looked up once per card
_ITEM_VIEW_ITEM = QStyle.ControlElement.CE_ItemViewItem
_HAS_FOCUS_BITS = QStyle.StateFlag.State_HasFocus.value
_SELECTED_BITS = QStyle.StateFlag.State_Selected.value
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class Preview:
    """What a card shows of a note laid out at some width: its first lines, the last one
    cut where a "…" fits after it.  Nothing is copied: the card clips the note's own layout.

    A value, never changed once made; written out rather than a frozen dataclass, which
    compiles six methods when the module is imported, before the first paint (issue 21)."""

    __slots__ = ("baseline", "cut", "cut_x", "ellipsis", "height", "last_top")

    def __init__(
        self,
        height: int,
        cut: int = -1,
        last_top: float = 0.0,
        baseline: float = 0.0,
        cut_x: float = 0.0,
        ellipsis: str = "",
    ) -> None:
        self.height = height  # of the lines shown, in pixels
        self.cut = cut  # the position in the note after the last character shown; -1: all
        self.last_top = last_top  # the last line shown: its top,
        self.baseline = baseline  # its baseline,
        self.cut_x = cut_x  # and where it is cut, the "…" drawn
        self.ellipsis = ellipsis  # "…", or " …" after a full stop ("quieter. …")

    def _values(self) -> tuple[int, int, float, float, float, str]:
        return (self.height, self.cut, self.last_top, self.baseline, self.cut_x, self.ellipsis)

    def __eq__(self, other: object) -> bool:
        return self._values() == other._values() if isinstance(other, Preview) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (
            "Preview(height={!r}, cut={!r}, last_top={!r}, baseline={!r}, cut_x={!r}, "
            "ellipsis={!r})".format(*self._values())
        )

    @property
    def shortened(self) -> bool:
        return self.cut >= 0

    def text(self, document: QTextDocument) -> str:
        """The text the card shows (plain), for tests and tooltips."""
        whole = document.toPlainText()
        return whole[: self.cut] + self.ellipsis if self.shortened else whole


class _Card:
    """A note's parsed text and, for the width and font last asked, what its card shows.

    A plain class, as ``_Fonts`` below: a dataclass compiles its methods when the module is
    imported, before the window's first paint (issue 21)."""

    __slots__ = ("document", "font", "key", "preview", "width")

    def __init__(self, key: tuple[datetime | None, str], document: QTextDocument) -> None:
        self.key = key
        self.document = document
        self.font = QFont()
        self.width = -1
        self.preview = Preview(0)


def keep_glyphs(document: QTextDocument) -> None:
    """Let the blocks a card can show keep their shaped text after the layout.  A block's
    QTextLayout drops its glyphs at the end of every layout unless told otherwise, and the
    card's paint, right after the layout that sized it, shaped the same lines again: ~1 M
    instructions a switch, an eighth of painting the timeline (issue 21).  Only the first
    blocks: a card shows at most PREVIEW_LINES lines, and each block has one at least, so a
    long note keeps no more than a short one.  What they keep, ~5 KB a card, is ~3 MB of
    memory once the delegate's cache holds its 600 cards."""
    block = document.begin()
    for _ in range(PREVIEW_LINES):
        if not block.isValid():
            return
        block.layout().setCacheEnabled(True)
        block = block.next()


def _lines(document: QTextDocument, enough: int) -> list[tuple[QTextBlock, QTextLayout, QTextLine]]:
    """The first laid-out lines of ``document``, ``enough`` of them or all there are."""
    document.size()  # lays the text out
    lines: list[tuple[QTextBlock, QTextLayout, QTextLine]] = []
    block = document.begin()
    while block.isValid() and len(lines) < enough:
        layout = block.layout()
        lines.extend((block, layout, layout.lineAt(n)) for n in range(layout.lineCount()))
        block = block.next()
    return lines


def preview(document: QTextDocument, max_lines: int) -> Preview:
    """The first ``max_lines`` lines of ``document``, laid out at its width."""
    lines = _lines(document, max_lines + 1)
    if not lines:
        return Preview(0)
    if len(lines) <= max_lines:
        _block, layout, line = lines[-1]
        return Preview(math.ceil(layout.position().y() + line.y() + line.height()))
    block, layout, line = lines[max_lines - 1]
    origin = layout.position()
    metrics = QFontMetricsF(document.defaultFont())
    start = block.position() + line.textStart()
    char = document.characterAt

    def back_over_spaces(pos: int) -> int:
        while pos > start and char(pos - 1).isspace():
            pos -= 1
        return pos

    pos = back_over_spaces(start + line.textLength())
    while True:
        ellipsis = " " + ELLIPSIS if pos > 0 and char(pos - 1) in SENTENCE_ENDS else ELLIPSIS
        # PySide returns (x, the position) though its stubs say object
        x = origin.x() + cast(tuple[float, int], line.cursorToX(pos - block.position()))[0]
        if x + metrics.horizontalAdvance(ellipsis) <= document.textWidth() or pos <= start:
            break
        # one word less, or a letter less of a word longer than the line
        word = pos
        while word > start and not char(word - 1).isspace():
            word -= 1
        pos = back_over_spaces(word if word > start else pos - 1)
    top = origin.y() + line.y()
    return Preview(
        height=math.ceil(top + line.height()),
        cut=pos,
        last_top=top,
        baseline=top + line.ascent(),
        cut_x=x,
        ellipsis=ellipsis,
    )


class _Fonts:
    """What a card's size and header need of the view's font, worked out once per font: a
    font's metrics cost more than the rest of a size hint (issue 21)."""

    __slots__ = ("font", "header_font", "header_metrics", "line", "padding")

    def __init__(
        self, font: QFont, line: int, padding: int, header_font: QFont, metrics: QFontMetrics
    ) -> None:
        self.font = font
        self.line = line  # the font's line height
        self.padding = padding
        self.header_font = header_font
        self.header_metrics = metrics


class NoteDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        # asked on every size hint; looked up once (the timeline's knows the width the
        # viewport will have once a layout shows the scroll bar)
        width_of = getattr(view, "viewport_width", None)
        self._viewport_width = width_of if width_of is not None else view.viewport().width
        # the timeline's rows below the view, after a switch, take the smallest card's
        # height for a moment (ui/notes/timeline_view.py)
        self._estimate = getattr(view, "estimate", None)
        self._card_sized = getattr(view, "card_sized", None)  # told each real card's height
        self._cards: OrderedDict[int | None, _Card] = OrderedDict()
        self._links = QGuiApplication.palette().link().color().rgba()  # the cards' link colour
        self._fonts: _Fonts | None = None
        # a card's text colours per palette (its cache key) and selection
        self._colors: dict[tuple[int, bool], tuple[QColor, QColor]] = {}

    def _fonts_of(self, font: QFont) -> _Fonts:
        fonts = self._fonts
        if fonts is None or fonts.font != font:
            header_font = QFont(font)
            header_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            fonts = self._fonts = _Fonts(
                QFont(font),
                QFontMetrics(font).height(),
                self.vertical_padding(font),
                header_font,
                QFontMetrics(header_font),
            )
        return fonts

    def follow_palette(self) -> None:
        """The cards parsed again once the application palette's link colour changed: Qt's
        Markdown import gives a link the colour of the moment, and a card parsed before a
        switch to the dark theme kept the light one's dark blue (attack23c U2).  Asked by
        the timeline at its palette's change and at every new set of notes (a switch; a
        hidden window hears of no palette change), ~2 µs."""
        links = QGuiApplication.palette().link().color().rgba()
        if links != self._links:
            self._links = links
            self._cards.clear()

    def text_width(self) -> int:
        """The width a card's text is laid out at."""
        return max(120, self._viewport_width() - PADDING * 4)

    def _card(self, note: NoteData, font: QFont, width: int | None = None) -> _Card:
        """``note``'s card laid out at ``width`` (the cards' text width when None)."""
        key = (note.updated_at, note.body)
        cards = self._cards
        card = cards.get(note.id)
        if card is not None and card.key == key:
            cards.move_to_end(note.id)
        else:
            if card is None and len(cards) >= CACHE_SIZE:
                # A full cache: the oldest card's document takes the new note.  Making a
                # document and dropping the oldest one (its layout, its kept glyphs) cost
                # ~0.15 ms a jump to another client (issue 21).  The import's clear() takes
                # the text, its formats and layout; the margin stays 0.  Qt's Markdown
                # import sizes code from the document's font, which in a new document is
                # the application's: the dropped card's is put back to it when they differ
                # (the desktop's font changed since: attack23c U1), emptied first, so that
                # the old text is not laid out again at the new font.
                document = cards.popitem(last=False)[1].document
                new_font = QFont()
                if document.defaultFont() != new_font:
                    document.clear()
                    document.setDefaultFont(new_font)
            else:
                document = QTextDocument()
                document.setDocumentMargin(0)
            document.setMarkdown(note.body, MARKDOWN)
            keep_glyphs(document)
            card = cards[note.id] = _Card(key, document)
            if len(cards) > CACHE_SIZE:
                cards.popitem(last=False)
        if width is None:
            width = self.text_width()
        if card.width != width or card.font != font:  # lay the text out again
            card.font = QFont(font)
            card.width = width
            card.document.setDefaultFont(font)
            card.document.setTextWidth(width)
            card.preview = preview(card.document, PREVIEW_LINES)
            if card.preview.height == 0:  # an empty note: one blank line
                card.preview = Preview(QFontMetrics(font).height())
        return card

    def prepare(self, note: NoteData | None, font: QFont) -> QSize:
        """Size ``note``'s card now, at the view's width: the size ``sizeHint`` gives its row
        (the timeline keeps it for a layout of every row at once, ui/notes/timeline_view.py)."""
        fonts = self._fonts_of(font)
        header, padding = fonts.line, fonts.padding
        width = self.text_width()  # asked once: the view's width goes through Python
        if note is None:
            return QSize(width, header + padding * 2)
        body = self._card(note, font, width).preview.height
        return QSize(width, header + body + padding * 2 + padding // 2)

    def is_shortened(self, note: NoteData, font: QFont) -> bool:
        """Whether the note's card shows only its beginning (for the tooltip, and tests)."""
        return self._card(note, font).preview.shortened

    @staticmethod
    def vertical_padding(font: QFont) -> int:
        """Space above, between and below the lines, grown with the font: a fixed padding made
        a one-line note grow only 1.5 times at twice the font, so large fonts looked cramped."""
        return round(VERTICAL_PADDING * factor_for_font(font))

    @classmethod
    def full_card_height(cls, font: QFont) -> int:
        """The height of a card that shows ``PREVIEW_LINES`` lines, the most a card shows."""
        line = QFontMetrics(font).height()
        padding = cls.vertical_padding(font)
        return line + line * PREVIEW_LINES + padding * 2 + padding // 2

    @classmethod
    def smallest_card_height(cls, font: QFont) -> int:
        """The height of a card of one line (an empty note's), the least a card takes."""
        line = QFontMetrics(font).height()
        padding = cls.vertical_padding(font)
        return line + line + padding * 2 + padding // 2

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        estimate, row = self._estimate, -1
        if estimate is not None:
            row = index.row()
            size = estimate(row)
            if size is not None:  # the smallest card, without reading the note
                return size
        note = index.data(RECORD_ROLE)
        size = self.prepare(note, option.font)
        if note is not None and self._card_sized is not None:
            self._card_sized(row, size.height())
        return size

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A shortened card's tooltip holds the whole note, for reading without opening it."""
        note = index.data(RECORD_ROLE)
        tooltip = event.type() == QEvent.Type.ToolTip and note is not None
        if tooltip and self.is_shortened(note, option.font):
            header = escape_html(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
            body = escape_html(note.body.strip()[:TOOLTIP_CHARS])
            text = f"<p><b>{header}</b></p><p style='white-space:pre-wrap'>{body}</p>"
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Not ``initStyleOption``: it asks the model for seven roles (seven calls into Python,
        # ~1 M instructions a switch over the ~6 cards) of which the card uses none; the row's
        # background takes the option as the view made it, with the index (issue 21).
        option.index = cast(QModelIndex, index)  # Qt paints with a QModelIndex
        # The row's background as draw_row_background draws it, without its copy of the
        # option when the option has no text for the style to draw (the view's has none).
        # The state is read once, as a number (each read and "&" builds Python flags; issue 21).
        bits = option.state._value_
        if option.text:
            focus_frame.draw_row_background(painter, option)
        else:
            view = option.widget
            style = view.style() if view is not None else QApplication.style()
            style.drawControl(_ITEM_VIEW_ITEM, option, painter, view)
            if bits & _HAS_FOCUS_BITS:
                draw_focus_frame(painter, option)
        note = index.data(RECORD_ROLE)
        if note is None:
            return
        palette = option.palette
        colors_key = (palette.cacheKey(), bool(bits & _SELECTED_BITS))
        colors = self._colors.get(colors_key)
        if colors is None:
            colors = self._colors[colors_key] = row_colors(option)
        text_color, muted = colors
        fonts = self._fonts_of(option.font)
        padding = fonts.padding
        rect = option.rect.adjusted(PADDING * 2, padding, -PADDING * 2, -padding)
        card = self._card(note, option.font)
        shown = card.preview
        # a row given the smallest card's height while the rest is sized (timeline_view.py):
        # the card kept inside it, not drawn over the rows below
        short = option.rect.height() < fonts.line + shown.height + padding * 2 + padding // 2
        clip_op = Qt.ClipOperation.IntersectClip if short else Qt.ClipOperation.ReplaceClip

        painter.save()
        if short:
            painter.setClipRect(option.rect)
        painter.setFont(fonts.header_font)
        painter.setPen(muted)
        model = cast(NoteTimelineModel, index.model())
        header = f"{mood_symbol(note.mood)}  {model.header(note)}"
        header_rect = QRect(rect.left(), rect.top(), rect.width(), fonts.line)
        painter.drawText(
            header_rect,
            _LEFT,
            fonts.header_metrics.elidedText(header, _ELIDE_RIGHT, rect.width()),
        )

        body_top = rect.top() + fonts.line + padding // 2
        painter.translate(QPointF(rect.left(), body_top))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = QRectF(0, 0, rect.width(), shown.height)
        if shown.shortened:  # the lines above in full, the last one up to the "…"
            clip = QPainterPath()
            clip.addRect(QRectF(0, 0, rect.width(), shown.last_top))
            clip.addRect(QRectF(0, shown.last_top, shown.cut_x, shown.height - shown.last_top))
            painter.setClipPath(clip, clip_op)
        else:
            painter.setClipRect(context.clip, clip_op)
        card.document.documentLayout().draw(painter, context)
        if shown.shortened and not short:  # (an estimated row shows one line: not the third)
            painter.setClipping(False)
            painter.setFont(card.document.defaultFont())
            painter.setPen(text_color)
            painter.drawText(QPointF(shown.cut_x, shown.baseline), shown.ellipsis)
        painter.restore()
