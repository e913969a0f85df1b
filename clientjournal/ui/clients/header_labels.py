"""The client header's own labels: the wrapped details and rhythm lines, and the name.

``WrappedLabel`` keeps its heights per width; with a rich text (the details) it works out
its sizes and paints from a text document of its own, with QLabel's arithmetic and QLabel's
pixels (issue 21).  A client switch gives the details a new text, and QLabel lays a label's
document out at a width and back again for every size it is asked, and three more times to
paint the new text; the label lays its own document out once per number, mostly at the width
it is painted at.  QLabel's own document gets the text only when a click, a hover, the focus
or a selection needs it.  ``NameLabel`` is a plain QLabel that paints a long name shortened.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QMimeData, QRect, QRectF, QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QClipboard,
    QFocusEvent,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QStyle, QStyleOption, QWidget

QWIDGETSIZE_MAX = 16777215  # Qt's largest widget size: QLabel's "one line" width
SOFT_BREAK = "\u200b"  # zero-width space: a line may break here, nothing is shown


def soft_breaks(word: str) -> str:
    """``word`` with a ``SOFT_BREAK`` between every two of its characters as the reader sees
    them (grapheme clusters: a flag, an emoji with its skin tone, a Thai or Devanagari
    cluster, a letter with its accents stay whole).  Qt's rich text wraps only where Unicode
    allows a break, and QLabel wraps only at words (it sets the wrap mode of its document
    itself), so a word longer than the label's line can only be given places to break.

    An ASCII word without a carriage return, the usual long word (an e-mail address, a
    domain), is one character a cluster: joined at once.  Asking the finder cluster by
    cluster cost ~0.3 ms for such a word, at every client switch that shows one (issue 21)."""
    if word.isascii() and "\r" not in word:
        return SOFT_BREAK.join(word)
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, word)
    units = word.encode("utf-16-le")  # the finder counts UTF-16 code units
    pieces = []
    start = 0
    end = finder.toNextBoundary()
    flag_letters = ""  # regional indicators in a row: paired here, see below
    while end > 0:
        piece = units[2 * start : 2 * end].decode("utf-16-le")
        start, end = end, finder.toNextBoundary()
        # Qt 6.11 pairs the regional indicators after an emoji wrongly ("💻🇩🇪🇫🇷" gives
        # 🇩, 🇪🇫, 🇷): a run of them is put together and paired from its start
        if all(_FLAG_LETTERS[0] <= char <= _FLAG_LETTERS[1] for char in piece):
            flag_letters += piece
            continue
        pieces += _in_pairs(flag_letters)
        flag_letters = ""
        pieces.append(piece)
    pieces += _in_pairs(flag_letters)
    return SOFT_BREAK.join(pieces)


_FLAG_LETTERS = ("\U0001f1e6", "\U0001f1ff")  # the regional indicators A to Z


def _in_pairs(letters: str) -> list[str]:
    """Regional indicators two by two: each pair is one flag."""
    return [letters[i : i + 2] for i in range(0, len(letters), 2)]


class WrappedLabel(QLabel):
    """A word-wrapped label that keeps its height per width until its text changes (or its
    font, style or palette).  A client switch asked the rich details label for its height
    2-10 times, at one to five widths (the header's layouts each ask twice), and every answer
    laid its text out twice (QLabel measures, then puts its document back): a tenth of a
    switch (issue 21).  The heights are Qt's own.

    A rich-text label also works out its size hints from a document of its own, with QLabel's
    arithmetic (``QLabelPrivate::sizeForWidth``): QLabel lays its document out at a width and
    back again for every number, about nine layouts for a new text's size hint and two for
    each height (~6 M instructions, a ninth of a switch); the label's own document is laid out
    once per number and never put back.  QLabel's document is then laid out only to paint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self._heights_of = ""
        self._document: QTextDocument | None = None  # rich text: laid out for the hints
        self._document_of: tuple[object, ...] = ()
        self._hints: tuple[QSize, QSize] | None = None  # size hint, minimum size hint
        self._hints_of: tuple[object, ...] = ()
        self.heights_asked = self.heights_worked_out = 0  # counted for the tests
        self._watching_copies = False

    def setText(self, text: str) -> None:
        """A text set again is parsed again, also when it is the same: a link takes the
        palette's link colour when its text is parsed (the header sets its text again when
        the theme changes, as QLabel parses its own again)."""
        self._document = None
        super().setText(text)

    def _own_hints(self) -> bool:
        """Whether the hints come from the label's document: rich text that wraps (QLabel
        makes a text document for it), not a pixmap, movie or plain text; no text is left
        to QLabel (a label never given one is no text label, and asks for no height).  A
        one-line selectable name stays QLabel's: its hints, asked many times a switch, cost
        more in Python than its short text costs QLabel to lay out (measured: +0.9 M
        instructions a switch)."""
        return self.textFormat() == Qt.TextFormat.RichText and self.wordWrap() and bool(self.text())

    def _laid_out(self) -> QTextDocument:
        """The label's text in a document set up as QLabel sets up its own (its font, no
        margin, its alignment, word wrap)."""
        font = self.font()
        key = (self.text(), font.key(), self.alignment())
        document = self._document
        if document is None or key != self._document_of:
            # no parent: dropped with the next text (a child would stay until the label goes)
            document = self._document = QTextDocument()
            document.setUndoRedoEnabled(False)
            document.setDefaultFont(font)
            document.setHtml(self.text())
            option = document.defaultTextOption()
            option.setAlignment(self.alignment())
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            document.setDefaultTextOption(option)
            # QLabel sets its root frame's margin to 0; setDocumentMargin does that without
            # building QTextFrameFormat's Python classes before the first paint (issue 21)
            document.setDocumentMargin(0)
            self._document_of = key
        return document

    def spoken_text(self) -> str:
        """What Qt announces for a rich-text label without a name of its own: its text as
        plain text (``QAccessibleDisplay``), read from the document the hints are worked out
        from.  The details label is given it as its name: a label of the app's own class
        counts as a control that names itself (test_accessibility)."""
        return self._laid_out().toPlainText()

    def _size_for_width(self, width: int) -> QSize:
        """``QLabelPrivate::sizeForWidth`` for a rich, wrapping text: the text's size at
        ``width`` (-1: the document's own golden-ratio width) with the margins, the indent
        and the minimum size."""
        if self.minimumWidth() > 0:
            width = max(width, self.minimumWidth())
        margins = self.contentsMargins()
        margins_width = margins.left() + margins.right()
        margins_height = margins.top() + margins.bottom()
        hextra = vextra = 2 * self.margin()
        document = self._laid_out()
        # QLabel's text direction is its document's (never set: automatic)
        direction = document.defaultTextOption().textDirection()
        align = QStyle.visualAlignment(direction, self.alignment())
        indent = self.indent()
        if indent < 0 and self.frameWidth():  # no indent, but a frame
            indent = self.fontMetrics().horizontalAdvance("x") - self.margin() * 2
        if indent > 0:
            if align & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
                hextra += indent
            if align & (Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignBottom):
                vextra += indent
        if width >= 0:
            document.setTextWidth(max(width - hextra - margins_width, 0))
        else:
            document.adjustSize()
        size = document.size()
        return QSize(
            math.ceil(size.width()) + hextra + margins_width,
            math.ceil(size.height()) + vextra + margins_height,
        ).expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        if not self._own_hints():
            return super().minimumSizeHint()
        return self._both_hints()[1]

    def sizeHint(self) -> QSize:
        if not self._own_hints():
            return super().sizeHint()
        return self._both_hints()[0]

    def _both_hints(self) -> tuple[QSize, QSize]:
        """QLabel's size hint and minimum size hint (``QLabel::minimumSizeHint``), kept
        until something they follow from changes."""
        self.ensurePolished()
        margins = self.contentsMargins()
        key = (
            self.text(),
            self.font().key(),
            self.alignment(),
            self.margin(),
            self.indent(),
            self.frameWidth(),
            (margins.left(), margins.top(), margins.right(), margins.bottom()),
            self.minimumSize(),
        )
        if self._hints is None or key != self._hints_of:
            hint = self._size_for_width(-1)  # wrapped: the golden ratio
            one_line = self._size_for_width(QWIDGETSIZE_MAX).height()
            least = QSize(self._size_for_width(0).width(), min(one_line, hint.height()))
            self._hints, self._hints_of = (hint, least), key
        return self._hints

    def heightForWidth(self, width: int) -> int:
        self.heights_asked += 1
        text = self.text()
        if text != self._heights_of:
            self._heights.clear()
            self._heights_of = text
        height = self._heights.get(width)
        if height is None:
            self.heights_worked_out += 1
            if self._own_hints():
                height = self._size_for_width(width).height()
            else:
                height = super().heightForWidth(width)
            self._heights[width] = height
        return height

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._watch_copies()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._watch_copies()
        super().focusInEvent(event)

    def _watch_copies(self) -> None:
        """Copies are cleaned once a selection can begin (a click, the focus), not from the
        start: the clipboard is not needed before the first paint."""
        if not self._watching_copies:
            self._watching_copies = True
            # bound methods, which Qt disconnects when the label is deleted (a lambda stayed
            # connected and raised at every later copy: attack21c C6)
            clipboard = QGuiApplication.clipboard()
            clipboard.dataChanged.connect(self._clean_clipboard)
            clipboard.selectionChanged.connect(self._clean_selection)

    def _clean_clipboard(self) -> None:
        self._clean_copy(QClipboard.Mode.Clipboard)

    def _clean_selection(self) -> None:
        self._clean_copy(QClipboard.Mode.Selection)

    def _clean_copy(self, mode: QClipboard.Mode) -> None:
        """What is copied from the label holds no ``SOFT_BREAK``: QLabel copies its text as it
        is, and an e-mail address or a company name pasted into a mail program or a search
        field with a zero-width space between every two letters matches nothing (attack21c
        C1).  Only a copy made here, with the app in front, while the label has a selection,
        is rewritten (once: the rewritten text holds none)."""
        if not self.hasSelectedText():
            return
        if QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
            return  # another program's copy
        clipboard = QGuiApplication.clipboard()
        copied = clipboard.mimeData(mode)
        if copied is None or SOFT_BREAK not in copied.text():
            return
        clean = QMimeData()
        clean.setText(copied.text().replace(SOFT_BREAK, ""))
        if copied.hasHtml():
            clean.setHtml(copied.html().replace(SOFT_BREAK, "").replace("&#8203;", ""))
        clipboard.setMimeData(clean, mode)

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # a new font or style: worked out again
        self._hints = None
        super().changeEvent(event)

    def _paints_own(self) -> bool:
        """Whether the label paints its own document: its hints come from it, and nothing
        QLabel's own document holds is shown (no focus, selection or shortcut, enabled, no
        style sheet, which QLabel's painting reads)."""
        return (
            self._own_hints()
            and self.isEnabled()
            and not self.hasFocus()
            and not self.hasSelectedText()
            and self.buddy() is None
            and self.style().metaObject().className() != "QStyleSheetStyle"
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """QLabel's painting of a rich text (``QLabel::paintEvent``, ``QLabelPrivate::
        layoutRect`` and ``QWidgetTextControl::drawContents``) from the label's own document,
        the same pixels: QLabel's document, once it has the new text, was laid out three times
        to paint it (at its old width, for its text option and at the width), while the
        label's own is mostly laid out at the width already (its height was asked for it).
        QLabel's document gets the text when it is needed (a click, a hover, the focus)."""
        if not self._paints_own():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.drawFrame(painter)
        rect = self._document_rect()
        document = self._laid_out()
        if document.textWidth() != rect.width():
            document.setTextWidth(rect.width())
        layout = document.documentLayout()
        height = layout.documentSize().height()
        top = 0.0
        align = self.alignment()
        if align & Qt.AlignmentFlag.AlignVCenter:
            top = max((rect.height() - height) / 2, 0.0)
        elif align & Qt.AlignmentFlag.AlignBottom:
            top = max(rect.height() - height, 0.0)
        shown = QRectF(rect.x(), top + rect.y(), rect.width(), rect.height()).toAlignedRect()
        option = QStyleOption()
        option.initFrom(self)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = option.palette
        if self.foregroundRole() != QPalette.ColorRole.Text:  # enabled: see _paints_own
            context.palette.setColor(
                QPalette.ColorRole.Text, context.palette.color(self.foregroundRole())
            )
        painter.translate(shown.topLeft())
        painter.setClipRect(shown.translated(-shown.x(), -shown.y()))
        layout.draw(painter, context)
        painter.end()

    def _document_rect(self) -> QRect:
        """``QLabelPrivate::documentRect``: the contents less the margin and the indent."""
        rect = self.contentsRect()
        margin = self.margin()
        rect.adjust(margin, margin, -margin, -margin)
        direction = self._laid_out().defaultTextOption().textDirection()
        align = QStyle.visualAlignment(direction, self.alignment())
        indent = self.indent()
        if indent < 0 and self.frameWidth():  # no indent, but a frame
            indent = self.fontMetrics().horizontalAdvance("x") // 2 - margin
        if indent > 0:
            if align & Qt.AlignmentFlag.AlignLeft:
                rect.setLeft(rect.left() + indent)
            if align & Qt.AlignmentFlag.AlignRight:
                rect.setRight(rect.right() - indent)
            if align & Qt.AlignmentFlag.AlignTop:
                rect.setTop(rect.top() + indent)
            if align & Qt.AlignmentFlag.AlignBottom:
                rect.setBottom(rect.bottom() - indent)
        return rect


class NameLabel(QLabel):
    """The client's name, shortened with "…" when the header is narrower than it.

    A plain label asks for its whole text's width, so a long name (an authority's, a company's:
    60-80 characters) widened the window past a 1024-px screen and kept it so (issue 19).  The
    text stays whole (selectable, read by tests and screen readers); only the painting shortens.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("elides", True)  # the layout checks know it shortens on purpose

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 40), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)  # the whole name, also when it is painted shortened
        self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _fits(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width()

    def _update_tooltip(self) -> None:
        tip = "" if self._fits() else self.text()
        if self.toolTip() != tip:  # an event through the app's filters, at every switch
            self.setToolTip(tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._fits():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
