"""The "Journal passphrase…" action: opens the encryption dialog for the window's journal.

While the journal is re-encrypted the window's connection is closed (pending edits saved
first), and afterwards it is opened again with the new key, so the window keeps working.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from clientjournal.ui.common.context import Change, WindowContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from clientjournal.ui.safety.encryption_dialog import EncryptionDialog


class EncryptionActions(QObject):
    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._window = context.dialog_parent()
        self.action = QAction(self.tr("Journal &passphrase…"), self)
        self.action.setObjectName("actionEncryption")
        self.action.setStatusTip(
            self.tr("Encrypt the journal and its backups with a passphrase, or change it")
        )
        self.action.triggered.connect(self.show_dialog)
        self.dialog: EncryptionDialog | None = None
        self.notice: QMessageBox | None = None  # what the last change left to say

    @property
    def data_dir(self) -> Path:
        return Path(self._context.data_dir)

    def journal_is_encrypted(self) -> bool:
        from clientjournal.paths import journal_file
        from clientjournal.store.safety.encryption import is_plain_sqlite

        return not is_plain_sqlite(journal_file(self.data_dir))

    def sync_folder(self) -> Path | None:
        """The folder this journal syncs through, if any: its change files stay as they were
        written when the encryption changes, and the user has to hear so (as from the CLI)."""
        from clientjournal.store.sync import sync_folder_or_none

        return sync_folder_or_none()

    def show_dialog(self) -> None:
        from clientjournal import settings
        from clientjournal.ui.safety.encryption_dialog import EncryptionDialog

        work = self._context.journal_work
        if work.busy:  # the action is disabled then; not opened from elsewhere either
            self._context.show_status(work.refusal())
            return
        self.dialog = EncryptionDialog(
            self.data_dir,
            self.journal_is_encrypted(),
            self._close_journal,
            self._reopen_journal,
            [settings.backup_folder(self.data_dir)],
            self._window,
            sync_folder=self.sync_folder(),
        )
        self.dialog.finished_change.connect(self._changed)
        self.dialog.open()

    def _close_journal(self) -> str | None:
        """Before the re-encryption: typed text saved into the journal, the window's
        connection closed, and the window reading the old file until it is reopened; sync
        rounds wait until then (``journal_work``).  While an import or a restore runs:
        nothing done, and what to say returned."""
        from clientjournal.store.connection import close_journal
        from clientjournal.store.safety.encryption import passphrase_for
        from clientjournal.store.safety.reencrypt import ReencryptError, hold_for_reencryption

        work = self._context.journal_work
        if not work.begin(self.tr("re-encryption")):
            return work.refusal()
        try:
            self._context.save_pending()
            self._context.end_sync_round()
            close_journal()
            hold_for_reencryption(self.data_dir, passphrase_for(self.data_dir))
        except ReencryptError as error:  # another reader has the journal (a backup, a check)
            self._reopen_journal()  # as after a failed re-encryption: nothing was changed
            return self.tr("Nothing was changed: %1").replace("%1", str(error))
        except BaseException:
            self._reopen_journal()
            raise
        return None

    def _reopen_journal(self) -> None:
        from clientjournal.store.connection import close_journal, open_journal

        try:
            close_journal()  # the read-only stand-in
            open_journal(self.data_dir)  # the store remembers the key it has now
        finally:
            self._context.journal_work.end()  # rounds go on (on the failure path too)
        self._context.events.changed(Change.JOURNAL)

    def _changed(self, encrypted: bool) -> None:
        from PySide6.QtWidgets import QMessageBox  # its class and enums only when shown (issue 21)

        text = (
            self.tr("The journal and its backups are encrypted now.")
            if encrypted
            else self.tr("The journal and its backups are no longer encrypted.")
        )
        self._context.show_status(text)
        dialog = self.dialog
        parts: list[str] = []
        if dialog is not None and dialog.skipped:
            parts.append(
                self.tr(
                    "%n backup(s) could not be re-encrypted (made under an older passphrase, "
                    "or unreadable) and were left as they were:",
                    "",
                    len(dialog.skipped),
                )
                + "\n\n"
                + "\n".join(str(path) for path in dialog.skipped)
            )
        if dialog is not None and dialog.sync_folder_left is not None:
            parts.append(dialog.sync_folder_text(after=True))
        if parts:
            self.notice = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Journal passphrase"),
                "\n\n".join(parts),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            self.notice.setObjectName("encryptionNotice")
            self.notice.open()  # not exec(): the window goes on, the box stays until read
