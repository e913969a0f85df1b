"""What goes into the calendar export: deadlines, invoices, follow-ups and slept-on replies.

Only what is still ahead of the user: open or agreed agreements with a due date, unpaid
invoices, the next contact each followed client's rhythm asks for, and held replies.  Done,
broken, paid, sent and trashed things stay out of the calendar.  A contact already overdue is
put on the day of the export, saying since when: on its old day it lay in the calendar's past,
where nobody looks (attack19 finding 15).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from pathlib import Path

from clientjournal.core.agreements.summary import format_date
from clientjournal.core.agreements.templates import BUILTIN_TEMPLATES, TemplateHints
from clientjournal.core.cadence import CadenceStatus, local_day
from clientjournal.core.exchange.ics import CalendarEvent, CalendarLabels, calendar_text
from clientjournal.core.files import atomic_private_file
from clientjournal.core.payments import format_money
from clientjournal.core.timeutil import from_iso
from clientjournal.store import cadence
from clientjournal.store.agreements.templates import list_templates
from clientjournal.store.models import database

_AGREEMENTS_SQL = (
    "SELECT a.uuid, a.title, a.due_on, a.details, c.name FROM agreement a "
    "JOIN client c ON c.id = a.client_id WHERE c.deleted_at IS NULL AND a.due_on IS NOT NULL "
    "AND a.status IN ('open', 'agreed') ORDER BY a.due_on, a.id"
)
_PAYMENTS_SQL = (
    "SELECT p.uuid, p.number, p.amount_cents, p.currency, p.due_on, p.note, c.name "
    "FROM payment p JOIN client c ON c.id = p.client_id "
    "WHERE c.deleted_at IS NULL AND p.paid_on IS NULL ORDER BY p.due_on, p.id"
)
_DRAFTS_SQL = (
    "SELECT d.uuid, d.hold_until, c.name FROM draft d JOIN client c ON c.id = d.client_id "
    "WHERE c.deleted_at IS NULL AND d.status = 'held' AND d.hold_until IS NOT NULL "
    "ORDER BY d.hold_until, d.id"
)
_CLIENT_UUIDS_SQL = "SELECT id, uuid FROM client WHERE deleted_at IS NULL"


def events(now: datetime, labels: CalendarLabels, zone: tzinfo | None = None) -> list:
    """The calendar's events, deadlines first by date; ``labels`` in the user's language."""
    found: list[CalendarEvent] = []
    hints = TemplateHints([*BUILTIN_TEMPLATES, *list_templates()])
    german = labels.language == "de"  # amounts as the words: "1.850,00 €", "€1,850.00"
    for uuid, title, due, details, client in database.execute_sql(_AGREEMENTS_SQL):
        found.append(
            CalendarEvent(
                uid=f"agreement-{uuid}@clientjournal",
                summary=labels.agreement_due.format(title=title, client=client),
                start=date.fromisoformat(str(due)),
                description=hints.content(title, details),  # a template's question is no content
                category=labels.category_agreement,
            )
        )
    for uuid, number, cents, currency, due, note, client in database.execute_sql(_PAYMENTS_SQL):
        found.append(
            CalendarEvent(
                uid=f"invoice-{uuid}@clientjournal",
                summary=labels.invoice_due.format(
                    number=number or "–",
                    client=client,
                    amount=format_money(cents, currency, german),
                ),
                start=date.fromisoformat(str(due)),
                description=note,
                category=labels.category_invoice,
            )
        )
    uuids = dict(database.execute_sql(_CLIENT_UUIDS_SQL).fetchall())
    today = local_day(now, zone)
    for row in cadence.followed(now, zone):
        state = row.state
        if state.next_due is None or state.status is CadenceStatus.TOO_OFTEN:
            continue
        summary = labels.get_in_touch.format(client=row.name)
        if state.next_due < today:
            since = format_date(state.next_due, german)
            summary = labels.get_in_touch_overdue.format(client=row.name, date=since)
        found.append(
            CalendarEvent(
                uid=f"follow-up-{uuids[row.client_id]}@clientjournal",
                summary=summary,
                start=max(state.next_due, today),
                description=labels.get_in_touch_detail.format(
                    client=row.name, days=state.cadence_days
                ),
                category=labels.category_follow_up,
            )
        )
    for uuid, until, client in database.execute_sql(_DRAFTS_SQL):
        found.append(
            CalendarEvent(
                uid=f"reply-{uuid}@clientjournal",
                summary=labels.draft_ready.format(client=client),
                start=from_iso(until),
                description=labels.draft_ready_detail,
                category=labels.category_reply,
            )
        )
    return found


def export_calendar(
    path: Path | str | None, now: datetime, labels: CalendarLabels, name: str
) -> str:
    """The .ics text; written to ``path`` (private, replaced only when complete) if given."""
    text = calendar_text(events(now, labels), now, name)
    if path is not None:
        with atomic_private_file(Path(path), binary=True) as stream:
            stream.write(text.encode("utf-8"))
    return text
