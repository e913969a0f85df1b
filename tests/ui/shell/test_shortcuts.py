"""Keys that must work on every desktop (issue 19): Ctrl+, opens the settings and the menu
shows it, wherever the platform's own key for settings is empty; Alt+Down/Alt+Up switch the
client, except in a drop-down, which they open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients.list_panel import ClientListPanel


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


def _alt_keys_switch_between_anna_and_bob(qtbot, windows, focus_in) -> ClientListPanel:
    """Anna shown in an active window, the focus in ``focus_in(panel)``: Alt+Down shows Bob,
    Alt+Up Anna again."""
    anna = clients.create(ClientData(name="Anna"))
    bob = clients.create(ClientData(name="Bob"))
    window = windows.open()
    panel = window.client_list
    panel.select_client(anna)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget = focus_in(panel)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == bob
    qtbot.keyClick(widget, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == anna
    return panel


# offscreen, an opened drop-down cannot raise itself nor grab the keyboard
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_alt_down_switches_client_but_opens_a_focused_drop_down(qtbot, journal, windows):
    panel = _alt_keys_switch_between_anna_and_bob(qtbot, windows, lambda panel: panel.view)
    anna = panel.current_client_id()

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
    _alt_keys_switch_between_anna_and_bob(qtbot, windows, lambda panel: panel.filter)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_alt_down_in_the_note_date_opens_its_calendar_and_keeps_the_time(qtbot, journal, windows):
    """A date edit has no key of its own for its calendar and stepped its value on Alt+Down:
    the note's time changed by a minute without a word."""
    panel = _alt_keys_switch_between_anna_and_bob(qtbot, windows, lambda panel: panel.view)
    anna = panel.current_client_id()
    when = panel.window().findChild(QDateTimeEdit, "noteDate")
    assert when.calendarPopup()
    when.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is when)
    before = when.dateTime()
    qtbot.keyClick(when, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.current_client_id() == anna
    assert when.dateTime() == before
    qtbot.waitUntil(lambda: when.calendarWidget().window().isVisible())
    when.calendarWidget().window().hide()
    qtbot.keyClick(when, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert when.dateTime() == before
    assert panel.current_client_id() == anna
