"""Invoices and what follows from them: due dates, lateness, reminders.

The articles ask to stay professional about late payment: know what is open, see what is
overdue, and write one calm, firm reminder rather than chasing for weeks.  Everything here works
on calendar dates (``date``), never on times: an invoice is due *on* a day, and "today" is the
user's local date, passed in by the caller so tests and the UI agree on the day boundary.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from clientjournal.core.agreements.summary import _WORDING as WORDING
from clientjournal.core.agreements.summary import GERMAN_FORMS, format_date
from clientjournal.core.agreements.summary import _greeting as greeting
from clientjournal.core.domain import AddressForm
from clientjournal.core.records import ClientData

DEFAULT_TERM_DAYS = 14
MAX_TERM_DAYS = 365
REMINDER_GRACE_DAYS = 7  # the reminder asks for payment within a week of writing
MAX_CENTS = 10**13  # a hundred billion: anything larger is a typo, not an invoice
CURRENCIES = ("EUR", "CHF", "USD", "GBP")  # offered first; any ISO 4217 code is accepted
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


@dataclass(slots=True)
class PaymentData:
    """One invoice.  Amounts are whole minor units (cents), so sums are exact."""

    client_id: int
    amount_cents: int
    issued_on: date
    due_on: date
    currency: str = "EUR"
    number: str = ""
    paid_on: date | None = None
    project_id: int | None = None
    note: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


class PaymentState(StrEnum):
    OPEN = "open"  # not paid, due today or later
    OVERDUE = "overdue"  # not paid, the due day has passed
    PAID = "paid"  # paid on or before the due day
    PAID_LATE = "paid_late"  # paid after the due day


# -- amounts ------------------------------------------------------------------------------
_CURRENCY_WORDS = re.compile(r"(?i)\b(?:eur|euro|chf|usd|gbp|fr)\b\.?|[€$£]")
# An integer part (optionally grouped by threes) and at most two decimals.
_AMOUNT = re.compile(r"(?P<int>\d+(?:[.,]\d{3})*)(?:(?P<sep>[.,])(?P<frac>\d{1,2}))?")


def parse_amount(text: str) -> int:
    """An amount as typed, in German or English style, as cents.

    Accepted: "1.234,50", "1234.50", "1,234.50", "1234", "1 234,50", "1'234.50", "100,-", with
    a currency sign or code before or after ("€ 1.234,50", "1.234,50 EUR").  A separator
    followed by one or two digits is the decimal one; followed by three it groups thousands
    (so "1.234" is one thousand two hundred and thirty-four: invoices have no third decimal).
    Raises ``ValueError`` with a readable reason for anything else, and for negative amounts.
    """
    raw = text or ""
    cleaned = _CURRENCY_WORDS.sub("", raw)
    cleaned = re.sub(r"[\s'’\u00a0\u202f]", "", cleaned)
    cleaned = re.sub(r"[.,][-–]$", "", cleaned)  # "100,-"
    if not cleaned:
        raise ValueError(
            "no amount given" if not raw.strip() else f"{raw.strip()!r} is not an amount"
        )
    if cleaned.startswith(("-", "−", "–")):
        raise ValueError("an amount cannot be negative")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise ValueError(f"{raw.strip()!r} is not an amount (try 1234.50 or 1.234,50)")
    whole, sep, frac = match.group("int"), match.group("sep"), match.group("frac") or ""
    groupers = set(re.findall(r"[.,]", whole))
    if len(groupers) > 1 or (sep is not None and sep in groupers):
        raise ValueError(f"{raw.strip()!r} mixes up the separators (try 1234.50 or 1.234,50)")
    cents = int(re.sub(r"[.,]", "", whole)) * 100 + int(frac.ljust(2, "0") or 0)
    if cents >= MAX_CENTS:
        raise ValueError(f"{raw.strip()!r} is too large for an invoice")
    return cents


def valid_currency(code: str) -> bool:
    return re.fullmatch(r"[A-Z]{3}", code or "") is not None


def currency_symbol(code: str) -> str:
    """€, $ and £ for the common ones, else the ISO code itself ("CHF")."""
    return _SYMBOLS.get(code, code)


def plain_amount(cents: int, currency: str) -> str:
    """ "1234.50 EUR": the same in every language, for files other programs read too (the
    calendar, the Markdown export)."""
    return f"{cents // 100}.{cents % 100:02d} {currency}"


def format_money(cents: int, currency: str, german: bool) -> str:
    """ "1.234,50 €" in German, "€1,234.50" in English; codes without a sign get a space
    ("1.234,50 CHF", "CHF 1,234.50").  For letters, where the client's language counts."""
    whole, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    symbol = currency_symbol(currency)
    if german:
        number = f"{whole:,}".replace(",", ".") + f",{rest:02d}"
        return f"{sign}{number} {symbol}"
    number = f"{whole:,}.{rest:02d}"
    return f"{sign}{symbol}{number}" if len(symbol) == 1 else f"{sign}{symbol} {number}"


# -- terms and due dates --------------------------------------------------------------------
_TERM_PATTERNS = (
    (re.compile(r"(?i)\bnet(?:to)?\s*(\d{1,3})\b"), 1),  # "Net 30", "netto 14"
    (re.compile(r"(?i)\b(\d{1,3})\s*-?\s*(?:kalender)?(?:tage?n?|tg\b\.?|days?\b)"), 1),
    (re.compile(r"(?i)\b(\d{1,2})\s*-?\s*(?:wochen?|weeks?)\b"), 7),
    (re.compile(r"(?i)\b(?:sofort|umgehend|on\s+receipt|upon\s+receipt|immediately)\b"), 0),
)


def payment_term_days(texts: Iterable[str]) -> int | None:
    """The payment term in days from agreed terms as people write them.

    "14 Tage netto", "zahlbar innerhalb von 30 Tagen", "Zahlungsziel 2 Wochen", "Net 30",
    "30 days", "due on receipt" (0).  The texts are tried in order (newest agreement first)
    and the first one that names a term wins; ``None`` when none does, so the caller can fall
    back to ``DEFAULT_TERM_DAYS``.  Percentages and other numbers ("Anzahlung 30 %") are not
    terms; a term longer than a year is taken for a typo and ignored.
    """
    for text in texts:
        for pattern, factor in _TERM_PATTERNS:
            match = pattern.search(text or "")
            if match is None:
                continue
            days = int(match.group(1)) * factor if factor else 0
            if days <= MAX_TERM_DAYS:
                return days
    return None


def due_date(issued: date, term_days: int | None = None) -> date:
    """The due day: the issue day plus the term (``DEFAULT_TERM_DAYS`` when none is agreed)."""
    return issued + timedelta(days=DEFAULT_TERM_DAYS if term_days is None else term_days)


def state(payment: PaymentData, today: date) -> PaymentState:
    """Due today is still open; overdue starts the day after the due day."""
    if payment.paid_on is not None:
        return PaymentState.PAID_LATE if payment.paid_on > payment.due_on else PaymentState.PAID
    return PaymentState.OVERDUE if today > payment.due_on else PaymentState.OPEN


def days_late(payment: PaymentData, today: date) -> int:
    """Paid: days between due and paid; unpaid: days since the due day.  Never negative, so
    an early payment or one not yet due counts 0."""
    end = payment.paid_on if payment.paid_on is not None else today
    return max(0, (end - payment.due_on).days)


def validate(payment: PaymentData) -> None:
    """Raise ``ValueError`` for a record the journal must not hold."""
    if not isinstance(payment.amount_cents, int) or payment.amount_cents < 0:
        raise ValueError("an amount cannot be negative")
    if payment.amount_cents >= MAX_CENTS:
        raise ValueError("the amount is too large for an invoice")
    if not valid_currency(payment.currency):
        raise ValueError(f"{payment.currency!r} is not a currency code like EUR or CHF")
    if payment.due_on < payment.issued_on:
        raise ValueError("the due date is before the issue date")


@dataclass(frozen=True, slots=True)
class ClientPaymentStats:
    """What a client's invoices say about them.

    - ``open_count`` / ``open_sums``: invoices not paid yet, overdue ones included, with their
      amounts summed per currency (cents; amounts in different currencies are never added).
    - ``overdue_count`` / ``overdue_sums``: the unpaid ones whose due day has passed.
    - ``paid_count``, ``paid_late_count``: paid invoices, and those paid after the due day.
    - ``average_days_late``: over *paid* invoices only, the mean of ``days_late`` (an invoice
      paid on time or early counts 0, so early payment cannot hide late ones); ``None`` when
      nothing has been paid yet.  Open invoices are left out because their lateness is still
      growing; ``overdue_count`` covers them.
    """

    open_count: int = 0
    open_sums: dict[str, int] = field(default_factory=dict)
    overdue_count: int = 0
    overdue_sums: dict[str, int] = field(default_factory=dict)
    paid_count: int = 0
    paid_late_count: int = 0
    average_days_late: float | None = None


def compute_stats(payments: Iterable[PaymentData], today: date) -> ClientPaymentStats:
    open_sums: dict[str, int] = {}
    overdue_sums: dict[str, int] = {}
    open_count = overdue_count = paid_count = paid_late = late_days = 0
    for payment in payments:
        current = state(payment, today)
        if current in (PaymentState.PAID, PaymentState.PAID_LATE):
            paid_count += 1
            paid_late += current is PaymentState.PAID_LATE
            late_days += days_late(payment, today)
            continue
        open_count += 1
        open_sums[payment.currency] = open_sums.get(payment.currency, 0) + payment.amount_cents
        if current is PaymentState.OVERDUE:
            overdue_count += 1
            overdue_sums[payment.currency] = (
                overdue_sums.get(payment.currency, 0) + payment.amount_cents
            )
    return ClientPaymentStats(
        open_count,
        dict(sorted(open_sums.items())),
        overdue_count,
        dict(sorted(overdue_sums.items())),
        paid_count,
        paid_late,
        late_days / paid_count if paid_count else None,
    )


# -- reminders ------------------------------------------------------------------------------
def client_language(client: ClientData) -> str:
    """The language the client is written to: German for du/Sie, English otherwise."""
    return "de" if AddressForm(client.address_form) in GERMAN_FORMS else "en"


_SWITCH = {  # the same register in the other language
    ("de", AddressForm.FIRST_NAME): AddressForm.DU,
    ("de", AddressForm.FORMAL): AddressForm.SIE,
    ("en", AddressForm.DU): AddressForm.FIRST_NAME,
    ("en", AddressForm.SIE): AddressForm.FORMAL,
}

# Per form: subject, the facts (overdue / not yet due), the request (overdue / not yet due),
# a way out, an offer.  Before the due day nothing is late: no "it slipped through", no later
# date to pay by (attack19 finding 14), and the subject says when it is due.
# {invoice} is "Rechnung R-17" or "invoice R-17"; {amount}, {issued}, {due}, {by} are filled in.
_REMINDER = {
    AddressForm.DU: (
        "Zahlungserinnerung: {invoice}",
        "ich hoffe, bei dir ist alles gut. Beim Durchsehen meiner Unterlagen ist mir "
        "aufgefallen, dass die {invoice} vom {issued} über {amount} noch offen ist. "
        "Sie war am {due} fällig.",
        "ich wollte dich kurz an die {invoice} vom {issued} über {amount} erinnern. "
        "Sie ist am {due} fällig.",
        "Vielleicht ist sie im Alltag untergegangen, das kann passieren. Kannst du den Betrag "
        "bitte bis zum {by} überweisen?",
        "Es wäre schön, wenn du den Betrag bis dahin überweisen könntest.",
        "Falls die Zahlung schon unterwegs ist, hat sich diese Nachricht natürlich erledigt.",
        "Wenn du Fragen zur Rechnung hast, melde dich gern bei mir.",
    ),
    AddressForm.SIE: (
        "Zahlungserinnerung: {invoice}",
        "bei der Durchsicht meiner Unterlagen habe ich festgestellt, dass die {invoice} vom "
        "{issued} über {amount} noch offen ist. Sie war am {due} fällig.",
        "ich möchte Sie freundlich an die {invoice} vom {issued} über {amount} erinnern. "
        "Sie ist am {due} fällig.",
        "Sicher ist sie im Tagesgeschäft untergegangen. Ich möchte Sie daher freundlich "
        "bitten, den Betrag bis zum {by} zu überweisen.",
        "Ich wäre Ihnen dankbar, wenn Sie den Betrag bis dahin überweisen.",
        "Sollte sich Ihre Zahlung mit dieser Nachricht überschnitten haben, betrachten Sie "
        "sie bitte als gegenstandslos.",
        "Bei Fragen zur Rechnung bin ich gern für Sie da.",
    ),
    AddressForm.FIRST_NAME: (
        "Payment reminder: {invoice}",
        "I hope all is well. Going through my books, I noticed that {invoice} of {issued} "
        "for {amount} is still open. It was due on {due}.",
        "Just a quick reminder about {invoice} of {issued} for {amount}, which is due on {due}.",
        "I'm sure it simply slipped through. Could you please arrange the payment by {by}?",
        "It would be great if you could arrange the payment by then.",
        "If it's already on its way, thank you, and please ignore this message.",
        "If you have any questions about the invoice, just let me know.",
    ),
    AddressForm.FORMAL: (
        "Payment reminder: {invoice}",
        "According to my records, {invoice} of {issued} for {amount} is still outstanding. "
        "It was due on {due}.",
        "I would like to remind you of {invoice} of {issued} for {amount}, which is due on {due}.",
        "I am sure this is simply an oversight, and I would be grateful if you could arrange "
        "the payment by {by}.",
        "I would be grateful if you could arrange the payment by that date.",
        "If the payment has already been made, please disregard this message.",
        "Should you have any questions about the invoice, please do not hesitate to contact me.",
    ),
}

_UPCOMING_SUBJECT = {
    True: "Erinnerung: {invoice}, fällig am {due}",
    False: "Reminder: {invoice}, due on {due}",
}


def reminder_text(
    client: ClientData, payment: PaymentData, lang: str, today: date, sender: str = ""
) -> tuple[str, str]:
    """A polite, firm reminder as (subject, body), in ``lang`` ("de" or "en").

    It is written the way this client is addressed (du / Sie / first name / formal, with the
    greeting and sign-off of the agreement summary); asked for the other language, the same
    register is used there (du becomes first name, Sie formal).  It names the invoice number,
    the amount in the language's style, the issue and due date, and asks for payment within
    ``REMINDER_GRACE_DAYS`` of ``today``: a date, not a threat, and no count of days late.
    Before the due day it is a friendly note of the due date, asking for payment by then.
    """
    german = lang == "de"
    form = AddressForm(client.address_form)
    form = _SWITCH.get(("de" if german else "en", form), form)
    wording = WORDING[form]
    subject, overdue, upcoming, request, request_upcoming, way_out, offer = _REMINDER[form]
    late = today > payment.due_on
    if not late:
        subject = _UPCOMING_SUBJECT[german]
        request = request_upcoming
    number = " ".join(payment.number.split())
    if german:
        invoice = f"Rechnung {number}" if number else "Rechnung"
    else:
        invoice = f"invoice {number}" if number else "the invoice"
    by = max(today, payment.due_on) + timedelta(days=REMINDER_GRACE_DAYS)
    values = {
        "invoice": invoice,
        "amount": format_money(payment.amount_cents, payment.currency, german),
        "issued": format_date(payment.issued_on, german),
        "due": format_date(payment.due_on, german),
        "by": format_date(by, german),
    }
    facts = overdue if late else upcoming
    named = dataclasses.replace(client, address_form=form)
    paragraphs = [facts, f"{request} {way_out}", offer]
    body = greeting(named, wording).replace("\\", "") + "\n\n"
    body += "\n\n".join(text.format_map(values) for text in paragraphs)
    signature = [line.strip() for line in sender.splitlines() if line.strip()]
    body += "\n\n" + "\n".join([wording.sign_off, *signature]) + "\n"
    if not number:
        values["invoice"] = ("Rechnung vom " if german else "invoice of ") + values["issued"]
    return subject.format_map(values), body
