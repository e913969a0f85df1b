"""Edit → Settings: every field saved on OK, nothing on Cancel, the theme applied at once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from clientjournal import settings
from clientjournal.core.records import ClientData
from clientjournal.core.safety.backup_policy import backup_file_name
from clientjournal.settings import Settings
from clientjournal.store import clients
from clientjournal.ui.common.theme import apply_theme, is_dark
from clientjournal.ui.settings.dialog import SettingsDialog
from clientjournal.ui.shell.translations import LANGUAGE_ENV, choose_language


@pytest.fixture
def native_theme(qapp):
    """Tests that switch the theme leave the app as they found it."""
    yield
    apply_theme(qapp, "system")


@pytest.fixture
def dialog(qtbot, tmp_path: Path):
    shown = SettingsDialog(tmp_path / "journal")
    qtbot.addWidget(shown)
    return shown


def _select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(which).click()


def test_it_shows_the_saved_settings(qtbot, tmp_path):
    settings.save(Settings(language="en", morning_hour=7, backup_daily=9, default_cadence_days=30))
    shown = SettingsDialog(tmp_path / "journal")
    qtbot.addWidget(shown)
    assert shown.language.currentData() == "en"
    assert shown.morning.value() == 7
    assert shown.daily.value() == 9
    assert shown.cadence.value() == 30
    assert shown.chosen() == settings.load()


def test_ok_saves_every_field(dialog, tmp_path, native_theme):
    folder = tmp_path / "usb"
    folder.mkdir()
    _select(dialog.language, "de")
    _select(dialog.theme, "light")
    dialog.findChild(QAbstractSpinBox, "morningHour").setValue(6)
    dialog.findChild(QAbstractSpinBox, "minimumRest").setValue(10.5)
    dialog.cadence.setValue(14)
    dialog.folder.setText(str(folder))
    dialog.daily.setValue(10)
    dialog.weekly.setValue(6)
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.load() == Settings(
        language="de",
        theme="light",
        morning_hour=6,
        min_rest_hours=10.5,
        backup_folder=str(folder),
        backup_daily=10,
        backup_weekly=6,
        default_cadence_days=14,
    )


def test_cancel_changes_nothing(dialog, native_theme):
    before = QApplication.palette().color(QPalette.ColorRole.Window)
    _select(dialog.theme, "dark")
    dialog.cadence.setValue(30)
    dialog.morning.setValue(5)
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert settings.load() == Settings()
    assert not settings.settings_file().exists()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == before


def test_dark_applies_at_once_to_the_open_window(qtbot, window, native_theme):
    assert not is_dark(window.palette())
    shown = SettingsDialog(window.data_dir, window)
    qtbot.addWidget(shown)
    _select(shown.theme, "dark")
    _press(shown, QDialogButtonBox.StandardButton.Ok)
    assert is_dark(QApplication.palette())
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 80)
    assert is_dark(window.client_list.palette())
    assert settings.load().theme == "dark"
    shown = SettingsDialog(window.data_dir, window)  # and back
    qtbot.addWidget(shown)
    _select(shown.theme, "light")
    _press(shown, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() > 200)


def test_the_language_is_used_at_the_next_start(dialog, monkeypatch):
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert choose_language(preferred=["en-GB"]) == "en"
    _select(dialog.language, "de")
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert choose_language(preferred=["en-GB"]) == "de"
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "next time you start" in labels


def test_a_missing_folder_picked_now_is_refused_with_a_reason(qtbot, dialog, tmp_path):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(tmp_path / "unplugged"))
    assert "does not exist" in dialog.folder_status.text()
    assert dialog.folder_status.styleSheet()  # shown as a warning
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()
    assert not settings.settings_file().exists()
    assert dialog.tabs.currentIndex() == 3
    dialog.findChild(QPushButton, "backupReset").click()
    assert dialog.folder.text() == ""
    assert "can be written" in dialog.folder_status.text()
    assert not dialog.folder_status.styleSheet()
    dialog.folder.setText("relative/path")
    assert "full path" in dialog.folder_status.text()


def test_a_saved_folder_that_is_unplugged_does_not_block_other_changes(qtbot, tmp_path):
    settings.save(Settings(backup_folder=str(tmp_path / "unplugged")))
    shown = SettingsDialog(tmp_path / "journal")
    qtbot.addWidget(shown)
    assert "does not exist" in shown.folder_status.text()
    shown.morning.setValue(9)
    _press(shown, QDialogButtonBox.StandardButton.Ok)
    assert settings.load().morning_hour == 9


def test_the_newest_backup_in_the_folder_is_shown(qtbot, tmp_path):
    folder = tmp_path / "journal" / "backups"
    folder.mkdir(parents=True)
    (folder / backup_file_name(datetime(2026, 3, 1, 9, tzinfo=UTC))).write_bytes(b"x" * 2048)
    (folder / backup_file_name(datetime(2026, 3, 4, 9, tzinfo=UTC), "manual")).write_bytes(b"y")
    (folder / "notes.txt").write_text("not a backup")
    shown = SettingsDialog(tmp_path / "journal")
    qtbot.addWidget(shown)
    assert "Newest backup" in shown.newest.text()
    assert "2026" in shown.newest.text() or "26" in shown.newest.text()
    assert "4" in shown.newest.text() and "1 byte" in shown.newest.text()
    empty = tmp_path / "empty"
    empty.mkdir()
    shown.folder.setText(str(empty))
    assert shown.newest.text() == "No backup in this folder yet."


def test_every_control_is_named_and_every_label_has_a_buddy(dialog):
    controls = [
        *dialog.findChildren(QComboBox),
        *dialog.findChildren(QAbstractSpinBox),
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QPushButton),
    ]
    assert len(controls) >= 10
    for control in controls:
        if isinstance(control, QLineEdit) and isinstance(control.parent(), QAbstractSpinBox):
            continue  # a spin box's own editor
        assert control.accessibleName() or control.text(), control.objectName()
    mnemonic_labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert len(mnemonic_labels) >= 7
    for label in mnemonic_labels:
        assert label.buddy() is not None, label.text()


def test_edit_settings_opens_with_ctrl_comma(qtbot, journal, windows, on_dialog, english):
    bert = clients.create(ClientData(name="Bert"))  # no rhythm of his own
    window = windows.open()
    window.client_list.select_client(bert)
    assert not window.pane.summary.rhythm.isVisible()
    action = window.settings_actions.action
    assert action.shortcut() == QKeySequence("Ctrl+,")  # the platform's key may be empty
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()
    seen = []

    def look(shown) -> None:
        seen.append(shown.objectName())
        shown.cadence.setValue(21)
        shown.accept()

    on_dialog(look)
    action.trigger()
    assert seen == ["settingsDialog"]
    assert settings.load().default_cadence_days == 21
    assert "every 21 days" in window.pane.summary.rhythm.text()  # the profile follows at once
    assert window.pane.summary.rhythm.isVisible()


def test_the_dialog_is_operable_by_keyboard(qtbot, dialog):
    from PySide6.QtCore import Qt

    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the Replies tab
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Next morning at
    assert dialog.focusWidget() is dialog.morning
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Up)
    assert dialog.morning.value() == 9
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # OK is the default button
    assert settings.load().morning_hour == 9


def test_journal_encryption_opens_from_its_own_section_when_the_window_has_it(qtbot, tmp_path):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    plain = SettingsDialog(tmp_path / "journal")
    qtbot.addWidget(plain)
    assert plain.tabs.count() == 4 and plain.findChild(QPushButton, "settingsEncryption") is None
    window = QMainWindow()
    qtbot.addWidget(window)
    action = QAction("Journal passphrase…", window)
    action.setObjectName("actionEncryption")
    triggered: list[bool] = []
    action.triggered.connect(lambda: triggered.append(True))
    shown = SettingsDialog(tmp_path / "journal", window)
    qtbot.addWidget(shown)
    assert shown.tabs.count() == 5
    shown.findChild(QPushButton, "settingsEncryption").click()
    assert triggered == [True]
    assert not settings.settings_file().exists()  # nothing else is saved by it


def test_no_two_mnemonics_clash_on_any_page(qtbot, tmp_path):
    import re

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    QAction("Journal passphrase…", window).setObjectName("actionEncryption")
    shown = SettingsDialog(tmp_path / "journal", window)
    qtbot.addWidget(shown)

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&])", text)
        return found.group(1).lower() if found else None

    tabs = [letter(shown.tabs.tabText(index)) for index in range(shown.tabs.count())]
    assert None not in tabs
    for index in range(shown.tabs.count()):
        page = shown.tabs.widget(index)
        widgets = [*page.findChildren(QLabel), *page.findChildren(QPushButton)]
        texts = [widget.text() for widget in widgets]
        letters = tabs + [found for text in texts if (found := letter(text))]
        assert len(letters) == len(set(letters)), (shown.tabs.tabText(index), letters)
