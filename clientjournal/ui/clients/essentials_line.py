"""The profile's essentials on one line, for the folded client header.

Folded, the header gives its height to the notes (a 768-px laptop screen shows more of them),
yet what the client wants, the direction and what must never happen stay in view, as the
design asks: here, each value shortened with "…" when the line is too narrow for all three.
A click unfolds the header, where the fields are edited.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from clientjournal.core.domain import FrozenValue
from clientjournal.core.profile import ProfileSection, fields_in
from clientjournal.ui.clients.profile_labels import field_label
from clientjournal.ui.common.theme import warning_color

SEPARATOR = "  ·  "
TEXT, MUTED, WARNING = "text", "muted", "warning"


class _Part(FrozenValue):
    """One field of the line.  Written out, not a frozen dataclass, which compiles its methods
    when this module is imported before the window's first paint (issue 21); it compares,
    hashes and prints as that dataclass did."""

    _fields = ("label", "value", "warning")
    __slots__ = ("label", "value", "warning")
    label: str  # "They want:"
    value: str
    warning: bool  # "Never": in the warning colour, as in the unfolded form

    def __init__(self, label: str, value: str, warning: bool) -> None:
        self._set(label=label, value=value, warning=warning)


def fit_values(widths: list[int], room: int) -> list[int]:
    """How wide each value may be drawn so that all fit in ``room``: short values keep their
    width, the longer ones share what is left equally."""
    budgets = list(widths)
    if sum(widths) <= room:
        return budgets
    open_ = sorted(range(len(widths)), key=lambda i: widths[i])
    left = max(0, room)
    while open_:
        share = left // len(open_)
        first = open_[0]
        if widths[first] <= share:
            budgets[first] = widths[first]
            left -= widths[first]
            open_.pop(0)
            continue
        for index in open_:
            budgets[index] = share
        break
    return budgets


class EssentialsLine(QWidget):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileEssentialsLine")
        self.setAccessibleName(self.tr("Profile essentials"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Never asks for more width than it gets: it shortens its values instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._parts: list[_Part] = []
        self._empty = self.tr("Nothing noted yet on what they want or what must never happen.")

    def set_profile(self, profile: dict) -> None:
        parts = []
        for field in fields_in(ProfileSection.ESSENTIALS):
            value = " ".join(str(profile.get(field.key, "")).split())
            if value:
                parts.append(_Part(field_label(field.key) + ":", value, field.warning))
        self._parts = parts
        full = "\n".join(f"{part.label} {part.value}" for part in parts) or self._empty
        self.setToolTip(full)
        self.setAccessibleDescription(full)
        self.updateGeometry()
        self.update()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def shown_text(self) -> str:
        """The line as drawn at the current width (for tests and screen readers' sake)."""
        return "".join(text for text, _rect, _font, _color in self._runs())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.fontMetrics().height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 2)

    def _runs(self) -> list[tuple[str, QRect, QFont, str]]:
        """The pieces of text to draw, left to right: (text, where, font, one of ``TEXT``,
        ``MUTED``, ``WARNING``)."""
        normal, bold = self.font(), self._bold()
        plain, strong = QFontMetrics(normal), QFontMetrics(bold)
        height = self.height()
        if not self._parts:
            text = plain.elidedText(self._empty, Qt.TextElideMode.ElideRight, self.width())
            rect = QRect(0, 0, plain.horizontalAdvance(text), height)
            return [(text, rect, normal, MUTED)]
        fixed = sum(strong.horizontalAdvance(part.label + " ") for part in self._parts)
        fixed += plain.horizontalAdvance(SEPARATOR) * (len(self._parts) - 1)
        widths = [plain.horizontalAdvance(part.value) for part in self._parts]
        budgets = fit_values(widths, self.width() - fixed)
        runs: list[tuple[str, QRect, QFont, str]] = []
        x = 0
        for number, part in enumerate(self._parts):
            if number:
                width = plain.horizontalAdvance(SEPARATOR)
                runs.append((SEPARATOR, QRect(x, 0, width, height), normal, MUTED))
                x += width
            label = part.label + " "
            width = strong.horizontalAdvance(label)
            runs.append(
                (label, QRect(x, 0, width, height), bold, WARNING if part.warning else TEXT)
            )
            x += width
            value = part.value
            if budgets[number] < widths[number]:
                value = plain.elidedText(value, Qt.TextElideMode.ElideRight, budgets[number])
            width = plain.horizontalAdvance(value)
            runs.append((value, QRect(x, 0, width, height), normal, TEXT))
            x += width
        return runs

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(self.rect())  # labels alone wider than a very narrow pane
        palette = self.palette()
        colors = {
            TEXT: palette.color(QPalette.ColorRole.WindowText),
            MUTED: palette.color(QPalette.ColorRole.PlaceholderText),
            WARNING: warning_color(palette),
        }
        for text, rect, font, color in self._runs():
            painter.setPen(colors[color])
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)
