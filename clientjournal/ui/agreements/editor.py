"""Edit one agreement: its fields save as they change, each change kept in the history.

Choices save at once.  Typed text (title, details) is saved as it is typed, like a note (the
autosave: a crash loses at most a second), but the history gets one line per typing session,
written when the field loses focus, another item is chosen, or on close, so it holds sentences
rather than keystrokes.
"""

from __future__ import annotations

import dataclasses
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.agreements.checklist import (
    HISTORY_FIELDS,
    AgreementCategory,
    AgreementData,
    AgreementEvent,
    AgreementStatus,
    InvalidTransition,
    held_text,
)
from clientjournal.core.agreements.templates import BUILTIN_TEMPLATES, TemplateHints
from clientjournal.store import notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.agreements.templates import list_templates
from clientjournal.ui.agreements.labels import agreement_status_label, category_label
from clientjournal.ui.common import autosave
from clientjournal.ui.common.autosave import AutosaveTimer
from clientjournal.ui.common.eliding_combo import ElidingComboBox
from clientjournal.ui.common.labels import kind_label, local_date, local_datetime
from clientjournal.ui.common.optional_date import OptionalDate
from clientjournal.ui.common.undo_commands import changed_on_both_sides, only_changed


def _save_or_keep(
    changed: AgreementData, quiet: bool, history_from: AgreementData | None
) -> AgreementData:
    """Save; an agreement deleted meanwhile (on another computer, by a sync round) keeps
    what was typed as a new one (attack-20c N3: every autosave raised an uncaught KeyError
    and the typing was lost)."""
    try:
        return agreements.save(changed, quiet=quiet, history_from=history_from)
    except KeyError:
        return agreements.save(dataclasses.replace(changed, id=None, uuid=""))


_SHOWN = ("title", "category", "due_on", "agreed_on", "details", "project_id", "source_note_id")


def _as_shown(saved: AgreementData, changed: AgreementData) -> AgreementData:
    """The saved agreement with the fields as the editor shows them (``changed``): its next
    save compares with what it shows, so a field another computer changed meanwhile, which
    the editor still shows as before, is not taken for the user's and written back."""
    if saved.id != changed.id:
        return saved  # kept as a new agreement
    return dataclasses.replace(saved, **{name: getattr(changed, name) for name in _SHOWN})


def _stored_now(changed: AgreementData) -> AgreementData | None:
    """The agreement ``changed`` as stored now (None: new, or deleted meanwhile)."""
    if changed.id is None:
        return None
    return agreements.fetch([changed.id]).get(changed.id)


def _onto_stored(
    base: AgreementData, changed: AgreementData, stored: AgreementData | None
) -> AgreementData:
    """What the editor changed from ``base`` (as it showed the agreement), onto the agreement
    as ``stored`` now: a sync round may have changed its other fields since (attack-20c N13
    for agreements: the editor's save wrote them back as it had read them)."""
    return changed if stored is None else only_changed(base, changed, stored)


def _other_version(
    base: AgreementData, changed: AgreementData, stored: AgreementData | None
) -> AgreementData | None:
    """The agreement as ``stored`` now, as a new one to keep, when a round or an import
    changed its title or details from ``base`` to another text than the user typed
    (``changed``)."""
    if stored is None or not changed_on_both_sides(base, changed, stored, ("title", "details")):
        return None
    return dataclasses.replace(stored, id=None, uuid="")


class AgreementEditor(QWidget):
    saved = Signal(int)
    failed = Signal(str)
    keptBeside = Signal(int)  # a new agreement: the other version of one typed in (_save_later)
    showNote = Signal(int)  # the user wants to read the note this was agreed in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementEditor")
        self._item: AgreementData | None = None
        self._held: dict[int, AgreementData] = {}  # left while a round held the journal
        self._read_at = autosave.rounds_ended()  # when the agreement shown was read
        self._loading = False
        autosave.keep_against_crash(self)

        self.title = QLineEdit(self)
        self.title.setObjectName("agreementTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.category = QComboBox(self)
        self.category.setObjectName("agreementCategory")
        self.category.setAccessibleName(self.tr("Category"))
        for category in AgreementCategory:
            self.category.addItem(category_label(category), category.value)
        self.status = QLabel(self)
        self.status.setObjectName("agreementStatus")
        self.due = OptionalDate(self.tr("Due on"), self)
        self.due.setObjectName("agreementDue")
        self.agreed = OptionalDate(self.tr("Agreed on"), self)
        self.agreed.setObjectName("agreementAgreedOn")
        self.project = ElidingComboBox(self)
        self.project.setObjectName("agreementProject")
        self.project.setAccessibleName(self.tr("Project"))
        self.source = ElidingComboBox(self)  # long note lines end in "…", not mid-word
        self.source.setObjectName("agreementSource")
        self.source.setAccessibleName(self.tr("Agreed in (note)"))
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("agreementDetails")
        self.details.setAccessibleName(self.tr("Details"))
        self._placeholder = self.tr("What exactly was agreed: numbers, dates, who approves …")
        self.details.setPlaceholderText(self._placeholder)
        self.details.setTabChangesFocus(True)
        self.details.installEventFilter(self)
        self.history = QListWidget(self)
        self.history.setObjectName("agreementHistory")
        self.history.setAccessibleName(self.tr("History"))
        # A long line wraps instead of asking for sideways scrolling in a narrow editor.
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setResizeMode(QListWidget.ResizeMode.Adjust)

        form = self._form = QFormLayout()
        form.addRow(self.tr("Tit&le:"), self.title)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow("", self.due)
        form.addRow("", self.agreed)
        form.addRow(self.tr("Pro&ject:"), self.project)
        self.show_note = QPushButton(self.tr("Show"), self)
        self.show_note.setObjectName("showSourceNote")
        self.show_note.setAccessibleName(self.tr("Show the note it was agreed in"))
        self.show_note.clicked.connect(lambda: self.showNote.emit(self.source.currentData()))
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.show_note)
        form.addRow(self.tr("Agreed &in:"), source_row)
        # a row of two: Alt+I goes to it
        cast(QLabel, form.labelForField(source_row)).setBuddy(self.source)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.details, 2)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history, 1)

        self._autosave = AutosaveTimer(self._save_typing, self)
        self._session_start: AgreementData | None = None  # before the unsaved typing began
        self.title.textEdited.connect(self._typed)
        self.details.textChanged.connect(self._typed)
        self.title.editingFinished.connect(self.save)
        self.category.currentIndexChanged.connect(self.save)
        self.project.currentIndexChanged.connect(self.save)
        self.source.currentIndexChanged.connect(self.save)
        self.source.currentIndexChanged.connect(
            lambda: self.show_note.setEnabled(self.source.currentData() is not None)
        )
        self.due.changed.connect(self.save)
        self.agreed.changed.connect(self.save)
        self.show_item(None)

    def add_status_buttons(self, buttons: list[QWidget]) -> None:
        """The status steps sit under the status they change, two by two to stay narrow."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for number, button in enumerate(buttons):
            grid.addWidget(button, number // 2, number % 2)
        self._form.insertRow(3, "", grid)

    def side_by_side_width(self) -> int:
        """The width the form needs with every label beside its field, as the editor is
        shown where there is room (whatever the rows' wrapping is set to now)."""
        labels, fields = self._columns()
        return labels + max(self._form.horizontalSpacing(), 0) + fields

    def stacked_width(self) -> int:
        """The least width: the fields that do not fit beside their labels go below them
        (the widest label or field, and the spacing Qt's form keeps beside it then)."""
        return max(self._columns()) + max(self._form.horizontalSpacing(), 0)

    def set_side_by_side(self, side_by_side: bool) -> None:
        """Labels beside their fields, or, in a width that has no room for that (a large font
        in German on a small screen), each field that does not fit below its label: the
        window no longer has to grow past the screen for the editor's widest row."""
        policy = (
            QFormLayout.RowWrapPolicy.DontWrapRows
            if side_by_side
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if self._form.rowWrapPolicy() != policy:
            self._form.setRowWrapPolicy(policy)

    def _columns(self) -> tuple[int, int]:
        """The widths of the form's label column and of its widest field at their least."""
        form = self._form
        labels = fields = 0
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and not label.isEmpty():
                labels = max(labels, label.sizeHint().width())
            if field is not None and not field.isEmpty():
                fields = max(fields, field.minimumSize().width())
        return labels, fields

    @property
    def item_id(self) -> int | None:
        return self._item.id if self._item else None

    def show_item(self, item: AgreementData | None, projects: list | None = None) -> None:
        """Show ``item`` (saving the one shown before); ``projects`` fills the project choice."""
        if self._item is not None and (item is None or item.id != self._item.id):
            self.save()
        elif self._item is not None and item is not None:
            # the same agreement opened again (a search hit, the due list: attack-20d D5):
            # what was typed is saved (or held for the round) first, not dropped with its
            # autosave, and shown as saved rather than as the list read it before
            before = self._item
            self.save()
            if self._item is not before and self._item.id == item.id:
                item = self._item
        if item is not None and item.id in self._held:  # as typed, not yet saved (N1b)
            item = dataclasses.replace(self._held[item.id])
        self._read_at = autosave.rounds_ended()
        self._autosave.stop()
        self._session_start = None
        self._loading = True
        self._item = shown = dataclasses.replace(item) if item else None
        self.setEnabled(item is not None)
        if item is not None and shown is not None:
            self._fill_choices(item, projects or [])
            self.title.setText(item.title)
            self.title.setCursorPosition(0)  # a long title shows its start, not its end
            self.category.setCurrentIndex(
                self.category.findData(AgreementCategory(item.category).value)
            )
            self.status.setText(agreement_status_label(item.status))
            self.due.set_value(item.due_on)
            self.agreed.set_value(item.agreed_on)
            # A template's question is a hint (the placeholder), never the details themselves;
            # a journal from before stored it as details: shown as the hint, dropped at the
            # next save.
            hints = TemplateHints([*BUILTIN_TEMPLATES, *list_templates()])
            if hints.is_hint(item.title, item.details):
                shown.details = ""
            self._set_placeholder(hints.hint(item.title) or self._placeholder)
            self.details.setPlainText(shown.details)
            self._show_history(item.id)
        else:
            # Nothing selected: nothing of the item shown before stays in the disabled editor.
            for edit in (self.title, self.details):
                edit.clear()
            self.category.setCurrentIndex(-1)
            self.due.set_value(None)
            self.agreed.set_value(None)
            self.project.clear()
            self.source.clear()
            self._set_placeholder("")
            self.status.clear()
            self.history.clear()
        self._loading = False

    def held_records(self) -> list[dict[str, object]]:
        """What is typed or chosen and not saved yet while a sync round holds the journal
        (``autosave.keep_against_crash``): the agreements left meanwhile and the one shown,
        each with its title, details, category, dates and project (``HELD_FIELDS``)."""
        if not autosave.holding():
            return []
        held = dict(self._held)
        item = self._item
        if item is not None and item.id is not None and not self._loading:
            held[item.id] = self._as_typed(item)
        return [
            {"kind": "agreement", "id": item_id, "uuid": a.uuid, "fields": held_text(a)}
            for item_id, a in held.items()
        ]

    def _set_placeholder(self, text: str) -> None:
        """Qt repaints only the first line when the placeholder of an empty editor changes:
        the second line of a longer hint stayed on screen, or two were drawn over each other
        (attack19 finding 6).  The whole area is repainted."""
        if text != self.details.placeholderText():
            self.details.setPlaceholderText(text)
            self.details.viewport().update()

    def _typed(self) -> None:
        if not self._loading and self._item is not None:
            self._autosave.touched()

    def _save_typing(self) -> None:
        """The autosave: the fields as typed, the history line left for the session's end."""
        self._write(quiet=True)

    def save(self) -> None:
        """Save now, and close the typing session with its one history line."""
        self._autosave.stop()
        self._write(quiet=False)

    def _write(self, quiet: bool) -> None:
        if self._loading or self._item is None:
            return
        changed = self._as_typed(self._item)
        unchanged = all(
            getattr(changed, name) == getattr(self._item, name) for name in HISTORY_FIELDS
        )
        if unchanged and (quiet or self._session_start is None):
            return
        if quiet and self._session_start is None:
            self._session_start = self._item
        history_from = None if quiet else self._session_start
        base = self._item
        # a round ended since the editor read the agreement: what it changed goes onto the
        # agreement as stored now (the round may have changed the fields left alone)
        stale = autosave.rounds_ended() != self._read_at
        if autosave.holding():  # a sync round holds the journal: saved as soon as it ends
            self._item = changed  # (saving now froze the window and failed after 5 s)
            if changed.id is not None:
                self._held[changed.id] = changed
            if not quiet:
                self._session_start = None
            autosave.after_hold(lambda: self._save_later(base, changed, quiet, history_from))
            return
        try:
            if stale:
                stored = _stored_now(changed)
                saved = _save_or_keep(_onto_stored(base, changed, stored), quiet, history_from)
                self._item = _as_shown(saved, changed)
            else:
                self._item = _save_or_keep(changed, quiet, history_from)
        except InvalidTransition as error:
            self.failed.emit(str(error))
            return
        if not quiet:
            self._session_start = None
            self._show_history(self._item.id)
        self.saved.emit(self._item.id)

    def _as_typed(self, item: AgreementData) -> AgreementData:
        """``item`` with what its fields show now."""
        return dataclasses.replace(
            item,
            title=self.title.text().strip() or item.title,  # a checklist item needs a title
            category=AgreementCategory(self.category.currentData()),
            due_on=self.due.value(),
            agreed_on=self.agreed.value(),
            details=self.details.toPlainText(),
            project_id=self.project.currentData(),
            source_note_id=self.source.currentData(),
        )

    def _save_later(
        self,
        base: AgreementData,
        changed: AgreementData,
        quiet: bool,
        history_from: AgreementData | None,
    ) -> None:
        """The save that waited for a round or an import.  A title or details it changed
        that the user changed too keeps the typing, and the other version becomes another
        agreement of the client beside it, never lost (held28c: the typing was written over
        it without a word)."""
        stored = _stored_now(changed)  # read once for both
        other = _other_version(base, changed, stored)
        try:
            saved = _save_or_keep(_onto_stored(base, changed, stored), quiet, history_from)
        except InvalidTransition as error:
            self.failed.emit(str(error))
            return
        if other is not None:
            note = self.tr("the other version of “%1”, kept beside what you typed")
            kept = agreements.save(other, note.replace("%1", saved.title))
            self.keptBeside.emit(kept.id)
        if self._item is changed and saved.id != changed.id:
            self._item = saved  # kept as a new agreement (the old one was deleted meanwhile)
        # otherwise the editor keeps ``changed``, what its fields show: its next save writes
        # what differs from that, not what the round changed of the fields left alone
        if changed.id is not None and self._held.get(changed.id) is changed:
            del self._held[changed.id]
        self.saved.emit(saved.id)

    def _fill_choices(self, item: AgreementData, projects: list) -> None:
        self.project.clear()
        self.project.addItem(self.tr("(no project)"), None)
        for project in projects:
            self.project.addItem(project.name, project.id)
        self.project.setCurrentIndex(max(0, self.project.findData(item.project_id)))
        self.source.clear()
        self.source.addItem(self.tr("(not linked to a note)"), None)
        recent = notes.ids_for_client(item.client_id)[:50]
        found = notes.fetch(recent)
        if item.source_note_id is not None and item.source_note_id not in found:
            found.update(notes.fetch([item.source_note_id]))
        for note in sorted(found.values(), key=lambda n: n.created_at, reverse=True):
            first_line = note.body.strip().splitlines()[0][:60] if note.body.strip() else ""
            self.source.addItem(
                f"{local_date(note.created_at)} · {kind_label(note.kind)} · {first_line}", note.id
            )
        self.source.setCurrentIndex(max(0, self.source.findData(item.source_note_id)))

    def _show_history(self, agreement_id: int | None) -> None:
        self.history.clear()
        if agreement_id is None:
            return
        for event in reversed(agreements.history(agreement_id)):
            self.history.addItem(self._describe(event))

    def _describe(self, event: AgreementEvent) -> str:
        when = local_datetime(event.at)
        field, old, new, note = event.field, event.old, event.new, event.note
        if field == "created":
            text = self.tr("created")
        elif field == "status":
            text = (
                self.tr("status: %1 → %2").replace("%1", _status(old)).replace("%2", _status(new))
            )
        else:
            text = self.tr("%1 changed").replace("%1", self._field_label(field))
        if note:
            text += f" — {note}"
        if event.actor == "import":
            text += " " + self.tr("(import)")
        return f"{when}: {text}"

    def _field_label(self, field: str) -> str:
        return {
            "title": self.tr("title"),
            "category": self.tr("category"),
            "details": self.tr("details"),
            "due_on": self.tr("due date"),
            "agreed_on": self.tr("date agreed"),
            "project_id": self.tr("project"),
            "source_note_id": self.tr("linked note"),
        }.get(field, field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.details and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)


def _status(value: str) -> str:
    try:
        return agreement_status_label(AgreementStatus(value))
    except (KeyError, ValueError):
        return value
