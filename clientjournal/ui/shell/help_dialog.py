"""The user guide (Help → User guide, F1): bundled Markdown, in the UI's language, offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clientjournal import __version__
from clientjournal.core.resources import resource
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.shell.translations import ui_language


def guide_text(language: str) -> str:
    """The guide in ``language`` ("de" or "en"); English when there is none in it."""
    for name in (f"guide-{language}.md", "guide-en.md"):
        path = resource("guide", name)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("User guide"))  # Qt appends the app's name
        self.resize(scaled_size(self, 720, 640))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuide")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # the guide has no links; the app never goes online
        app = QApplication.instance()
        language = ui_language(app) if isinstance(app, QApplication) else "en"
        self.browser.setMarkdown(guide_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # where these texts were first


def show_about(parent: QWidget, journal: Path) -> None:
    """Help → About: the version (from pyproject) and which journal file is open."""
    QMessageBox.about(
        parent,
        _tr("About Client Journal"),
        _tr(
            "<h3>Client Journal %1</h3><p>A journal of every client relationship, kept on "
            "this computer only. It never connects to the network.</p><p>Journal: %2</p>"
        )
        .replace("%1", __version__)
        .replace("%2", str(journal)),
    )
