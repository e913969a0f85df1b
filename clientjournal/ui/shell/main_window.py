"""The main window: the client list beside the selected client's pane, menus and shortcuts.

It is the shell: it builds each feature with itself as the ``WindowContext``, places what the
features contribute (menu actions, a field above the list, a status-bar item) and keeps the
client list and the counts current from ``journalChanged``.  No feature reads its attributes.
The commands on the client list and the client shown are the clients feature's
(``ui/clients/actions``), placed here like every feature's.  Beside it in ``ui/shell``: how
the menus are placed (``menus``), what the window remembers (``window_settings``) and the
shutdown (``shutdown``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientjournal import APP_NAME
from clientjournal.paths import journal_file
from clientjournal.store import clients
from clientjournal.ui.agreements.actions import AgreementActions
from clientjournal.ui.attention.actions import AttentionActions
from clientjournal.ui.clients.actions import ClientActions
from clientjournal.ui.clients.list_panel import ClientListPanel
from clientjournal.ui.clients.pane import ClientPane
from clientjournal.ui.common.commands import named_action
from clientjournal.ui.common.context import (
    Change,
    ClientTab,
    JournalEvents,
    JournalWork,
    concerns,
    session_ending,
)
from clientjournal.ui.exchange.actions import ExchangeActions
from clientjournal.ui.exchange.drop_import import DropImport
from clientjournal.ui.replies.actions import ReplyActions
from clientjournal.ui.safety.backup_actions import BackupActions
from clientjournal.ui.safety.encryption_actions import EncryptionActions
from clientjournal.ui.search.actions import SearchActions
from clientjournal.ui.settings.actions import SettingsActions
from clientjournal.ui.shell import title_room, window_settings
from clientjournal.ui.shell.demo_banner import DemoBanner
from clientjournal.ui.shell.menus import add_menu
from clientjournal.ui.shell.startup import after_paint
from clientjournal.ui.shell.undo_action import UndoStackAction

if TYPE_CHECKING:
    from clientjournal.ui.sync.controller import SyncController

LIST_KINDS = (Change.CLIENTS, Change.PROFILE, Change.NOTES, Change.REPLIES)
"""What the client list shows: names and status, and the last contact (a note, a sent reply)."""
_CLOSE_AGAIN_MS = 100  # a close put off to an operation's end looks again for its message box


class MainWindow(QMainWindow):
    startCompleted = Signal()
    """Everything is built (with ``defer``: after the first paint)."""

    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, *, defer: bool = False
    ) -> None:
        """``defer``: build what the first screen does not show (sync) right after the window's
        first paint instead of before it (the app's start; see ``_complete_start``)."""
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self.successor: MainWindow | None = None  # the window a restore put in this one's place
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        self._undo_stack = QUndoStack(self)
        self._events = JournalEvents(self)
        self._journal_work = JournalWork(self)  # an import, a restore, a re-encryption
        self._close_asked = False  # while one ran: the window closes at its end
        self._keeping_client = False  # a list reload after a change keeps the shown client

        self.client_list = ClientListPanel(self)
        self.pane = ClientPane(self, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.left = QStackedWidget(self)  # the client list, or the search results
        self.left.addWidget(self.client_list)
        left_box = QWidget(self)
        self._left_layout = QVBoxLayout(left_box)
        self._left_layout.setContentsMargins(6, 6, 0, 0)
        self._left_layout.setSpacing(0)
        self._left_layout.addWidget(self.left, 1)
        self.splitter.addWidget(left_box)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 840])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        # The features, each given this window as its context.
        self.exchange = ExchangeActions(self)
        self.backups = BackupActions(self)
        self.agreement_actions = AgreementActions(self)
        self.reply_actions = ReplyActions(self)
        self.settings_actions = SettingsActions(self)
        self.encryption = EncryptionActions(self)
        self.attention_actions = AttentionActions(self)
        self.search = SearchActions(self)
        self.drop_import = DropImport(self)  # .vcf / .csv / .eml dropped on the window
        self.demo = DemoBanner(self)  # above the list while demo data is in the journal
        self._left_layout.insertWidget(0, self.search.field)  # above the list, always in view
        self._left_layout.insertWidget(0, self.demo)
        self.statusBar().addPermanentWidget(self.reply_actions.watch.button)
        self._sync: SyncController | None = None
        self._closed = False  # closed or replaced: a deferred build has nothing to do
        if not defer:
            self._build_sync()

        self.client_list.clientSelected.connect(self._on_client_selected)
        self.client_actions = ClientActions(
            self, self.client_list, self.pane, self.refresh, self._update_counts
        )
        self.client_list.addClientRequested.connect(self.client_actions.add_client)
        self.pane.addClientRequested.connect(self.client_actions.add_client)
        self.pane.editClientRequested.connect(self.client_actions.edit_client)
        self._events.journalChanged.connect(self._on_journal_changed)
        self._events.clientRevealed.connect(self._reveal_client)
        self._events.stepSkipped.connect(self._step_skipped)
        self._journal_work.busyChanged.connect(self._on_journal_work)
        self._build_menus()
        window_settings.restore_window(self, self.splitter, self.pane.splitter, self.client_list)
        self.client_list.reload()
        window_settings.select_initial_client(self.client_list, self.data_dir)
        self._update_counts()
        if defer:
            after_paint(self, self._complete_start)
        else:
            self._complete_start()

    # -- what the first screen does not need ----------------------------------------------
    def _complete_start(self) -> None:
        """Sync's controller and the note's conflict banner (~13 ms, most of it importing
        store.sync) are nothing the first screen shows: the status line stays empty until the
        first round (1.5 s after the start) unless sync reported before, and the banner only
        appears on a note changed on two computers.  With ``defer`` they are built here,
        right after the window's first paint, so the full window is on the screen that much
        sooner (issue 21); the banner then looks at the note already open.

        The dialogs' title room (``title_room``) is an event filter on the application: every
        event of every object passes through Python while it is installed, and building and
        painting the window sends thousands (~25 ms of CPU at start, issue 21).  It is
        installed after sync's build (widgets too); no dialog is shown before, but the
        welcome, whose timer may come first, which installs it itself.

        The reply watch's first look at the queue is timed from here too: timed from the
        build, it came before the paint on a loaded machine and held it up.

        An operation that swaps or rewrites the journal begun before (a restore from the
        damaged-journal dialog, the window not yet painted) holds it back to its end: the
        journal open meanwhile is a read-only stand-in, and sync's build writes this
        computer's id into it ("attempt to write a readonly database": trust26b)."""
        work = self._journal_work
        if work.busy and work.rewrites:
            work.busyChanged.connect(self._complete_start_after_work)
            return
        if not self._closed:
            from clientjournal.later_modules import load_deferred_modules

            load_deferred_modules()  # before sync's rounds run in their threads (app.py)
            if self._sync is None:
                self._build_sync(refresh_banner=True)
            title_room.install(QApplication.instance())  # every dialog as wide as its title
            self.reply_actions.watch.start()  # its first look at the queue, then every 30 s
            self.startCompleted.emit()

    def _complete_start_after_work(self, busy: bool) -> None:
        if not busy:
            self._journal_work.busyChanged.disconnect(self._complete_start_after_work)
            self._complete_start()

    def _build_sync(self, refresh_banner: bool = False) -> None:
        from clientjournal.ui.sync import controller as sync_feature

        self._sync = sync_feature.build(self, self.pane.editor)  # the note's conflict banner
        self.statusBar().insertPermanentWidget(0, self._sync.status_widget)
        if refresh_banner:
            from clientjournal.ui.sync.conflict_banner import NoteConflictBanner

            banner = self.pane.editor.findChild(NoteConflictBanner)
            if banner is not None:
                banner.refresh()  # it missed the first note being shown

    @property
    def sync(self) -> SyncController:
        """The sync feature; built now if asked for before the deferred build (a test, or
        Settings opened at once)."""
        if self._sync is None:
            self._build_sync(refresh_banner=True)
        assert self._sync is not None
        return self._sync

    # -- the window context (ui/common/context.py) -----------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def events(self) -> JournalEvents:
        return self._events

    def dialog_parent(self) -> QWidget:
        return self

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def current_client_id(self) -> int | None:
        return self.client_list.current_client_id()

    def open_client(
        self, client_id: int, tab: ClientTab = ClientTab.NOTES, record_id: int | None = None
    ) -> None:
        self.client_list.clear_filters()
        if not self.client_list.select_client(client_id):
            self.refresh(client_id)  # added since the list was read
        self.pane.open_tab(tab, record_id)

    def show_in_sidebar(self, widget: QWidget | None, focus: bool = False) -> None:
        shown = self.client_list if widget is None else widget
        if self.left.indexOf(shown) < 0:
            self.left.addWidget(shown)
        self.left.setCurrentWidget(shown)
        if focus:
            target = self.client_list.view if widget is None else shown
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_pending(self) -> None:
        self.pane.save_pending()

    def forget_note(self, note_id: int) -> None:
        # what was typed into it and not saved yet is saved before it goes, as for Delete
        # note: the redo (of an added e-mail's undo) brings it back as typed (attack27c)
        self.pane.editor.forget(note_id, keep_typed=True)

    @property
    def journal_work(self) -> JournalWork:
        return self._journal_work

    def end_sync_round(self) -> None:
        if self._sync is not None:
            self._sync.end_round()

    def replace_window(self) -> MainWindow:
        """A new main window on the reopened journal, where this one was; this one is hidden
        and deleted (its timers, tray icon and undo history go with it)."""
        self.save_settings()  # the new window comes back to the same layout and client
        self._stop_sync()
        successor = MainWindow(self.data_dir, defer=True)
        self.successor = successor  # alive while this one's holder is
        successor.restoreGeometry(self.saveGeometry())
        successor.show()
        self.hide()  # not close(): closeEvent would save into the restored journal
        self.deleteLater()
        return successor

    # -- the menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The window's own actions and what each feature contributes, in the order they are
        shown (the menus are a stable interface: the user guide names them)."""
        commands = self.client_actions
        self.addActions(commands.key_actions)  # Alt+Down/Up, in no menu
        quit_action = named_action(self, self.tr("&Quit"), self.close, ["Ctrl+Q"], "actionQuit")
        add_menu(
            self,
            self.tr("&File"),
            [
                commands.new_client_action,
                commands.new_note_action,
                None,
                *self.exchange.file_actions,
                None,
                *self.backups.file_actions,
                self.demo.action,
                None,
                quit_action,
            ],
        )

        undo = UndoStackAction(self.undo_stack, redo=False, parent=self)
        redo = UndoStackAction(self.undo_stack, redo=True, parent=self)
        self._undo_index = self.undo_stack.index()
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        redo.triggered.connect(
            lambda: self.show_status(
                self.tr("Redone: %1").replace("%1", self.undo_stack.undoText())
            )
        )
        self.undo_action = undo
        add_menu(
            self,
            self.tr("&Edit"),
            [
                undo,
                redo,
                None,
                commands.edit_action,
                commands.archive_action,
                self.attention_actions.decline_action,
                commands.delete_action,
                None,
                commands.trash_action,
                None,
                self.settings_actions.action,
                self.encryption.action,
            ],
        )
        add_menu(
            self,
            self.tr("&View"),
            [
                self.search.action,
                commands.filter_action,
                commands.next_action,
                commands.previous_action,
                None,
                *commands.sort_actions,
                None,
                self.agreement_actions.due_action,
                self.reply_actions.queue_action,
                self.attention_actions.attention_action,
            ],
        )
        add_menu(
            self,
            self.tr("&Help"),
            [
                named_action(
                    self,
                    self.tr("User &guide"),
                    self.show_guide,
                    [QKeySequence.StandardKey.HelpContents],
                    "actionUserGuide",
                ),
                named_action(
                    self, self.tr("&About Client Journal"), self.show_about, [], "actionAbout"
                ),
            ],
        )
        self._update_client_actions()

    def _step_skipped(self, text: str) -> None:
        """A step found its record gone: said after (in place of) "Undone: ..." or
        "Redone: ...", which the undo and redo actions show once the step has run."""
        QTimer.singleShot(0, self, lambda: self.show_status(text, 10000))

    def _on_undo_index(self, index: int) -> None:
        """An undone step replaces what the status bar said about it ("moved to the trash")."""
        if index < self._undo_index and self.undo_stack.redoText():
            self.show_status(self.tr("Undone: %1").replace("%1", self.undo_stack.redoText()))
        self._undo_index = index

    # -- keeping the list current ----------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Re-read the list after a change and show ``select_id`` (or keep the selection)."""
        self.client_list.reload(select_id)
        if select_id is not None and select_id == self.pane.client_id:
            self.pane.show_client(select_id)
        self._update_counts()

    def _on_journal_changed(self, kind: str, client_ids: list) -> None:
        if kind in (Change.CLIENTS, Change.JOURNAL):
            self._keeping_client = True  # the pane refreshes itself (the note being typed stays)
            self.client_list.reload()
            self._keeping_client = False
            if kind == Change.JOURNAL and self.client_list.current_client_id() is None:
                self.client_list.select_offset(0)  # e.g. the demo just written, or removed
            self.client_list.refresh_tags()
            self._update_counts()
            self._update_client_actions()
        elif concerns(kind, LIST_KINDS):
            # An edit in place (saved as it is typed) repaints its row, never re-reads the list.
            for client_id in client_ids:
                self.client_list.refresh_client(client_id)
            if kind == Change.PROFILE:
                self.client_list.refresh_tags()

    def _reveal_client(self, client_id: int) -> None:
        """Show the client an undone or redone step touched, when another one is shown."""
        if client_id != self.client_list.current_client_id() and not (
            self.client_list.select_client(client_id)
        ):
            self.client_list.clear_filters()
            self.client_list.select_client(client_id)

    # -- slots -----------------------------------------------------------------------------
    def show_guide(self) -> None:
        from clientjournal.ui.shell.help_dialog import HelpDialog  # not needed for start-up

        HelpDialog(self).exec()

    def show_about(self) -> None:
        from clientjournal.ui.shell.help_dialog import show_about

        show_about(self, journal_file(self.data_dir))

    def _on_client_selected(self, client_id: int | None) -> None:
        if self._keeping_client and client_id is not None and client_id == self.pane.client_id:
            return  # shown already; the actions are updated by the change's handler
        empty = client_id is None and clients.count() == 0
        with title_room.stepped_aside():  # no dialog is shown by a switch (issue 21)
            self.pane.show_client(client_id, journal_empty=empty)
        self._update_client_actions()

    def _update_client_actions(self) -> None:
        client = self.pane.client if self.pane.client_id is not None else None
        self.client_actions.update_enabled()
        self.attention_actions.update_enabled(client)

    def _update_counts(self) -> None:
        self.count_label.setText(self.tr("%n client(s)", "", clients.count()))

    # -- settings --------------------------------------------------------------------------
    def save_settings(self) -> None:
        window_settings.save_window(
            self, self.splitter, self.pane.splitter, self.client_list, self.data_dir
        )

    def _stop_sync(self) -> None:
        """A round in progress ends before the journal is closed; a sync not built yet (the
        window closed within its first paint) is not built any more; the reply watch stops
        looking at the queue."""
        self._closed = True
        self.reply_actions.watch.stop()  # nor does the reply watch look any more
        if self._sync is not None:
            self._sync.stop()

    def _on_journal_work(self, busy: bool) -> None:
        """While an import, an export, a backup, a restore or a re-encryption runs, none of them
        can be started (at once: an import's progress shows only after 300 ms; an export's
        dialog can be dismissed, and its save dialog came before the refusal, attack27c); a
        close asked meanwhile comes at its end (the sync controller holds its rounds by itself)."""
        for action in (
            *self.exchange.file_actions,
            self.backups.backup_action,
            self.backups.restore_action,
            self.encryption.action,
            self.demo.action,
        ):
            action.setEnabled(not busy)
        self.demo.button.setEnabled(not busy)
        if not busy and self._close_asked:
            QTimer.singleShot(0, self, self._close_when_read)

    def _close_when_read(self) -> None:
        """The close put off to an operation's end, once what its end says is answered (the
        import failed and nothing was changed, what was imported): the close came inside that
        message box's event loop, the window closed under it, the app quit with its last window
        and took the box along unread (attack27c).  A logout's close does not wait: no box is
        shown then (``context.say``), and nothing may wait for a click."""
        if QApplication.activeModalWidget() is not None and not session_ending():
            QTimer.singleShot(_CLOSE_AGAIN_MS, self, self._close_when_read)
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._journal_work.busy:  # its thread would be cut off with the app: at its end
            event.ignore()
            self._close_asked = True
            self.show_status(
                self.tr("Closing once the operation on the journal has finished (%1).").replace(
                    "%1", self._journal_work.running or ""
                ),
                0,
            )
            return
        self.pane.save_pending()
        self._stop_sync()
        self.save_settings()
        super().closeEvent(event)
