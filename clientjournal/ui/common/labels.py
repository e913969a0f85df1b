"""Translated, human labels for the stable values of ``core.domain``.

The values are identifiers in files and the database; only these labels reach the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind, Salutation
from clientjournal.core.timeutil import days_between, utcnow


def _tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("labels", text, disambiguation)


# The labels painted for every note card and client row are translated one at a time: a
# dict of every translation per call asked Qt for four or five (~50,000 instructions of a
# card's ~85,000 header; issue 21).  The lambdas keep the literal _tr("…") calls that the
# translation script finds.
_STATUS_LABELS: dict[ClientStatus, Callable[[], str]] = {
    ClientStatus.PROSPECT: lambda: _tr("Prospect"),
    ClientStatus.ACTIVE: lambda: _tr("Active"),
    ClientStatus.PAUSED: lambda: _tr("Paused"),
    ClientStatus.ENDED: lambda: _tr("Ended"),
}


def status_label(status: ClientStatus) -> str:
    return _STATUS_LABELS[ClientStatus(status)]()


def address_form_label(form: AddressForm) -> str:
    """Each names its language and register, so no two read alike."""
    return {
        AddressForm.DU: _tr("German, du"),
        AddressForm.SIE: _tr("German, Sie"),
        AddressForm.FIRST_NAME: _tr("English, first name"),
        AddressForm.FORMAL: _tr("English, formal"),
    }[AddressForm(form)]


def address_form_hint(form: AddressForm, salutation: Salutation = Salutation.MS) -> str:
    """One line on what the form means for the texts the app writes to the client; a formal
    example greets as ``salutation`` does (the hint said "Frau Müller" while the letter, with
    no salutation chosen, said "Anna Müller": attack19 finding 11)."""
    salutation = Salutation(salutation)
    if form == AddressForm.SIE:
        return {
            Salutation.MS: _tr(
                "Letters and reminders in German, formal: “Guten Tag Frau Müller, …”"
            ),
            Salutation.MR: _tr(
                "Letters and reminders in German, formal: “Guten Tag Herr Müller, …”"
            ),
            Salutation.NONE: _tr(
                "Letters and reminders in German, formal: “Guten Tag Anna Müller, …”"
            ),
        }[salutation]
    if form == AddressForm.FORMAL:
        return {
            Salutation.MS: _tr("Letters and reminders in English, formal: “Dear Ms Müller, …”"),
            Salutation.MR: _tr("Letters and reminders in English, formal: “Dear Mr Müller, …”"),
            Salutation.NONE: _tr("Letters and reminders in English, formal: “Dear Anna Müller, …”"),
        }[salutation]
    return {
        AddressForm.DU: _tr("Letters and reminders in German, informal: “Hallo Anna, …”"),
        AddressForm.FIRST_NAME: _tr(
            "Letters and reminders in English, by first name: “Hi Anna, …”"
        ),
    }[AddressForm(form)]


def salutation_label(salutation: Salutation) -> str:
    return {
        Salutation.NONE: _tr("None (the full name)"),
        Salutation.MS: _tr("Ms / Frau"),
        Salutation.MR: _tr("Mr / Herr"),
    }[Salutation(salutation)]


_KIND_LABELS: dict[NoteKind, Callable[[], str]] = {
    NoteKind.NOTE: lambda: _tr("Note"),
    NoteKind.CALL: lambda: _tr("Call"),
    NoteKind.MEETING: lambda: _tr("Meeting"),
    NoteKind.EMAIL: lambda: _tr("E-mail"),
    NoteKind.LUNCH: lambda: _tr("Lunch"),
}


def kind_label(kind: NoteKind) -> str:
    return _KIND_LABELS[NoteKind(kind)]()


_MOOD_LABELS: dict[int, Callable[[], str]] = {
    -2: lambda: _tr("Very bad"),
    -1: lambda: _tr("Tense"),
    0: lambda: _tr("Neutral"),
    1: lambda: _tr("Good"),
    2: lambda: _tr("Very good"),
}


def mood_label(mood: int) -> str:
    return _MOOD_LABELS[mood]()


def mood_symbol(mood: int) -> str:
    """A glyph that reads without colour (colour-blind users, monochrome screens)."""
    return {-2: "▼▼", -1: "▼", 0: "●", 1: "▲", 2: "▲▲"}[mood]


def relative_day(moment: datetime | None) -> str:
    """'today', 'yesterday', 'N days ago' in local calendar days, as people count them."""
    if moment is None:
        return _tr("no contact yet")
    days = days_between(moment, utcnow())
    if days <= 0:
        return _tr("today")
    if days == 1:
        return _tr("yesterday")
    return QCoreApplication.translate("labels", "%n days ago", None, days)


def local_datetime(moment: datetime) -> str:
    """A stored UTC time in the user's local zone and locale format."""
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(qt.toLocalTime(), QLocale.FormatType.ShortFormat)


def local_date(moment: datetime) -> str:
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(qt.date(), QLocale.FormatType.ShortFormat)


def calendar_date(value: date) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )
