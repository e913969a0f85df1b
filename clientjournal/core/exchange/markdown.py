"""The journal as files anyone can read without the app: a Markdown file per client, and the
clients as a CSV table for a spreadsheet or another address book.

Built from the JSON export document (``exchange.export_data``), so every format shows the same
journal.  The words are German or English, as the caller asks (``core.exchange.words``: every
status, kind, field name, amount and date in that language); times are shown in local time.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from typing import Any

from clientjournal.core.collation import sort_key
from clientjournal.core.domain import SALUTATION_KEY
from clientjournal.core.exchange.words import ExportWords, export_words
from clientjournal.core.profile import PROFILE_FIELDS
from clientjournal.core.timeutil import from_iso

CSV_COLUMNS = (
    "name", "company", "email", "phone", "address_form", "status", "tags", "cadence_days",
    "started_on", "ended_on", "notes", "uuid",
)  # fmt: skip


def _local(text: str, words: ExportWords) -> str:
    moment = from_iso(text)
    local = local_time(moment)
    zone = " UTC" if local is moment else ""
    return f"{words.day(local.date())} {local:%H:%M}{zone}"


def local_time(moment: datetime) -> datetime:
    """``moment`` in the local time zone; at the edges of time (0001-01-01, 9999-12-31) the
    local day may lie outside Python's calendar (an OverflowError): then ``moment`` itself,
    in UTC, is returned (the same object, so callers can say so)."""
    try:
        return moment.astimezone()
    except OverflowError:
        return moment


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


def plain_csv_cell(text: str) -> str:
    """A cell as it was before ``csv_cell``: the app's own table read back keeps "+44 …"."""
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


def file_name(client: dict[str, Any]) -> str:
    """A file name that sorts by name and never collides (the uuid's start added)."""
    slug = re.sub(r"[^\w]+", "-", client["name"], flags=re.UNICODE).strip("-").lower()
    return f"{slug or 'client'}-{client['uuid'][:8]}.md"


def _fact(label: str, value: object) -> str:
    """ "- **Status:** Aktiv"; a label that is a question takes no colon ("Wieder
    zusammenarbeiten? Ja")."""
    colon = "" if label.endswith("?") else ":"
    return f"- **{one_line(label)}{colon}** {one_line(value)}"


def _address(client: dict[str, Any], words: ExportWords) -> str:
    form = words.word(words.address_forms, client["address_form"])
    title = words.salutations.get(str(client["profile"].get(SALUTATION_KEY, "")))
    return f"{form} ({title})" if title else form


def client_markdown(client: dict[str, Any], language: str = "en") -> str:
    words = export_words(language)
    said = words.headings
    lines = [f"# {one_line(client['name'])}", ""]
    facts = [
        (said["company"], client["company"]),
        (said["email"], client["email"]),
        (said["phone"], client["phone"]),
        (said["status"], words.word(words.statuses, client["status"])),
        (said["address"], _address(client, words)),
        (said["since"], words.day(client["started_on"])),
        (said["ended"], words.day(client["ended_on"])),
        (said["tags"], ", ".join(client.get("tags", []))),
        (said["rhythm"], str(client.get("cadence_days") or "")),
    ]
    lines += [_fact(label, value) for label, value in facts if value]
    profile = {k: v for k, v in client["profile"].items() if k != SALUTATION_KEY}
    known = [field.key for field in PROFILE_FIELDS]
    keys = [key for key in known if profile.get(key)] + sorted(set(profile) - set(known))
    if keys:
        lines += ["", f"## {said['profile']}", ""]
        for key in keys:
            label = words.profile_fields.get(key, key.replace("_", " "))
            value = profile[key]
            if key == "work_again":
                value = words.word(words.answers, value)
            lines.append(_fact(label, value))
    if client["agreements"]:
        lines += ["", f"## {said['agreements']}", ""]
        for item in client["agreements"]:
            due = f" ({said['due']} {words.day(item['due'])})" if item["due"] else ""
            status = words.word(words.agreement_statuses, item["status"])
            lines.append(f"- [{status}] {one_line(item['title'])}{due}")
    if client.get("payments"):
        lines += ["", f"## {said['payments']}", ""]
        for pay in client["payments"]:
            amount = words.amount(pay["amount_cents"], pay["currency"])
            paid = pay["paid_on"]
            state = f"{said['paid']} {words.day(paid)}" if paid else said["open"]
            due = f"{said['due']} {words.day(pay['due_on'])}"
            lines.append(f"- {one_line(pay['number'] or '–')}: {amount}, {due}, {state}")
    notes = sorted(client["notes"], key=lambda note: note["created_at"], reverse=True)
    if notes:
        lines += ["", f"## {said['notes']}"]
        for note in notes:
            tags = " ".join(f"#{one_line(tag)}" for tag in note.get("tags", []))
            kind = words.word(words.note_kinds, note["kind"])
            head = f"{_local(note['created_at'], words)} · {kind} · {words.mood(note['mood'])}"
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
