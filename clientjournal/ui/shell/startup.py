"""The first frame: the window as it is about to look, drawn before the journal is opened.

Opening the journal through the store (peewee, migrations, a backup before a migration) and
building the full window take a few hundred milliseconds with a big journal, most of it importing
code.  This window is on the screen before any of that: the same title, menu bar (its four menus,
still empty), search field, filter and sort row, left/right split and status bar, at the size,
place and split restored from the settings, with an empty client list and "Opening the journal…"
on the right.  Right after its first paint, ``app.run_gui`` opens the journal and builds the real
``MainWindow``, which takes this window's place at the same geometry (``hand_over``).

Nothing from the journal is shown here: even ``sqlite3`` costs ~5 ms to import, a tenth of what
start-up may add to a bare window.  Only PySide6 and ``clientjournal.paths`` are imported; the
store and the other UI modules must stay out, or start-up pays for them before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clientjournal import APP_NAME
from clientjournal.settings import qsettings
from clientjournal.ui.common.font_size import fit_to_screen, scaled_size


class StartupWindow(QMainWindow):
    """The window as it is about to look, shown while the journal opens (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupWindow")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        menu = self.menuBar()  # the real menus arrive with the window; the titles are the same
        menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        menu.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))

        settings = qsettings()
        self.splitter = QSplitter()  # QSplitter(self) would load every enum of the Qt namespace
        self.splitter.addWidget(self._left(str(settings.value("clients/sort", "name"))))
        self.splitter.addWidget(self._right())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 840])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.statusBar()
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(scaled_size(self, 1200, 760))  # none saved, or saved on another screen
        fit_to_screen(self)  # as the main window will be (window_settings.restore_window)
        state = settings.value("window/mainSplitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def _left(self, sort: str) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(6, 6, 0, 0)
        outer.setSpacing(0)
        search = QLineEdit(box)
        search.setPlaceholderText(
            QCoreApplication.translate("SearchActions", "Search everything (Ctrl+K)")
        )
        outer.addWidget(search)
        panel = QWidget(box)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 0, 6)
        top = QHBoxLayout()
        filter_field = QLineEdit(panel)
        filter_field.setPlaceholderText(
            QCoreApplication.translate("ClientListPanel", "Filter by name, company, e-mail")
        )
        filter_field.setFocus()  # where the window puts it, too
        sort_box = QComboBox(panel)
        sort_box.addItem(QCoreApplication.translate("ClientListPanel", "By name"))
        sort_box.addItem(QCoreApplication.translate("ClientListPanel", "By last contact"))
        sort_box.setCurrentIndex(0 if sort == "name" else 1)
        tags = QComboBox(panel)
        tags.addItem(QCoreApplication.translate("ClientListPanel", "All tags"))
        top.addWidget(sort_box, 1)  # the same rows as the client list: filter, then the boxes
        top.addWidget(tags, 1)
        layout.addWidget(filter_field)
        layout.addLayout(top)
        layout.addWidget(QListWidget(panel), 1)  # the clients come with the window
        outer.addWidget(panel, 1)
        return box

    def _right(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.status = QLabel(self.tr("Opening the journal…"), box)
        row.addWidget(self.status)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    def hand_over(self, window: QMainWindow) -> None:
        """Show ``window`` where this one is, and close this one once ``window`` is painted, so
        that the screen never shows the desktop in between."""
        window.restoreGeometry(self.saveGeometry())
        after_paint(window, self.close)
        window.show()


class _PaintWatcher(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then: Callable[[], object] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)  # after the paint has reached the screen
            watched.removeEventFilter(self)
        return False


def after_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then()`` once, from the event loop, right after ``widget`` is first painted."""
    widget.installEventFilter(_PaintWatcher(widget, then))
