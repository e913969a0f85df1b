"""The clients feature's commands on the list and the client shown (ui/clients/actions.py),
driven through the window's actions and keys: delete and archive with undo, the filter, the next
and previous client, a new note and the trash."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientjournal.core.records import ClientData
from clientjournal.store import clients


def test_delete_client_goes_to_trash_and_undo_brings_it_back(qtbot, window, journal):
    keep = clients.create(ClientData(name="Keep"))
    gone = clients.create(ClientData(name="Gone"))
    window.refresh(gone)
    window.client_actions.delete_action.trigger()
    assert clients.list_ids() == [keep]
    assert clients.list_ids(trashed=True) == [gone]
    assert window.client_list.current_client_id() == keep
    assert window.undo_action.text() == "&Undo Delete client “Gone”"
    window.undo_action.trigger()
    assert sorted(clients.list_ids()) == sorted([keep, gone])
    assert window.client_list.current_client_id() == gone


def test_archive_sets_status_ended_and_can_be_undone(window, journal):
    client_id = clients.create(ClientData(name="Dora"))
    window.refresh(client_id)
    window.client_actions.archive_action.trigger()
    assert clients.get(client_id).status == "ended"
    assert clients.get(client_id).ended_on is not None
    window.undo_action.trigger()
    assert clients.get(client_id).status == "active"
    assert clients.get(client_id).ended_on is None


def test_filter_narrows_the_list_and_explains_an_empty_result(qtbot, window, journal):
    for name in ("Anna", "Anton", "Berta"):
        clients.create(ClientData(name=name))
    window.refresh()
    window.client_actions.focus_filter()
    qtbot.keyClicks(window.client_list.filter, "an")
    assert window.client_list.model.rowCount() == 2
    qtbot.keyClicks(window.client_list.filter, "zzz")
    assert window.client_list.stack.currentWidget() is window.client_list.empty
    assert "anzzz" in window.client_list.empty.hint.text()


def test_keyboard_moves_between_clients(qtbot, window, journal):
    ids = [clients.create(ClientData(name=name)) for name in ("A", "B", "C")]
    window.refresh(ids[0])
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.client_list.current_client_id() == ids[1]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.client_list.current_client_id() == ids[0]


def test_new_note_shortcut_focuses_an_empty_editor(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Hans"))
    window.refresh(client_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.pane.editor.body, "first")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.editor.note_id is None
    assert window.pane.editor.body.toPlainText() == ""
    assert window.pane.editor.body.hasFocus()
    assert window.pane.model.rowCount() == 1  # "first" was saved when the new note started


def test_trash_dialog_restores_and_empties(qtbot, window, journal, on_dialog):
    from PySide6.QtWidgets import QMessageBox

    from clientjournal.ui.clients.trash_dialog import TrashDialog

    a, b = clients.create(ClientData(name="Ida")), clients.create(ClientData(name="Jan"))
    clients.trash(a)
    clients.trash(b)
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 2 and not dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert clients.list_ids() == [a]
    assert dialog.list.count() == 1

    on_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert clients.count(trashed=True) == 0 and clients.list_ids() == [a]
    assert "empty" in dialog.hint.text()
