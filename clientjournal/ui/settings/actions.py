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
        self.action.setShortcut(QKeySequence.StandardKey.Preferences)  # Ctrl+,
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.show_settings)

    def show_settings(self) -> None:
        from clientjournal.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self._context.data_dir, self._context.dialog_parent())
        dialog.settingsSaved.connect(lambda: self._context.events.changed(Change.SETTINGS))
        dialog.exec()
        dialog.deleteLater()
