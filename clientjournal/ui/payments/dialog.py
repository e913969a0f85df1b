"""Editing one invoice, and the small "paid on" question; money shown in the user's locale.

The amount is typed as text and read by ``core.payments.parse_amount``, so "1.234,50" and
"1,234.50" both work whatever the locale: people paste amounts from invoices written in
either style.  Errors are shown inline while typing, and OK stays off until the invoice makes
sense (an amount, a currency code, a due date not before the issue date).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.agreements.checklist import ProjectData
from clientjournal.core.payments import (
    CURRENCIES,
    DEFAULT_TERM_DAYS,
    PaymentData,
    currency_symbol,
    parse_amount,
    valid_currency,
)
from clientjournal.ui.common.optional_date import OptionalDate
from clientjournal.ui.common.theme import warning_style


def money(cents: int, currency: str) -> str:
    """An amount in the user's locale: "1.234,50 €" in German, "€1,234.50" in English."""
    return QLocale().toCurrencyString(cents / 100, currency_symbol(currency))


def amount_text(cents: int) -> str:
    """The number alone, as the user's locale writes it (what the amount field shows)."""
    return QLocale().toString(cents / 100, "f", 2)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_edit(parent: QWidget, name: str, label: str, value: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    return edit


class PaymentDialog(QDialog):
    """Shows ``payment`` (new or stored) for editing; ``payment()`` returns the edited copy.

    ``term_days`` is the agreed payment term (``None``: none agreed).  While the user has not
    set a due date of their own, changing the issue date moves the due date along with it.
    """

    def __init__(
        self,
        payment: PaymentData,
        projects: list[ProjectData],
        term_days: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._payment = payment
        self._term = (payment.due_on - payment.issued_on).days
        self.setObjectName("paymentDialog")
        new = payment.id is None
        self.setWindowTitle(self.tr("New invoice") if new else self.tr("Edit invoice"))

        self.number = QLineEdit(payment.number, self)
        self.number.setObjectName("paymentNumber")
        self.number.setAccessibleName(self.tr("Invoice number"))
        self.number.setPlaceholderText(self.tr("e.g. 2025-017"))
        self.project = QComboBox(self)
        self.project.setObjectName("paymentProject")
        self.project.setAccessibleName(self.tr("Project"))
        self.project.addItem(self.tr("No project"), None)
        for project in projects:
            self.project.addItem(project.name, project.id)
        self.project.setCurrentIndex(max(0, self.project.findData(payment.project_id)))
        self.amount = QLineEdit(amount_text(payment.amount_cents) if not new else "", self)
        self.amount.setObjectName("paymentAmount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(amount_text(123_450))
        self.currency = QComboBox(self)
        self.currency.setObjectName("paymentCurrency")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setEditable(True)
        self.currency.addItems(
            list(CURRENCIES) + ([payment.currency] if payment.currency not in CURRENCIES else [])
        )
        self.currency.setCurrentText(payment.currency)
        self.issued = _date_edit(self, "paymentIssued", self.tr("Issued on"), payment.issued_on)
        self.due = _date_edit(self, "paymentDue", self.tr("Due on"), payment.due_on)
        self.term_hint = QLabel(self)
        self.term_hint.setObjectName("paymentTermHint")
        self.term_hint.setWordWrap(True)
        if term_days is not None:
            self.term_hint.setText(self.tr("Agreed payment term: %n day(s)", "", term_days))
        else:
            self.term_hint.setText(
                self.tr("No payment term agreed; %n day(s) by default.", "", DEFAULT_TERM_DAYS)
            )
        self.paid = OptionalDate(self.tr("Paid on"), self)
        self.paid.setObjectName("paymentPaid")
        self.paid.set_value(payment.paid_on)
        self.note = QLineEdit(payment.note, self)
        self.note.setObjectName("paymentNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.error = QLabel(self)
        self.error.setObjectName("paymentError")
        self.error.setWordWrap(True)
        warning_style(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        money_row = QHBoxLayout()
        money_row.addWidget(self.amount, 1)
        money_row.addWidget(self.currency)
        form = QFormLayout()
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&Amount:"), money_row)
        # a row of two: Alt+A goes to the sum
        cast(QLabel, form.labelForField(money_row)).setBuddy(self.amount)
        form.addRow(self.tr("&Issued on:"), self.issued)
        form.addRow(self.tr("&Due on:"), self.due)
        form.addRow("", self.term_hint)
        form.addRow(self.tr("Paid:"), self.paid)
        form.addRow(self.tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.amount.textChanged.connect(self._validate)
        self.currency.currentTextChanged.connect(self._validate)
        self.issued.dateChanged.connect(self._on_issued)
        self.due.dateChanged.connect(self._on_due)
        self._validate()
        (self.amount if new else self.number).setFocus()

    def payment(self) -> PaymentData:
        """The invoice as edited (only valid while OK is enabled)."""
        return dataclasses.replace(
            self._payment,
            number=self.number.text().strip(),
            project_id=self.project.currentData(),
            amount_cents=parse_amount(self.amount.text()),
            currency=self._currency(),
            issued_on=cast(date, self.issued.date().toPython()),
            due_on=cast(date, self.due.date().toPython()),
            paid_on=self.paid.value(),
            note=self.note.text().strip(),
        )

    def error_text(self) -> str:
        """Why the invoice cannot be saved yet; empty when it can."""
        text = self.amount.text()
        if not text.strip():
            return self.tr("Enter the amount, for example %1.").replace("%1", amount_text(123_450))
        try:
            parse_amount(text)
        except ValueError:
            if text.strip().startswith(("-", "−", "–")):
                return self.tr("The amount cannot be negative.")
            return (
                self.tr("“%1” is not an amount. Write it like %2.")
                .replace("%1", text.strip())
                .replace("%2", amount_text(123_450))
            )
        if not valid_currency(self._currency()):
            return self.tr("The currency is a three-letter code such as EUR, CHF or USD.")
        if self.due.date() < self.issued.date():
            return self.tr("The due date is before the issue date.")
        return ""

    def accept(self) -> None:
        if not self._validate():
            return
        super().accept()

    # -- private ---------------------------------------------------------------------------
    def _currency(self) -> str:
        return self.currency.currentText().strip().upper()

    def _validate(self) -> bool:
        message = self.error_text()
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def _on_issued(self, issued: QDate) -> None:
        if self._term >= 0:
            self.due.blockSignals(True)
            self.due.setDate(issued.addDays(self._term))
            self.due.blockSignals(False)
        self._validate()

    def _on_due(self, due: QDate) -> None:
        self._term = self.issued.date().daysTo(due)
        self._validate()


class PaidDialog(QDialog):
    """When the money came in: today unless the user says otherwise."""

    def __init__(self, payment: PaymentData, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paidDialog")
        self.setWindowTitle(self.tr("Mark invoice paid"))
        label = (
            self.tr("Invoice %1 (%2) was paid on:")
            .replace("%1", payment.number or "–")
            .replace("%2", money(payment.amount_cents, payment.currency))
        )
        self.day = _date_edit(self, "paidOn", self.tr("Paid on"), payment.paid_on or today)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(label, self)
        text.setBuddy(self.day)
        layout.addWidget(text)
        layout.addWidget(self.day)
        layout.addWidget(buttons)
        self.day.setFocus()

    def value(self) -> date:
        return cast(date, self.day.date().toPython())
