"""Keys that must work on every desktop (issue 19): Ctrl+, opens the settings and the menu
shows it, wherever the platform's own key for settings is empty; Alt+Down/Alt+Up switch the
client, except in a drop-down, which they open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData
from clientjournal.store import clients


def test_settings_and_quit_have_a_key_on_every_platform(qtbot, journal, windows, on_dialog):
    window = windows.open()
    settings = window.findChild(QAction, "actionSettings")
    assert settings.shortcut() == QKeySequence("Ctrl+,")  # the one the menu shows
    assert window.findChild(QAction, "actionQuit").shortcut() == QKeySequence("Ctrl+Q")
    shown = []
    on_dialog(lambda dialog: (shown.append(dialog.objectName() or type(dialog).__name__),
                              dialog.reject()))  # fmt: skip
    window.activateWindow()
    window.client_list.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.client_list.view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["settingsDialog"]


# offscreen, an opened drop-down cannot raise itself nor grab the keyboard
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_alt_down_switches_client_but_opens_a_focused_drop_down(qtbot, journal, windows):
    anna = clients.create(ClientData(name="Anna"))
    bob = clients.create(ClientData(name="Bob"))
    window = windows.open()
    panel = window.client_list
    panel.select_client(anna)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == bob
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == anna

    combo = panel.sort
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == anna  # the client stays
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the drop-down opened
    combo.hidePopup()


def test_alt_down_switches_client_from_anywhere_in_the_window(qtbot, journal, windows):
    """The keys are the window's (the clients feature hands them to the shell, which adds them
    to the window), not only the list's own: they work with the focus in the filter field."""
    anna = clients.create(ClientData(name="Anna"))
    bob = clients.create(ClientData(name="Bob"))
    window = windows.open()
    panel = window.client_list
    panel.select_client(anna)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.filter)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == bob
    qtbot.keyClick(panel.filter, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == anna
