"""A client's replies: the list of drafts, the composer, and the latest notes beside them.

The latest notes are there on purpose: a reply reread the next morning should be read
against what actually happened, not against the memory of last night's anger.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.cooling import DraftData
from clientjournal.core.search_text import plain_text
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes
from clientjournal.ui.common import autosave
from clientjournal.ui.common.commands import command_button, keep_focus_in_pane
from clientjournal.ui.common.context import Change, OwnChanges, WindowContext, concerns
from clientjournal.ui.common.labels import kind_label, local_date
from clientjournal.ui.common.lazy_model import RECORD_ROLE, record_list
from clientjournal.ui.common.undo_commands import DiscardDraft, MarkSent
from clientjournal.ui.replies.composer import ReplyComposer
from clientjournal.ui.replies.hold_settings import hold_times, local_zone
from clientjournal.ui.replies.model import DraftDelegate, DraftListModel

LATEST_NOTES = 5


def _warm_up_tone() -> None:
    from clientjournal.core.tone import assess

    assess("Hallo, vielen Dank!")
    assess("Hello, thank you!")


class ReplyPane(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._own = OwnChanges(context.events)  # shown here at once; the echo is ignored
        context.events.journalChanged.connect(self._on_journal_changed)
        self.client_id: int | None = None
        self._warmed_up = False
        self.model = DraftListModel(self)
        self.view = record_list(
            self, self.model, DraftDelegate, "replyList", self.tr("Replies to this client")
        )
        # Rows elide their subject to the list's width (the full one in the tooltip).
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.new_button = command_button(self, self.tr("Ne&w reply"), "newReply", self.new_reply)
        self.show_closed = QCheckBox(self.tr("Show sent and discarded"), self)
        self.show_closed.setObjectName("showClosedReplies")
        self.show_closed.toggled.connect(self._toggle_closed)
        self.latest = QListWidget(self)
        self.latest.setObjectName("replyLatestNotes")
        self.latest.setAccessibleName(self.tr("Latest notes about this client"))
        self.latest.setWordWrap(True)
        self.latest.setAlternatingRowColors(True)
        self.latest.setSpacing(2)
        self.composer = ReplyComposer(self)
        self.composer.changed.connect(self._on_changed)
        self.composer.keptBeside.connect(self._kept_beside)
        self.composer.sleepRequested.connect(self.sleep_on_it)
        self.composer.releaseRequested.connect(self.release_early)
        self.composer.sentRequested.connect(self.mark_sent)
        self.composer.discardRequested.connect(self.discard)
        self.composer.restoreRequested.connect(self.restore)
        self.composer.reopenRequested.connect(self.reopen)
        for button in (*self.composer.buttons.values(), self.composer.sleep_button):
            keep_focus_in_pane(button, self, self.view)  # Ctrl+Z after "Discard" undoes it

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.view, 2)
        left_layout.addWidget(self.show_closed)
        left_layout.addWidget(QLabel(self.tr("Latest notes"), left))
        left_layout.addWidget(self.latest, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("replySplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.composer)
        # Two fifths for the list: at a quarter a subject read "Re: Brö…" (issue 19); the
        # composer keeps the room its buttons need (its minimum) on a 1024 px screen.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])  # the proportion; Qt fits it to the space there is
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- public ----------------------------------------------------------------------------
    def show_client(self, client_id: int | None) -> None:
        self.composer.show_draft(None, None)
        self.client_id = client_id
        self.model.load(client_id)
        self.new_button.setEnabled(client_id is not None)
        self._fill_latest_notes()
        if self.model.rowCount():
            self._select(self.model.id_at(0))

    def refresh(self, select_id: int | None = None) -> None:
        keep = (
            select_id
            if select_id is not None
            else (self.composer.draft.id if self.composer.draft else None)
        )
        self.composer.flush()
        self.model.reload()
        self._fill_latest_notes()
        if keep is not None and self.model.row_of(keep) >= 0:
            self._select(keep, force=True)
        else:
            self.composer.show_draft(None, None)

    def open_draft(self, draft_id: int) -> None:
        draft = drafts.get(draft_id)
        if draft.status in ("sent", "discarded") and not self.show_closed.isChecked():
            self.show_closed.setChecked(True)
        self.refresh(draft_id)

    def new_reply(self) -> None:
        if self.client_id is not None and autosave.holding():
            # made when the round ends; meanwhile nothing else is typed into (attack-20e E9:
            # the typing meant for the new reply went into the draft shown)
            self.composer.show_draft(None, None)
            self._context.show_status(
                self.tr("%1 the new reply opens when it ends").replace("%1", autosave.busy_words())
            )
        self._new_reply()

    @autosave.waits_for_round_on_client
    def _new_reply(self) -> None:
        if self.client_id is None:
            return
        draft = drafts.save(DraftData(client_id=self.client_id))
        self.refresh(draft.id)
        self.composer.body.setFocus()

    @autosave.waits_for_round
    def sleep_on_it(self, draft_id: int) -> None:
        hour, rest = hold_times()
        drafts.hold(draft_id, utcnow(), hour, rest, tz=local_zone())
        self.refresh(draft_id)
        self._own.report(Change.REPLIES, self.client_id)

    def release_early(self, draft_id: int) -> None:
        """The deliberate second step: say it out loud before a sleeping reply wakes early."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Release early?"))
        box.setText(
            self.tr("This reply is still sleeping. Release it now, before the night is over?")
        )
        box.setInformativeText(self.tr("It will be noted that you released it early."))
        confirm = QCheckBox(self.tr("I have reread it calmly"), box)
        box.setCheckBox(confirm)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Release now"))
        yes.setEnabled(False)
        confirm.toggled.connect(yes.setEnabled)
        if box.exec() != QMessageBox.StandardButton.Yes or not confirm.isChecked():
            return
        self._release_early(draft_id)

    @autosave.waits_for_round
    def _release_early(self, draft_id: int) -> None:
        drafts.release_early(draft_id, utcnow())
        self.refresh(draft_id)
        self._own.report(Change.REPLIES, self.client_id)

    @autosave.waits_for_round
    def reopen(self, draft_id: int) -> None:
        drafts.reopen(draft_id)
        self.refresh(draft_id)
        self._own.report(Change.REPLIES, self.client_id)
        self.composer.body.setFocus()

    def mark_sent(self, draft_id: int) -> None:
        """One step on the undo stack: Ctrl+Z takes the note away and the reply back."""
        self._context.undo_stack.push(MarkSent(draft_id, utcnow(), self._context.events))
        self._context.show_status(self.tr("Reply marked as sent. Undo with Ctrl+Z."))

    @autosave.waits_for_round
    def restore(self, draft_id: int) -> None:
        drafts.restore(draft_id)
        self.refresh(draft_id)
        self._own.report(Change.REPLIES, self.client_id)

    def discard(self, draft_id: int) -> None:
        self._context.undo_stack.push(DiscardDraft(draft_id, self._context.events))
        self._context.show_status(self.tr("Reply discarded. Undo with Ctrl+Z."))

    def _on_journal_changed(self, kind: str, client_ids: list) -> None:
        if self._own.reporting or self.client_id is None:
            return
        if kind != Change.JOURNAL and self.client_id not in client_ids:
            return
        if concerns(kind, (Change.REPLIES,)):
            self.refresh()
        elif kind == Change.NOTES:
            self._fill_latest_notes()

    def showEvent(self, event: QShowEvent) -> None:
        """Load the tone detector in the background the first time replies are shown, so the
        first rating while typing does not make the editor stutter."""
        super().showEvent(event)
        if not self._warmed_up:
            self._warmed_up = True
            from clientjournal.ui.common.background import run_in_background

            # owned by the application, not this pane: the thread may outlive a closed window
            app = QCoreApplication.instance()
            assert app is not None  # a pane lives inside the running app
            run_in_background(app, _warm_up_tone, lambda _: None, lambda _: None)

    # -- private ---------------------------------------------------------------------------
    def _select(self, draft_id: int | None, force: bool = False) -> None:
        row = self.model.row_of(draft_id) if draft_id is not None else -1
        if row < 0:
            return
        index = self.model.index(row, 0)
        selection = self.view.selectionModel()
        if force and self.view.currentIndex() == index:
            self._on_current()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_current(self) -> None:
        index = self.view.currentIndex()
        draft = index.data(RECORD_ROLE) if index.isValid() else None
        client = (
            clients.get(self.client_id)
            if draft is not None and self.client_id is not None
            else None
        )
        self.composer.show_draft(draft, client)

    def _on_changed(self, draft_id: int) -> None:
        self.model.invalidate(draft_id)

    def _kept_beside(self, _draft_id: int) -> None:
        """The reply typed in was changed meanwhile by an import or another computer: the
        typing stayed in it, the other version is a new draft (``ReplyComposer._store``)."""
        self._context.show_status(
            self.tr(
                "The reply you were writing was also changed by an import or on another "
                "computer: your text stays, the other version is kept as another draft."
            ),
            0,
        )
        self._context.events.changed(Change.REPLIES)  # its client may no longer be shown

    def _toggle_closed(self, checked: bool) -> None:
        self.model.include_closed = checked
        self.refresh()

    def _fill_latest_notes(self) -> None:
        self.latest.clear()
        if self.client_id is None:
            return
        recent = notes.fetch(notes.ids_for_client(self.client_id)[: LATEST_NOTES * 3])
        for note in sorted(recent.values(), key=lambda n: n.created_at, reverse=True)[
            :LATEST_NOTES
        ]:
            text = plain_text(note.body)[:160]
            self.latest.addItem(f"{local_date(note.created_at)} · {kind_label(note.kind)}: {text}")
