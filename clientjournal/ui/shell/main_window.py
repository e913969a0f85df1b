"""The main window: the client list beside the selected client's pane, menus and shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientjournal import APP_NAME
from clientjournal.core.domain import ClientSort
from clientjournal.paths import journal_file
from clientjournal.store import clients, notes
from clientjournal.ui.agreements.actions import AgreementActions
from clientjournal.ui.attention.actions import RelationshipActions
from clientjournal.ui.clients.list_panel import ClientListPanel
from clientjournal.ui.clients.pane import ClientPane
from clientjournal.ui.common.undo_action import UndoStackAction
from clientjournal.ui.common.undo_commands import DeleteNote, EditClient, TrashClient, archived
from clientjournal.ui.exchange.actions import ExchangeActions
from clientjournal.ui.exchange.drop_import import DropImport
from clientjournal.ui.replies.actions import CoolingActions
from clientjournal.ui.safety.backup_actions import BackupActions
from clientjournal.ui.safety.encryption_actions import EncryptionActions
from clientjournal.ui.search.actions import SearchActions
from clientjournal.ui.shell import window_settings
from clientjournal.ui.shell.demo_banner import DemoBanner


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        self.undo_stack = QUndoStack(self)

        self.client_list = ClientListPanel(self)
        self.pane = ClientPane(self)
        self.pane.undo_stack = self.undo_stack
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.left = QStackedWidget(self)  # the client list, or the search results
        self.left.addWidget(self.client_list)
        left_box = QWidget(self)
        self.left_layout = QVBoxLayout(left_box)
        self.left_layout.setContentsMargins(6, 6, 0, 0)
        self.left_layout.setSpacing(0)
        self.left_layout.addWidget(self.left, 1)
        self.splitter.addWidget(left_box)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 840])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.exchange = ExchangeActions(self)
        self.backups = BackupActions(self)
        self.exchange.imported.connect(lambda: self.refresh(self.client_list.current_client_id()))
        self.agreement_actions = AgreementActions(self)
        self.cooling_actions = CoolingActions(self)
        self.encryption = EncryptionActions(self)
        self.relationship_actions = RelationshipActions(self)
        self.search = SearchActions(self)
        self.drop_import = DropImport(self)  # .vcf / .csv / .eml dropped on the window

        self.client_list.clientSelected.connect(self._on_client_selected)
        self.client_list.addClientRequested.connect(self.add_client)
        self.pane.addClientRequested.connect(self.add_client)
        self.pane.editClientRequested.connect(self.edit_client)
        self.pane.deleteNoteRequested.connect(self.delete_note)
        self.pane.clientChanged.connect(self.client_list.refresh_client)
        self.pane.paneBuilt.connect(self._on_pane_built)
        self.pane.clientEdited.connect(
            lambda before, after, text: self.undo_stack.push(
                EditClient(before, after, text, self._after_client_edit)
            )
        )
        self._build_actions()
        self.demo = DemoBanner(self)  # above the list while demo data is in the journal
        window_settings.restore_window(self)
        self.client_list.reload()
        window_settings.select_initial_client(self)
        self._update_counts()

    # -- actions ---------------------------------------------------------------------------
    def _action(
        self, text: str, slot: object, shortcuts: list | tuple = (), name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.new_client_action = self._action(
            self.tr("&New client…"), self.add_client, ["Ctrl+Shift+N"], "actionNewClient"
        )
        self.new_note_action = self._action(
            self.tr("New &note"), self.new_note, [QKeySequence.StandardKey.New], "actionNewNote"
        )
        quit_action = self._action(
            self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit], "actionQuit"
        )
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_client_action)
        file_menu.addAction(self.new_note_action)
        file_menu.addSeparator()
        file_menu.addAction(self.exchange.import_action)
        file_menu.addAction(self.exchange.export_action)
        file_menu.addAction(self.relationship_actions.calendar_action)
        file_menu.addActions(self.backups.actions)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        undo = UndoStackAction(self.undo_stack, redo=False, parent=self)
        redo = UndoStackAction(self.undo_stack, redo=True, parent=self)
        self.undo_action = undo
        self.edit_client_action = self._action(
            self.tr("&Edit client…"), self.edit_client, ["Ctrl+E"], "actionEditClient"
        )
        self.archive_action = self._action(
            self.tr("&Archive client (ended)"), self.archive_client, [], "actionArchiveClient"
        )
        self.delete_action = self._action(
            self.tr("&Delete client"), self.delete_client, [], "actionDeleteClient"
        )
        delete_key = QAction(self.client_list.view)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_client)
        self.client_list.view.addAction(delete_key)
        trash = self._action(self.tr("&Trash…"), self.show_trash, [], "actionTrash")
        edit_menu = menu.addMenu(self.tr("&Edit"))
        for action in (
            undo,
            redo,
            None,
            self.edit_client_action,
            self.archive_action,
            self.relationship_actions.decline_action,
            self.delete_action,
            None,
            trash,
            None,
            self.cooling_actions.settings_action,
            self.encryption.action,
        ):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)

        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.search.action)
        view_menu.addAction(
            self._action(self.tr("&Filter clients"), self.focus_filter, ["Ctrl+L"], "actionFilter")
        )
        view_menu.addAction(
            self._action(
                self.tr("Ne&xt client"),
                lambda: self.client_list.select_offset(1),
                ["Ctrl+PgDown", "Alt+Down"],
                "actionNextClient",
            )
        )
        view_menu.addAction(
            self._action(
                self.tr("&Previous client"),
                lambda: self.client_list.select_offset(-1),
                ["Ctrl+PgUp", "Alt+Up"],
                "actionPreviousClient",
            )
        )
        view_menu.addSeparator()
        sort_name = self._action(
            self.tr("Sort by &name"),
            lambda: self.client_list.set_sort(ClientSort.NAME),
            [],
            "actionSortName",
        )
        sort_contact = self._action(
            self.tr("Sort by &last contact"),
            lambda: self.client_list.set_sort(ClientSort.LAST_CONTACT),
            [],
            "actionSortContact",
        )
        view_menu.addAction(sort_name)
        view_menu.addAction(sort_contact)
        view_menu.addSeparator()
        view_menu.addAction(self.agreement_actions.due_action)
        view_menu.addAction(self.cooling_actions.queue_action)
        view_menu.addAction(self.relationship_actions.attention_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("User &guide"),
                self.show_guide,
                [QKeySequence.StandardKey.HelpContents],
                "actionUserGuide",
            )
        )
        help_menu.addAction(
            self._action(self.tr("&About Client Journal"), self.show_about, [], "actionAbout")
        )
        self._update_client_actions()

    # -- slots -----------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Re-read the list after a change and show ``select_id`` (or keep the selection)."""
        self.client_list.reload(select_id)
        if select_id is not None and select_id == self.pane.client_id:
            self.pane.show_client(select_id)
        self._update_counts()

    def _on_pane_built(self, pane: QWidget) -> None:
        if hasattr(pane, "statusMessage"):  # the payments pane
            pane.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _after_client_edit(self, client_id: int | None) -> None:
        """After an in-place edit (profile, tags) or its undo: update what shows it, without
        moving the selection (the edit may be saved on the way to another client)."""
        if client_id is None:
            return
        self.client_list.refresh_client(client_id)
        self.client_list.refresh_tags()
        if client_id == self.pane.client_id:
            self.pane.refresh_summary()

    def show_client_tab(self, client_id: int, tab: QWidget) -> None:
        """Show a client (clearing a filter that hides it) with one of its tabs in front."""
        self.client_list.clear_filters()
        if not self.client_list.select_client(client_id):
            self.refresh(client_id)  # added since the list was read
        self.pane.tabs.setCurrentWidget(tab)

    def add_client(self) -> None:
        from clientjournal.ui.clients.dialog import ClientDialog  # not needed for start-up

        dialog = ClientDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            client_id = clients.create(dialog.client())
            if self.client_list.filter.text():
                self.client_list.filter.clear()
            self.refresh(client_id)
            self.statusBar().showMessage(self.tr("Client added"), 4000)

    def edit_client(self) -> None:
        client_id = self.client_list.current_client_id()
        if client_id is None:
            return
        before = clients.get(client_id)
        from clientjournal.ui.clients.dialog import ClientDialog

        dialog = ClientDialog(before, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after = dialog.client()
            if after != before:
                self.undo_stack.push(
                    EditClient(before, after, self.tr("Edit client"), self.refresh)
                )

    def archive_client(self) -> None:
        client_id = self.client_list.current_client_id()
        if client_id is None:
            return
        before = clients.get(client_id)
        text = self.tr("Archive client “%1”").replace("%1", before.name)
        self.undo_stack.push(EditClient(before, archived(before), text, self.refresh))

    def delete_client(self) -> None:
        client_id = self.client_list.current_client_id()
        if client_id is None:
            return
        client = clients.get(client_id)
        self.pane.editor.flush()
        row = self.client_list.model.row_of(client_id)
        self.undo_stack.push(TrashClient(client, self.refresh))
        self.client_list.select_offset(0) if row < 0 else self._select_row(row)
        self.statusBar().showMessage(
            self.tr("“%1” moved to the trash. Undo with Ctrl+Z.").replace("%1", client.name), 8000
        )

    def _select_row(self, row: int) -> None:
        count = self.client_list.model.rowCount()
        client_id = self.client_list.model.id_at(min(row, count - 1)) if count else None
        if client_id is not None:
            self.client_list.select_client(client_id)

    def delete_note(self, note_id: int) -> None:
        self.pane.editor.forget(note_id)
        self.undo_stack.push(DeleteNote(notes.get(note_id), self._after_note_change))
        self.statusBar().showMessage(self.tr("Note deleted. Undo with Ctrl+Z."), 8000)

    def _after_note_change(self, client_id: int | None) -> None:
        if client_id is not None and client_id != self.pane.client_id:
            self.client_list.select_client(client_id)
        self.pane.reload_notes()
        self.pane.refresh_summary()
        if client_id is not None:
            self.client_list.refresh_client(client_id)

    def new_note(self) -> None:
        self.pane.new_note()

    def focus_filter(self) -> None:
        self.client_list.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.client_list.filter.selectAll()

    def show_trash(self) -> None:
        from clientjournal.ui.clients.trash_dialog import TrashDialog

        dialog = TrashDialog(self)
        dialog.restored.connect(self.refresh)
        dialog.emptied.connect(self.undo_stack.clear)  # undo cannot bring those back
        dialog.exec()
        self._update_counts()

    def show_guide(self) -> None:
        from clientjournal.ui.shell.help_dialog import HelpDialog  # not needed for start-up

        HelpDialog(self).exec()

    def show_about(self) -> None:
        from clientjournal.ui.shell.help_dialog import show_about

        show_about(self, journal_file(self.data_dir))

    def _on_client_selected(self, client_id: int | None) -> None:
        empty = client_id is None and clients.count() == 0
        self.pane.show_client(client_id, journal_empty=empty)
        self._update_client_actions()

    def _update_client_actions(self) -> None:
        has_client = self.client_list.current_client_id() is not None
        for action in (
            self.edit_client_action,
            self.archive_action,
            self.delete_action,
            self.new_note_action,
        ):
            action.setEnabled(has_client)
        self.relationship_actions.update_enabled()

    def _update_counts(self) -> None:
        self.count_label.setText(self.tr("%n client(s)", "", clients.count()))

    # -- settings --------------------------------------------------------------------------
    def save_settings(self) -> None:
        window_settings.save_window(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pane.save_pending()
        self.save_settings()
        super().closeEvent(event)
