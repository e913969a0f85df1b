"""Edit → Settings…: opens the settings dialog; what it changes reaches every view as a
change of the settings (the default rhythm in the profile, when held replies are ready)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from clientjournal.ui.common.context import Change, WindowContext


class SettingsActions(QObject):
    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self.action = QAction(self.tr("&Settings…"), self)
        self.action.setObjectName("actionSettings")
        # The platform's key for settings is empty outside KDE, GNOME and macOS: Ctrl+, always
        # works and is the one the menu shows; the platform's own (KDE: Ctrl+Shift+,) as well.
        keys = [QKeySequence("Ctrl+,")]
        keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                 if key not in keys]  # fmt: skip
        self.action.setShortcuts(keys)
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.show_settings)

    def show_settings(self) -> None:
        from clientjournal.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self._context.data_dir, self._context.dialog_parent())
        dialog.settingsSaved.connect(lambda: self._context.events.changed(Change.SETTINGS))
        dialog.exec()
        dialog.deleteLater()
