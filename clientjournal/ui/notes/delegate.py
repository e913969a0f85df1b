"""Paints a note in the timeline: a header line and the first lines of the Markdown body.

A card shows at most ``PREVIEW_LINES`` lines of the note, the last one ending in "…" when
there is more; the editor below shows the whole note once it is chosen.  Whole notes made a
768-px laptop screen show three of them; with previews it shows five or more (issue 19).

Parsed documents are cached per note and version: Markdown parsing is the expensive part,
and a client switch should not parse every note again.  The shortened copy is cached beside
it, per width.
"""

from __future__ import annotations

import html
import math
from collections import OrderedDict
from dataclasses import dataclass, field
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
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
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
from clientjournal.ui.common.focus_frame import draw_focus_frame
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
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


@dataclass
class _Card:
    """A note's parsed text and, for the width last asked, what its card shows of it."""

    key: tuple[datetime | None, str]
    document: QTextDocument  # the whole note
    font: QFont = field(default_factory=QFont)
    width: int = -1
    preview: QTextDocument | None = None  # the shortened copy; None: the whole note fits
    height: int = 0  # of the body shown, in pixels


def _line_bottoms(document: QTextDocument) -> list[tuple[int, float]]:
    """Each laid-out line of ``document``: the position just after it, and its bottom edge."""
    document.size()  # lays the text out (a copy is laid out only when asked)
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            end = block.position() + line.textStart() + line.textLength()
            lines.append((end, top + line.y() + line.height()))
        block = block.next()
    return lines


def _copy(document: QTextDocument) -> QTextDocument:
    copy = document.clone()
    copy.setDocumentMargin(0)
    copy.setDefaultFont(document.defaultFont())
    copy.setTextWidth(document.textWidth())
    return copy


def shorten(document: QTextDocument, max_lines: int) -> tuple[QTextDocument | None, int]:
    """The first ``max_lines`` lines of ``document`` (laid out at its width), the last one
    ending in "…", and their height; ``None`` and the whole height when everything fits."""
    lines = _line_bottoms(document)
    if not lines:
        return None, 0
    if len(lines) <= max_lines:
        return None, math.ceil(lines[-1][1])
    cut = lines[max_lines - 1][0]
    while True:
        while cut > 0 and document.characterAt(cut - 1).isspace():
            cut -= 1
        copy = _copy(document)
        cursor = QTextCursor(copy)
        cursor.setPosition(cut)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        # after a full stop, "quieter. …" rather than "quieter.…"
        after_sentence = cut > 0 and document.characterAt(cut - 1) in SENTENCE_ENDS
        cursor.insertText(" " + ELLIPSIS if after_sentence else ELLIPSIS)
        shown = _line_bottoms(copy)
        word_start = cut
        while word_start > 0 and not document.characterAt(word_start - 1).isspace():
            word_start -= 1
        if len(shown) <= max_lines or cut <= 1:
            return copy, math.ceil(shown[min(len(shown), max_lines) - 1][1])
        # The "…" went onto a line of its own: one word less, or a letter less of a word
        # longer than the line.
        cut = word_start if word_start > 0 else cut - 1


class NoteDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._viewport = view.viewport()  # asked on every size hint; look it up once
        self._cards: OrderedDict[int | None, _Card] = OrderedDict()

    def _text_width(self) -> int:
        return max(120, self._viewport.width() - PADDING * 4)

    def _card(self, note: NoteData, font: QFont) -> _Card:
        key = (note.updated_at, note.body)
        card = self._cards.get(note.id)
        if card is not None and card.key == key:
            self._cards.move_to_end(note.id)
        else:
            document = QTextDocument()
            document.setDocumentMargin(0)
            document.setMarkdown(note.body, MARKDOWN)
            card = self._cards[note.id] = _Card(key, document)
            if len(self._cards) > CACHE_SIZE:
                self._cards.popitem(last=False)
        width = self._text_width()
        if card.width != width or card.font != font:  # lay the text out again
            card.font = QFont(font)
            card.width = width
            card.document.setDefaultFont(font)
            card.document.setTextWidth(width)
            card.preview, card.height = shorten(card.document, PREVIEW_LINES)
            if card.height == 0:
                card.height = QFontMetrics(font).height()  # an empty note: one blank line
        return card

    def is_shortened(self, note: NoteData, font: QFont) -> bool:
        """Whether the note's card shows only its beginning (for the tooltip, and tests)."""
        return self._card(note, font).preview is not None

    @staticmethod
    def _vertical_padding(font: QFont) -> int:
        """Space above, between and below the lines, grown with the font: a fixed padding made
        a one-line note grow only 1.5 times at twice the font, so large fonts looked cramped."""
        return round(VERTICAL_PADDING * factor_for_font(font))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        note = index.data(RECORD_ROLE)
        header = QFontMetrics(option.font).height()
        padding = self._vertical_padding(option.font)
        if note is None:
            return QSize(self._text_width(), header + padding * 2)
        body = self._card(note, option.font).height
        return QSize(self._text_width(), header + body + padding * 2 + padding // 2)

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
            header = html.escape(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
            body = html.escape(note.body.strip()[:TOOLTIP_CHARS])
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
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        draw_focus_frame(painter, option)  # Fusion's own is too faint to see
        note = index.data(RECORD_ROLE)
        if note is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_color = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = (
            text_color
            if selected
            else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        padding = self._vertical_padding(option.font)
        rect = option.rect.adjusted(PADDING * 2, padding, -PADDING * 2, -padding)
        metrics = QFontMetrics(option.font)

        painter.save()
        header_font = QFont(option.font)
        header_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        painter.setFont(header_font)
        painter.setPen(muted)
        model = cast(NoteTimelineModel, index.model())
        header = f"{mood_symbol(note.mood)}  {model.header(note)}"
        header_rect = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            header_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(header_font).elidedText(header, Qt.TextElideMode.ElideRight, rect.width()),
        )

        card = self._card(note, option.font)
        body_top = rect.top() + metrics.height() + padding // 2
        painter.translate(QPointF(rect.left(), body_top))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = QRectF(0, 0, rect.width(), card.height)
        painter.setClipRect(context.clip)
        shown = card.preview if card.preview is not None else card.document
        shown.documentLayout().draw(painter, context)
        painter.restore()
