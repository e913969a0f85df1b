"""File → Restore from backup…: the backups, newest first, and a deliberate second step.

A list a user can read at a glance: when (local time), why (daily, weekly, by hand, before an
update, before a restore), how big, and what it holds.  A backup that cannot be read is shown
and marked, but cannot be chosen: the list should not hide that a copy went bad.  Choosing
one asks once more and says what will happen, because a restore replaces what is on screen.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.safety.backup_policy import DEFAULT_DAILY
from clientjournal.ui.common.font_size import scaled_size

if TYPE_CHECKING:
    from clientjournal.store.safety.backup import BackupInfo

PATH_ROLE = Qt.ItemDataRole.UserRole


def all_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup of the journal, newest first, from each folder that may hold some: the
    one picked in the settings and the journal's own ``backups/`` (clientjournal.settings)."""
    from clientjournal import settings
    from clientjournal.store.safety.backup import list_backups_in

    return list_backups_in(data_dir, settings.backup_folders(data_dir))


def local_time(moment: datetime) -> str:
    """A backup's time as the user's clock and locale show it."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def weekly_ones(backups: list[BackupInfo], daily: int = DEFAULT_DAILY) -> set[Path]:
    """The daily backups that rotation keeps as weekly ones: those older than the newest
    ``daily`` days that have one (the same rule as core.backup_policy)."""
    days: list[object] = []
    weekly = set()
    for info in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        if info.label:
            continue
        day = info.taken_at.astimezone().date()
        if day not in days:
            days.append(day)
        if days.index(day) >= daily:
            weekly.add(info.path)
    return weekly


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def kind_text(info: BackupInfo, weekly: bool) -> str:
    """Why the backup exists, in words (the label in its file name, a number suffix dropped)."""
    label = re.sub(r"-\d+$", "", info.label)
    if not label:
        return _tr("Weekly") if weekly else _tr("Daily")
    if label == "manual":
        return _tr("Made by hand")
    if label == "before-restore":
        return _tr("Before a restore")
    if label.startswith("before-v"):
        return _tr("Before an update")
    return label


def _count(number: int | None) -> str:
    """A count as the locale writes it; nothing for an unreadable backup's (None)."""
    return "" if number is None else QLocale().toString(number)


def fill_backup(info: BackupInfo, text: str) -> str:
    """``text`` with %1 the backup's local date, %2 its clients and %3 its notes."""
    return (
        text.replace("%1", local_time(info.taken_at))
        .replace("%2", _count(info.clients))
        .replace("%3", _count(info.notes))
    )


class RestoreDialog(QDialog):
    """Lists the backups; ``chosen()`` is the one to restore once the dialog is accepted."""

    def __init__(
        self, backups: list[BackupInfo], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.windowTitle())
        self.resize(scaled_size(self, 640, 380))
        self._backups = {str(info.path): info for info in backups}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The journal as it is now is backed up "
                "first and kept; nothing is deleted."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Clients"),
                self.tr("Notes"),
            ]
        )
        from clientjournal import settings

        weekly = weekly_ones(backups, settings.load().backup_daily)
        for info in backups:  # newest first, as list_backups gives them
            self.list.addTopLevelItem(self._item(info, info.path in weekly))
        for column in range(5):
            self.list.resizeColumnToContents(column)
        header = self.list.header()
        header.setStretchLastSection(False)  # the counts stay beside each other
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list, 1)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if not backups:
            self.note.setText(self.tr("There are no backups in %1 yet.").replace("%1", str(folder)))
        layout.addWidget(self.note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda *_: self._confirm())  # Enter: the button
        if backups:
            first = self.list.topLevelItem(0)
            assert first is not None  # a row per backup
            self.list.setCurrentItem(first)
        self.list.setFocus()
        self._update()

    def _item(self, info: BackupInfo, weekly: bool) -> QTreeWidgetItem:
        size = QLocale().formattedDataSize(info.size)
        if info.readable:
            counts = [_count(info.clients), _count(info.notes)]
        else:
            counts = [self.tr("unreadable"), ""]
        item = QTreeWidgetItem([local_time(info.taken_at), kind_text(info, weekly), size, *counts])
        item.setData(0, PATH_ROLE, str(info.path))
        item.setToolTip(0, str(info.path))
        for column in (2, 3, 4):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        if not info.readable:
            for column in range(5):
                item.setForeground(column, self.palette().placeholderText())
        return item

    def current(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return None if item is None else self._backups.get(item.data(0, PATH_ROLE))

    def _update(self, *_: object) -> None:
        info = self.current()
        self.restore_button.setEnabled(info is not None and info.readable)
        if info is not None and not info.readable:
            self.note.setText(
                self.tr("This backup cannot be read, so it cannot be restored: %1").replace(
                    "%1", str(info.path)
                )
            )
        elif self._backups:
            self.note.setText("")

    def confirm_text(self, info: BackupInfo) -> str:
        return fill_backup(
            info,
            self.tr(
                "Go back to the backup from %1 (%2 clients, %3 notes)?\n\n"
                "The journal as it is now is backed up first and then kept beside it under a "
                "new name; nothing is deleted. Changes made since the backup will no longer "
                "be shown, and the undo history is cleared."
            ),
        )

    def _confirm(self) -> None:
        info = self.current()
        if info is None or not info.readable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.confirm_text(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()

    def chosen(self) -> BackupInfo | None:
        return self.current() if self.result() == QDialog.DialogCode.Accepted else None
