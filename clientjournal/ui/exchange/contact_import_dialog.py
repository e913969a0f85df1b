"""Import contacts from a vCard or CSV file: a preview first, nothing written until Import.

For a CSV table each column gets a choice of what it holds (suggested from its header), and the
preview below follows every change; encoding and delimiter can be corrected when the guess was
wrong.  Duplicates of clients the journal has are marked and left unchecked; checked anyway,
they are imported with a tag.  The import is one undoable step.

Reading the file, every change of encoding, delimiter or column choice, and the write run in
threads (contact_reading.py, contact_write.py, behind contact_work.py's progress with
Cancel): 100,000 cards held the window for 20 s before the preview showed, and as long
again for the write.  An address book of a few hundred cards shows no progress at all.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.contacts.contact import (
    ContactFileError,
)
from clientjournal.core.contacts.csv_table import (
    ENCODINGS,
    Column,
    CsvTable,
)
from clientjournal.store.exchange import contacts as contact_import
from clientjournal.ui.common import autosave
from clientjournal.ui.common.background import Cancelled, Report
from clientjournal.ui.common.context import WindowContext, say
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.exchange.contact_preview_model import ContactPreviewModel
from clientjournal.ui.exchange.contact_reading import (
    Reading,
    read_contacts_data,
    read_contacts_file,
    with_contacts,
)
from clientjournal.ui.exchange.contact_work import run_with_progress
from clientjournal.ui.exchange.contact_write import import_chosen

ERROR_COLOR = "#b3261e"
_SHOWN_PROBLEMS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactImportDialog", text)


def column_labels() -> dict[Column, str]:
    return {
        Column.NAME: _tr("Name"),
        Column.NAME_PREFIX: _tr("Name prefix (Dr.)"),
        Column.FIRST_NAME: _tr("First name"),
        Column.LAST_NAME: _tr("Last name"),
        Column.NAME_SUFFIX: _tr("Name suffix"),
        Column.COMPANY: _tr("Company"),
        Column.EMAIL: _tr("E-mail"),
        Column.PHONE: _tr("Phone"),
        Column.ADDRESS_FORM: _tr("Address form (du/Sie)"),
        Column.ROLE: _tr("Job title"),
        Column.BIRTHDAY: _tr("Birthday"),
        Column.POSTAL_ADDRESS: _tr("Postal address"),
        Column.STREET: _tr("Street"),
        Column.POSTAL_CODE: _tr("Postal code"),
        Column.CITY: _tr("City"),
        Column.REGION: _tr("State or region"),
        Column.COUNTRY: _tr("Country"),
        Column.PO_BOX: _tr("PO box"),
        Column.NOTES: _tr("Notes"),
        Column.TAGS: _tr("Tags"),
        Column.IGNORE: _tr("Ignore"),
    }


T = TypeVar("T")


class ContactImportDialog(QDialog):
    """Raises ``ContactFileError`` when built for a file that cannot be read at all, and
    ``Cancelled`` when its reading was cancelled; ``reading``: the file read already, with
    the duplicates of ``known`` (the journal's clients, read once)."""

    def __init__(
        self,
        path: Path,
        data: bytes,
        kind: str,
        parent: QWidget | None = None,
        reading: Reading | None = None,
        known: contact_import.KnownClients | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._data = data
        self._kind = kind
        self._table: CsvTable | None = None
        self._known = known if known is not None else contact_import.known_clients()
        self._shown_choice: tuple[str, str, list[Column]] = ("", "", [])  # encoding, delimiter
        self.combos: list[QComboBox] = []
        self.setObjectName("contactImportDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setMinimumSize(scaled_size(self, 760, 520))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("contactImportSummary")

        self.encoding = QComboBox(self)
        self.encoding.setObjectName("contactImportEncoding")
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("contactImportDelimiter")
        self.delimiter.setAccessibleName(self.tr("Delimiter"))
        for value, label in ((",", self.tr("Comma")), (";", self.tr("Semicolon")),
                             ("\t", self.tr("Tab")), ("|", self.tr("Vertical bar"))):  # fmt: skip
            self.delimiter.addItem(label, value)
        options = QHBoxLayout()
        encoding_label = QLabel(self.tr("&Encoding:"), self)
        encoding_label.setBuddy(self.encoding)
        delimiter_label = QLabel(self.tr("&Delimiter:"), self)
        delimiter_label.setBuddy(self.delimiter)
        for widget in (encoding_label, self.encoding, delimiter_label, self.delimiter):
            options.addWidget(widget)
        options.addStretch(1)
        self.options = QWidget(self)
        self.options.setLayout(options)
        options.setContentsMargins(0, 0, 0, 0)

        self.mapping = QWidget(self)
        self.mapping_form = QFormLayout(self.mapping)
        self.mapping_area = QScrollArea(self)
        self.mapping_area.setObjectName("contactImportMapping")
        self.mapping_area.setAccessibleName(self.tr("What each column holds"))
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setWidget(self.mapping)
        self.mapping_area.setMaximumHeight(self.fontMetrics().height() * 12)

        self.model = ContactPreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setObjectName("contactPreview")
        self.preview.setAccessibleName(self.tr("Contacts to import"))
        self.preview.setModel(self.model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.horizontalHeader().setResizeContentsPrecision(100)  # big files stay quick
        # Columns as wide as their contents, the widest cut back so all fit (the full value in
        # the tooltip): the last column, whether a contact is already there, was off the edge.
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview.setWordWrap(False)  # one line per cell, cut with "…", not half a word
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.viewport().installEventFilter(self)
        preview_label = QLabel(self.tr("&Contacts (Space checks or unchecks one):"), self)
        preview_label.setBuddy(self.preview)

        self.problems = QLabel(self)
        self.problems.setObjectName("contactImportProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setObjectName("contactImportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importContacts")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.all_button = QPushButton(self.tr("Check &all"), self)
        self.none_button = QPushButton(self.tr("Check &none"), self)
        for button in (self.all_button, self.none_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.checkedChanged.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.options)
        layout.addWidget(self.mapping_area)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if reading is None:  # the caller reports a file it cannot read, and a cancel
            label = self.tr("Reading “%1”…").replace("%1", path.name)
            known = self._known
            reading = self._in_thread(
                label,
                lambda report: read_contacts_data(data, kind, str(path), known, report),
                parent,
            )
        if kind == "csv":
            self._table = reading.table
            self._fill_options()
            self._build_mapping(reading.mapping)
            self._show_reading(reading)
            self.encoding.currentIndexChanged.connect(self._reread)
            self.delimiter.currentIndexChanged.connect(self._reread)
        else:
            self.options.hide()
            self.mapping_area.hide()
            self._show_reading(reading)
        self.preview.setFocus()

    def _in_thread(
        self, label: str, job: Callable[[Report], T], parent: QWidget | None = None
    ) -> T:
        """``job`` in a thread behind progress with Cancel (shown only when it takes a
        while): ``Cancelled`` when the user cancelled."""
        return run_with_progress(parent if parent is not None else self, label, job)

    # -- public ------------------------------------------------------------------------------
    def selected_contacts(self) -> list:
        return self.model.checked_contacts()

    def column_titles(self) -> list[str]:
        """The CSV table's header (or "Column 1", … without one); none for a vCard."""
        return list(self._table.header) if self._table is not None else []

    def column_choice(self, column: int) -> Column:
        return Column(self.combos[column].currentData())

    def set_column_choice(self, column: int, choice: Column) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(choice.value))

    # -- CSV ---------------------------------------------------------------------------------
    def _fill_options(self) -> None:
        assert self._table is not None
        names = list(dict.fromkeys([self._table.encoding, "utf-8", *ENCODINGS]))
        self.encoding.blockSignals(True)
        self.delimiter.blockSignals(True)
        self.encoding.clear()
        for name in names:
            self.encoding.addItem(name.upper().replace("CP1252", "Windows-1252"), name)
        self.encoding.setCurrentIndex(0)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(self._table.delimiter)))
        self.encoding.blockSignals(False)
        self.delimiter.blockSignals(False)

    def _build_mapping(self, suggested: list[Column]) -> None:
        assert self._table is not None
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = []
        labels = column_labels()
        for column, (title, choice) in enumerate(zip(self._table.header, suggested, strict=True)):
            sample = next((row[column] for row in self._table.rows if row[column].strip()), "")
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"columnMapping{column}")
            for value, label in labels.items():
                combo.addItem(label, value.value)
            combo.setCurrentIndex(combo.findData(choice.value))
            combo.setAccessibleName(self.tr("Column “%1”").replace("%1", title))
            combo.setToolTip(self.tr("For example: %1").replace("%1", sample[:80]))
            combo.currentIndexChanged.connect(self._apply_mapping)
            text = title if len(title) <= 40 else title[:39] + "…"
            self.mapping_form.addRow(text, combo)
            self.combos.append(combo)
        chain = [self.delimiter, *self.combos, self.preview]  # Tab goes down the page
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _choice(self) -> tuple[str, str, list[Column]]:
        mapping = [Column(combo.currentData()) for combo in self.combos]
        return self.encoding.currentData(), self.delimiter.currentData(), mapping

    def _reread(self) -> None:
        """The table read again with the encoding and delimiter chosen (in a thread: a big
        table takes seconds); a cancel puts the choice back as it was."""
        encoding, delimiter, _ = self._choice()
        data, source, known = self._data, str(self._path), self._known
        try:
            reading = self._in_thread(
                self.tr("Reading the table again…"),
                lambda report: read_contacts_data(
                    data, "csv", source, known, report, encoding, delimiter
                ),
            )
        except Cancelled:
            self._put_back()
            return
        except ContactFileError as error:
            self._table = None
            self._shown_choice = self._choice()
            self._fail(str(error))
            return
        self._table = reading.table
        self._build_mapping(reading.mapping)
        self._show_reading(reading)

    def _apply_mapping(self) -> None:
        """The contacts as the column choice says (in a thread: a big table takes seconds);
        a cancel puts the choice back as it was."""
        if self._table is None:
            return
        reading = Reading(self._data, "csv", self._table, self._choice()[2])
        source, known = str(self._path), self._known
        try:
            self._in_thread(
                self.tr("Applying the column choice…"),
                lambda report: with_contacts(reading, source, known, report),
            )
        except Cancelled:
            self._put_back()
            return
        self._show_reading(reading)

    def _put_back(self) -> None:
        """The encoding, delimiter and column choice of what the preview shows."""
        encoding, delimiter, mapping = self._shown_choice
        widgets = [self.encoding, self.delimiter, *self.combos]
        for widget in widgets:
            widget.blockSignals(True)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(encoding)))
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(delimiter)))
        for combo, choice in zip(self.combos, mapping, strict=False):
            combo.setCurrentIndex(combo.findData(choice.value))
        for widget in widgets:
            widget.blockSignals(False)

    # -- the preview's columns -------------------------------------------------------------
    def fit_columns(self) -> None:
        """Each column as wide as its contents, the widest cut to one width so that all of
        them fit the preview's width (never narrower than the header's text)."""
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        widths = [header.sectionSize(i) for i in range(header.count())]
        room = self.preview.viewport().width()
        if not widths or sum(widths) <= room:
            return
        cap = max(widths)
        while cap > 1 and sum(min(w, cap) for w in widths) > room:
            cap -= max(1, cap // 50)
        metrics = header.fontMetrics()
        for section, width in enumerate(widths):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            least = metrics.horizontalAdvance(title) + 2 * metrics.averageCharWidth()
            header.resizeSection(section, max(min(width, cap), min(width, least)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    # -- both --------------------------------------------------------------------------------
    def _fail(self, message: str) -> None:
        self.model.set_contacts([], {})
        self.problems.clear()
        self.error.setText(self.tr("This cannot be imported: %1").replace("%1", message))
        self.error.show()
        self._update_button()

    def _show_reading(self, reading: Reading) -> None:
        self._shown_choice = self._choice()
        if reading.error:
            self._fail(reading.error)
        else:
            self._show(reading.contacts, reading.problems, reading.duplicates)

    def _show(
        self, contacts: list, problems: list, found: dict[int, contact_import.Duplicate]
    ) -> None:
        self.error.clear()
        self.error.hide()
        self.model.set_contacts(contacts, found)
        self.fit_columns()
        count, duplicates = len(contacts), self.model.duplicate_count()
        text = self.tr("%n contact(s) in “%1”.", "", count).replace("%1", self._path.name)
        if duplicates:
            text += " " + self.tr(
                "%n look(s) like clients you already have: left unchecked; checked, they are "
                "imported with the tag “possible duplicate”.",
                "",
                duplicates,
            )
        self.summary.setText(text)
        lines = [str(problem) for problem in problems[:_SHOWN_PROBLEMS]]
        if len(problems) > _SHOWN_PROBLEMS:
            more = len(problems) - _SHOWN_PROBLEMS
            lines.append(self.tr("… and %n more", "", more))
        self.problems.setText(
            self.tr("Read with problems:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.problems.setVisible(bool(lines))
        self._update_button()

    def _update_button(self) -> None:
        count = len(self.model.checked_contacts())
        self.import_button.setText(self.tr("&Import %n client(s)", "", count))
        self.import_button.setEnabled(count > 0)


def import_contacts_file(context: WindowContext, path: Path) -> list[int]:
    """The whole flow from a file to selected new clients; returns their ids (none if the
    file was refused or the user cancelled).  Reading the file and writing the clients run
    in threads, with progress and Cancel when they take a while."""
    window = context.dialog_parent()
    title = _tr("Nothing was changed")
    if context.journal_work.busy:  # a file dropped meanwhile: said before it is read
        say(window, "information", title, context.journal_work.refusal())
        return []
    known = contact_import.known_clients()
    label = _tr("Reading “%1”…").replace("%1", path.name)
    try:
        reading = run_with_progress(
            window, label, lambda report: read_contacts_file(path, known, report)
        )
        dialog = ContactImportDialog(path, reading.data, reading.kind, window, reading, known)
    except (contact_import.ImportFailed, ContactFileError) as error:
        text = _tr("This file cannot be imported:\n%1").replace("%1", str(error))
        say(window, "critical", title, text)  # none at a logout
        return []
    except Cancelled:
        context.show_status(_tr("Reading the contacts was cancelled; nothing was changed."))
        return []
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selected_contacts()
    dialog.deleteLater()
    if not accepted:
        return []
    if autosave.holding() and not context.journal_work.busy:
        # a sync round holds the journal: imported when it ends (written now, the window
        # froze on the journal's lock until then, up to 5 s, and the import failed)
        context.show_status(_tr("Syncing… the contacts are imported when it ends"))
        autosave.after_hold(lambda: import_chosen(context, path, chosen))
        return []
    return import_chosen(context, path, chosen)
