"""What the clients feature adds to the window: the commands on the client list and the client
shown (new, edit, archive and delete to the trash, one Ctrl+Z away; the trash, a new note, the
filter, the sort order and the next or previous client, also Alt+Down/Up except in a drop-down,
where those keys open it).

The shell hands them the window context, the client list and the pane it lays out, and places
the actions: the menu items in its File, Edit and View menus, ``key_actions`` (keys without a
menu item) on the window."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QStyle,
    QStyleOptionComboBox,
)

from clientjournal.core.domain import ClientSort
from clientjournal.store import clients
from clientjournal.ui.clients.list_panel import ClientListPanel
from clientjournal.ui.clients.pane import ClientPane
from clientjournal.ui.common import autosave
from clientjournal.ui.common.commands import delete_key, named_action
from clientjournal.ui.common.context import WindowContext
from clientjournal.ui.common.undo_commands import EditClient, TrashClient, archived


def _tr(text: str) -> str:
    # The main window's context: these were its strings, and keep their translations.
    return QCoreApplication.translate("MainWindow", text)


class ClientActions(QObject):
    def __init__(
        self,
        context: WindowContext,
        client_list: ClientListPanel,
        pane: ClientPane,
        refresh: Callable[[int | None], None],
        counts_changed: Callable[[], None],
    ) -> None:
        """``refresh(client_id)`` re-reads the list and shows that client; ``counts_changed``
        is called when clients may have come back from the trash or left it for good."""
        window = context.dialog_parent()
        super().__init__(window)
        self._context = context
        self._window = window
        self._list = client_list
        self._pane = pane
        self._refresh = refresh
        self._counts_changed = counts_changed

        action = partial(named_action, self)
        self.new_client_action = action(
            _tr("&New client…"), self.add_client, ["Ctrl+Shift+N"], "actionNewClient"
        )
        self.new_note_action = action(
            _tr("New &note"), self.new_note, [QKeySequence.StandardKey.New], "actionNewNote"
        )
        self.edit_action = action(
            _tr("&Edit client…"), self.edit_client, ["Ctrl+E"], "actionEditClient"
        )
        self.archive_action = action(
            _tr("&Archive client (ended)"), self.archive_client, [], "actionArchiveClient"
        )
        self.delete_action = action(
            _tr("&Delete client"), self.delete_client, [], "actionDeleteClient"
        )
        delete_key(client_list.view, self.delete_client)
        self.trash_action = action(_tr("&Trash…"), self.show_trash, [], "actionTrash")

        self.filter_action = action(
            _tr("&Filter clients"), self.focus_filter, ["Ctrl+L"], "actionFilter"
        )
        self.next_action = action(
            _tr("Ne&xt client"),
            lambda: client_list.select_offset(1),
            ["Ctrl+PgDown"],
            "actionNextClient",
        )
        self.previous_action = action(
            _tr("&Previous client"),
            lambda: client_list.select_offset(-1),
            ["Ctrl+PgUp"],
            "actionPreviousClient",
        )
        self.sort_actions = [
            action(
                _tr("Sort by &name"),
                lambda: client_list.set_sort(ClientSort.NAME),
                [],
                "actionSortName",
            ),
            action(
                _tr("Sort by s&urname"),
                lambda: client_list.set_sort(ClientSort.SURNAME),
                [],
                "actionSortSurname",
            ),
            action(
                _tr("Sort by &last contact"),
                lambda: client_list.set_sort(ClientSort.LAST_CONTACT),
                [],
                "actionSortContact",
            ),
        ]
        self._alt_steps = [
            action(
                "",
                lambda _=False, k=key, o=offset: self._alt_step(k, o),
                ["Alt+Down" if offset > 0 else "Alt+Up"],
                "actionNextClientAlt" if offset > 0 else "actionPreviousClientAlt",
            )
            for key, offset in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, -1))
        ]
        self.key_actions: list[QAction] = list(self._alt_steps)
        """Keys without a menu item, for the shell to add to the window."""

    def update_enabled(self) -> None:
        """The commands on the selected client work only while one is selected."""
        for action in (
            self.edit_action,
            self.archive_action,
            self.delete_action,
            self.new_note_action,
        ):
            action.setEnabled(self._list.current_client_id() is not None)

    # -- the commands ------------------------------------------------------------------------
    def add_client(self) -> None:
        from clientjournal.ui.clients.dialog import ClientDialog  # not needed for start-up

        dialog = ClientDialog(parent=self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        client = dialog.client()

        def add() -> None:
            client_id = clients.create(client)
            if self._list.filter.text():
                self._list.filter.clear()
            self._refresh(client_id)
            self._context.show_status(_tr("Client added"), 4000)

        # while a sync round holds the journal: added when it ends (a write now waited on the
        # GUI thread for the journal's lock, the window frozen up to 5 s, then failed)
        if autosave.holding():
            self._context.show_status(
                _tr("%1 the new client is added when it ends").replace("%1", autosave.busy_words())
            )
        autosave.after_hold(add)

    def edit_client(self) -> None:
        client_id = self._list.current_client_id()
        if client_id is None:
            return
        before = clients.get(client_id)
        from clientjournal.ui.clients.dialog import ClientDialog

        dialog = ClientDialog(before, parent=self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after = dialog.client()
            if after != before:
                self._context.undo_stack.push(
                    EditClient(before, after, _tr("Edit client"), self._context.events)
                )

    def archive_client(self) -> None:
        client_id = self._list.current_client_id()
        if client_id is None:
            return
        before = clients.get(client_id)
        text = _tr("Archive client “%1”").replace("%1", before.name)
        self._context.undo_stack.push(
            EditClient(before, archived(before), text, self._context.events)
        )

    def delete_client(self) -> None:
        client_id = self._list.current_client_id()
        if client_id is None:
            return
        client = clients.get(client_id)
        self._pane.editor.flush()
        row = self._list.model.row_of(client_id)
        self._context.undo_stack.push(TrashClient(client, self._context.events))
        self._list.select_offset(0) if row < 0 else self._select_row(row)
        self._context.show_status(
            _tr("“%1” moved to the trash. Undo with Ctrl+Z.").replace("%1", client.name)
        )

    def _select_row(self, row: int) -> None:
        count = self._list.model.rowCount()
        client_id = self._list.model.id_at(min(row, count - 1)) if count else None
        if client_id is not None:
            self._list.select_client(client_id)

    def new_note(self) -> None:
        self._pane.new_note()

    def focus_filter(self) -> None:
        self._list.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._list.filter.selectAll()

    def show_trash(self) -> None:
        from clientjournal.ui.clients.trash_dialog import TrashDialog

        dialog = TrashDialog(self._window)
        dialog.restored.connect(self._refresh)
        dialog.emptied.connect(self._context.undo_stack.clear)  # undo cannot bring those back
        dialog.exec()
        self._counts_changed()

    def _alt_step(self, key: Qt.Key, offset: int) -> None:
        """Alt+Down/Up: the next or previous client, except in a drop-down (a combo box, a
        date with a calendar), where the keys open it as everywhere else."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QDateTimeEdit):
            # A date edit steps its value on Alt+Down (it has no key for its calendar): the
            # note's time changed by a minute without a word.  Open the calendar as the arrow
            # would, or leave the value alone.
            if offset > 0 and focus.calendarPopup():
                _click_arrow(focus)
            return
        if isinstance(focus, QComboBox):
            # the key again, to the drop-down itself: with these actions off for the moment,
            # or the key would come straight back here as their shortcut
            press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.AltModifier)
            for action in self._alt_steps:
                action.setEnabled(False)
            try:
                QApplication.sendEvent(focus, press)
            finally:
                for action in self._alt_steps:
                    action.setEnabled(True)
            return
        self._list.select_offset(offset)


def _click_arrow(edit: QDateTimeEdit) -> None:
    """Open a date edit's calendar the one way Qt offers: a click on its arrow."""
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.editable = True
    arrow = edit.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit
    )
    where = QPointF(arrow.center())
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        where,
        edit.mapToGlobal(where),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(edit, press)
