"""Add or edit a client: the fields of the client record, checked before anything is saved."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.domain import SALUTATION_KEY, AddressForm, ClientStatus, Salutation
from clientjournal.core.profile import with_field
from clientjournal.core.records import ClientData
from clientjournal.core.tags import format_tags, parse_tags
from clientjournal.core.validation import client_problems, one_line
from clientjournal.ui.common.font_size import scaled
from clientjournal.ui.common.labels import (
    address_form_hint,
    address_form_label,
    salutation_label,
    status_label,
)
from clientjournal.ui.common.optional_date import OptionalDate
from clientjournal.ui.common.theme import warning_style


class ClientDialog(QDialog):
    def __init__(self, client: ClientData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self._original = client or ClientData(name="", started_on=date.today())
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))
        self.setMinimumWidth(scaled(self, 440))

        self.name = QLineEdit(self)
        self.name.setObjectName("clientName")
        self.name.setPlaceholderText(self.tr("e.g. Anna Müller"))
        self.company = QLineEdit(self)
        self.company.setObjectName("clientCompany")
        self.email = QLineEdit(self)
        self.email.setObjectName("clientEmail")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("clientPhone")
        self.address_form = QComboBox(self)
        self.address_form.setObjectName("clientAddressForm")
        for choice in AddressForm:
            self.address_form.addItem(address_form_label(choice), choice.value)
        self.address_hint = QLabel(self)
        self.address_hint.setObjectName("clientAddressHint")
        self.address_hint.setWordWrap(True)
        self.address_form.currentIndexChanged.connect(self._show_address_hint)
        self.salutation = QComboBox(self)
        self.salutation.setObjectName("clientSalutation")
        for salutation in Salutation:
            self.salutation.addItem(salutation_label(salutation), salutation.value)
        self.salutation.currentIndexChanged.connect(self._show_address_hint)
        self.status = QComboBox(self)
        self.status.setObjectName("clientStatus")
        for status in ClientStatus:
            self.status.addItem(status_label(status), status.value)
        self.started = OptionalDate(self.tr("Started on"), self)
        self.ended = OptionalDate(self.tr("Ended on"), self)
        self.cadence = QSpinBox(self)
        self.cadence.setObjectName("clientCadence")
        self.cadence.setRange(0, 366)
        self.cadence.setSpecialValueText(self.tr("No rhythm"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setToolTip(
            self.tr(
                "How often you want to be in touch while you work together, e.g. every 14 days. "
                "The app reminds you when it is time, and warns when you contact them too often."
            )
        )
        self.tags = QLineEdit(self)
        self.tags.setObjectName("clientDialogTags")
        self.tags.setPlaceholderText(self.tr("e.g. print, regular, referral"))
        self.problems = QLabel(self)
        self.problems.setObjectName("clientProblems")
        self.problems.setWordWrap(True)
        warning_style(self.problems)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Address as:"), self.address_form)
        form.addRow("", self.address_hint)
        form.addRow(self.tr("Sa&lutation:"), self.salutation)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow("", self.started)
        form.addRow("", self.ended)
        form.addRow(self.tr("&Get in touch every:"), self.cadence)
        form.addRow(self.tr("&Tags:"), self.tags)
        for field, name in (
            (self.name, self.tr("Name")),
            (self.company, self.tr("Company")),
            (self.email, self.tr("E-mail")),
            (self.phone, self.tr("Phone")),
            (self.address_form, self.tr("Address as")),
            (self.salutation, self.tr("Salutation")),
            (self.status, self.tr("Status")),
            (self.cadence, self.tr("Contact rhythm in days")),
            (self.tags, self.tr("Tags")),
        ):
            field.setAccessibleName(name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._load(self._original)
        for edit in (self.name, self.company, self.email, self.phone):
            edit.textChanged.connect(self._check)
        self.status.currentIndexChanged.connect(self._on_status)
        self.started.check.toggled.connect(self._check)
        self.ended.check.toggled.connect(self._check)
        self.started.edit.dateChanged.connect(self._check)
        self.ended.edit.dateChanged.connect(self._check)
        self._check()

    def _load(self, client: ClientData) -> None:
        self.name.setText(client.name)
        self.company.setText(client.company)
        self.email.setText(client.email)
        self.phone.setText(client.phone)
        self.address_form.setCurrentIndex(self.address_form.findData(client.address_form.value))
        saved = str(client.profile.get(SALUTATION_KEY, ""))
        self.salutation.setCurrentIndex(max(0, self.salutation.findData(saved)))
        self._show_address_hint()
        self.status.setCurrentIndex(self.status.findData(client.status.value))
        self.started.set_value(client.started_on)
        self.ended.set_value(client.ended_on)
        self.cadence.setValue(client.cadence_days or 0)
        self.tags.setText(format_tags(client.tags))

    def client(self) -> ClientData:
        """The edited record; fields the dialog does not show are kept as they were."""
        return dataclasses.replace(
            self._original,
            name=one_line(self.name.text()),
            company=one_line(self.company.text()),
            email=one_line(self.email.text()),
            phone=one_line(self.phone.text()),
            address_form=AddressForm(self.address_form.currentData()),
            profile=with_field(
                self._original.profile, SALUTATION_KEY, str(self.salutation.currentData())
            ),
            status=ClientStatus(self.status.currentData()),
            started_on=self.started.value(),
            ended_on=self.ended.value(),
            cadence_days=self.cadence.value() or None,
            tags=parse_tags(self.tags.text()),
        )

    def _show_address_hint(self) -> None:
        self.address_hint.setText(
            address_form_hint(
                AddressForm(self.address_form.currentData()),
                Salutation(str(self.salutation.currentData() or "")),
            )
        )

    def _on_status(self) -> None:
        ended = self.status.currentData() == ClientStatus.ENDED.value
        if ended and self.ended.value() is None:
            self.ended.set_value(date.today())
        self._check()

    def _check(self) -> None:
        messages = {
            "name_missing": self.tr("A client needs a name."),
            "name_too_long": self.tr("The name is too long."),
            "email_invalid": self.tr("This does not look like an e-mail address."),
            "ended_before_started": self.tr("The end date is before the start date."),
            "company_too_long": self.tr("The company is too long."),
            "phone_too_long": self.tr("The phone number is too long."),
            "too_many_tags": self.tr("Too many tags."),
        }
        problems = client_problems(self.client())
        self.problems.setText("\n".join(messages[p] for p in problems if p != "name_missing"))
        self.problems.setVisible(any(p != "name_missing" for p in problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
