"""Paints a note in the timeline: a header line and the Markdown body, rendered.

Parsed documents are cached per note and version: Markdown parsing is the expensive part,
and a client switch should not parse every note again.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from clientjournal.core.records import NoteData
from clientjournal.ui.common.focus_frame import draw_focus_frame
from clientjournal.ui.common.font_size import factor_for_font
from clientjournal.ui.common.labels import mood_symbol
from clientjournal.ui.common.lazy_model import RECORD_ROLE
from clientjournal.ui.notes.timeline_model import NoteTimelineModel

PADDING = 8
MAX_BODY_LINES = 14
CACHE_SIZE = 600
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class NoteDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._viewport = view.viewport()  # asked on every size hint; look it up once
        self._documents: OrderedDict[int | None, tuple[datetime | None, str, QTextDocument]] = (
            OrderedDict()
        )

    def _text_width(self) -> int:
        return max(120, self._viewport.width() - PADDING * 4)

    def _document(self, note: NoteData, font: QFont) -> QTextDocument:
        key = (note.updated_at, note.body)
        cached = self._documents.get(note.id)
        if cached is not None and cached[:2] == key:
            self._documents.move_to_end(note.id)
            document = cached[2]
            if document.defaultFont() != font:  # the font changed: lay the text out again
                document.setDefaultFont(font)
        else:
            document = QTextDocument()
            document.setDocumentMargin(0)
            document.setDefaultFont(font)
            document.setMarkdown(note.body, MARKDOWN)
            self._documents[note.id] = (*key, document)
            if len(self._documents) > CACHE_SIZE:
                self._documents.popitem(last=False)
        width = self._text_width()
        if document.textWidth() != width:
            document.setTextWidth(width)
        return document

    def _body_height(self, document: QTextDocument, font: QFont) -> int:
        limit = QFontMetrics(font).lineSpacing() * MAX_BODY_LINES
        return min(int(document.size().height()) + 1, limit)

    @staticmethod
    def _vertical_padding(font: QFont) -> int:
        """Space above, between and below the lines, grown with the font: a fixed 8 px made a
        one-line note grow only 1.5 times at twice the font, so large fonts looked cramped."""
        return round(PADDING * factor_for_font(font))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        note = index.data(RECORD_ROLE)
        header = QFontMetrics(option.font).height()
        padding = self._vertical_padding(option.font)
        if note is None:
            return QSize(self._text_width(), header + padding * 2)
        body = self._body_height(self._document(note, option.font), option.font)
        return QSize(self._text_width(), header + body + padding * 3)

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

        document = self._document(note, option.font)
        body_top = rect.top() + metrics.height() + padding // 2
        body_height = self._body_height(document, option.font)
        painter.translate(QPointF(rect.left(), body_top))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = QRectF(0, 0, rect.width(), body_height)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
