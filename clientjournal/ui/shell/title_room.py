"""Room for a dialog's title: a small dialog is at least as wide as its title bar's text.

A window manager draws the title with the app's name after it ("Export finished — Client
Journal") and cuts it where the window ends: a message box sized to its two-line text showed
"Export abgesc… Client Journal" (issue 19).  Every dialog of the app passes through one filter
on the application, so no message box has to remember it; none grows past its screen.

The filter sees every event of every object, each a call into Python (~5 µs).  While a main
window paints its update, the paints of all its widgets and the events they cause (~60 of the
~100 events of a client switch) are none a dialog is shown in: the filter steps aside for the
update and comes back after it (issue 21).  A client switch's own work (the header's and
the note cards' text documents send ~60 events) is done with it stepped aside too
(``stepped_aside``); a dialog shown meanwhile gets its room when the filter is back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QMainWindow,
    QSizePolicy,
    QSpacerItem,
)

# What the title bar holds besides the text: the window's icon and its three buttons.
TITLE_BAR_EXTRAS = 140
_DONE = "_clientjournal_title_room"


def title_width(dialog: QDialog) -> int:
    """How wide ``dialog`` must be for its whole title, as the window manager shows it."""
    font = dialog.font()
    font.setBold(True)  # title bars use a bold, often larger font
    font.setPointSizeF(font.pointSizeF() * 1.1)
    title = dialog.windowTitle()
    shown = QGuiApplication.applicationDisplayName()
    if shown and not title.endswith(shown):
        title = f"{title} — {shown}"
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_EXTRAS


_SHOW = QEvent.Type.Show  # looked up once
_UPDATE = QEvent.Type.UpdateRequest


class _TitleRoom(QObject):
    def __init__(self, app: QCoreApplication | None = None) -> None:
        super().__init__(app)
        self._app = app  # the application it filters (None: called directly, in tests)
        self.aside = 0  # how many ``stepped_aside`` blocks are under way

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every object comes here (~100 at a client switch): the class tests
        # first, as PySide hands a Show event over as a QShowEvent and a plain event as a
        # QEvent; ``event.type()`` and the enum's lookup cost ~3 µs an event, the tests ~0.1
        # (issue 21).
        if isinstance(event, QShowEvent):
            if (
                event.type() == _SHOW
                and isinstance(watched, QDialog)
                and watched.isWindow()
                and not watched.property(_DONE)
            ):
                watched.setProperty(_DONE, True)
                _make_room(watched)
        elif (
            type(event) is QEvent
            and isinstance(watched, QMainWindow)
            and self._app is not None
            and event.type() == _UPDATE
        ):
            return self._update_unwatched(watched, event)
        return False

    def _update_unwatched(self, window: QMainWindow, event: QEvent) -> bool:
        """Deliver a main window's update (its widgets' paints) with the filter stepped
        aside: no dialog is shown while a window paints, and each paint and each object its
        painting makes would be a call into Python.  The event goes through the window's own
        filters and handler as it would have; the filter is back before anything else runs."""
        app = self._app
        assert app is not None  # see eventFilter
        app.removeEventFilter(self)
        try:
            QCoreApplication.sendEvent(window, event)
        finally:
            app.installEventFilter(self)
        return True  # delivered


_room: _TitleRoom | None = None  # the one installed on the application


@contextmanager
def stepped_aside() -> Iterator[None]:
    """Run the block with the filter stepped aside: a client switch's work makes text
    documents for the header and the note cards, whose objects send ~60 events to the filter
    (each a call into Python, ~0.15 ms a switch; issue 21), and it shows no dialog.  Should one
    be shown all the same, it gets its room when the filter is back."""
    room = _room
    app = QApplication.instance()
    if room is None or app is None or room.parent() is not app:
        yield
        return
    if room.aside == 0:
        app.removeEventFilter(room)
    room.aside += 1
    try:
        yield
    finally:
        room.aside -= 1
        if room.aside == 0:
            app.installEventFilter(room)
            for widget in QApplication.topLevelWidgets():  # ~10: menus, tooltips, the window
                if (
                    isinstance(widget, QDialog)
                    and widget.isVisible()
                    and not widget.property(_DONE)
                ):
                    widget.setProperty(_DONE, True)
                    _make_room(widget)


def _make_room(dialog: QDialog) -> None:
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    most = screen.availableGeometry().width() - 40 if screen is not None else 10_000
    need = min(title_width(dialog), most)
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):
        # A message box fixes its own size when shown, from its layout: widen the layout.
        spacer = QSpacerItem(need, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(spacer, layout.rowCount(), 0, 1, max(1, layout.columnCount()))
    elif dialog.width() < need:
        dialog.setMinimumWidth(need)
        dialog.resize(need, dialog.height())


def install(app: QCoreApplication | None) -> None:
    """Watch every dialog of ``app`` (once per application)."""
    if app is None or app.property(_DONE):
        return
    app.setProperty(_DONE, True)
    global _room
    room = _room = _TitleRoom(app)  # owned by the app: lives as long as it
    app.installEventFilter(room)
