"""The right side of the window: the selected client's profile, note timeline and editor,
and the tabs of the other features (agreements, replies, payments), built on first use.

It refreshes itself from ``journalChanged``: a change of the shown client's notes or profile,
made here, in another tab, by an undo or an import, shows without anyone calling it."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientjournal import settings
from clientjournal.core.profile import with_field
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import cadence, clients, notes, tab_counts
from clientjournal.ui.clients.summary import ClientSummary
from clientjournal.ui.clients.tabs import ClientTabs
from clientjournal.ui.common.commands import command_button
from clientjournal.ui.common.context import Change, ClientTab, OwnChanges, WindowContext, concerns
from clientjournal.ui.common.empty_state import EmptyState, hint_label
from clientjournal.ui.common.lazy_model import RECORD_ROLE
from clientjournal.ui.common.undo_commands import DeleteNote, EditClient
from clientjournal.ui.notes.delegate import NoteDelegate
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.notes.mood_chart import MoodChart
from clientjournal.ui.notes.timeline_box import TimelineBox
from clientjournal.ui.notes.timeline_model import NoteTimelineModel
from clientjournal.ui.notes.timeline_view import NoteTimelineView

if TYPE_CHECKING:
    from clientjournal.ui.agreements.pane import AgreementPane
    from clientjournal.ui.payments.pane import PaymentsPane
    from clientjournal.ui.replies.pane import ReplyPane


AGREEMENTS_TAB, REPLIES_TAB, PAYMENTS_TAB = (
    ClientTab.AGREEMENTS,
    ClientTab.REPLIES,
    ClientTab.PAYMENTS,
)


_LAYOUT_REQUEST = QEvent.Type.LayoutRequest  # looked up once


class ClientPane(QStackedWidget):
    editClientRequested = Signal()
    addClientRequested = Signal()

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._own = OwnChanges(context.events)  # shown here at once; the echo is ignored
        context.events.journalChanged.connect(self._on_journal_changed)
        self.client_id: int | None = None
        self.client: ClientData | None = None  # the record shown, as last read
        self._cadence: tuple[tuple[object, ...], int | None] | None = None  # see _default_cadence

        self.empty = EmptyState(self, sized_when_hidden=False)  # the page is always larger
        self.empty.setObjectName("clientPaneEmpty")
        self.empty.button.clicked.connect(self.addClientRequested)

        page = QWidget(self)
        self.summary = ClientSummary(page)
        self.summary.editRequested.connect(self.editClientRequested)
        self.summary.profileEdited.connect(self._on_profile_edited)
        self.summary.profile.changedMeanwhile.connect(lambda text: context.show_status(text, 0))
        self.summary.tagsEdited.connect(self._on_tags_edited)

        self.model = NoteTimelineModel(self)
        self.timeline = NoteTimelineView(page)
        self.timeline.setObjectName("noteTimeline")
        self.timeline.setAccessibleName(self.tr("Notes, newest first"))
        self.timeline.setModel(self.model)
        self.timeline.setItemDelegate(NoteDelegate(self.timeline))
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.selectionModel().currentChanged.connect(self._on_note_selected)
        self.no_notes = hint_label(
            self.tr(
                "No notes yet. Write the first one below: what they want, what you agreed, how the last call went."
            ),
            "noNotesHint",
            page,
        )

        self.editor = NoteEditor(page)
        self.editor.noteSaved.connect(self._on_note_saved)
        self.editor.noteRemoved.connect(self._on_note_removed)
        self.new_note_button = command_button(page, self.tr("New note"), "newNote", self.new_note)
        self.delete_note_button = command_button(
            page, self.tr("Delete note"), "deleteNote", self._on_delete_note
        )

        self.mood_chart = MoodChart(page)
        self.mood_chart.noteClicked.connect(self.show_note)

        timeline_box = self._timeline_box = TimelineBox(
            self.mood_chart, self.timeline, self.no_notes, page
        )
        editor_box = QWidget(page)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_note_button)
        buttons.addWidget(self.delete_note_button)
        buttons.addStretch(1)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.editor, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.splitter.setObjectName("noteSplitter")
        self.splitter.addWidget(timeline_box)
        self.splitter.addWidget(editor_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)  # the notes get most of a small screen's height
        self.splitter.setSizes([600, 200])  # also at the first start (the editor asks for more)
        self.splitter.setChildrenCollapsible(False)
        # The agreement and reply tabs are built the first time they are needed, so start-up
        # pays only for the notes in view.
        self._agreements: AgreementPane | None = None
        self._replies: ReplyPane | None = None
        self._payments: PaymentsPane | None = None
        self.tabs = ClientTabs(page)
        self.tabs.setObjectName("clientTabs")
        self.tabs.setAccessibleName(self.tr("Notes and agreements"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.tabs.addTab(self.splitter, self.tr("&Notes"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("A&greements"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("&Replies"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("&Payments"))
        self.tabs.currentChanged.connect(self._load_current_tab)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.page = page
        self.addWidget(self.empty)
        self.addWidget(page)
        self.show_client(None)

    # -- public ----------------------------------------------------------------------------
    def show_client(self, client_id: int | None, journal_empty: bool = False) -> None:
        """Switch to another client; pending typing is saved first."""
        self.editor.flush()
        self.summary.flush()
        if client_id != self.client_id:
            # another client opens at their newest note: Qt's list keeps its scroll value
            # over the model's reset, and with every row sized in the switch's one layout
            # the new client opened at the old one's offset, far down their history
            # (attack21c C7)
            self.timeline.verticalScrollBar().setValue(0)
        self.client_id = client_id
        if client_id is None:
            self.client = None
            self.model.load(None)
            self.mood_chart.show_client(None)
            self.editor.start_new(None)
            for pane in self.built_panes():
                pane.show_client(None)
            self._show_empty(journal_empty)
            return
        self._show_summary(client_id)
        self.model.load(client_id)
        self.mood_chart.show_client(client_id)
        self.editor.start_new(client_id)
        # Only the tab in view is filled now (a client switch stays fast); the others when
        # they are opened.  The agreements and payments tab titles still show what is overdue.
        self._update_agreement_tab(tab_counts.summary_counts(client_id, utcnow()))
        self._show_overdue_payments(tab_counts.overdue_count(client_id, date.today()))
        self._load_current_tab()
        self._update_notes_state()
        self.setCurrentWidget(self.page)
        self.summary.lay_out_now(self.page)
        # What the header's layouts asked of their parents, done now too: the unfolded
        # profile's scroll area settles the header's height only then, and the timeline,
        # laid out below at the height it had before (60 px less), showed a scroll bar in the
        # first frame that the next one took away, re-wrapping the cards (attack21u F1: a
        # tall header at 1024x640, every switch to it).
        QCoreApplication.sendPostedEvents(None, _LAYOUT_REQUEST)
        # The timeline laid out now, not inside its paint: a layout there that shows or hides
        # the scroll bar resizes the viewport, and the window painted the timeline twice (the
        # bar going, ~18 % of jumps on the demo journal; issue 21).
        self.timeline.executeDelayedItemsLayout()

    def _load_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index == AGREEMENTS_TAB:
            _ = self.agreements  # built on first view
        elif index == REPLIES_TAB:
            _ = self.replies
        elif index == PAYMENTS_TAB:
            _ = self.payments
        current = self.tabs.currentWidget()
        for pane in self.built_panes():
            if pane.client_id == self.client_id:
                continue
            if pane is current:
                pane.show_client(self.client_id)
            elif pane.client_id is not None:
                pane.show_client(None)  # saves its edits and lets go of the previous client

    @property
    def agreements(self) -> AgreementPane:
        if self._agreements is None:
            from clientjournal.ui.agreements import pane as agreement_pane  # built on first use

            pane = self._agreements = agreement_pane.AgreementPane(self._context, self.tabs)
            pane.countsChanged.connect(self._update_agreement_tab)
            pane.editor.showNote.connect(self.show_note)
            self._install_tab(AGREEMENTS_TAB, pane)
        return self._agreements

    @property
    def replies(self) -> ReplyPane:
        if self._replies is None:
            from clientjournal.ui.replies import pane as reply_pane  # built on first use

            pane = self._replies = reply_pane.ReplyPane(self._context, self.tabs)
            self._install_tab(REPLIES_TAB, pane)
        return self._replies

    @property
    def payments(self) -> PaymentsPane:
        if self._payments is None:
            from clientjournal.ui.payments import pane as payments_pane  # built on first use

            pane = self._payments = payments_pane.PaymentsPane(self._context, self.tabs)
            pane.statsChanged.connect(
                lambda stats: self._show_overdue_payments(stats.overdue_count)
            )
            self._install_tab(PAYMENTS_TAB, pane)
        return self._payments

    def built_panes(self) -> list[AgreementPane | ReplyPane | PaymentsPane]:
        panes = (self._agreements, self._replies, self._payments)
        return [pane for pane in panes if pane is not None]

    def save_pending(self) -> None:
        """Write whatever is being typed in any tab (on close)."""
        self.editor.flush()
        self.summary.flush()
        if self._agreements is not None:
            self._agreements.editor.save()
        if self._replies is not None:
            self._replies.composer.flush()

    def _install_tab(self, index: int, pane: AgreementPane | ReplyPane | PaymentsPane) -> None:
        """Put the real pane where its placeholder was, keeping title and selection."""
        current = self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, pane, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        assert placeholder is not None  # every tab has a widget from the start
        placeholder.deleteLater()
        if pane.client_id != self.client_id and index == current:
            pane.show_client(self.client_id)

    def refresh_summary(self) -> None:
        if self.client_id is not None:
            self._show_summary(self.client_id)

    def _show_summary(self, client_id: int) -> None:
        client = self.client = clients.get(client_id)
        default = self._default_cadence()  # for a client without its own rhythm
        rhythm = cadence.client_state(client_id, client.cadence_days, utcnow(), None, default)
        self.summary.show_client(client, rhythm)

    def _default_cadence(self) -> int | None:
        """The settings' default rhythm, read again only when the settings file may have
        changed (saved by the dialog or by sync's mirroring, or edited by hand): reading it
        parsed the whole file at every switch (issue 21)."""
        state = settings.file_state()
        if self._cadence is None or self._cadence[0] != state:
            self._cadence = (state, settings.load().default_cadence)
        return self._cadence[1]

    def _on_profile_edited(self, key: str, value: str) -> None:
        if self.client_id is None:
            return
        before = clients.get(self.client_id)
        after = dataclasses.replace(before, profile=with_field(before.profile, key, value))
        if after.profile != before.profile:
            text = self.tr("Edit profile of “%1”").replace("%1", before.name)
            self._push_edit(before, after, text, merge_key=f"profile:{key}")

    def _on_tags_edited(self, names: list) -> None:
        if self.client_id is None:
            return
        before = clients.get(self.client_id)
        after = dataclasses.replace(before, tags=list(names))
        text = self.tr("Edit tags of “%1”").replace("%1", before.name)
        self._push_edit(before, after, text)

    def _push_edit(
        self, before: ClientData, after: ClientData, text: str, merge_key: str = ""
    ) -> None:
        """An edit in place: undoable (a field saved as typed is one step), and the selection
        stays where the user went."""
        events = self._context.events
        command = EditClient(before, after, text, events, False, merge_key, Change.PROFILE)
        self._context.undo_stack.push(command)

    def reload_notes(self) -> None:
        self.model.reload()
        self.mood_chart.reload()
        self._update_notes_state()
        note_id = self.editor.note_id
        if note_id is not None:
            self._select_row_quietly(self.model.row_of(note_id))

    def open_tab(self, tab: ClientTab, record_id: int | None = None) -> None:
        """Bring a tab to the front and, in it, the record ``record_id`` when given."""
        if tab is ClientTab.AGREEMENTS:
            self.tabs.setCurrentWidget(self.agreements)
            if record_id is not None:
                self.agreements.reveal(record_id)
        elif tab is ClientTab.REPLIES:
            self.tabs.setCurrentWidget(self.replies)
            if record_id is not None:
                self.replies.open_draft(record_id)
        elif tab is ClientTab.PAYMENTS:
            self.tabs.setCurrentWidget(self.payments)
            if record_id is not None:
                self.payments.reload(record_id)
        else:
            self.tabs.setCurrentIndex(ClientTab.NOTES)
            if tab is ClientTab.PROFILE:
                self.summary.profile.set_expanded(True)
            elif record_id is not None:
                self.show_note(record_id)
                self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_journal_changed(self, kind: str, client_ids: list) -> None:
        if self._own.reporting or self.client_id is None:
            return
        if kind in (Change.CLIENTS, Change.JOURNAL) and not clients.fetch([self.client_id]):
            self.show_client(None)  # gone (demo data removed); the list selects another
            return
        if kind != Change.JOURNAL and self.client_id not in client_ids and kind != Change.SETTINGS:
            return
        if concerns(kind, (Change.NOTES,)):
            self.reload_notes()
        if concerns(kind, (Change.AGREEMENTS,)):
            self._update_agreement_tab(tab_counts.summary_counts(self.client_id, utcnow()))
        if concerns(kind, (Change.PAYMENTS,)):
            # the tab title counts overdue invoices whether or not the tab is in view
            self._show_overdue_payments(tab_counts.overdue_count(self.client_id, date.today()))
        changed = (Change.NOTES, Change.CLIENTS, Change.PROFILE, Change.REPLIES, Change.SETTINGS)
        if concerns(kind, changed):
            self.refresh_summary()  # the profile, and the rhythm's last contact

    def show_note(self, note_id: int) -> None:
        """Open the notes tab on one note (e.g. the call an agreement was made in)."""
        row = self.model.row_of(note_id)
        if row < 0:
            return
        self.tabs.setCurrentIndex(0)
        index = self.model.index(row, 0)
        self.timeline.setCurrentIndex(index)
        # After the tab's layout has settled (a tab just brought to the front still has its
        # old viewport size), and with the items laid out up to the note (the timeline lays
        # them out in batches).
        QTimer.singleShot(0, lambda: self._scroll_to_note(note_id))

    def _scroll_to_note(self, note_id: int) -> None:
        row = self.model.row_of(note_id)  # the model may have been re-read meanwhile
        if row >= 0:
            self.timeline.reveal(self.model.index(row, 0))

    def new_note(self) -> None:
        if self.client_id is None:
            return
        self.editor.start_new(self.client_id)
        self.timeline.selectionModel().clearSelection()
        self.timeline.setCurrentIndex(self.model.index(-1, 0))
        self.delete_note_button.setEnabled(False)
        self.editor.body.setFocus()

    # -- private ---------------------------------------------------------------------------
    def _show_empty(self, journal_empty: bool) -> None:
        if journal_empty:
            self.empty.show_message(
                self.tr("Welcome to Client Journal"),
                self.tr(
                    "Everything you know about a client, in one place on your computer: notes, calls, moods. Start by adding a client."
                ),
                self.tr("Add your first client…"),
            )
        else:
            self.empty.show_message(
                self.tr("No client selected"),
                self.tr("Pick a client on the left, or add a new one with Ctrl+Shift+N."),
            )
        self.setCurrentWidget(self.empty)

    def _update_agreement_tab(self, counts: dict) -> None:
        text = self.tr("A&greements")
        if counts.get("overdue"):
            text = self.tr("A&greements (%n overdue)", "", counts["overdue"])
        elif counts.get("open"):
            text = self.tr("A&greements (%n open)", "", counts["open"])
        self._set_tab_text(AGREEMENTS_TAB, text)

    def _show_overdue_payments(self, overdue: int) -> None:
        text = self.tr("&Payments (%n overdue)", "", overdue) if overdue else self.tr("&Payments")
        self._set_tab_text(PAYMENTS_TAB, text)

    def _set_tab_text(self, index: int, text: str) -> None:
        """Only a title that differs, and on the tab bar: ``QTabWidget.setTabText`` lays the
        whole tab widget out again and repaints all it holds (see ``ClientTabs``)."""
        if self.tabs.tabText(index) != text:
            self.tabs.tabBar().setTabText(index, text)

    def _update_notes_state(self) -> None:
        self._timeline_box.show_notes(self.model.rowCount() > 0)

        self.delete_note_button.setEnabled(self.editor.note_id is not None)

    def _select_row_quietly(self, row: int) -> None:
        selection = self.timeline.selectionModel()
        selection.blockSignals(True)
        self.timeline.setCurrentIndex(self.model.index(row, 0))
        selection.blockSignals(False)
        self.timeline.viewport().update()

    def _on_note_selected(self) -> None:
        index = self.timeline.currentIndex()
        note = index.data(RECORD_ROLE) if index.isValid() else None
        if note is not None:
            self.editor.edit(note)
        self.delete_note_button.setEnabled(self.editor.note_id is not None)

    def _on_note_saved(self, note_id: int, created: bool) -> None:
        # a note left for another is saved as the other is chosen: the chosen one stays
        # selected (it was the left one: a jump to the chosen note then did nothing, attack-20d D6)
        chosen = self.timeline.currentIndex().data(RECORD_ROLE)
        keep = note_id if chosen is None else chosen.id
        if created:
            self.reload_notes()
        else:
            self.model.note_changed(note_id)
            self.mood_chart.reload()
        self._select_row_quietly(self.model.row_of(keep))
        self.delete_note_button.setEnabled(True)
        self.refresh_summary()
        self._own.report(Change.NOTES, self.client_id)

    def _on_note_removed(self, _note_id: int) -> None:
        self.reload_notes()
        self.refresh_summary()
        self._own.report(Change.NOTES, self.client_id)

    def _on_delete_note(self) -> None:
        note_id = self.editor.note_id
        if note_id is None:
            return
        self.editor.forget(note_id, keep_typed=True)  # Ctrl+Z brings it back as typed
        command = DeleteNote(notes.get(note_id), self._context.events, self._note_deleted)
        self._context.undo_stack.push(command)
        self._context.show_status(self.tr("Note deleted. Undo with Ctrl+Z."))

    def _note_deleted(self, note: NoteData, undone: bool) -> None:
        """Delete note or its undo shown at once, also during a sync round (attack-20d D4);
        back, the note opens again unless another one is being written."""
        if not undone and note.id == self.editor.note_id:  # a redo: what was typed is kept
            self.editor.forget(note.id or 0, keep_typed=True)
        if self.model.hide(note, not undone) and note.client_id == self.client_id:
            self.reload_notes()
            if undone and self.editor.note_id is None and not self.editor.unsaved():
                self.show_note(note.id or 0)
