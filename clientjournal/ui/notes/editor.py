"""Write a new note or edit the selected one; saved automatically, never with a Save button.

Autosave: half a second after the last keystroke, but never later than 0.8 s after the first
unsaved one (someone typing without a pause would otherwise push the save out for minutes, and a
crash would take all of it), and at once on focus loss, client switch, note switch and window
close.  So a killed process loses at most the last second of typing, a normal close nothing.
An untouched new note is never written, so clicking around does not leave empty notes behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from datetime import datetime
from typing import cast

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QMimeData,
    QObject,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.domain import MOOD_MAX, MOOD_MIN, NoteKind
from clientjournal.core.records import NoteData
from clientjournal.core.tags import format_tags, parse_tags
from clientjournal.core.timeutil import to_utc, utcnow
from clientjournal.core.validation import MAX_NOTE_LENGTH, clean_text
from clientjournal.store import clients, notes
from clientjournal.ui.common import autosave
from clientjournal.ui.common.autosave import AUTOSAVE_DELAY_MS, AutosaveTimer
from clientjournal.ui.common.labels import kind_label, mood_label, mood_symbol

_LOCAL = Qt.TimeSpec.LocalTime


class NoteEditor(QWidget):
    noteSaved = Signal(int, bool)  # note id, True when it was just created
    noteRemoved = Signal(int)  # a note begun here was emptied again (Ctrl+Z): it is gone
    noteShown = Signal()  # another note (or a new, empty one) is in the editor now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client_id: int | None = None
        self._note: NoteData | None = None
        self._begun_here: int | None = None  # the note this editor created since start_new
        self._after_round: dict[int, NoteData] = {}  # notes left while a sync round held
        self.saved_after_round: list[str] = []  # their UUIDs, to be saved (ui/sync/open_note)
        # the open note's text as this editor last read or wrote it, and the left notes':
        # what held typing is put back into after a crash (ui/sync/held, attack-20d D1)
        self._stored: str | None = None
        self._left_stored: dict[int, str | None] = {}
        self._dirty = False
        self._loading = False

        self.kind = QComboBox(self)
        self.kind.setObjectName("noteKind")
        self.kind.setAccessibleName(self.tr("Kind of note"))
        for kind in NoteKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("noteDate")
        self.when.setAccessibleName(self.tr("Date of the note"))
        self.when.setCalendarPopup(True)
        self.mood = QComboBox(self)
        self.mood.setObjectName("noteMood")
        self.mood.setAccessibleName(self.tr("Mood"))
        for value in range(MOOD_MAX, MOOD_MIN - 1, -1):
            self.mood.addItem(f"{mood_symbol(value)}  {mood_label(value)}", value)
        self.pinned = QCheckBox(self.tr("Pinned"), self)
        self.pinned.setObjectName("notePinned")
        self.state = QLabel(self)
        self.state.setObjectName("noteSaveState")
        self.state.setForegroundRole(self.state.foregroundRole())

        self.body = _NoteBody(self)
        self.body.refused.connect(self._refused)
        self.body.setObjectName("noteEditor")
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(
            self.tr("Write a note… Markdown works: **bold**, *italic*, - lists. It saves itself.")
        )
        self.body.setTabChangesFocus(True)
        self.body.installEventFilter(self)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("noteTags")
        self.tags.setAccessibleName(self.tr("Note tags"))
        self.tags.setPlaceholderText(self.tr("Tags"))
        self.tags.setToolTip(self.tr("Tags for this note, separated by commas"))
        self.tags.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        # room for a tag or the word "Tags" even in the smallest window (it showed "T…")
        self.tags.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.tags.installEventFilter(self)

        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.when)
        row.addWidget(self.mood)
        row.addWidget(self.pinned)
        row.addWidget(self.tags, 1)
        row.addStretch(0)
        row.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.body, 1)
        self._layout = layout

        self._timer = AutosaveTimer(self.flush, self)
        self.body.textChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.mood.currentIndexChanged.connect(self._changed)
        self.pinned.toggled.connect(self._changed)
        self.when.dateTimeChanged.connect(self._changed)
        self.tags.textEdited.connect(self._changed)
        self.start_new(None)

    # -- public ----------------------------------------------------------------------------
    @property
    def note_id(self) -> int | None:
        return self._note.id if self._note else None

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def start_new(self, client_id: int | None) -> None:
        """Save what is pending, then offer an empty note for ``client_id``."""
        self.flush()
        self._leave()
        self._client_id = client_id
        self._note = None
        self._stored = None
        self._begun_here = None
        self._show(NoteData(client_id=client_id or 0, created_at=utcnow()))
        self.state.setText("")
        self.setEnabled(client_id is not None)

    def edit(self, note: NoteData) -> None:
        if self._note is not None and self._note.id == note.id:
            return
        self.flush()
        self._leave()
        left = self._after_round.pop(note.id, None) if note.id is not None else None
        self._stored = self._left_stored.pop(note.id or 0, None) if left else note.body
        note = left or note  # left while a round held the journal: as it was typed
        self._client_id = note.client_id
        self._note = dataclasses.replace(note)
        self._begun_here = None
        self._show(note)
        self.state.setText(self.tr("Saved"))
        self.setEnabled(True)
        if left is not None:
            self._changed()  # saves itself (once the round has ended)

    def current(self) -> NoteData:
        """The note as the editor shows it now, saved or not."""
        return self._collect()

    def unsaved(self) -> bool:
        """Whether what is shown holds changes not saved yet (waiting for a sync round)."""
        return self._dirty

    def left_during_round(self) -> list[NoteData]:
        """The notes left while a sync round held the journal, not saved yet."""
        return list(self._after_round.values())

    def stored_text(self, note_id: int | None = None) -> str | None:
        """The text of the open note (or of ``note_id``, left while a round held the journal)
        as this editor last read or saved it; None for a new note.  Typing kept against a
        crash goes back into the note while the note still has it (``ui/sync/held``)."""
        if note_id is None or note_id == self.note_id:
            return self._stored
        return self._left_stored.get(note_id)

    def mark_changed(self) -> None:
        """What is shown is saved at the next autosave (sync keeps fields set meanwhile)."""
        self._changed()

    def add_banner(self, widget: QWidget) -> None:
        """A line above the text that another feature contributes (sync: the note's other
        version); it shows and hides itself."""
        self._layout.insertWidget(1, widget)

    def forget(self, note_id: int, keep_typed: bool = False) -> None:
        """The note was deleted elsewhere: drop it without saving it back.  ``keep_typed``:
        the user deletes it here, an undo step that brings it back: what was typed is saved
        first (while a sync round holds the journal, when it ends, before the deletion), so
        Ctrl+Z brings the note back as typed (attack-20d D4)."""
        if self._note is not None and self._note.id == note_id:
            typed = self._collect() if keep_typed and self._dirty else None
            if typed is not None and typed.body.strip():
                if autosave.holding():
                    # as a note left during the round (attack-20e E7, E12): kept against a
                    # crash, shown as typed if Ctrl+Z brings it back first, a conflict if the
                    # round wrote it, a new note if the round deleted it; saved when it ends
                    self._leave()
                else:
                    _save_quietly(typed)
            self._dirty = False
            self._timer.stop()
            self.start_new(self._client_id)

    def flush(self) -> None:
        """Write pending changes now (one transaction); while a sync round holds the journal,
        when it ends (saving now would freeze the window until then)."""
        self._timer.stop()
        if not self._dirty or self._client_id is None:
            return
        if autosave.holding():
            self._timer.wait_for_round()
            return
        self._dirty = False
        current = self._collect()
        if not current.body.strip():
            self._keep_empty_out(current)
            return
        created = current.id is None
        try:
            self._note = notes.save(current)
        except notes.NoteTooLongError:  # typed past the limit (a paste past it is refused)
            self._dirty = True
            self.state.setText(self.tr("Too long to save: shorten this note"))
            return
        except Exception as error:  # a journal locked past the timeout, a full disk: the
            self._dirty = True  # text stays dirty and is tried again at the next autosave,
            self._timer.touched()  # focus-out or close, never dropped
            self.state.setText(self.tr("Not saved yet; trying again"))
            self.state.setToolTip(
                str(error).splitlines()[0] if str(error) else type(error).__name__
            )
            return
        self._stored = self._note.body
        self.state.setToolTip("")
        self.state.setText(self.tr("Saved"))
        if created:
            self._begun_here = self._note.id
        self.noteSaved.emit(self._note.id, created)

    def _leave(self) -> None:
        """Another note is shown next: what is typed here and not saved because a sync round
        holds the journal is saved when the round ends (shown as typed if opened before)."""
        if not self._dirty or self._client_id is None or not autosave.holding():
            return
        current, begun = self._collect(), self._begun_here
        if current.id is not None:
            self._after_round[current.id] = current
            self._left_stored[current.id] = self._stored
            if current.uuid:
                self.saved_after_round.append(current.uuid)  # the round may have written it
        self._dirty = False
        self._timer.stop()

        def save() -> None:
            if current.id is not None and self._after_round.get(current.id) is not current:
                return  # opened again meanwhile: the editor has it and saves it itself
            if not current.body.strip():
                self._after_round.pop(current.id or 0, None)
                self._left_stored.pop(current.id or 0, None)
                if current.id is not None and current.id == begun:
                    notes.delete(current.id)
                    self.noteRemoved.emit(current.id)
                return
            try:
                gone = current.id is not None and not notes.fetch([current.id])
                if gone and not clients.fetch([current.client_id]):
                    return  # its client was deleted for good as well: nowhere to keep it
                # deleted by the round (on another computer): what was typed, as a new note
                saved = notes.save(
                    dataclasses.replace(current, id=None, uuid="") if gone else current
                )
            except notes.NoteTooLongError:
                return  # typed past the limit: kept until the note is opened again
            except Exception:  # locked past the timeout, a full disk: tried again, never dropped
                QTimer.singleShot(AUTOSAVE_DELAY_MS, lambda: autosave.after_hold(save))
                return
            self._after_round.pop(current.id or 0, None)
            self._left_stored.pop(current.id or 0, None)
            self.noteSaved.emit(saved.id, current.id is None)

        autosave.after_hold(save)

    def _keep_empty_out(self, current: NoteData) -> None:
        """An empty note is never stored: one begun in this editor and emptied again (typed,
        then undone) goes away; an older one keeps its last text until it is deleted."""
        if current.id is None:
            return  # an untouched new note is not worth a row
        if current.id == self._begun_here:
            notes.delete(current.id)
            self._note = None
            self._stored = None
            self._begun_here = None
            self.state.setText("")
            self.noteRemoved.emit(current.id)
            return
        self.state.setText(self.tr("An empty note is not saved; use Delete note to remove it"))

    # -- private ---------------------------------------------------------------------------
    def _show(self, note: NoteData) -> None:
        self._loading = True
        if note.body or not _blank(self.body):
            self.body.setPlainText(note.body)
        self.kind.setCurrentIndex(self.kind.findData(NoteKind(note.kind).value))
        self.mood.setCurrentIndex(self.mood.findData(note.mood))
        self.pinned.setChecked(note.pinned)
        self.tags.setText(format_tags(note.tags))
        zone = self._system_zone()
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(note.created_at.timestamp()), zone))
        # The edit shows whole seconds from 1752 to 9999 only; untouched, it keeps the time as is.
        self._shown_when = (note.created_at, self.when.dateTime())
        self._loading = False
        self._dirty = False
        self.noteShown.emit()

    def _system_zone(self) -> QTimeZone:
        """The zone the date field shows its time in: UTC itself on a computer set to UTC,
        else Qt's local time.  Qt's local time asks the C library at every conversion, and on
        a computer set to UTC that is glibc's ``mktime`` at ~35 µs a call, 5 % of a client
        switch (issue 21); in a zone with a name it costs ~2.5 µs.  A named zone of Qt's own
        (``QTimeZone(id)``, ``systemTimeZoneId``) reads Qt's zone database first: 6–9 ms
        before the first paint of every start.  Asked at every note shown (``tzset``, 3 µs),
        so the field follows a change of the computer's zone as the local time did (attack21
        A7).  A zone at UTC+0 by another name (Iceland's) keeps the local time: its history
        differs from UTC in old dates."""
        time.tzset()  # the zone set meanwhile (timedatectl): Qt's local time did this itself
        utc = time.tzname[0] in ("UTC", "UCT") and time.timezone == 0 and not time.daylight
        local = self.when.timeZone().timeSpec() == _LOCAL  # else UTC (Qt reports it as a zone)
        if utc and local:
            self.when.setTimeZone(QTimeZone.utc())
        elif not utc and not local:  # the field's own default
            self.when.setTimeZone(QTimeZone(QTimeZone.Initialization.LocalTime))
        return self.when.timeZone()

    def _collect(self) -> NoteData:
        base = self._note or NoteData(client_id=self._client_id or 0, created_at=utcnow())
        shown, shown_edit = self._shown_when
        # as local time, which ``to_utc`` takes a naive time to be (also if the computer's
        # zone changed since the note was shown)
        when = (
            shown
            if self.when.dateTime() == shown_edit
            else to_utc(cast(datetime, self.when.dateTime().toLocalTime().toPython()))
        )
        return dataclasses.replace(
            base,
            client_id=self._client_id or base.client_id,
            body=self.body.toPlainText(),
            kind=NoteKind(self.kind.currentData()),
            mood=int(self.mood.currentData()),
            pinned=self.pinned.isChecked(),
            created_at=when,
            tags=parse_tags(self.tags.text()),
        )

    def _changed(self) -> None:
        if self._loading or self._client_id is None:
            return
        self._dirty = True
        self.state.setText(self.tr("Editing…"))
        self._timer.touched()

    def _refused(self, length: int) -> None:
        from PySide6.QtWidgets import QMessageBox  # its class and enums only when shown (issue 21)

        locale = QLocale()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Text too long"),
            self.tr(
                "Nothing was pasted: a note holds at most %1 characters, and with this text it "
                "would have %2. Paste it in parts, into several notes."
            )
            .replace("%1", locale.toString(MAX_NOTE_LENGTH))
            .replace("%2", locale.toString(length)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("noteTooLong")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): typing and autosave go on behind it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.body, self.tags) and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)


def _save_quietly(note: NoteData) -> None:
    """What was typed into a note about to be deleted; too long or gone: nothing to keep."""
    if note.id is None or note.id not in notes.fetch([note.id]):
        return  # deleted meanwhile (by the round): the deletion has nothing to bring back
    with contextlib.suppress(notes.NoteTooLongError):
        notes.save(note)


def _blank(body: QPlainTextEdit) -> bool:
    """Whether ``body`` is as ``setPlainText("")`` leaves it: empty, nothing to undo or redo,
    unmodified.  A new note's empty text is then not set again: clearing the empty document
    repainted the field's first line at every client switch (~0.1 ms; issue 21)."""
    document = body.document()
    return (
        document.isEmpty()
        and not document.isUndoAvailable()
        and not document.isRedoAvailable()
        and not document.isModified()
    )


class _NoteBody(QPlainTextEdit):
    """The text field: pasted and dropped text comes in without control characters, and a
    paste that would make the note longer than a note may be is refused whole (see
    ``core/validation.py`` for the limit and the measurements behind it)."""

    refused = Signal(int)  # the length the note would have had

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = clean_text(source.text())
        selected = len(self.textCursor().selectedText())
        length = self.document().characterCount() - 1 - selected + len(text)
        if length > MAX_NOTE_LENGTH:
            self.refused.emit(length)
            return
        self.insertPlainText(text)
