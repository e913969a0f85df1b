"""File → Import and File → Export: the journal (JSON), the clients as a table (CSV), one
readable file per client (Markdown) and the calendar (.ics), each in the background with
progress, each starting in the folder it was last written to, each confirmed the same way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction

from clientjournal import APP_NAME
from clientjournal.settings import qsettings
from clientjournal.ui.common.context import Change, WindowContext, say

if TYPE_CHECKING:  # loaded on first use
    from clientjournal.store.exchange.json_import import ImportCounts

EXPORT_FOLDER_KEY = "export/{kind}_folder"


def _language() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


class ExchangeActions(QObject):
    """File → Import… and the exports (``file_actions``, placed by the shell)."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._window = context.dialog_parent()
        self.import_action = self._new_action(self.tr("&Import…"), "actionImport", self.ask_import)
        self.export_action = self._new_action(
            self.tr("&Export journal (JSON)…"), "actionExport", self.ask_export
        )
        self.csv_action = self._new_action(
            self.tr("Export clients as a &table (CSV)…"), "actionExportCsv", self.ask_export_csv
        )
        self.markdown_action = self._new_action(
            self.tr("Export readable files (&Markdown)…"),
            "actionExportMarkdown",
            self.ask_export_markdown,
        )
        self.calendar_action = self._new_action(
            self.tr("Export &calendar (.ics)…"), "actionExportCalendar", self.ask_export_calendar
        )
        self.file_actions = [
            self.import_action,
            self.export_action,
            self.csv_action,
            self.markdown_action,
            self.calendar_action,
        ]

    def _new_action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _in_background(
        self,
        what: str,
        busy: str,
        job: Callable[[], Any],
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        rewrites: bool = True,
    ) -> None:
        """``job`` in a thread as the window's one operation on the journal (``journal_work``,
        ``what``: refused with the reason while another runs), behind a progress dialog
        saying ``busy`` (``background.start_with_progress``); ``succeeded(result)`` or
        ``failed(error)`` once the dialog is closed and the operation ended.  An import or an
        export reads or writes through the window's connection in its thread: a restore or
        re-encryption begun meanwhile swapped the journal under it, and an import and an
        export begun together shared one progress dialog (attack24d E1, E2).  One that
        writes (``rewrites``) holds the editors' saves meanwhile (``begin_operation``): they
        waited for its write lock on the GUI thread, the window frozen 5 s, and failed; its
        dialog is not dismissed by Escape, so that no more typing waits than in its first
        moments (an export's is: typing goes on beside a reader)."""
        from clientjournal.ui.common.background import begin_operation, start_with_progress

        work = self._context.journal_work
        if not begin_operation(self._context, what, rewrites, busy):
            self._context.show_status(work.refusal())
            return

        def ok(result: Any) -> None:
            work.end()
            succeeded(result)

        def not_ok(error: BaseException) -> None:
            work.end()
            failed(error)

        try:
            start_with_progress(
                self,
                self._window,
                busy,
                lambda _report: job(),
                ok,
                not_ok,
                dismissable=not rewrites,  # an export: the window may go on beside it
            )
        except BaseException:
            work.end()  # no thread: nothing runs
            raise

    # -- exports ---------------------------------------------------------------------------
    def _folder(self, kind: str) -> Path:
        """Where an export of ``kind`` was last written (the home folder the first time)."""
        saved = str(qsettings().value(EXPORT_FOLDER_KEY.format(kind=kind), "") or "")
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def _remember(self, kind: str, folder: Path) -> None:
        settings = qsettings()
        settings.setValue(EXPORT_FOLDER_KEY.format(kind=kind), str(folder))
        settings.sync()

    def _ask_file(self, kind: str, title: str, name: str, pattern: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self._window, title, str(self._folder(kind) / name), pattern
        )
        return Path(path) if path else None

    def ask_export(self) -> None:
        name = f"client-journal-{date.today().isoformat()}.json"
        title, pattern = self.tr("Export journal"), self.tr("Client Journal export (*.json)")
        path = self._ask_file("json", title, name, pattern)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """The whole journal, lossless (JSON: for a backup by hand or another computer)."""
        from clientjournal.store.exchange import journal as exchange  # loaded on first use

        self._export("json", path, lambda: exchange.export_file(path))

    def ask_export_csv(self) -> None:
        name = f"clients-{date.today().isoformat()}.csv"
        title, pattern = self.tr("Export clients as a table"), self.tr("CSV table (*.csv)")
        path = self._ask_file("csv", title, name, pattern)
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> None:
        from clientjournal.store.exchange.text import export_csv

        self._export("csv", path, lambda: export_csv(path))

    def ask_export_markdown(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Export readable files into a folder"), str(self._folder("md"))
        )
        if folder:
            self.export_markdown(Path(folder))

    def export_markdown(self, folder: Path) -> None:
        from clientjournal.store.exchange.text import export_markdown

        language = _language()
        self._export("md", folder, lambda: export_markdown(folder, language))

    def ask_export_calendar(self) -> None:
        title, pattern = self.tr("Export calendar"), self.tr("iCalendar file (*.ics)")
        path = self._ask_file("ics", title, "clientjournal.ics", pattern)
        if path is not None:
            self.export_calendar(path)

    def export_calendar(self, path: Path) -> None:
        from clientjournal.core.exchange.ics import labels_for
        from clientjournal.core.timeutil import utcnow
        from clientjournal.store.exchange.calendar import export_calendar

        labels = labels_for(QLocale().name())
        self._export("ics", path, lambda: export_calendar(path, utcnow(), labels, APP_NAME))

    def _export(self, kind: str, target: Path, work: Callable[[], object]) -> None:
        """Write in the background; remember the folder; say where it went (or why not).
        It only reads: sync rounds go on beside it."""
        folder = target if kind == "md" else target.parent

        def exported(_result: object) -> None:
            self._remember(kind, folder)
            self._exported(target, kind)

        self._in_background(
            self.tr("export"),
            self.tr("Exporting…"),
            work,
            exported,
            self._export_failed,
            rewrites=False,
        )

    def _exported(self, path: Path, kind: str = "") -> None:
        text = self.tr("Exported to %1.").replace("%1", str(path))
        self._context.show_status(text)
        if kind == "csv":  # the machine format, the same in every language (docs/using.md)
            text += "\n\n" + self.tr(
                "The table is made for File → Import and for other programs: in every language "
                "its column names are English and its columns separated by commas. A spreadsheet "
                "opens it through its text import (Data → From Text/CSV), with the comma as the "
                "separator."
            )
        say(self._window, "information", self.tr("Export finished"), text)  # none at a logout

    def _export_failed(self, error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        say(
            self._window,
            "critical",
            self.tr("Export failed"),
            self.tr("Nothing was written:\n%1").replace("%1", reason),
        )

    def ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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

        head = b"{"  # the JSON import says what is wrong with the file
        if path.is_file():  # a pipe or a device is read by the import, in its thread: opened
            try:  # here, a named pipe no program writes to froze the window for ever (attack27c)
                with path.open("rb") as file:
                    head = file.read(4096)
            except OSError:
                pass
        if file_kind(path.name, head) in ("vcard", "csv"):
            from clientjournal.ui.exchange.contact_import_dialog import import_contacts_file

            import_contacts_file(self._context, path)  # a preview first; selects what it added
            return
        self._in_background(
            self.tr("import"),
            self.tr("Importing…"),
            lambda: exchange.import_file(path),
            self._imported,
            self._failed,
        )

    def _imported(self, counts: ImportCounts) -> None:
        self._context.events.changed(Change.JOURNAL)
        summary = str(counts.summary())
        say(self._window, "information", self.tr("Import finished"), summary)  # none at a logout

    def _failed(self, error: BaseException) -> None:
        say(
            self._window,
            "critical",
            self.tr("Nothing was changed"),
            self.tr("The operation failed and nothing was changed:\n%1").replace("%1", str(error)),
        )
