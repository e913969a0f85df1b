"""Import contacts from a vCard or CSV file: a preview first, nothing written until Import.

For a CSV table each column gets a choice of what it holds (suggested from its header), and the
preview below follows every change; encoding and delimiter can be corrected when the guess was
wrong.  Duplicates of clients the journal has are marked and left unchecked; checked anyway,
they are imported with a tag.  The import is one undoable step.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

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
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.contacts.contact import ContactFileError, file_kind
from clientjournal.core.contacts.csv_table import (
    ENCODINGS,
    Column,
    CsvTable,
    contacts_from_table,
    read_table,
    suggest_mapping,
)
from clientjournal.core.contacts.vcard import parse_vcard
from clientjournal.store import clients
from clientjournal.store.exchange import contacts as contact_import
from clientjournal.store.exchange.common import read_import_file
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import Change, JournalEvents, WindowContext
from clientjournal.ui.common.font_size import scaled_size
from clientjournal.ui.common.undo_commands import JournalCommand
from clientjournal.ui.exchange.contact_preview_model import ContactPreviewModel

ERROR_COLOR = "#b3261e"
_SHOWN_PROBLEMS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactImportDialog", text)


def column_labels() -> dict[Column, str]:
    return {
        Column.NAME: _tr("Name"),
        Column.FIRST_NAME: _tr("First name"),
        Column.LAST_NAME: _tr("Last name"),
        Column.COMPANY: _tr("Company"),
        Column.EMAIL: _tr("E-mail"),
        Column.PHONE: _tr("Phone"),
        Column.ADDRESS_FORM: _tr("Address form (du/Sie)"),
        Column.POSTAL_ADDRESS: _tr("Postal address"),
        Column.NOTES: _tr("Notes"),
        Column.TAGS: _tr("Tags"),
        Column.IGNORE: _tr("Ignore"),
    }


class ContactImportDialog(QDialog):
    """Raises ``ContactFileError`` when built for a file that cannot be read at all."""

    def __init__(self, path: Path, data: bytes, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._data = data
        self._kind = kind
        self._table: CsvTable | None = None
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

        if kind == "csv":
            self._table = read_table(data, str(path))  # the caller reports a file it cannot read
            self._fill_options()
            self._build_mapping()
            self._apply_mapping()
            self.encoding.currentIndexChanged.connect(self._reread)
            self.delimiter.currentIndexChanged.connect(self._reread)
        else:
            self.options.hide()
            self.mapping_area.hide()
            parsed = parse_vcard(data, str(path))
            self._show(parsed.contacts, parsed.problems)
        self.preview.setFocus()

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

    def _build_mapping(self) -> None:
        assert self._table is not None
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = []
        labels = column_labels()
        suggested = suggest_mapping(self._table)
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

    def _reread(self) -> None:
        try:
            self._table = read_table(
                self._data,
                str(self._path),
                encoding=self.encoding.currentData(),
                delimiter=self.delimiter.currentData(),
            )
        except ContactFileError as error:
            self._table = None
            self._fail(str(error))
            return
        self._build_mapping()
        self._apply_mapping()

    def _apply_mapping(self) -> None:
        if self._table is None:
            return
        mapping = [Column(combo.currentData()) for combo in self.combos]
        try:
            parsed = contacts_from_table(self._table, mapping, str(self._path))
        except ContactFileError as error:
            self._fail(str(error))
            return
        self._show(parsed.contacts, parsed.problems)

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

    def _show(self, contacts: list, problems: list) -> None:
        self.error.clear()
        self.error.hide()
        self.model.set_contacts(contacts, contact_import.find_duplicates(contacts))
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


class ImportedContacts(JournalCommand):
    """An import already written; undo moves its clients to the trash, redo brings them back
    (and shows the first of them)."""

    kind = Change.CLIENTS

    def __init__(self, client_ids: list[int], events: JournalEvents) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ContactImportDialog", "Import %n client(s)", "", len(client_ids)
            ),
            events,
        )
        self._ids = list(client_ids)
        self._done = True

    def redo(self) -> None:
        if not self._done:
            clients.restore(*self._ids)
        self._done = False
        self._events.changed(self.kind, self._ids)
        self._events.reveal(self._ids[0] if self._ids else None)

    def undo(self) -> None:
        clients.trash(*self._ids)
        self._events.changed(self.kind, self._ids)


def import_contacts_file(context: WindowContext, path: Path) -> list[int]:
    """The whole flow from a file to selected new clients; returns their ids (none if the
    file was refused or the user cancelled)."""
    window = context.dialog_parent()
    title = _tr("Nothing was changed")
    try:
        # Capped and refusing binary data at the first megabyte: a file named .csv or .vcf
        # may be a device (a link to /dev/zero would be read until memory runs out).
        data = read_import_file(path, utf16=True)
    except contact_import.ImportFailed as error:
        text = _tr("This file cannot be imported:\n%1").replace("%1", str(error))
        QMessageBox.critical(window, title, text)
        return []
    try:
        dialog = ContactImportDialog(path, data, file_kind(path.name, data[:4096]), window)
    except ContactFileError as error:
        text = _tr("This file cannot be imported:\n%1").replace("%1", str(error))
        QMessageBox.critical(window, title, text)
        return []
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selected_contacts()
    dialog.deleteLater()
    if not accepted:
        return []
    if autosave.holding():
        # a sync round holds the journal: imported when it ends (written now, the window
        # froze on the journal's lock until then, up to 5 s, and the import failed)
        context.show_status(_tr("Syncing… the contacts are imported when it ends"))
        autosave.after_hold(lambda: _import_chosen(context, path, chosen))
        return []
    return _import_chosen(context, path, chosen)


def _import_chosen(context: WindowContext, path: Path, chosen: list) -> list[int]:
    window = context.dialog_parent()
    title = _tr("Nothing was changed")
    try:
        result = contact_import.import_contacts(
            chosen, contact_import.DuplicatePolicy.FLAG, _tr("possible duplicate"), str(path)
        )
    except contact_import.ImportFailed as error:
        text = _tr("The import failed and nothing was changed:\n%1").replace("%1", str(error))
        QMessageBox.critical(window, title, text)
        return []
    ids = result.client_ids
    context.undo_stack.push(ImportedContacts(ids, context.events))
    message = QCoreApplication.translate(
        "ContactImportDialog", "%n client(s) imported. Undo with Ctrl+Z.", "", len(ids)
    )
    context.show_status(message)
    return ids
