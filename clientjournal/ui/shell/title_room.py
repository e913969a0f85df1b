"""Room for a dialog's title: a small dialog is at least as wide as its title bar's text.

A window manager draws the title with the app's name after it ("Export finished — Client
Journal") and cuts it where the window ends: a message box sized to its two-line text showed
"Export abgesc… Client Journal" (issue 19).  Every dialog of the app passes through one filter
on the application, so no message box has to remember it; none grows past its screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QSizePolicy, QSpacerItem

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


class _TitleRoom(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every object comes here (~170 at a client switch): the class test
        # first, as PySide hands a Show event over as a QShowEvent; ``event.type()`` and the
        # enum's lookup cost ~3 µs an event, the test ~0.1 (issue 21).
        if (
            isinstance(event, QShowEvent)
            and event.type() == _SHOW
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and not watched.property(_DONE)
        ):
            watched.setProperty(_DONE, True)
            _make_room(watched)
        return False


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
    room = _TitleRoom(app)  # owned by the app: lives as long as it
    app.installEventFilter(room)
