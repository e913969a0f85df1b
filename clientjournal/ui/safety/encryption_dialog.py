"""Set, change or remove the journal's passphrase (SQLCipher encryption at rest).

The dialog asks for the current passphrase (when there is one), the new one twice with a
strength hint, and says plainly that a forgotten passphrase means the journal is gone.  The
re-encryption (store/reencrypt.py: the journal and its backups, each through a new file) runs
in a thread with a progress bar; ``prepare`` closes the window's connection first (or says
why it cannot now: another operation on the journal runs) and ``reopen`` opens the journal
again with whatever key it has now, also after a failure.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.safety.passphrase import MIN_LENGTH, Strength, strength
from clientjournal.ui.common.background import run_in_background


class EncryptionDialog(QDialog):
    """``encrypted``: whether the journal has a passphrase now (then it can be changed or
    removed, else set).  ``folders``: backup folders besides the journal's ``backups/``."""

    finished_change = Signal(bool)  # the journal is encrypted now

    def __init__(
        self,
        data_dir: Path,
        encrypted: bool,
        prepare: Callable[[], str | None],
        reopen: Callable[[], None],
        folders: list[Path] | None = None,
        parent: QWidget | None = None,
        *,
        sync_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.encrypted = encrypted
        self._prepare = prepare
        self._reopen = reopen
        self._folders = list(folders or [])
        self._worker: QThread | None = None
        self.skipped: list[Path] = []  # backups left under another passphrase
        self.sync_folder = sync_folder
        self._was_encrypted = encrypted
        # The sync folder when the journal changed: its change files are as they were written.
        self.sync_folder_left: Path | None = None
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Journal passphrase"))
        self.setAccessibleName(self.tr("Journal passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(
            self.tr(
                "<b>If you forget the passphrase, the journal and its backups cannot be opened "
                "again — by anyone, and there is no way to reset it.</b> Write it down and "
                "keep it in a safe place."
            ),
            self,
        )
        warning.setObjectName("encryptionWarning")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.sync_note = QLabel(self)
        self.sync_note.setObjectName("encryptionSyncNote")
        self.sync_note.setWordWrap(True)
        if sync_folder is not None:
            self.sync_note.setText(self.sync_folder_text(after=False))
        else:
            self.sync_note.hide()
        layout.addWidget(self.sync_note)
        form = QFormLayout()
        self.current = self._password_field("currentPassphrase", self.tr("Current passphrase"))
        if encrypted:
            form.addRow(self.tr("&Current passphrase:"), self.current)
            self.change_choice: QRadioButton | None = QRadioButton(
                self.tr("Chan&ge the passphrase"), self
            )
            self.change_choice.setObjectName("changePassphrase")
            self.remove_choice: QRadioButton | None = QRadioButton(
                self.tr("Re&move the passphrase (store the journal unencrypted)"), self
            )
            self.remove_choice.setObjectName("removePassphrase")
            self.change_choice.setChecked(True)
            self.change_choice.toggled.connect(self._update)
            form.addRow(self.change_choice)
            form.addRow(self.remove_choice)
        else:
            self.current.hide()
            self.change_choice = self.remove_choice = None
        self.new = self._password_field("newPassphrase", self.tr("New passphrase"))
        self.repeat = self._password_field("repeatPassphrase", self.tr("New passphrase again"))
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Again:"), self.repeat)
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        layout.addLayout(form)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("encryptionProgress")
        self.progress.setAccessibleName(self.tr("Re-encryption progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setObjectName("encryptionMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Encrypt") if not encrypted else self.tr("C&hange"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setObjectName("encryptionApply")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._update)
        self.setMinimumWidth(480)
        self._update()

    def _intro(self) -> str:
        if self.encrypted:
            return self.tr(
                "The journal and its backups are encrypted. Change the passphrase, or remove "
                "it to store them unencrypted again."
            )
        return self.tr(
            "A passphrase encrypts the journal file and its backups on disk: a stolen laptop "
            "or a lost backup disk reveals nothing without it. The app asks for it at every "
            "start. Exports are not encrypted."
        )

    def sync_folder_text(self, after: bool) -> str:
        """What the command line says too (cli/encryption.py): the sync folder keeps this
        journal's changes as they were written, plain or under the passphrase before, and
        only a new folder (and deleting the old one's files everywhere) fits the new state."""
        folder = str(self.sync_folder)
        if after:
            text = (
                self.tr(
                    "The sync folder %1 still holds this journal's changes in plain text, and "
                    "they no longer fit it: sync to a new, empty folder (Settings → Sync), then "
                    "delete the old folder's files on every computer."
                )
                if not self._was_encrypted
                else self.tr(
                    "The sync folder %1 still holds this journal's changes under the old "
                    "passphrase, and they no longer fit it: sync to a new, empty folder "
                    "(Settings → Sync), then delete the old folder's files on every computer."
                )
            )
            return text.replace("%1", folder)
        text = (
            self.tr(
                "This journal syncs through %1. The changes written there stay in plain text: "
                "afterwards, sync to a new, empty folder (Settings → Sync) and delete the old "
                "folder's files on every computer."
            )
            if not self._was_encrypted
            else self.tr(
                "This journal syncs through %1. The changes written there stay under the "
                "current passphrase: afterwards, sync to a new, empty folder (Settings → Sync) "
                "and delete the old folder's files on every computer."
            )
        )
        return text.replace("%1", folder)

    def _password_field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        return field

    def removing(self) -> bool:
        return self.remove_choice is not None and self.remove_choice.isChecked()

    def _update(self) -> None:
        removing = self.removing()
        self.new.setEnabled(not removing)
        self.repeat.setEnabled(not removing)
        if self.encrypted:
            self.apply_button.setText(self.tr("&Remove") if removing else self.tr("C&hange"))
        problem = self._problem()
        self.hint.setText(problem or self._strength_text())
        busy = self._worker is not None
        self.apply_button.setEnabled(problem is None and not busy)

    def _strength_text(self) -> str:
        if self.removing():
            return self.tr("The journal and its backups will be stored unencrypted.")
        return {
            Strength.WEAK: self.tr("Weak: easy to guess. Longer is better, e.g. four words."),
            Strength.FAIR: self.tr("Fair. A few more words or characters make it strong."),
            Strength.STRONG: self.tr("Strong."),
        }[strength(self.new.text())]

    def _problem(self) -> str | None:
        """Why the button is off: one reason at a time, the first one to fix."""
        if self.encrypted and not self.current.text():
            return self.tr("Enter the current passphrase.")
        if self.removing():
            return None
        if strength(self.new.text()) is Strength.TOO_SHORT:
            return self.tr("The new passphrase needs at least %n characters.", "", MIN_LENGTH)
        if self.new.text() != self.repeat.text():
            return self.tr("The two new passphrases differ.")
        return None

    def apply(self) -> None:
        if self._problem() is not None or self._worker is not None:
            return
        from clientjournal.paths import journal_file
        from clientjournal.store.safety.encryption import opens

        old = self.current.text() if self.encrypted else None
        if old is not None and not opens(journal_file(self.data_dir), old):
            self.current.clear()
            self._say(self.tr("The current passphrase is wrong. Nothing was changed."))
            return
        new = None if self.removing() else self.new.text()
        self._start(old, new)

    def _start(self, old: str | None, new: str | None) -> None:
        from clientjournal.store.safety.reencrypt import change_passphrase

        refused = self._prepare()  # what to say when another operation has the journal
        if refused:
            self._say(refused)
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(self.tr("Re-encrypting the journal…"))
        folders = self._folders
        self._worker = run_in_background(
            self,
            lambda report: change_passphrase(self.data_dir, old, new, report, folders),
            lambda done: self._finished(done, new is not None),
            self._failed,
            self._progressed,
        )
        for field in (self.current, self.new, self.repeat):
            field.setEnabled(False)
        self.buttons.setEnabled(False)

    def _progressed(self, what: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if what == "backups":
            self._say(
                self.tr("Re-encrypting the backups: %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def _finished(self, done: Any, encrypted: bool) -> None:
        self._worker = None
        self._reopen()
        self.encrypted = encrypted
        # Before the signal: its receiver reports them (they were set after it, so a backup
        # left under another passphrase was never reported).
        self.skipped = list(done.skipped)
        if done.journal_changed and self.sync_folder is not None:
            self.sync_folder_left = self.sync_folder
        self.finished_change.emit(encrypted)
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self._reopen()  # the journal is as it was: the old file is only replaced when complete
        self.progress.hide()
        for field in (self.current, self.new, self.repeat):
            field.setEnabled(True)
        self.buttons.setEnabled(True)
        self._say(self.tr("Nothing was changed: %1").replace("%1", str(error)))
        self._update()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        if self._worker is None:  # never while re-encrypting: it finishes or fails first
            super().reject()
