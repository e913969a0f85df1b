"""Paints a list row as two lines: a bold title with a small chip, and a muted line below.

The client list and the agreement checklist both look like this; subclasses only say what
goes where.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clientjournal.ui.common.focus_frame import draw_focus_frame, draw_row_background
from clientjournal.ui.common.theme import warning_color

PADDING = 6

Index = QModelIndex | QPersistentModelIndex


class RowParts:
    """What a row shows.  Written out rather than a dataclass, which compiles its methods
    when the module is imported, before the first paint (issue 21)."""

    __slots__ = ("alert", "chip", "chip_strong", "subtitle", "subtitle_lead", "title")

    def __init__(
        self,
        title: str,
        chip: str,
        subtitle: str,
        chip_strong: bool = False,
        alert: bool = False,
        subtitle_lead: str = "",
    ) -> None:
        self.title = title
        self.chip = chip
        self.subtitle = subtitle
        self.chip_strong = chip_strong  # drawn in the highlight colour (e.g. an active client)
        self.alert = alert  # subtitle in the alert colour (e.g. overdue)
        # The subtitle's first part ("Greenyard Software Ltd"), shortened before the rest
        # ("last contact 30 days ago") when the line is too narrow: the useful part stays whole.
        self.subtitle_lead = subtitle_lead

    def _values(self) -> tuple[str, str, str, bool, bool, str]:
        return (
            self.title, self.chip, self.subtitle, self.chip_strong, self.alert, self.subtitle_lead
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        return self._values() == other._values() if isinstance(other, RowParts) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __repr__(self) -> str:
        return (
            "RowParts(title={!r}, chip={!r}, subtitle={!r}, chip_strong={!r}, alert={!r}, "
            "subtitle_lead={!r})".format(*self._values())
        )


SEPARATOR = " · "
# Looked up once: an enum member's lookup and a flag's "|" or "&" cost microseconds each in
# PySide, several per row painted (issue 21).
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_LEFT_BITS = _LEFT.value  # for the overloads that take the flags as a number
_CENTER = Qt.AlignmentFlag.AlignCenter
_SELECTED_BITS = QStyle.StateFlag.State_Selected.value
_HAS_FOCUS_BITS = QStyle.StateFlag.State_HasFocus.value
_ITEM_VIEW_ITEM = QStyle.ControlElement.CE_ItemViewItem
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_PLACEHOLDER_TEXT = QPalette.ColorRole.PlaceholderText
_NORMAL = QPalette.ColorGroup.Normal
_HIGHLIGHT = QPalette.ColorRole.Highlight
_MID = QPalette.ColorRole.Mid
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_BASE = QPalette.ColorRole.Base
_UNKNOWN: Any = object()  # a chip not looked at yet (None: one that is not copied)
_SOLID = Qt.BrushStyle.SolidPattern


def fit_subtitle(
    metrics: QFontMetrics,
    subtitle: str,
    lead: str,
    width: int,
    advances: dict[str, int] | None = None,
) -> str:
    """``subtitle`` in ``width`` pixels.  If it does not fit and begins with ``lead`` and a
    separator, the lead is elided first ("Greenyard Soft… · last contact 30 days ago"); the
    rest is cut at its end only when it does not fit on its own.  Cutting the whole line at
    its end read "Greenyard Software Ltd · letzter Kontakt vor 30 T…" (attack19 finding 19).

    ``advances``: widths of the short pieces measured with ``metrics`` ("· last contact 3
    days ago", a lead's first letters), which recur across rows; each text is measured at
    most once here, as measuring shapes it anew (issue 21)."""
    full_width = metrics.horizontalAdvance(subtitle)
    if full_width <= width:
        return subtitle
    head = lead + SEPARATOR
    if not lead or not subtitle.startswith(head):
        return metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width)
    rest = subtitle[len(head) :]
    # the part after the lead that matters, up to the next separator (tags come after it)
    first_rest = rest.split(SEPARATOR, 1)[0]
    kept = head + first_rest
    kept_width = full_width if kept == subtitle else metrics.horizontalAdvance(kept)
    if kept_width <= width:  # only what follows (the tags) is cut
        tail = metrics.elidedText(
            subtitle[len(kept) :], Qt.TextElideMode.ElideRight, width - kept_width
        )
        return kept + (tail if tail.strip(" ·…") else "")
    if advances is None:
        advances = {}
    piece = SEPARATOR + first_rest
    piece_width = advances.get(piece)
    if piece_width is None:
        piece_width = advances[piece] = metrics.horizontalAdvance(piece)
    room = width - piece_width
    start = lead[:3] + "…"
    start_width = advances.get(start)
    if start_width is None:
        start_width = advances[start] = metrics.horizontalAdvance(start)
    if room >= start_width:
        shown_lead = metrics.elidedText(lead, Qt.TextElideMode.ElideRight, room)
        return shown_lead + SEPARATOR + first_rest
    return metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class _Fonts:
    """The row's fonts and their metrics for one font of the view, and the texts worked out
    with them: building a font and its metrics for every row painted, and eliding the same
    name again, was a third of painting a row (issue 21).  A plain class: a dataclass
    compiles its methods at import, before the window's first paint."""

    __slots__ = (
        "advances",
        "chip_font",
        "chip_images",
        "chip_metrics",
        "chip_widths",
        "font",
        "line_height",
        "metrics",
        "subtitles",
        "title_font",
        "title_metrics",
        "titles",
    )

    def __init__(self, font: QFont, chip_font: QFont, title_font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetrics(font)
        self.line_height = self.metrics.height()
        self.chip_font = chip_font
        self.chip_metrics = QFontMetrics(chip_font)
        self.title_font = title_font
        self.title_metrics = QFontMetrics(title_font)
        self.chip_widths: dict[str, int] = {}
        self.advances: dict[str, int] = {}  # fit_subtitle's short pieces
        # A chip as painted on its row's background, per text and look (see _chip_image);
        # None: that background is not one colour, the chip is painted each time.
        self.chip_images: dict[tuple[object, ...], QPixmap | None] = {}
        self.titles: dict[tuple[str, int], str] = {}
        self.subtitles: dict[tuple[str, str, int], str] = {}


TEXTS_KEPT = 2000
"""Elided texts kept per font: more rows than a screen shows many times over."""


def _fonts_for(font: QFont) -> _Fonts:
    chip_font = QFont(font)
    chip_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    title_font = QFont(font)
    title_font.setBold(True)
    return _Fonts(QFont(font), chip_font, title_font)


CHIPS_KEPT = 256
"""Chips kept per font (~2 KB each): a few texts (the statuses) times the row's looks."""


def _paint_chip(
    painter: QPainter, chip: QRect, text: str, font: QFont, color: QColor, text_color: QColor
) -> None:
    painter.setRenderHint(_ANTIALIASING)
    painter.setPen(_NO_PEN)
    painter.setBrush(color)
    painter.drawRoundedRect(chip, 6, 6)
    painter.setFont(font)
    painter.setPen(text_color)
    painter.drawText(chip, _CENTER, text)


def _chip_image(
    option: QStyleOptionViewItem,
    chip: QRect,
    text: str,
    font: QFont,
    color: QColor,
    text_color: QColor,
    ratio: float,
    features: QStyleOptionViewItem.ViewItemFeature,
) -> QPixmap | None:
    """The chip with the row's background beneath it, painted as the row paints it: the
    view's own background, then the style's row (selection, alternate colour), then the
    chip.  None when one of those backgrounds is not a plain colour (a gradient or texture
    depends on where it is drawn)."""
    palette = option.palette
    view = option.widget
    # The viewport's background: the view's Base, in the option's colour group (the state's
    # "active" is in the key).  Not asked of the viewport itself: Qt made it, and the first
    # QWidget Qt hands to Python makes shiboken build every QWidget class (test_start_imports).
    base = palette.brush(_BASE)
    brushes = [base]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.AlternateBase):
            brushes.append(palette.brush(group, role))
    # opaque too: the view and the style may both fill the selection, which is the same
    # once only when nothing shows through
    if any(brush.style() != _SOLID or brush.color().alpha() != 255 for brush in brushes):
        return None
    # A pixmap: its class is built at start anyway (QImage's is not), and filled with one
    # colour it is opaque, as the window's backing store.
    image = QPixmap(round(chip.width() * ratio), round(chip.height() * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(base.color())  # fillRect's overloads would build QGradient's class
    painter = QPainter(image)
    painter.translate(-chip.left(), -chip.top())  # the row's own coordinates
    style = view.style() if view is not None else None
    if style is not None:
        background = QStyleOptionViewItem(option)
        background.text = ""
        if features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            # QListView fills an alternate row itself before its delegate paints it
            row = QStyleOptionViewItem(background)
            row.state &= ~QStyle.StateFlag.State_MouseOver
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, row, painter, view)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, view)
    _paint_chip(painter, chip, text, font, color, text_color)
    painter.end()
    return image


def _row_colors(palette: QPalette, selected: bool) -> tuple[QColor, QColor]:
    """As focus_frame.row_colors, from the palette and whether the row is selected."""
    if selected:
        text = palette.color(_NORMAL, _HIGHLIGHTED_TEXT)
        return text, text
    return palette.color(_NORMAL, _TEXT), palette.color(_NORMAL, _PLACEHOLDER_TEXT)


class TwoLineDelegate(QStyledItemDelegate):
    _fonts: _Fonts | None = None
    chips_as_images = False
    """Paint each chip once per text and look and copy it onto the rows after that (for lists
    drawn on the view's own background, as the client list is): a chip's rounded rectangle
    and its text were a third of painting a row the list had not painted before, after every
    jump to another client (issue 21).  The copy has the same pixels (tests compare them)."""

    def row_parts(self, index: Index) -> RowParts | None:
        raise NotImplementedError

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the row's text colours per palette (its cache key) and selection
        self._colors: dict[tuple[int, bool], tuple[QColor, QColor]] = {}

    def _fonts_of(self, font: QFont) -> _Fonts:
        fonts = self._fonts
        if fonts is None or fonts.font != font:
            fonts = self._fonts = _fonts_for(font)
        elif len(fonts.titles) + len(fonts.subtitles) > TEXTS_KEPT:
            fonts.titles.clear()
            fonts.subtitles.clear()
            fonts.chip_widths.clear()
            fonts.advances.clear()
        if len(fonts.chip_images) > CHIPS_KEPT:
            fonts.chip_images.clear()
        return fonts

    text_in_option = True
    """Whether ``init_row_option`` puts the row's text into the option: then the background
    is drawn from a copy without it, or the style would draw the text too."""

    def init_row_option(
        self, option: QStyleOptionViewItem, index: Index, parts: RowParts | None
    ) -> QStyleOptionViewItem.ViewItemFeature | None:
        """Fill ``option`` from the model for the row's background, as Qt's delegate does;
        ``parts``: what the row paints (None: nothing).  Returns the option's features when
        it knows them without asking the option again, else None."""
        self.initStyleOption(option, index)
        return None

    @staticmethod
    def _chip_color(option: QStyleOptionViewItem, parts: RowParts, selected: bool) -> QColor:
        color = option.palette.color(_NORMAL, _HIGHLIGHT if parts.chip_strong else _MID)
        color.setAlpha(110 if selected else 60)
        return color

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        parts = self.row_parts(index)
        features = self.init_row_option(option, index, parts)
        # The state is read once and tested as a number: each read of ``option.state`` builds
        # a Python flag and each "&" on it another, microseconds apiece (issue 21).
        state = option.state
        bits = state._value_
        view = option.widget
        if self.text_in_option:
            draw_row_background(painter, option)
        else:  # the option has no text for the style to draw: no copy without it needed
            style = view.style() if view is not None else QApplication.style()
            style.drawControl(_ITEM_VIEW_ITEM, option, painter, view)
            if bits & _HAS_FOCUS_BITS:
                draw_focus_frame(painter, option)
        if parts is None:
            return
        selected = bool(bits & _SELECTED_BITS)
        palette = option.palette
        palette_key = palette.cacheKey()
        colors = self._colors.get((palette_key, selected))
        if colors is None:
            colors = self._colors[(palette_key, selected)] = _row_colors(palette, selected)
        text_color, muted = colors
        if parts.alert and not selected:
            muted = warning_color(palette)

        fonts = self._fonts_of(option.font)
        # The row's rectangles as plain numbers: a QRect built or asked in Python costs a
        # crossing into Qt each time (issue 21).  The text's rectangle is the row's less the
        # padding, as QRect.adjusted(2p, p, -2p, -p) gave.
        x, y, width, _ = cast("tuple[int, int, int, int]", option.rect.getRect())
        left = x + PADDING * 2
        top = y + PADDING
        width -= PADDING * 4
        line_height = fonts.line_height
        painter.save()
        chip_width = 0
        if parts.chip:
            chip_width = fonts.chip_widths.get(parts.chip, -1)
            if chip_width < 0:
                chip_width = fonts.chip_widths[parts.chip] = (
                    fonts.chip_metrics.horizontalAdvance(parts.chip) + PADDING * 2
                )
            chip_left = left + width - 1 - chip_width  # the rectangle's right() less the chip
            image: QPixmap | None = None
            # A chip wider than its row's text (a very narrow list, a big font) overlaps the
            # focus frame and whatever lies left of the row: painted, as the copy holds only
            # the row's background (attack21b B4)
            if self.chips_as_images and view is not None and chip_left >= left:
                # The device's pixel ratio (with any scaling of the painter): the copy is made
                # at the scale it is drawn at.  Not painter.device(): that is the viewport,
                # which Qt made, and handing it to Python makes shiboken build every QWidget
                # class it knows (test_start_imports).
                ratio = painter.deviceTransform().m11()
                if features is None:
                    features = option.features
                chip_key = (
                    parts.chip,
                    parts.chip_strong,
                    bits,
                    features._value_,  # a number hashes in C, a flag in Python
                    palette_key,
                    ratio,
                )
                image = fonts.chip_images.get(chip_key, _UNKNOWN)
                if image is _UNKNOWN:
                    # the copy lands on whole device pixels only at a whole ratio
                    image = fonts.chip_images[chip_key] = (
                        _chip_image(
                            option,
                            QRect(chip_left, top + 1, chip_width, line_height - 2),
                            parts.chip,
                            fonts.chip_font,
                            self._chip_color(option, parts, selected),
                            text_color,
                            ratio,
                            features,
                        )
                        if ratio == int(ratio)
                        else None
                    )
            if image is not None:
                painter.setRenderHint(_ANTIALIASING)  # as after painting it: text may use it
                painter.drawPixmap(chip_left, top + 1, image)
            else:
                _paint_chip(
                    painter,
                    QRect(chip_left, top + 1, chip_width, line_height - 2),
                    parts.chip,
                    fonts.chip_font,
                    self._chip_color(option, parts, selected),
                    text_color,
                )

        painter.setFont(fonts.title_font)
        painter.setPen(text_color)
        title_width = width - chip_width - PADDING
        key = (parts.title, title_width)
        title = fonts.titles.get(key)
        if title is None:
            title = fonts.titles[key] = fonts.title_metrics.elidedText(
                parts.title, _ELIDE_RIGHT, title_width
            )
        painter.drawText(left, top, title_width, line_height, _LEFT_BITS, title)

        painter.setFont(fonts.font)
        painter.setPen(muted)
        sub_key = (parts.subtitle, parts.subtitle_lead, width)
        subtitle = fonts.subtitles.get(sub_key)
        if subtitle is None:
            subtitle = fonts.subtitles[sub_key] = fit_subtitle(
                fonts.metrics, parts.subtitle, parts.subtitle_lead, width, fonts.advances
            )
        painter.drawText(
            left, top + line_height + PADDING // 2, width, line_height, _LEFT_BITS, subtitle
        )
        painter.restore()
