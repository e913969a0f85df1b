"""The ups and downs of one relationship: each note a point by its mood, and a trend line.

Painted with QPainter from the palette (no chart library: start-up and the frozen build stay
small).  The points are read the first time the chart is painted after a client switch, not
in the switch itself, and core's ``ChartGeometry`` does all the arithmetic.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise
from math import floor

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from clientjournal.core.mood import ChartGeometry, MoodPoint, TrendDirection, relationship_trend
from clientjournal.core.timeutil import utcnow
from clientjournal.store import mood as mood_store
from clientjournal.ui.common.labels import local_date, mood_label, mood_symbol
from clientjournal.ui.notes.chart_pictures import (
    DOT_MARGIN,
    STEPS,
    ChartFonts,
    blend,
    dot_picture,
    solid_brush,
)

LINES_HIGH = 4  # the chart is this many text lines high, so it grows with the font; low, so
# that a 768-px laptop screen still shows five notes below it
# Mood colours that read on light and dark backgrounds alike; neutral uses the palette.
MOOD_COLORS = {-2: "#d64541", -1: "#e8883a", 1: "#5fae4e", 2: "#2e9d6a"}
TREND_ALPHA = 170  # how strongly the trend line's colour (the text's) covers the background
_PLACE = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """Qt's "%1 … %2" placeholders in one pass (PySide's tr() returns a plain str, and
    chained replace() would substitute inside a value that itself holds "%2")."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if number <= len(values) else match.group(0)

    return _PLACE.sub(value, text)


class MoodChart(QWidget):
    noteClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodChart")
        self.setAccessibleName(self.tr("Mood over time"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._client_id: int | None = None
        self._points: list[MoodPoint] = []
        self._loaded = True
        self._geometry: ChartGeometry | None = None
        self._current: int | None = None  # the point chosen with the keyboard
        self._hovered: int | None = None
        self._fonts: ChartFonts | None = None
        self._brushes: tuple[int, dict[int, QBrush]] | None = None  # per palette
        self._dots: tuple[tuple[int, float], dict[tuple[int, int, int], QPixmap]] | None = None
        self._backdrop_of: tuple[tuple[object, ...], QPixmap] | None = None  # see _backdrop
        self._fit_height()
        self._describe()

    # -- public ----------------------------------------------------------------------------
    def show_client(self, client_id: int | None) -> None:
        """Switch clients; the notes are read when the chart is next painted."""
        self._client_id = client_id
        self._current = self._hovered = None
        self.reload()

    def reload(self) -> None:
        """Read the points again (after a note was written, changed or deleted)."""
        self._loaded = False
        self._geometry = None
        self.update()  # read on the next paint: a hidden chart (another tab) costs nothing

    def points(self) -> list[MoodPoint]:
        self._ensure_loaded()
        return list(self._points)

    def point_position(self, index: int) -> QPointF:
        """Where a point is drawn, in widget coordinates."""
        x, y = self._chart().positions[index]
        return QPointF(x, y)

    def current_index(self) -> int | None:
        return self._current

    # -- loading and geometry ---------------------------------------------------------------
    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self._load()

    def _load(self) -> None:
        self._loaded = True
        self._geometry = None
        self._points = [] if self._client_id is None else mood_store.mood_points(self._client_id)
        if self._current is not None and self._current >= len(self._points):
            self._current = None
        self._describe()

    def _enough(self) -> bool:
        return len(self._points) >= 2

    def _chart_fonts(self) -> ChartFonts:
        """The chart's fonts and metrics, worked out once per font: three metrics and a font
        made at every paint were a tenth of painting the chart at a switch (issue 21)."""
        fonts = self._fonts
        if fonts is None or fonts.font != self.font():
            fonts = self._fonts = ChartFonts.of(self.font())
        return fonts

    def _small_font(self) -> QFont:
        return self._chart_fonts().small

    def _radius(self) -> float:
        return self._chart_fonts().radius

    def _plot_rect(self) -> QRectF:
        """Inside the frame: room for the axis labels left and the dates below."""
        small = self._chart_fonts().small_metrics
        pad = self._radius() + 3
        label_width = small.horizontalAdvance("▲▲") + 6
        return QRectF(self.rect()).adjusted(label_width + pad, pad, -pad, -(small.height() + pad))

    def _chart(self) -> ChartGeometry:
        self._ensure_loaded()
        if self._geometry is None:
            plot = self._plot_rect()
            self._geometry = ChartGeometry(
                self._points, plot.x(), plot.y(), plot.width(), plot.height()
            )
        return self._geometry

    def _fit_height(self) -> None:
        self.setFixedHeight(max(56, QFontMetrics(self.font()).height() * LINES_HIGH))

    # -- texts -------------------------------------------------------------------------------
    def _span_text(self, start: datetime, end: datetime) -> str:
        days = max(1, (end - start).days)
        if days < 60:
            return self.tr("%n day(s)", "", days)
        months = round(days / 30.44)
        if months < 24:
            return self.tr("%n month(s)", "", months)
        return self.tr("%n year(s)", "", round(days / 365.25))

    def _trend_text(self) -> str:
        trend = relationship_trend(self._points, utcnow())
        if trend.falling and trend.change is None:
            return self.tr("the last notes were all negative")
        return {
            TrendDirection.FALLING: self.tr("mood recently falling"),
            TrendDirection.RISING: self.tr("mood recently rising"),
            TrendDirection.STEADY: self.tr("mood steady"),
            TrendDirection.UNKNOWN: self.tr("too few recent notes to see a trend"),
        }[trend.direction]

    def hint_text(self) -> str:
        return self.tr("Too few notes for a mood chart yet: it appears from the second note on.")

    def _describe(self) -> None:
        if not self._enough():
            self.setAccessibleDescription(self.hint_text())
            return
        notes = self.tr("%n note(s)", "", len(self._points))
        span = self._span_text(self._points[0].at, self._points[-1].at)
        self.setAccessibleDescription(
            fill(self.tr("%1 over %2; %3"), notes, span, self._trend_text())
        )

    def point_text(self, index: int) -> str:
        """A point's tooltip: its date and mood, then its note's title, read now (a switch
        reads no note's text for the chart)."""
        point = self._points[index]
        text = fill(
            self.tr("%1 · %2 %3"),
            local_date(point.at),
            mood_symbol(point.mood),
            mood_label(point.mood),
        )
        title = mood_store.point_title(point.note_id)
        return f"{text}\n{title}" if title else text

    # -- painting ---------------------------------------------------------------------------
    def _mood_color(self, mood: int) -> QColor:
        if mood not in MOOD_COLORS:
            return self.palette().color(QPalette.ColorRole.PlaceholderText)
        color = QColor(MOOD_COLORS[mood])
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return color.lighter(120) if dark else color

    def _mood_brushes(self) -> dict[int, QBrush]:
        """A brush per mood, made again only when the palette changes."""
        key = self.palette().cacheKey()
        if self._brushes is None or self._brushes[0] != key:
            self._brushes = (
                key,
                {mood: solid_brush(self._mood_color(mood)) for mood in range(-2, 3)},
            )
        return self._brushes[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_loaded()
        painter = QPainter(self)
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not self._enough():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_frame(painter)
            painter.setPen(muted)
            painter.drawText(
                self.rect().adjusted(8, 4, -8, -4),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.hint_text(),
            )
        else:
            backdrop = self._backdrop(painter)
            if backdrop is not None:
                painter.drawPixmap(0, 0, backdrop)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if backdrop is None:
                self._paint_frame(painter)
                self._paint_axis(painter, muted)
            self._paint_chart(painter, muted)
        painter.end()
        if self.hasFocus():
            self._paint_focus()

    def _paint_frame(self, painter: QPainter) -> None:
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 4, 4)

    def _paint_axis(self, painter: QPainter, muted: QColor) -> None:
        """Axis marks that read without colour, then a faint zero line: the same for every
        client at one size."""
        chart = self._chart()
        fonts = self._chart_fonts()
        painter.setFont(fonts.small)
        metrics = fonts.small_metrics
        left, right = chart.left, chart.left + chart.width
        painter.setPen(muted)
        for mood in (2, 0, -2):
            y = chart.y_of(mood)
            box = QRectF(2, y - metrics.height() / 2, left - self._radius() - 5, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mood_symbol(mood))
        zero = QColor(self.palette().color(QPalette.ColorRole.Text))
        zero.setAlpha(60)
        painter.setPen(QPen(zero, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, chart.zero_y), QPointF(right, chart.zero_y))

    def _backdrop(self, painter: QPainter) -> QPixmap | None:
        """The frame, the axis marks and the zero line as one picture, made once per size,
        look and font and copied at each paint: the antialiased rounded frame, the three
        marks and the dashed line cost ~0.25 ms of painting the chart at every switch, the
        copy a few microseconds (issue 21).  None (painted each time) where the painter
        scales or moves by part of a pixel, as for the dots (``_paint_points``)."""
        device = painter.deviceTransform()
        if device.type().value > _TRANSLATE or device.dx() % 1 or device.dy() % 1:
            return None
        key = (self.width(), self.height(), self.palette().cacheKey(), self.font().key())
        if self._backdrop_of is not None and self._backdrop_of[0] == key:
            return self._backdrop_of[1]
        picture = QPixmap(self.width(), self.height())
        picture.fill(Qt.GlobalColor.transparent)
        backdrop = QPainter(picture)
        backdrop.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_frame(backdrop)
        self._paint_axis(backdrop, self.palette().color(QPalette.ColorRole.PlaceholderText))
        backdrop.end()
        self._backdrop_of = (key, picture)
        return picture

    def _paint_chart(self, painter: QPainter, muted: QColor) -> None:
        chart = self._chart()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        fonts = self._chart_fonts()
        painter.setFont(fonts.small)
        metrics = fonts.small_metrics
        left = chart.left
        # The oldest and newest dates under the plot.
        painter.setPen(muted)
        bottom = QRectF(left, self.height() - metrics.height() - 3, chart.width, metrics.height())
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft), local_date(self._points[0].at))
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight), local_date(self._points[-1].at))
        # The points, then the trend over them (with hundreds of notes it would vanish below).
        radius = self._radius()
        self._paint_points(painter, chart.positions, radius, palette.color(QPalette.ColorRole.Base))
        if len(chart.trend) >= 2:
            self._paint_trend(painter, chart.trend, text, palette.color(QPalette.ColorRole.Base))
        marked = self._current if self._current is not None else self._hovered
        if marked is not None:
            x, y = chart.positions[marked]
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, y), radius + 3, radius + 3)

    def _paint_points(
        self, painter: QPainter, positions: list[tuple[float, float]], radius: float, base: QColor
    ) -> None:
        """Each note a dot in its mood's colour, ringed in the background's, copied from a
        picture made once per mood, look and quarter pixel of where it falls (so up to an
        eighth of a pixel off): ~70 antialiased ellipses one by one were ~0.15 ms of a demo
        client's chart at every switch, the copies a third (issue 21).  Ellipses where the
        painter scales (another device pixel ratio) or moves by part of a pixel."""
        brushes = self._mood_brushes()
        device = painter.deviceTransform()
        exact = device.type().value > _TRANSLATE or device.dx() % 1 or device.dy() % 1
        look = (self.palette().cacheKey(), radius)
        if self._dots is None or self._dots[0] != look:
            self._dots = (look, {})
        dots = self._dots[1]
        reach = radius + DOT_MARGIN  # from a dot's centre to its picture's edge
        painter.setPen(QPen(base, 1))
        for point, (x, y) in zip(self._points, positions, strict=True):
            if exact:
                painter.setBrush(brushes[point.mood])
                painter.drawEllipse(QPointF(x, y), radius, radius)
                continue
            left, top = x - reach, y - reach
            column, row = floor(left), floor(top)
            key = (point.mood, round((left - column) * STEPS), round((top - row) * STEPS))
            dot = dots.get(key)
            if dot is None:
                dot = dots[key] = dot_picture(brushes[point.mood], base, radius, key[1], key[2])
            painter.drawPixmap(column, row, dot)

    def _paint_trend(
        self, painter: QPainter, trend: list[tuple[float, float]], text: QColor, base: QColor
    ) -> None:
        """The trend as one opaque line in the colour the translucent line had over the
        background (a translucent path is filled as one shape, 4-14 ms a switch; issue 21):
        square-capped segments, each cap covering the round join a polyline would have (give
        or take a fraction of a pixel at a bend), and two round-capped end segments.  Qt
        rasterizes square- and flat-capped lines directly; round caps, joins and polylines go
        through its stroker and a path fill, 4-5 times the cost (0.55 / 0.1-0.15 ms)."""
        pen = QPen(blend(text, base, TREND_ALPHA))
        pen.setWidthF(max(2.0, self._radius() / 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        lines = [QLineF(*start, *end) for start, end in pairwise(trend)]
        if len(lines) > 2:
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            painter.setPen(pen)
            painter.drawLines(lines[1:-1])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLines(lines if len(lines) == 1 else [lines[0], lines[-1]])

    def _paint_focus(self) -> None:
        """A frame in the selection colour: Fusion's focus rectangle could not be seen here."""
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    # -- interaction ------------------------------------------------------------------------
    def _hit(self, pos: QPointF | QPoint) -> int | None:
        if not self._enough():
            return None
        return self._chart().hit_test(pos.x(), pos.y(), max(8.0, self._radius() * 2))

    def _show_tip(self, index: int | None, global_pos: QPoint) -> None:
        if index is None:
            QToolTip.hideText()
            return
        x, y = self._chart().positions[index]
        radius = int(self._radius()) + 4
        area = QRect(int(x) - radius, int(y) - radius, radius * 2, radius * 2)
        QToolTip.showText(global_pos, self.point_text(index), self, area)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tip(self._hit(event.pos()), event.globalPos())
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._hit(event.position())
        if index != self._hovered:
            self._hovered = index
            self._show_tip(index, event.globalPosition().toPoint())
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._hit(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self._current = index
            self.update()
            self.noteClicked.emit(self._points[index].note_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._ensure_loaded()
        key = event.key()
        count = len(self._points)
        if not self._enough() or key not in _KEYS:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is not None:
                self.noteClicked.emit(self._points[self._current].note_id)
            event.accept()
            return
        newest = count - 1
        if key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End or self._current is None:
            target = newest  # the first arrow press starts at the newest note
        elif key == Qt.Key.Key_Left:
            target = max(0, self._current - 1)
        else:
            target = min(newest, self._current + 1)
        self._current = target
        self.update()
        x, y = self._chart().positions[target]
        self._show_tip(target, self.mapToGlobal(QPoint(int(x), int(y))))
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QToolTip.hideText()
        self.update()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts = None
            self._fit_height()
            self._geometry = None
        elif event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = None
        super().resizeEvent(event)


_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Space,
}


_TRANSLATE = QTransform.TransformationType.TxTranslate.value
