"""Follow-ups and deadlines as an iCalendar file (RFC 5545), written with plain Python.

The app has no run-time dependency for this: the format is small, and what matters is done
here and tested against a real iCalendar parser — CRLF line ends, lines folded at 75 octets
without splitting a UTF-8 character, text escaped, stable UIDs (so importing the file again
updates the events instead of doubling them), all-day events for dates and UTC for times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from clientjournal.core.timeutil import to_utc

PRODUCT_ID = "-//Client Journal//Client Journal//EN"
_UTC_FORMAT = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str  # stable across exports: the record's uuid and what the event is about
    summary: str
    start: date | datetime  # a date: an all-day event; a datetime: a moment (30 minutes)
    description: str = ""
    category: str = ""


@dataclass(frozen=True, slots=True)
class CalendarLabels:
    """The words in the events, in the user's language (the caller picks the set); ``language``
    also says how amounts are written ("1.850,00 €" in German)."""

    language: str = "en"
    agreement_due: str = "Due: {title} ({client})"
    invoice_due: str = "Invoice {number} due: {client} ({amount})"
    get_in_touch: str = "Get in touch with {client}"
    get_in_touch_overdue: str = "Get in touch with {client} (overdue since {date})"
    get_in_touch_detail: str = "Your rhythm with {client}: every {days} days."
    draft_ready: str = "Reread your reply to {client}"
    draft_ready_detail: str = "Slept on it: reread it calmly, then send, edit or discard it."
    # CATEGORIES: a calendar shows them as coloured labels, so they are words too.
    category_agreement: str = "agreement"
    category_invoice: str = "invoice"
    category_follow_up: str = "follow-up"
    category_reply: str = "reply"


GERMAN_LABELS = CalendarLabels(
    language="de",
    agreement_due="Fällig: {title} ({client})",
    invoice_due="Rechnung {number} fällig: {client} ({amount})",
    get_in_touch="Bei {client} melden",
    get_in_touch_overdue="Bei {client} melden (überfällig seit {date})",
    get_in_touch_detail="Kontaktrhythmus mit {client}: alle {days} Tage.",
    draft_ready="Antwort an {client} noch einmal lesen",
    draft_ready_detail=(
        "Eine Nacht darüber geschlafen: in Ruhe noch einmal lesen, dann senden, ändern oder "
        "verwerfen."
    ),
    category_agreement="Vereinbarung",
    category_invoice="Rechnung",
    category_follow_up="Kontakt halten",
    category_reply="Antwort",
)


def labels_for(language: str) -> CalendarLabels:
    return GERMAN_LABELS if language.lower().startswith("de") else CalendarLabels()


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_text(text: str) -> str:
    """TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)  # NUL and the like have no place in a calendar (RFC 5545)
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF + space, never inside a
    UTF-8 character (RFC 5545 3.1)."""
    pieces: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not pieces else 74  # continuation lines start with a space
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _stamp(moment: datetime) -> str:
    return to_utc(moment).strftime(_UTC_FORMAT)


def _event_lines(event: CalendarEvent, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{stamp}"]
    if isinstance(event.start, datetime):
        lines += [
            f"DTSTART:{_stamp(event.start)}",
            f"DTEND:{_stamp(event.start + timedelta(minutes=30))}",
        ]
    else:
        end = event.start + timedelta(days=1)
        lines += [
            f"DTSTART;VALUE=DATE:{event.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            "TRANSP:TRANSPARENT",  # a reminder, not a meeting: the day stays free
        ]
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.category:
        lines.append(f"CATEGORIES:{escape_text(event.category)}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(events: Iterable[CalendarEvent], now: datetime, name: str) -> str:
    """The whole .ics file as text (write it as UTF-8 without translating line ends)."""
    stamp = _stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += _event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
