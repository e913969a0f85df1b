"""A user without a mouse: add a client and a note with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from clientjournal.store import clients, notes


def test_add_a_client_and_a_note_without_the_mouse(qtbot, window, on_dialog, type_text):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    seen = []

    def fill(dialog, tries: int = 50) -> None:
        focused = dialog.focusWidget()
        if focused is None and tries:  # the focus arrives once the dialog is active
            QTimer.singleShot(10, lambda: fill(dialog, tries - 1))
            return
        seen.append(focused.objectName() if focused is not None else None)
        if seen[-1] != "clientName":
            dialog.reject()  # fail below, not by hanging on an open dialog
            return
        type_text(focused, "Kim Keyboard")
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # the dialog's default button

    on_dialog(fill)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["clientName"], "the name field has the focus when the dialog opens"
    qtbot.waitUntil(lambda: clients.count() == 1)
    client_id = window.client_list.current_client_id()
    assert clients.get(client_id).name == "Kim Keyboard"

    window.activateWindow()  # the dialog is gone; offscreen, activation is not automatic
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    body = window.pane.editor.body
    qtbot.waitUntil(body.hasFocus)
    type_text(body, "Erstes Gespräch, nur mit der Tastatur.")
    qtbot.keyClick(body, Qt.Key.Key_Tab)  # leaving the text saves it
    qtbot.waitUntil(lambda: len(notes.ids_for_client(client_id)) == 1)
    (note_id,) = notes.ids_for_client(client_id)
    assert notes.get(note_id).body == "Erstes Gespräch, nur mit der Tastatur."
