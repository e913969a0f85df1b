"""File → Back up now and File → Restore from backup…, and putting a backup back while the app
runs.

A backup reads the journal through a connection of its own (store/backup.py), so it runs in
a thread and typing goes on meanwhile.  A restore cannot: the journal file is swapped under the
window's connection.  So the window saves what is typed, closes the journal, lets
store/restore.py do its careful swap (the current state is backed up and moved aside first),
reopens the journal (an older backup gets its schema brought up to date there) and then builds
a fresh main window in the old one's place: every model, cache, timer and the undo history
start from the restored file, rather than half of them remembering the journal that was
replaced.  The restore itself (seconds for the demo journal, ten times that at ten times the
size) runs in a thread behind a modal progress dialog (restore_progress.py): the window
repaints but takes no input while its journal is closed, and a quit asked meanwhile waits
for the restore's end.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from clientjournal.ui.common.context import WindowContext, say

if TYPE_CHECKING:  # loaded on first use
    from PySide6.QtWidgets import QProgressDialog

    from clientjournal.store.safety.backup import BackupInfo
    from clientjournal.ui.safety.backup_dialog import RestoreDialog


class BackupActions(QObject):
    """File → Back up now and File → Restore from backup… (``file_actions``)."""

    backedUp = Signal(object)  # the new BackupInfo
    windowReplaced = Signal(object)  # the main window built on the restored journal

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._window = context.dialog_parent()
        self._progress: QProgressDialog | None = None
        self._began = False  # whether a backup began as the window's operation (back_up)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setObjectName("actionBackupNow")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.setObjectName("actionRestoreBackup")
        self.restore_action.triggered.connect(self.ask_restore)
        self.file_actions = [self.backup_action, self.restore_action]

    @property
    def data_dir(self) -> Path:
        return Path(self._context.data_dir)

    # -- back up ---------------------------------------------------------------------------
    def back_up(self) -> None:
        """A manual backup into the folder the settings name (an external disk, perhaps);
        when that folder is not there, say so rather than write somewhere else.

        One of the window's operations on the journal (``journal_work``), as a reader like an
        export (sync rounds go on beside it): a restore, a re-encryption, an import begun
        while it runs are refused at once with the reason, and their menu entries are greyed
        out; a close waits for its end.  Before, a restore or a re-encryption begun under it
        waited for its connection on the GUI thread (the window frozen up to 5 s) and then
        went on or said the journal was in use, depending on how long the copy took."""
        from clientjournal import settings
        from clientjournal.store.safety.backup import backup_journal  # not needed for start-up
        from clientjournal.ui.common.background import run_in_background

        saved = settings.load()  # one reading for the folder and whether it was picked
        folder, problem = settings.backup_target(self.data_dir, saved)
        if problem is not None:
            self._failed(
                OSError(self.tr("the backup folder %1 is not available").replace("%1", str(folder)))
            )
            return
        work = self._context.journal_work
        if not work.begin(self.tr("backup"), rewrites=False):
            self._context.show_status(work.refusal())
            return
        self._began = True  # greyed out with the other operations' entries meanwhile
        from PySide6.QtWidgets import QProgressDialog  # loaded when first used (issue 21)

        self._progress = QProgressDialog(self.tr("Backing up…"), "", 0, 0, self._window)
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(500)  # a small journal is done before it shows
        self._progress.setValue(0)
        data_dir = self.data_dir
        made = not settings.backup_folder_picked(saved)  # a picked folder gone since: not made anew
        run_in_background(
            self,
            lambda: backup_journal(data_dir, label="manual", folder=folder, make_folder=made),
            self._backed_up,
            self._failed,
        )

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        if self._began:  # not when the folder was missing: nothing had begun
            self._began = False
            self._context.journal_work.end()

    def _backed_up(self, info: BackupInfo) -> None:
        self._finish()
        text = (
            self.tr("Backed up: %1 clients, %2 notes, to %3")
            .replace("%1", str(info.clients))
            .replace("%2", str(info.notes))
            .replace("%3", str(info.path))
        )
        self._context.show_status(text, 10000)
        self.backedUp.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        say(
            self._window,
            "critical",
            self.tr("Backup failed"),
            self.tr("The backup could not be made; the journal is unchanged:\n%1").replace(
                "%1", str(error)
            ),
        )

    # -- restore ---------------------------------------------------------------------------
    def restore_dialog(self) -> RestoreDialog:
        from clientjournal import settings
        from clientjournal.ui.safety.backup_dialog import RestoreDialog, all_backups

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # counting opens each one
        try:
            backups = all_backups(self.data_dir)
        finally:
            QApplication.restoreOverrideCursor()
        return RestoreDialog(backups, settings.backup_folder(self.data_dir), self._window)

    def ask_restore(self) -> None:
        dialog = self.restore_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.chosen()
            if chosen is not None:
                self.restore_from(chosen.path)

    def restore_from(self, path: Path) -> WindowContext | None:
        """Put the backup at ``path`` in place of the journal and show it in a new window;
        None (after saying why) when it could not be restored: then nothing was changed.
        Refused while an import or a re-encryption runs (``journal_work``: the damaged
        journal's dialog may offer a restore at any time); sync rounds wait meanwhile."""
        from PySide6.QtWidgets import QMessageBox  # its class and enums only when shown (issue 21)

        work = self._context.journal_work
        if not work.begin(self.tr("restore")):
            QMessageBox.information(self._window, self.tr("Restore from backup"), work.refusal())
            return None
        try:
            return self._restore_from(Path(path))
        finally:
            work.end()  # also when the reopening failed

    def _restore_from(self, path: Path) -> WindowContext | None:
        from clientjournal.store.connection import close_journal, open_journal
        from clientjournal.store.safety.restore import RestoreError, restore
        from clientjournal.ui.safety.restore_progress import hold_journal, run_restore

        window = self._window
        self._context.save_pending()  # what was typed goes into the state that is kept
        self._context.end_sync_round()  # not left to go on in the restored journal
        self._context.show_status(self.tr("Restoring the backup…"), 0)
        data_dir, source = self.data_dir, Path(path)
        close_journal()
        hold_journal(data_dir)
        try:
            outcome = run_restore(window, lambda report: restore(data_dir, source, progress=report))
        finally:
            close_journal()  # the read-only stand-in
            open_journal(self.data_dir)  # the restored one, or the untouched one after a failure
            self._context.journal_work.end()  # open again: rounds go on, a close comes now
        failure = outcome.error
        if failure is not None:
            outcome.release()  # the window goes on: its timers held meanwhile fire now
        if failure is not None and not isinstance(failure, RestoreError):
            raise failure  # a fault of ours, not of the backup: as from the GUI thread before
        done = outcome.result
        if failure is not None:
            self._context.show_status("", 0)
            say(  # no click waited for when the session ends (context.say)
                window,
                "critical",
                self.tr("Nothing was changed"),
                self.tr("The backup could not be restored; the journal is unchanged:\n%1").replace(
                    "%1", str(failure)
                ),
            )
            if outcome.close_asked:  # the quit asked meanwhile, now that the restore ended
                window.close()
            return None
        successor = self._context.replace_window()
        outcome.release(dropped=window)  # the replaced window's timers are over
        self.windowReplaced.emit(successor)
        if done.plain_now:
            from clientjournal.ui.safety.damaged_dialog import say_plain_now

            say_plain_now(successor.dialog_parent())
        if done.keyed_now:  # an encrypted backup replaced a plain journal (issue 18)
            from clientjournal.ui.safety.damaged_dialog import say_keyed_now

            say_keyed_now(successor.dialog_parent(), len(done.left_plain))
        kept = done.moved_aside.name if done.moved_aside else ""
        successor.show_status(
            self.tr("Backup restored. The previous journal is kept as %1.").replace("%1", kept)
            if kept
            else self.tr("Backup restored."),
            15000,
        )
        if outcome.close_asked:  # the quit asked meanwhile: the restored journal is open
            successor.dialog_parent().close()
        return successor
