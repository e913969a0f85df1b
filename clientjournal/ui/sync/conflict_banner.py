"""The other version of a note, in the note pane: both texts and three choices.

When two computers changed one note's text before either saw the other's, the engine keeps
this computer's text as the note and the other as a conflict.  The banner sits above the
editor's text while such a note is open: this computer's text and the other one side by
side, and Keep mine / Take the other / Keep both, each one undoable step
(``ResolveConflict``).  While another note of the same client has one, a thin line says so
and opens it.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.store import notes
from clientjournal.store import sync as store_sync
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import (
    Change,
    ClientTab,
    JournalEvents,
    WindowContext,
    concerns,
)
from clientjournal.ui.common.undo_commands import JournalCommand, Ref
from clientjournal.ui.sync import labels
from clientjournal.ui.sync.labels import clock_time
from clientjournal.ui.sync.open_note import OpenNote

Keep = Literal["mine", "theirs", "both"]
ROOMY_WINDOW_HEIGHT = 700  # px: in a lower window (1024x640) the texts are compared on request


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


class ResolveConflict(JournalCommand):
    """One choice on a conflict; undo opens it again with the text the note had before."""

    kind = Change.NOTES

    def __init__(
        self,
        conflict: store_sync.NoteConflict,
        keep: Keep,
        client_id: int,
        events: JournalEvents,
        open_note: OpenNote | None = None,
    ) -> None:
        if exchange_conflicts.imported([conflict.uuid]):  # worded as the banner words it
            text = {
                "mine": _tr("Keep what you typed"),
                "theirs": _tr("Take the imported version"),
                "both": _tr("Keep both versions"),
            }[keep]
        else:
            text = {
                "mine": _tr("Keep this computer’s version"),
                "theirs": _tr("Take the other computer’s version"),
                "both": _tr("Keep both versions"),
            }[keep]
        super().__init__(text, events, reveal=False)
        self._conflict = conflict
        self._keep = keep
        self._client_id = client_id
        self._open_note = open_note
        self._body_before: str | None = None
        self._note = Ref.of("note", conflict.note_id)  # its id may go to another note

    @property
    def engine_keep(self) -> Keep:
        """The engine keeps the note's text for "mine"; when the conflict is this computer's
        own text (it lost to a later edit elsewhere), this computer's version is the other."""
        if not self._conflict.mine or self._keep == "both":
            return self._keep
        return "theirs" if self._keep == "mine" else "mine"

    def redo(self) -> None:
        note_id = self._note.id()
        self._flush(note_id)
        if self._body_before is None:
            self._body_before = notes.get(note_id).body
        store_sync.resolve_conflict(self._conflict.uuid, self.engine_keep)
        self._done(note_id)

    def undo(self) -> None:
        note_id = self._note.id()
        self._flush(note_id)
        assert self._body_before is not None  # undo comes after redo
        conflict = dataclasses.replace(self._conflict, note_id=note_id)
        store_sync.restore_conflict(conflict, self._body_before)
        self._done(note_id)

    def _flush(self, note_id: int) -> None:
        """What is typed in the note is written first: it is the version 'mine' keeps."""
        if self._open_note is not None and self._open_note.note_id == note_id:
            self._open_note.flush()

    def _done(self, note_id: int) -> None:
        if self._open_note is not None and self._open_note.note_id == note_id:
            self._open_note.reread()
        self._report(self._client_id)


def device_words(name: str) -> str:
    """The other computer's name; one the engine gives no name for ("") is 'another
    computer'."""
    return labels.computer_name(name)


class NoteConflictBanner(QFrame):
    """Shown above the note text while the open note (or another of the client's) has a
    conflict; hidden otherwise."""

    def __init__(
        self, context: WindowContext, open_note: OpenNote, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteConflictBanner")
        self.setAccessibleName(self.tr("Note changed on two computers"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._context = context
        self._open_note = open_note
        self.conflict: store_sync.NoteConflict | None = None
        self._others: list[int] = []
        self._showing = False

        self.title = QLabel(self)
        self.title.setObjectName("noteConflictTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # As high as its lines, always: in a short window the layout squeezed it below them
        # and cut the second line (attack-20b finding 2); the note's text gives way instead.
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.title.installEventFilter(self)
        self.mine_label = QLabel(self.tr("This computer (the note now):"), self)
        self.theirs_label = QLabel(self)
        self.mine = self._text_box("noteConflictMine", self.tr("This computer’s version"))
        self.theirs = self._text_box("noteConflictTheirs", self.tr("The other computer’s version"))
        self.keep_mine = self._button(
            self.tr("Keep &mine"), "noteConflictKeepMine", self.tr("Keep this computer’s version")
        )
        self.take_theirs = self._button(
            self.tr("Take the &other"),
            "noteConflictTakeTheirs",
            self.tr("Take the other computer’s version"),
        )
        self.keep_both = self._button(
            self.tr("Keep &both"), "noteConflictKeepBoth", self.tr("Keep both, as two notes")
        )
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.take_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_both.clicked.connect(lambda: self.resolve("both"))

        self.details = QWidget(self)
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.keep_both)
        buttons.addStretch(1)
        self.compare = QToolButton(self)
        self.compare.setObjectName("noteConflictCompare")
        self.compare.setText(self.tr("Compare the &texts"))
        self.compare.setAccessibleName(self.tr("Show both texts side by side"))
        self.compare.setCheckable(True)
        self.compare.setAutoRaise(True)
        self.compare.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.compare.toggled.connect(self._compare_toggled)
        self._compare_chosen: bool | None = None  # the user's choice, once made
        buttons.addWidget(self.compare)
        self.open_other = QPushButton(self.tr("&Show"), self)
        self.open_other.setObjectName("noteConflictShowOther")
        self.open_other.setAccessibleName(self.tr("Show the note with two versions"))
        self.open_other.clicked.connect(self._show_other)
        buttons.addWidget(self.open_other)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

        open_note.editor.noteShown.connect(self.refresh)
        open_note.editor.body.textChanged.connect(self._mirror_typing)
        context.events.journalChanged.connect(self._on_journal_changed)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        title = self.title
        margins = title.contentsMargins()
        width = title.width() - margins.left() - margins.right()
        if width <= 0:
            return
        text = title.fontMetrics().boundingRect(
            QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, title.text()
        )
        needed = text.height() + margins.top() + margins.bottom()
        if title.minimumHeight() != needed:
            title.setMinimumHeight(needed)

    def _text_box(self, name: str, accessible: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = 4  # enough to tell the two apart; each scrolls
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
        return box

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    # -- showing -----------------------------------------------------------------------------
    def _on_journal_changed(self, kind: str, client_ids: list) -> None:
        client_id = self._open_note.client_id
        if not concerns(kind, (Change.NOTES,)):
            return
        if kind == Change.JOURNAL or not client_ids or client_id in client_ids:
            self.refresh()

    def refresh(self) -> None:
        note_id = self._open_note.note_id
        client_id = self._open_note.client_id
        found = store_sync.note_conflicts([note_id]) if note_id is not None else []
        self.conflict = found[0] if found else None
        if self.conflict is not None:
            self._show_conflict(self.conflict, len(found))
            return
        self._others = (
            sorted(store_sync.conflicted_note_ids(client_id)) if client_id is not None else []
        )
        if self._others:
            self.title.setText(
                QCoreApplication.translate(
                    "sync",
                    "%n note(s) of this client were changed on two computers at once.",
                    None,
                    len(self._others),
                )
            )
            self._fit_title()
            self.details.hide()
            for button in (self.keep_mine, self.take_theirs, self.keep_both, self.compare):
                button.hide()
            self.open_other.show()
            self.show()
            return
        self.hide()

    def _show_conflict(self, conflict: store_sync.NoteConflict, count: int) -> None:
        device = device_words(conflict.device_name)
        imported = bool(exchange_conflicts.imported([conflict.uuid]))
        if conflict.mine:  # this computer's text lost to a later one: the note shows theirs
            title = self.tr(
                "Changed later on “%1” (%2) while this computer changed it too: the note "
                "shows their text; both versions are kept until you choose."
            )
            self.mine_label.setText(self.tr("This computer (replaced):"))
            self.theirs_label.setText(self.tr("“%1” (the note now):").replace("%1", device))
        elif conflict.earlier:  # its own text lost, then the user typed on over the winner
            title = self.tr(
                "Your earlier version from this computer (%2) is kept beside the note’s text "
                "until you choose."
            )
            self.mine_label.setText(self.tr("This computer (the note now):"))
            self.theirs_label.setText(
                self.tr("Your earlier version (this computer, %1):").replace(
                    "%1", clock_time(conflict.at)
                )
            )
        elif imported:  # an import brought it while the user typed in the note
            title = self.tr(
                "The import brought another version of this note (changed %2) while you "
                "typed in it: both versions are kept until you choose."
            )
            self.mine_label.setText(self.tr("What you typed (the note now):"))
            self.theirs_label.setText(self.tr("The imported version:"))
        else:
            title = self.tr("Also changed on “%1” (%2): both versions are kept until you choose.")
            self.mine_label.setText(self.tr("This computer (the note now):"))
            self.theirs_label.setText(self.tr("“%1”:").replace("%1", device))
        self.take_theirs.setAccessibleName(
            self.tr("Take your earlier version from this computer")
            if conflict.earlier
            else self.tr("Take the imported version")
            if imported
            else self.tr("Take the other computer’s version")
        )
        # both texts are this computer's: "mine" and "the other" said nothing (attack-20e E10)
        self.keep_mine.setText(
            self.tr("Keep the note’s &text") if conflict.earlier else self.tr("Keep &mine")
        )
        self.take_theirs.setText(
            self.tr("Take the &earlier version") if conflict.earlier else self.tr("Take the &other")
        )
        title = title.replace("%1", device).replace("%2", clock_time(conflict.at))
        if count > 1:
            title += " " + self.tr("(%n more after this one)", "", count - 1)
        self.title.setText(title)
        self._fit_title()
        typed = self._open_note.editor.body.toPlainText()
        self.mine.setPlainText(conflict.body if conflict.mine else typed)
        self.theirs.setPlainText(typed if conflict.mine else conflict.body)
        for button in (self.keep_mine, self.take_theirs, self.keep_both, self.compare):
            button.show()
        self.open_other.hide()
        # Both texts side by side where there is room for them and the note's text below (a
        # small screen shows them on request); what the user chose last stays.
        roomy = self.window().height() >= ROOMY_WINDOW_HEIGHT
        self._showing = True
        self.compare.setChecked(roomy if self._compare_chosen is None else self._compare_chosen)
        self._compare_toggled(self.compare.isChecked())
        self._showing = False
        self.show()

    def _compare_toggled(self, on: bool) -> None:
        self.compare.setArrowType(Qt.ArrowType.UpArrow if on else Qt.ArrowType.DownArrow)
        self.details.setVisible(on)
        if not self._showing:
            self._compare_chosen = on

    def _mirror_typing(self) -> None:
        if self.conflict is not None and self.isVisible():
            box = self.theirs if self.conflict.mine else self.mine  # the note's text
            box.setPlainText(self._open_note.editor.body.toPlainText())

    def _show_other(self) -> None:
        client_id = self._open_note.client_id
        if client_id is not None and self._others:
            self._context.open_client(client_id, ClientTab.NOTES, self._others[0])

    # -- choosing ----------------------------------------------------------------------------
    def _resolve_later(self, uuid: str, keep: Keep) -> None:
        """A choice made while a round held the journal, once it ended: if the conflict is
        still open (the round may have brought its resolution)."""
        self.refresh()
        if self.conflict is not None and self.conflict.uuid == uuid:
            self.resolve(keep)

    def resolve(self, keep: Keep) -> None:
        conflict = self.conflict
        client_id = self._open_note.client_id
        if conflict is None or client_id is None:
            return
        if autosave.holding():  # a sync round holds the journal: chosen when it ends
            self._context.show_status(
                self.tr("%1 your choice is made when it ends").replace("%1", autosave.busy_words())
            )
            autosave.after_hold(lambda: self._resolve_later(conflict.uuid, keep))
            return
        command = ResolveConflict(conflict, keep, client_id, self._context.events, self._open_note)
        self._context.undo_stack.push(command)
        self._context.show_status(self.tr("%1. Undo with Ctrl+Z.").replace("%1", command.text()))
        if self.isHidden():
            self._open_note.editor.body.setFocus(Qt.FocusReason.OtherFocusReason)
