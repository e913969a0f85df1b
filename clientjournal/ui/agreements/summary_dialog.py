"""The agreement summary to send to a client for confirmation: preview, tweak, copy or save.

The text comes from ``core.agreements.summary`` in the client's address form; the user reads
the rendered page, may edit the Markdown before sending it, and copies it into a mail or
saves it as Markdown or PDF.  PDF goes through QPdfWriter (QtGui) rather than QPrinter: the
frozen build ships only QtCore, QtGui and QtWidgets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.agreements.checklist import AgreementData, ProjectData
from clientjournal.core.agreements.summary import summary_markdown
from clientjournal.core.agreements.templates import BUILTIN_TEMPLATES, TemplateHints
from clientjournal.core.files import atomic_private_file
from clientjournal.core.records import ClientData
from clientjournal.store.agreements.templates import list_templates
from clientjournal.ui.common.font_size import scaled_size

PAGE_MARGIN_MM = 20.0
PDF_DPI = 300
LAYOUT_DPI = 96
BODY_POINT_SIZE = 11


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` only once the new content is complete on disk.

    The summary names the client and what was agreed, so the file is private to the user
    (0600) like the journal's exports; a full disk half-way keeps the previous file intact.
    """
    with atomic_private_file(path, binary=True) as stream:
        stream.write(data)


def pdf_bytes(markdown: str, title: str = "") -> bytes:
    """The Markdown laid out on A4 pages with margins, as a PDF document."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Client Journal")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    # Laid out as on a 96 dpi screen (the margins and indents Qt's Markdown import uses are in
    # screen pixels), then scaled onto the page by print_(): the PDF looks like the preview.
    screen_like = QImage(1, 1, QImage.Format.Format_RGB32)
    screen_like.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    screen_like.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(screen_like)
    font = QFont(document.defaultFont())
    font.setPointSize(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)  # the page layout already has the margins
    document.setMarkdown(markdown)
    # A page size makes print_() paginate inside the writer's margins, instead of adding its
    # own 2 cm margin and page numbers.
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(LAYOUT_DPI).size()))
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())


def _file_name(client: ClientData, stem: str, suffix: str) -> str:
    safe = re.sub(r'[\\/:*?"<>|\s]+', " ", f"{stem} {client.name}").strip()
    return f"{safe} {date.today().isoformat()}{suffix}"


class SummaryDialog(QDialog):
    def __init__(
        self,
        client: ClientData,
        agreements: list[AgreementData],
        projects: dict[int, ProjectData],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self._client = client
        self.setWindowTitle(self.tr("Summary for %1").replace("%1", client.name))
        self.setMinimumSize(scaled_size(self, 560, 520))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("summaryTabs")
        self.tabs.setAccessibleName(self.tr("Summary"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.preview = QTextBrowser(self.tabs)
        self.preview.setObjectName("summaryPreview")
        self.preview.setAccessibleName(self.tr("Summary preview"))
        self.preview.setOpenLinks(False)  # a link typed into the text must not navigate away
        self.editor = QPlainTextEdit(self.tabs)
        self.editor.setObjectName("summaryEditor")
        self.editor.setAccessibleName(self.tr("Summary text (Markdown)"))
        self.editor.setTabChangesFocus(True)
        self.tabs.addTab(self.preview, self.tr("&Preview"))
        self.tabs.addTab(self.editor, self.tr("&Edit text"))

        self.hint = QLabel(
            self.tr(
                "Read it through, adjust the text if you like, then copy it into your e-mail "
                "or save it."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("summaryStatus")

        self.copy_button = QPushButton(self.tr("C&opy"), self)
        self.copy_button.setObjectName("copySummary")
        self.copy_button.setToolTip(self.tr("Copy the text as Markdown to the clipboard"))
        self.markdown_button = QPushButton(self.tr("Save as &Markdown…"), self)
        self.markdown_button.setObjectName("saveSummaryMarkdown")
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setObjectName("saveSummaryPdf")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.copy_button, self.markdown_button, self.pdf_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.markdown_button.clicked.connect(self._ask_markdown)
        self.pdf_button.clicked.connect(self._ask_pdf)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        hints = TemplateHints([*BUILTIN_TEMPLATES, *list_templates()])
        text = summary_markdown(client, agreements, projects, date.today(), hints=hints)
        self.editor.setPlainText(text)
        self.preview.setMarkdown(text)
        self.editor.textChanged.connect(self._update_preview)

    def markdown(self) -> str:
        """The text as it will be sent, with the user's edits."""
        return self.editor.toPlainText()

    def _update_preview(self) -> None:
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setMarkdown(self.markdown())
        self.preview.verticalScrollBar().setValue(scroll)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.markdown())
        self.status.setText(self.tr("Copied to the clipboard."))

    def save_markdown(self, path: Path) -> None:
        text = self.markdown()
        write_atomically(Path(path), (text if text.endswith("\n") else text + "\n").encode())

    def save_pdf(self, path: Path) -> None:
        write_atomically(Path(path), pdf_bytes(self.markdown(), self.windowTitle()))

    def _ask_markdown(self) -> None:
        name = _file_name(self._client, self.tr("Agreements"), ".md")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save summary as Markdown"),
            str(Path.home() / name),
            self.tr("Markdown (*.md)"),
        )
        if path:
            self._save(self.save_markdown, Path(path))

    def _ask_pdf(self) -> None:
        name = _file_name(self._client, self.tr("Agreements"), ".pdf")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save summary as PDF"),
            str(Path.home() / name),
            self.tr("PDF document (*.pdf)"),
        )
        if path:
            self._save(self.save_pdf, Path(path))

    def _save(self, save: Callable[[Path], None], path: Path) -> None:
        try:
            save(path)
        except OSError as error:
            QMessageBox.critical(
                self,
                self.tr("Not saved"),
                self.tr("The summary could not be saved:\n%1").replace("%1", str(error)),
            )
            return
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
