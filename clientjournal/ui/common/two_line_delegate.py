"""Paints a list row as two lines: a bold title with a small chip, and a muted line below.

The client list and the agreement checklist both look like this; subclasses only say what
goes where.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clientjournal.ui.common.focus_frame import draw_row_background, row_colors
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
_CENTER = Qt.AlignmentFlag.AlignCenter
_SELECTED = QStyle.StateFlag.State_Selected
_NORMAL = QPalette.ColorGroup.Normal
_HIGHLIGHT = QPalette.ColorRole.Highlight
_MID = QPalette.ColorRole.Mid
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_BASE = QPalette.ColorRole.Base
_SOLID = Qt.BrushStyle.SolidPattern
_PREMULTIPLIED = QImage.Format.Format_ARGB32_Premultiplied


def fit_subtitle(metrics: QFontMetrics, subtitle: str, lead: str, width: int) -> str:
    """``subtitle`` in ``width`` pixels.  If it does not fit and begins with ``lead`` and a
    separator, the lead is elided first ("Greenyard Soft… · last contact 30 days ago"); the
    rest is cut at its end only when it does not fit on its own.  Cutting the whole line at
    its end read "Greenyard Software Ltd · letzter Kontakt vor 30 T…" (attack19 finding 19)."""
    if metrics.horizontalAdvance(subtitle) <= width:
        return subtitle
    head = lead + SEPARATOR
    if not lead or not subtitle.startswith(head):
        return metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width)
    rest = subtitle[len(head) :]
    # the part after the lead that matters, up to the next separator (tags come after it)
    first_rest = rest.split(SEPARATOR, 1)[0]
    kept = head + first_rest
    if metrics.horizontalAdvance(kept) <= width:  # only what follows (the tags) is cut
        tail = metrics.elidedText(
            subtitle[len(kept) :],
            Qt.TextElideMode.ElideRight,
            width - metrics.horizontalAdvance(kept),
        )
        return kept + (tail if tail.strip(" ·…") else "")
    room = width - metrics.horizontalAdvance(SEPARATOR + first_rest)
    if room >= metrics.horizontalAdvance(lead[:3] + "…"):
        shown_lead = metrics.elidedText(lead, Qt.TextElideMode.ElideRight, room)
        return shown_lead + SEPARATOR + first_rest
    return metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class _Fonts:
    """The row's fonts and their metrics for one font of the view, and the texts worked out
    with them: building a font and its metrics for every row painted, and eliding the same
    name again, was a third of painting a row (issue 21).  A plain class: a dataclass
    compiles its methods at import, before the window's first paint."""

    __slots__ = (
        "chip_font",
        "chip_images",
        "chip_metrics",
        "chip_widths",
        "font",
        "metrics",
        "subtitles",
        "title_font",
        "title_metrics",
        "titles",
    )

    def __init__(self, font: QFont, chip_font: QFont, title_font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetrics(font)
        self.chip_font = chip_font
        self.chip_metrics = QFontMetrics(chip_font)
        self.title_font = title_font
        self.title_metrics = QFontMetrics(title_font)
        self.chip_widths: dict[str, int] = {}
        # A chip as painted on its row's background, per text and look (see _chip_image);
        # None: that background is not one colour, the chip is painted each time.
        self.chip_images: dict[tuple[object, ...], QImage | None] = {}
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


CHIPS_KEPT = 64
"""Chip images kept per font: a few texts (the statuses) times the row's looks."""


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
) -> QImage | None:
    """The chip with the row's background beneath it, painted as the row paints it: the
    view's own background, then the style's row (selection, alternate colour), then the
    chip.  None when one of those backgrounds is not a plain colour (a gradient or texture
    depends on where it is drawn)."""
    palette = option.palette
    view = option.widget
    if view is not None and hasattr(view, "viewport"):
        viewport = view.viewport()
        base = viewport.palette().brush(viewport.backgroundRole())
    else:
        base = palette.brush(_BASE)
    brushes = [base]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.AlternateBase):
            brushes.append(palette.brush(group, role))
    # opaque too: the view and the style may both fill the selection, which is the same
    # once only when nothing shows through
    if any(brush.style() != _SOLID or brush.color().alpha() != 255 for brush in brushes):
        return None
    image = QImage(round(chip.width() * ratio), round(chip.height() * ratio), _PREMULTIPLIED)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    painter.translate(-chip.left(), -chip.top())  # the row's own coordinates
    painter.fillRect(chip, base)
    style = view.style() if view is not None else None
    if style is not None:
        background = QStyleOptionViewItem(option)
        background.text = ""
        if option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            # QListView fills an alternate row itself before its delegate paints it
            row = QStyleOptionViewItem(background)
            row.state &= ~QStyle.StateFlag.State_MouseOver
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, row, painter, view)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, view)
    _paint_chip(painter, chip, text, font, color, text_color)
    painter.end()
    return image


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

    def _fonts_of(self, font: QFont) -> _Fonts:
        fonts = self._fonts
        if fonts is None or fonts.font != font:
            fonts = self._fonts = _fonts_for(font)
        elif len(fonts.titles) + len(fonts.subtitles) > TEXTS_KEPT:
            fonts.titles.clear()
            fonts.subtitles.clear()
            fonts.chip_widths.clear()
        if len(fonts.chip_images) > CHIPS_KEPT:
            fonts.chip_images.clear()
        return fonts

    def init_row_option(
        self, option: QStyleOptionViewItem, index: Index, parts: RowParts | None
    ) -> None:
        """Fill ``option`` from the model for the row's background, as Qt's delegate does;
        ``parts``: what the row paints (None: nothing)."""
        self.initStyleOption(option, index)

    @staticmethod
    def _chip_color(option: QStyleOptionViewItem, parts: RowParts, selected: bool) -> QColor:
        color = option.palette.color(_NORMAL, _HIGHLIGHT if parts.chip_strong else _MID)
        color.setAlpha(110 if selected else 60)
        return color

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        parts = self.row_parts(index)
        self.init_row_option(option, index, parts)
        draw_row_background(painter, option)
        if parts is None:
            return
        selected = bool(option.state & _SELECTED)
        text_color, muted = row_colors(option)
        if parts.alert and not selected:
            muted = warning_color(option.palette)

        fonts = self._fonts_of(option.font)
        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        line_height = fonts.metrics.height()
        painter.save()
        chip_width = 0
        if parts.chip:
            chip_width = fonts.chip_widths.get(parts.chip, -1)
            if chip_width < 0:
                chip_width = fonts.chip_widths[parts.chip] = (
                    fonts.chip_metrics.horizontalAdvance(parts.chip) + PADDING * 2
                )
            chip = QRect(rect.right() - chip_width, rect.top() + 1, chip_width, line_height - 2)
            image: QImage | None = None
            if self.chips_as_images:
                ratio = painter.device().devicePixelRatio()
                # the copy lands on whole device pixels only at a whole ratio
                chip_key = (
                    parts.chip,
                    parts.chip_strong,
                    option.state,
                    option.features,
                    option.palette.cacheKey(),
                    ratio,
                )
                if chip_key in fonts.chip_images:
                    image = fonts.chip_images[chip_key]
                else:
                    image = fonts.chip_images[chip_key] = (
                        _chip_image(
                            option,
                            chip,
                            parts.chip,
                            fonts.chip_font,
                            self._chip_color(option, parts, selected),
                            text_color,
                            ratio,
                        )
                        if ratio == int(ratio)
                        else None
                    )
            if image is not None:
                painter.setRenderHint(_ANTIALIASING)  # as after painting it: text may use it
                painter.drawImage(chip.topLeft(), image)
            else:
                _paint_chip(
                    painter,
                    chip,
                    parts.chip,
                    fonts.chip_font,
                    self._chip_color(option, parts, selected),
                    text_color,
                )

        painter.setFont(fonts.title_font)
        painter.setPen(text_color)
        title_rect = QRect(
            rect.left(), rect.top(), rect.width() - chip_width - PADDING, line_height
        )
        key = (parts.title, title_rect.width())
        title = fonts.titles.get(key)
        if title is None:
            title = fonts.titles[key] = fonts.title_metrics.elidedText(
                parts.title, _ELIDE_RIGHT, title_rect.width()
            )
        painter.drawText(title_rect, _LEFT, title)

        painter.setFont(fonts.font)
        painter.setPen(muted)
        sub_rect = QRect(
            rect.left(), rect.top() + line_height + PADDING // 2, rect.width(), line_height
        )
        sub_key = (parts.subtitle, parts.subtitle_lead, sub_rect.width())
        subtitle = fonts.subtitles.get(sub_key)
        if subtitle is None:
            subtitle = fonts.subtitles[sub_key] = fit_subtitle(
                fonts.metrics, parts.subtitle, parts.subtitle_lead, sub_rect.width()
            )
        painter.drawText(sub_rect, _LEFT, subtitle)
        painter.restore()
