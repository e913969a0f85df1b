"""File → Import and File → Export: the JSON exchange format, with progress and clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from clientjournal.ui.common.context import Change, WindowContext


class ExchangeActions(QObject):
    """File → Import… and File → Export… (``file_actions``, placed by the shell)."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._window = context.dialog_parent()
        self._progress: QProgressDialog | None = None
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setObjectName("actionImport")
        self.import_action.triggered.connect(self.ask_import)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setObjectName("actionExport")
        self.export_action.triggered.connect(self.ask_export)
        self.file_actions = [self.import_action, self.export_action]

    def _busy(self, text: str) -> None:
        self._progress = QProgressDialog(text, "", 0, 0, self._window)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.setValue(0)

    def _done(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def ask_export(self) -> None:
        name = f"client-journal-{date.today().isoformat()}.json"
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export journal"),
            str(Path.home() / name),
            self.tr("Client Journal export (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from clientjournal.store.exchange import (
            journal as exchange,  # loaded on first use, not at start-up
        )
        from clientjournal.ui.common.background import run_in_background

        self._busy(self.tr("Exporting…"))
        run_in_background(self, lambda: exchange.export_file(path), self._exported, self._failed)

    def _exported(self, path: object) -> None:
        self._done()
        QMessageBox.information(
            self._window,
            self.tr("Export finished"),
            self.tr("The journal was exported to %1.").replace("%1", str(path)),
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import journal or contacts"),
            str(Path.home()),
            ";;".join(
                [
                    self.tr("Journal exports and contacts (*.json *.vcf *.vcard *.csv *.tsv)"),
                    self.tr("Client Journal export (*.json)"),
                    self.tr("vCard contacts (*.vcf *.vcard)"),
                    self.tr("CSV tables of contacts (*.csv *.tsv *.txt)"),
                ]
            ),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        from clientjournal.core.contacts.contact import file_kind
        from clientjournal.store.exchange import journal as exchange

        try:
            with path.open("rb") as file:
                head = file.read(4096)
        except OSError:
            head = b"{"  # the JSON import says what is wrong with the file
        if file_kind(path.name, head) in ("vcard", "csv"):
            from clientjournal.ui.exchange.contact_import_dialog import import_contacts_file

            import_contacts_file(self._context, path)  # a preview first; selects what it added
            return
        from clientjournal.ui.common.background import run_in_background

        self._busy(self.tr("Importing…"))
        run_in_background(self, lambda: exchange.import_file(path), self._imported, self._failed)

    def _imported(self, counts: object) -> None:
        self._done()
        self._context.events.changed(Change.JOURNAL)
        summary = str(counts.summary())  # type: ignore[attr-defined]  # ImportCounts, from a thread
        QMessageBox.information(self._window, self.tr("Import finished"), summary)

    def _failed(self, error: BaseException) -> None:
        self._done()
        QMessageBox.critical(
            self._window,
            self.tr("Nothing was changed"),
            self.tr("The operation failed and nothing was changed:\n%1").replace("%1", str(error)),
        )
