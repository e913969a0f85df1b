"""Edit → Settings…: language, light or dark, when slept-on replies are ready, the default
contact rhythm, and where backups go and how many are kept.

Nothing changes until OK: then the settings are saved and the theme is applied at once (the
language only at the next start: widgets translate their texts once, when they are built).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientjournal import settings
from clientjournal.settings import Settings
from clientjournal.store.safety.backup import backup_files
from clientjournal.ui.common.theme import apply_theme, set_warning


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def newest_backup(folder: Path) -> tuple[datetime, int] | None:
    """When the newest backup in ``folder`` was taken and its size, from the names alone (no
    backup is opened: the dialog opens at once even on a slow external disk)."""
    try:
        found = [(name.taken_at, path) for path, name in backup_files(folder).items()]
        if not found:
            return None
        taken, path = max(found)
        return taken, path.stat().st_size
    except OSError:
        return None


class SettingsDialog(QDialog):
    settingsSaved = Signal(object)  # the new Settings, after OK

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.data_dir = Path(data_dir)
        self.saved = settings.load()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.tabs.addTab(self._general_page(), self.tr("&General"))
        self.tabs.addTab(self._replies_page(), self.tr("Re&plies"))
        self.tabs.addTab(self._clients_page(), self.tr("&Clients"))
        self.tabs.addTab(self._backups_page(), self.tr("&Backups"))
        # The window's "Journal passphrase…" action, when this build has encryption.
        encryption = parent.findChild(QAction, "actionEncryption") if parent else None
        if encryption is not None:
            self.tabs.addTab(self._encryption_page(encryption), self.tr("&Encryption"))
        # Settings → Sync, when the window syncs (its controller acts at once, not with OK).
        if parent is not None:
            from clientjournal.ui.sync.controller import SyncController

            sync = parent.findChild(SyncController, "syncController")
            if sync is not None:
                from clientjournal.ui.sync.settings_page import SyncPage

                self.sync_page = SyncPage(sync, self)
                self.tabs.addTab(self.sync_page, self.tr("S&ync"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._show(self.saved)

    # -- the pages ------------------------------------------------------------------------
    def _combo(self, name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.language = self._combo(
            "settingsLanguage",
            self.tr("Language"),
            [(self.tr("As the system"), "system"), ("Deutsch", "de"), ("English", "en")],
        )
        self.theme = self._combo(
            "settingsTheme",
            self.tr("Appearance"),
            [
                (self.tr("As the system"), "system"),
                (self.tr("Light"), "light"),
                (self.tr("Dark"), "dark"),
            ],
        )
        form = QFormLayout(page)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(
            "", _hint(self.tr("A new language takes effect the next time you start the app."), page)
        )
        form.addRow(self.tr("&Appearance:"), self.theme)
        form.addRow("", _hint(self.tr("Light or dark takes effect at once."), page))
        return page

    def _replies_page(self) -> QWidget:
        page = QWidget(self)
        self.morning = QSpinBox(page)
        self.morning.setObjectName("morningHour")
        self.morning.setRange(0, 23)
        self.morning.setSuffix(self.tr(":00"))
        self.morning.setAccessibleName(self.tr("Morning hour"))
        self.rest = QDoubleSpinBox(page)
        self.rest.setObjectName("minimumRest")
        self.rest.setRange(0, settings.MAX_REST_HOURS)
        self.rest.setDecimals(1)
        self.rest.setSuffix(self.tr(" h"))
        self.rest.setAccessibleName(self.tr("Minimum rest in hours"))
        form = QFormLayout(page)
        form.addRow(
            _hint(
                self.tr(
                    "A reply you sleep on is ready at the later of two times: the next morning at "
                    "this hour, and after the minimum rest. Replies already sleeping keep their "
                    "time."
                ),
                page,
            )
        )
        form.addRow(self.tr("Next &morning at:"), self.morning)
        form.addRow(self.tr("Minimum &rest:"), self.rest)
        return page

    def _clients_page(self) -> QWidget:
        page = QWidget(self)
        self.cadence = QSpinBox(page)
        self.cadence.setObjectName("defaultCadence")
        self.cadence.setRange(*settings.CADENCE_RANGE)
        self.cadence.setSpecialValueText(self.tr("No rhythm"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setAccessibleName(self.tr("Default contact rhythm in days"))
        form = QFormLayout(page)
        form.addRow(
            _hint(
                self.tr(
                    "How often to get in touch with a client who has no rhythm of their own. "
                    "A client's own rhythm always comes first."
                ),
                page,
            )
        )
        form.addRow(self.tr("Get in touch e&very:"), self.cadence)
        return page

    def _backups_page(self) -> QWidget:
        page = QWidget(self)
        self.folder = QLineEdit(page)
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setPlaceholderText(str(settings.backup_folder(self.data_dir, Settings())))
        self.folder.setClearButtonEnabled(True)
        self.folder.setMinimumWidth(self.folder.fontMetrics().averageCharWidth() * 36)
        self.folder.textChanged.connect(self._check_folder)
        choose = QPushButton(self.tr("C&hoose…"), page)
        choose.setObjectName("backupChoose")
        choose.setAccessibleName(self.tr("Choose the backup folder"))
        choose.clicked.connect(self._choose_folder)
        reset = QPushButton(self.tr("&Reset to default"), page)
        reset.setObjectName("backupReset")
        reset.setAccessibleName(self.tr("Back up into the journal folder again"))
        reset.clicked.connect(self.folder.clear)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(reset)
        self.folder_status = QLabel(page)
        self.folder_status.setObjectName("backupFolderStatus")
        self.folder_status.setWordWrap(True)
        set_warning(self.folder_status, False)
        self.newest = QLabel(page)
        self.newest.setObjectName("newestBackup")
        self.newest.setWordWrap(True)
        self.daily = QSpinBox(page)
        self.daily.setObjectName("backupDaily")
        self.daily.setRange(*settings.DAILY_RANGE)
        self.daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.weekly = QSpinBox(page)
        self.weekly.setObjectName("backupWeekly")
        self.weekly.setRange(*settings.WEEKLY_RANGE)
        self.weekly.setAccessibleName(self.tr("Weekly backups to keep"))
        form = QFormLayout(page)
        folder_label = QLabel(self.tr("&Folder:"), page)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow("", self.folder_status)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "A folder on another disk survives when this one fails. When it is missing "
                    "(the disk is not plugged in), the daily backup waits until the next start."
                ),
                page,
            ),
        )
        form.addRow(self.tr("Keep &daily backups:"), self.daily)
        form.addRow(self.tr("Keep &weekly backups:"), self.weekly)
        form.addRow("", self.newest)
        self.env_note = None
        if os.environ.get(settings.BACKUP_DIR_ENV):
            self.env_note = _hint(
                self.tr("For now, %1 names the folder: backups go there.").replace(
                    "%1", settings.BACKUP_DIR_ENV
                ),
                page,
            )
            form.addRow("", self.env_note)
        return page

    def _encryption_page(self, action: QAction) -> QWidget:
        page = QWidget(self)
        button = QPushButton(self.tr("&Journal encryption…"), page)
        button.setObjectName("settingsEncryption")
        button.setAccessibleName(self.tr("Journal encryption"))
        button.clicked.connect(action.trigger)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _hint(
                self.tr(
                    "A passphrase encrypts the journal and its backups: without it, nobody can "
                    "read them, and neither can you. It takes effect at once, not with OK."
                ),
                page,
            )
        )
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # -- showing and checking -------------------------------------------------------------
    def _show(self, shown: Settings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(shown.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(shown.theme)))
        self.morning.setValue(shown.morning_hour)
        self.rest.setValue(shown.min_rest_hours)
        self.cadence.setValue(shown.default_cadence_days)
        self.folder.setText(shown.backup_folder)
        self.daily.setValue(shown.backup_daily)
        self.weekly.setValue(shown.backup_weekly)
        self._check_folder()

    def chosen(self) -> Settings:
        return Settings(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            morning_hour=self.morning.value(),
            min_rest_hours=round(self.rest.value(), 1),
            backup_folder=self.folder.text().strip(),
            backup_daily=self.daily.value(),
            backup_weekly=self.weekly.value(),
            default_cadence_days=self.cadence.value(),
        )

    def folder_problem(self) -> str | None:
        """What is wrong with the folder as typed, in words for the user; None when fine."""
        text = self.folder.text().strip()
        if not text:
            return None  # the journal folder's backups/, created when needed
        if not Path(text).expanduser().is_absolute():
            return self.tr("Please give the full path of the folder.")
        problem = settings.folder_problem(Path(text).expanduser())
        return {
            None: None,
            "missing": self.tr("This folder does not exist (is the disk plugged in?)."),
            "not a folder": self.tr("This is a file, not a folder."),
            "not writable": self.tr("The app may not write into this folder."),
        }[problem]

    def _check_folder(self) -> None:
        problem = self.folder_problem()
        self.folder_status.setText(problem or self.tr("Backups can be written here."))
        self.folder_status.setAccessibleName(self.folder_status.text())
        set_warning(self.folder_status, bool(problem))
        self._show_newest()

    def _show_newest(self) -> None:
        folder = settings.backup_folder(self.data_dir, self.chosen())
        found = newest_backup(folder) if folder.is_dir() else None
        if found is None:
            self.newest.setText(self.tr("No backup in this folder yet."))
            return
        taken, size = found
        when = QLocale().toString(taken.astimezone(), QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]  # PySide takes a datetime for the QDateTime
        self.newest.setText(
            self.tr("Newest backup: %1 (%2)")
            .replace("%1", when)
            .replace("%2", QLocale().formattedDataSize(size))
        )

    def _choose_folder(self) -> None:
        start = self.folder.text().strip() or self.folder.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    # -- OK -------------------------------------------------------------------------------
    def accept(self) -> None:
        chosen = self.chosen()
        if chosen.backup_folder != self.saved.backup_folder and self.folder_problem():
            self.tabs.setCurrentIndex(3)
            self.folder.setFocus()
            return  # a folder picked just now must work; a saved one may be unplugged for now
        settings.save(chosen)
        app = QApplication.instance()
        if isinstance(app, QApplication) and chosen.theme != self.saved.theme:
            apply_theme(app, chosen.theme)
        self.saved = chosen
        self.settingsSaved.emit(chosen)
        super().accept()
