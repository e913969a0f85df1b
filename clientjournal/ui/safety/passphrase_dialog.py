"""The passphrase prompt at start, before an encrypted journal is opened.

A wrong passphrase is an answer, not an error: the dialog says so, clears the field and asks
again; Quit closes the app without touching the journal.  The passphrase is kept only in the
process's memory (store/encryption.py), never in the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """Asks until ``unlock(passphrase)`` says yes, or the user quits."""

    def __init__(
        self,
        unlock: Callable[[str], bool],
        location: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted journal"))  # Qt appends the app's name
        self.setAccessibleName(self.tr("Enter the passphrase"))
        intro = QLabel(self.tr("This journal is encrypted. Enter its passphrase to open it."), self)
        intro.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.message = QLabel(self)
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Passphrase problem"))
        self.message.hide()
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("passphraseOpen")
        self.open_button.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("passphraseQuit")
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if location:
            where = QLabel(location, self)
            where.setWordWrap(True)
            where.setAccessibleName(self.tr("Journal file"))
            layout.addWidget(where)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.field.setFocus()

    def try_open(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            self._say(self.tr("Please enter the passphrase."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = self._unlock(passphrase)  # ~0.1 s: SQLCipher derives the key
        finally:
            QApplication.restoreOverrideCursor()
        if opened:
            self.field.clear()
            self.accept()
            return
        self.field.clear()
        self._say(
            self.tr(
                "This passphrase does not open the journal. Check the keyboard layout and "
                "Caps Lock, and try again."
            )
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.field.setFocus()


def ask_to_unlock(data_dir: Path, parent: QWidget | None = None) -> bool:
    """At start: True once the right passphrase was entered (the store remembers it, so the
    journal opens next), False when the user quits."""
    from clientjournal.paths import journal_file
    from clientjournal.store.safety.encryption import unlock_journal

    dialog = PassphraseDialog(
        lambda passphrase: unlock_journal(data_dir, passphrase),
        str(journal_file(data_dir)),
        parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted
