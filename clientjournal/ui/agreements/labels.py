"""Translated labels for the agreement vocabulary of ``core.agreements.checklist``."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementStatus,
    DueState,
    ProjectStatus,
)
from clientjournal.ui.common.labels import calendar_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("agreement_labels", text)


def category_label(category: AgreementCategory) -> str:
    return {
        AgreementCategory.SCOPE: _tr("Scope"),
        AgreementCategory.PRICE: _tr("Price"),
        AgreementCategory.DEADLINE: _tr("Deadline"),
        AgreementCategory.REVISIONS: _tr("Revisions"),
        AgreementCategory.PAYMENT_TERMS: _tr("Payment terms"),
        AgreementCategory.COMMUNICATION: _tr("Communication"),
        AgreementCategory.USAGE_RIGHTS: _tr("Usage rights"),
        AgreementCategory.OTHER: _tr("Other"),
    }[AgreementCategory(category)]


def agreement_status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.OPEN: _tr("Open"),
        AgreementStatus.AGREED: _tr("Agreed"),
        AgreementStatus.DONE: _tr("Done"),
        AgreementStatus.BROKEN: _tr("Broken"),
    }[AgreementStatus(status)]


def agreement_status_symbol(status: AgreementStatus) -> str:
    """A glyph that reads without colour: empty box, handshake tick, filled tick, cross."""
    return {
        AgreementStatus.OPEN: "☐",
        AgreementStatus.AGREED: "☑",
        AgreementStatus.DONE: "✔",
        AgreementStatus.BROKEN: "✘",
    }[AgreementStatus(status)]


def project_status_label(status: ProjectStatus) -> str:
    return {
        ProjectStatus.PLANNED: _tr("Planned"),
        ProjectStatus.ACTIVE: _tr("Active"),
        ProjectStatus.DONE: _tr("Finished"),
        ProjectStatus.CANCELLED: _tr("Cancelled"),
    }[ProjectStatus(status)]


def due_label(due_on: date | None, state: DueState, now: datetime) -> str:
    if due_on is None:
        return ""
    when = calendar_date(due_on)
    days = (due_on - now.astimezone().date()).days
    if state == DueState.OVERDUE:
        return QCoreApplication.translate(
            "agreement_labels", "overdue since %1 (%n days)", None, -days
        ).replace("%1", when)
    if state == DueState.TODAY:
        return _tr("due today")
    if state == DueState.SOON:
        return QCoreApplication.translate(
            "agreement_labels", "due %1 (in %n days)", None, days
        ).replace("%1", when)
    return _tr("due %1").replace("%1", when)
