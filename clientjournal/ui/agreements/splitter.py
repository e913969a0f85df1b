"""The agreements pane's two sides in little width (issues 19 and 10): the list gives way
first, then the editor puts its fields below their labels, and as a last resort it scrolls
sideways, so the window never has to be wider than a small screen for them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

from clientjournal.ui.agreements.editor import AgreementEditor


class EditorScroller(QScrollArea):
    """The editor scrolls rather than forcing a tall window on a small (or 200 %) screen.

    Its width is asked for whenever the splitter lays out, not taken once when the pane is
    built: a width fixed at construction fell short once the editor's needs grew (another
    font, style or language than when it was built; which depended on the tests run before)
    and the editor's right edge, the status buttons, were cut off or squeezed.

    It asks for the least width the editor can be shown in, its fields below their labels
    (``AgreementSplitter`` gives it the width for labels beside their fields wherever the
    list beside it can give way): with a 1.25× font in German the editor's labels and fields
    side by side made the window 1088 px wide, wider than a 1024-px screen, and its right
    edge was cut off.  Narrower still (a larger font on that screen), it scrolls sideways."""

    def __init__(self, editor: AgreementEditor, parent: QWidget) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # no invisible Tab stop: the editor's fields take the focus themselves
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(editor)
        editor.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._around(self._editor.stacked_width()), hint.height())

    def preferred_width(self) -> int:
        """The width that shows the editor's labels beside their fields."""
        return self._around(self._editor.side_by_side_width())

    def _around(self, editor_width: int) -> int:
        """The scroller's width for an editor this wide, beside a vertical scroll bar."""
        return editor_width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def _wrap_to_width(self) -> None:
        self._editor.set_side_by_side(self.width() >= self.preferred_width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap_to_width()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._wrap_to_width()
            self.updateGeometry()  # the editor's needs changed: the splitter asks again
        return super().eventFilter(watched, event)


class AgreementSplitter(QSplitter):
    """The list beside the editor gives way first: down to its own least width (its buttons
    wrap to a second row) before the editor's fields go below their labels.  Qt's splitter
    shares the width out by the stretch factors and would squeeze the editor first."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _leave_room(self) -> None:
        if self.count() < 2:
            return
        left, scroller = self.widget(0), self.widget(1)
        if left is None or not isinstance(scroller, EditorScroller) or self.width() <= 0:
            return
        total = self.width() - self.handleWidth()
        least = left.minimumSizeHint().width()
        wanted = min(scroller.preferred_width(), total - least)
        most = max(least, total - wanted)
        if left.maximumWidth() != most:
            left.setMaximumWidth(most)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._leave_room()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._leave_room()
        return super().event(event)
