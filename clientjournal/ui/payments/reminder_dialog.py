"""One calm payment reminder, ready to copy or hand to the mail client.

The text comes from ``core.payments.reminder_text`` in the client's address form; the language
is the client's (German for du/Sie, English otherwise) and can be switched.  It stays editable:
the app suggests wording, the user sends it (the app itself never sends anything).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.cooling import mailto_url
from clientjournal.core.domain import AddressForm
from clientjournal.core.payments import PaymentData, client_language, reminder_text
from clientjournal.core.records import ClientData
from clientjournal.ui.common.font_size import scaled_size


def default_language(client: ClientData) -> str:
    """The client's language as its address form tells it, else the UI's."""
    if client.address_form in set(AddressForm):
        return client_language(client)
    return "de" if QLocale().language() == QLocale.Language.German else "en"


class PaymentReminderDialog(QDialog):
    def __init__(
        self,
        client: ClientData,
        payment: PaymentData,
        today: date,
        parent: QWidget | None = None,
        sender: str = "",
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._payment = payment
        self._today = today
        self._sender = sender
        self.setObjectName("paymentReminderDialog")
        self.setWindowTitle(self.tr("Payment reminder"))
        self.resize(scaled_size(self, 620, 480))

        self.language = QComboBox(self)
        self.language.setObjectName("reminderLanguage")
        self.language.setAccessibleName(self.tr("Language of the reminder"))
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.setToolTip(self.tr("Switching the language writes the text anew."))
        self.to = QLineEdit(client.email, self)
        self.to.setObjectName("reminderTo")
        self.to.setAccessibleName(self.tr("Recipient"))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("reminderSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("reminderBody")
        self.body.setAccessibleName(self.tr("Reminder text"))
        self.body.setTabChangesFocus(True)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copyReminder")
        self.copy_button.setToolTip(self.tr("Copy the text to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(self.tr("Open in &mail app"), self)
        self.mail_button.setObjectName("mailReminder")
        self.mail_button.clicked.connect(self.open_mail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)

        self.language.setCurrentIndex(max(0, self.language.findData(default_language(client))))
        self.language.currentIndexChanged.connect(self._write)
        self._write()
        self.body.setFocus()

    def lang(self) -> str:
        return str(self.language.currentData())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())

    def open_mail(self) -> None:
        """Hand the reminder to the mail client (a mailto: link)."""
        QDesktopServices.openUrl(
            QUrl(mailto_url(self.to.text(), self.subject.text(), self.body.toPlainText()))
        )

    def _write(self) -> None:
        subject, body = reminder_text(
            self._client, self._payment, self.lang(), self._today, self._sender
        )
        self.subject.setText(subject)
        self.body.setPlainText(body)
