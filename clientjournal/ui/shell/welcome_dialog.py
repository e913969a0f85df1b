"""The first start: a short welcome that offers to start empty or to explore with demo data.

Shown once per user (a flag in the settings), and only on an empty journal: whoever already
has data, or was welcomed before, is not asked again.  The demo (store/demo_data.py) is written
in a thread, so the window keeps painting; a progress dialog appears if it takes longer than a
moment, and the demo bar (ui/demo_banner.py) offers to remove it again.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.settings import qsettings as app_settings
from clientjournal.store.demo import removal as demo_data
from clientjournal.ui.common.background import Report, begin_operation, start_with_progress
from clientjournal.ui.common.context import Change, WindowContext, say
from clientjournal.ui.shell import title_room
from clientjournal.ui.shell.translations import ui_language

WELCOMED_KEY = "welcome/done"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome"))
        self.wants_demo = False
        title = QLabel(self.tr("Welcome to Client Journal"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Client Journal keeps everything about your clients in one place on your "
                "computer: notes and calls, agreements, invoices, and replies you would rather "
                "sleep on. You can start with an empty journal, or first look around in a "
                "small demo journal and remove it again with one click."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setMinimumWidth(text.fontMetrics().averageCharWidth() * 64)
        buttons = QDialogButtonBox(self)
        self.empty_button = QPushButton(self.tr("&Start empty"), self)
        self.empty_button.setObjectName("welcomeStartEmpty")
        self.demo_button = QPushButton(self.tr("&Explore with demo data"), self)
        self.demo_button.setObjectName("welcomeExploreDemo")
        for button in (self.empty_button, self.demo_button):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.empty_button.setDefault(True)
        self.empty_button.setFocus()
        buttons.accepted.connect(self._explore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(text.fontMetrics().height() // 2)
        layout.addWidget(buttons)
        self.setAccessibleName(self.windowTitle())
        self.setAccessibleDescription(text.text())

    def _explore(self) -> None:
        self.wants_demo = True
        self.accept()


def should_welcome() -> bool:
    """Not welcomed before, and nothing in the journal."""
    return not _welcomed() and demo_data.is_empty()


def welcome_if_new(window: WindowContext) -> bool:
    """For app.py, once the window is up (never in a smoke test): schedule the welcome right
    after the window's first paint when ``should_welcome``; returns whether it will show."""
    if not should_welcome():
        return False
    QTimer.singleShot(0, window.dialog_parent(), lambda: show_welcome(window))
    return True


def show_welcome(window: WindowContext) -> None:
    # Its timer may fire before the window's first paint, which installs the title room.
    title_room.install(QApplication.instance())
    dialog = WelcomeDialog(window.dialog_parent())
    dialog.exec()
    settings = app_settings()
    settings.setValue(WELCOMED_KEY, True)  # whatever was chosen: asked once, never again
    settings.sync()
    if dialog.wants_demo and demo_data.is_empty():
        DemoLoader(window).start()


def _welcomed() -> bool:
    return str(app_settings().value(WELCOMED_KEY, "false")).lower() == "true"


class DemoLoader(QObject):
    """Writes the welcome's demo in a thread (ui/background.py; peewee gives it its own
    connection), then shows it."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.dialog_parent())
        self._context = window
        self.german = ui_language(cast(QApplication, QApplication.instance())) == "de"

    def start(self) -> bool:
        """Writes the demo unless another operation on the journal runs (an import or a
        restore begun in the 400 ms before the progress shows: it would swap the journal
        under the demo's transaction); then says why and writes nothing.  Its progress has
        no Cancel (one transaction: stopping halfway has no meaning), nor does Escape hide
        it (``start_with_progress``: the editors' saves wait for its end meanwhile)."""
        work = self._context.journal_work
        busy = self.tr("Writing the demo journal…")
        if not begin_operation(self._context, self.tr("demo data"), busy=busy):  # holds the saves
            self._context.show_status(work.refusal())
            self.deleteLater()
            return False
        german = self.german

        def write(report: Report) -> object:
            return demo_data.add_demo(
                german, progress=lambda _stage, done, total: report(done, total)
            )

        window = self._context.dialog_parent()
        try:
            start_with_progress(
                window,  # not this loader: deleted when done, maybe before
                window,
                busy,
                write,
                lambda _written: self._on_finished(None),
                lambda problem: self._on_finished(str(problem)),  # the journal stays empty
                dismissable=False,
                show_after_ms=400,
                title=self.tr("Demo data"),
                name="demoProgress",
            )
        except BaseException:
            work.end()  # no thread: nothing runs
            raise
        return True

    def _on_finished(self, error: str | None) -> None:
        self._context.journal_work.end()  # imports, restores and rounds may go on
        if error is not None:
            text = self.tr("The demo could not be written: %1").replace("%1", error)
            say(self._context.dialog_parent(), "warning", self.tr("Demo data"), text)
        self._context.events.changed(Change.JOURNAL)  # the list, the demo bar, the queue, …
        self.deleteLater()
