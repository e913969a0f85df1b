"""The journal as files anyone can read without the app: a Markdown file per client, and the
clients as a CSV table for a spreadsheet or another address book.

Built from the JSON export document (``exchange.export_data``), so every format shows the same
journal.  The words are German or English, as the caller asks; times are shown in local time.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from clientjournal.core.collation import sort_key
from clientjournal.core.payments import plain_amount
from clientjournal.core.profile import PROFILE_FIELDS
from clientjournal.core.timeutil import from_iso

_WORDS = {
    "en": {
        "company": "Company", "email": "E-mail", "phone": "Phone", "status": "Status",
        "address": "Address as", "tags": "Tags", "rhythm": "Get in touch every (days)",
        "profile": "Profile", "notes": "Notes", "agreements": "Agreements",
        "payments": "Invoices", "due": "due", "paid": "paid", "open": "open",
        "mood": "mood", "since": "Since", "ended": "Ended",
    },
    "de": {
        "company": "Firma", "email": "E-Mail", "phone": "Telefon", "status": "Status",
        "address": "Anrede", "tags": "Tags", "rhythm": "Melden alle (Tage)",
        "profile": "Profil", "notes": "Notizen", "agreements": "Vereinbarungen",
        "payments": "Rechnungen", "due": "fällig", "paid": "bezahlt", "open": "offen",
        "mood": "Stimmung", "since": "Seit", "ended": "Beendet",
    },
}  # fmt: skip
CSV_COLUMNS = (
    "name", "company", "email", "phone", "address_form", "status", "tags", "cadence_days",
    "started_on", "ended_on", "notes", "uuid",
)  # fmt: skip


def _local(text: str) -> str:
    return from_iso(text).astimezone().strftime("%Y-%m-%d %H:%M")


_LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x85\u2028\u2029]+")


def one_line(text: object) -> str:
    """A value on a line of its own: a line break in a name would start a heading of its own."""
    return _LINE_BREAKS.sub(" ", str(text))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading "'"."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def file_name(client: dict[str, Any]) -> str:
    """A file name that sorts by name and never collides (the uuid's start added)."""
    slug = re.sub(r"[^\w]+", "-", client["name"], flags=re.UNICODE).strip("-").lower()
    return f"{slug or 'client'}-{client['uuid'][:8]}.md"


def client_markdown(client: dict[str, Any], language: str = "en") -> str:
    words = _WORDS["de" if language.startswith("de") else "en"]
    lines = [f"# {one_line(client['name'])}", ""]
    facts = [
        (words["company"], client["company"]),
        (words["email"], client["email"]),
        (words["phone"], client["phone"]),
        (words["status"], client["status"]),
        (words["address"], client["address_form"]),
        (words["since"], client["started_on"] or ""),
        (words["ended"], client["ended_on"] or ""),
        (words["tags"], ", ".join(client.get("tags", []))),
        (words["rhythm"], str(client.get("cadence_days") or "")),
    ]
    lines += [f"- **{label}:** {one_line(value)}" for label, value in facts if value]
    profile = client["profile"]
    known = [field.key for field in PROFILE_FIELDS]
    keys = [key for key in known if profile.get(key)] + sorted(set(profile) - set(known))
    if keys:
        lines += ["", f"## {words['profile']}", ""]
        lines += [
            f"- **{one_line(key.replace('_', ' '))}:** {one_line(profile[key])}" for key in keys
        ]
    if client["agreements"]:
        lines += ["", f"## {words['agreements']}", ""]
        for item in client["agreements"]:
            due = f" ({words['due']} {item['due']})" if item["due"] else ""
            lines.append(f"- [{item['status']}] {one_line(item['title'])}{due}")
    if client.get("payments"):
        lines += ["", f"## {words['payments']}", ""]
        for pay in client["payments"]:
            amount = plain_amount(pay["amount_cents"], pay["currency"])
            state = f"{words['paid']} {pay['paid_on']}" if pay["paid_on"] else words["open"]
            lines.append(
                f"- {one_line(pay['number'] or '–')}: {amount}, {words['due']} {pay['due_on']}, {state}"
            )
    notes = sorted(client["notes"], key=lambda note: note["created_at"], reverse=True)
    if notes:
        lines += ["", f"## {words['notes']}"]
        for note in notes:
            tags = " ".join(f"#{one_line(tag)}" for tag in note.get("tags", []))
            head = (
                f"{_local(note['created_at'])} · {note['kind']} · {words['mood']} {note['mood']:+d}"
            )
            lines += ["", f"### {head}" + (f" · {tags}" if tags else ""), "", note["body"].strip()]
    return "\n".join(lines).rstrip() + "\n"


def clients_csv(document: dict[str, Any]) -> str:
    """One row per client not in the trash, by name (core/collation.py), with a header row;
    UTF-8 text with CRLF rows."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for client in sorted(document["clients"], key=lambda client: sort_key(client["name"])):
        if client["deleted_at"]:
            continue
        writer.writerow(map(csv_cell,
            [client["name"], client["company"], client["email"], client["phone"],
             client["address_form"], client["status"], ", ".join(client.get("tags", [])),
             client.get("cadence_days") or "", client["started_on"] or "",
             client["ended_on"] or "", len(client["notes"]), client["uuid"]])
        )  # fmt: skip
    return out.getvalue()
