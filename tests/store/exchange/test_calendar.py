"""The calendar export: what is ahead goes in, what is done stays out; stable UIDs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from clientjournal.core.agreements.checklist import AgreementStatus
from clientjournal.core.cooling import DraftData
from clientjournal.core.domain import NoteKind
from clientjournal.core.exchange.ics import GERMAN_LABELS, CalendarLabels
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, drafts, notes
from clientjournal.store.exchange import calendar
from clientjournal.store.models import Agreement, Payment, database

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


def fill() -> int:
    anna = clients.create(ClientData(name="Anna Müller", cadence_days=14))
    notes.save(NoteData(client_id=anna, created_at=NOW - timedelta(days=3), kind=NoteKind.CALL))
    gone = clients.create(ClientData(name="Im Papierkorb", cadence_days=7))
    with database.atomic():
        for title, status, due in (
            ("Entwurf Logo", AgreementStatus.AGREED, date(2024, 7, 1)),
            ("Erledigt", AgreementStatus.DONE, date(2024, 6, 1)),
            ("Ohne Datum", AgreementStatus.OPEN, None),
        ):
            Agreement.create(client=anna, title=title, status=status.value, due_on=due)
        Agreement.create(client=gone, title="Weg", due_on=date(2024, 7, 2))
        Payment.create(client=anna, number="R-17", amount_cents=123_450, issued_on=date(2024, 6, 1),
                       due_on=date(2024, 6, 15))  # fmt: skip
        Payment.create(client=anna, number="R-16", amount_cents=5_000, issued_on=date(2024, 5, 1),
                       due_on=date(2024, 5, 15), paid_on=date(2024, 5, 10))  # fmt: skip
    clients.trash(gone)
    draft = drafts.save(DraftData(client_id=anna, body="Das geht so nicht!!!"))
    drafts.hold(draft.id, NOW)
    return anna


def test_events_hold_what_is_ahead(journal):
    fill()
    found = calendar.events(NOW, GERMAN_LABELS, BERLIN)
    summaries = [event.summary for event in found]
    assert summaries == [
        "Fällig: Entwurf Logo (Anna Müller)",
        "Rechnung R-17 fällig: Anna Müller (1.234,50 €)",  # issue 19: not "1234.50 EUR"
        "Bei Anna Müller melden",
        "Antwort an Anna Müller noch einmal lesen",
    ]
    follow_up = found[2]
    assert follow_up.start == date(2024, 6, 17) + timedelta(days=14)
    assert isinstance(found[3].start, datetime)


def test_uids_are_stable_across_exports(journal, tmp_path):
    fill()
    first = calendar.export_calendar(tmp_path / "a.ics", NOW, CalendarLabels(), "CJ")
    second = calendar.export_calendar(None, NOW + timedelta(hours=1), CalendarLabels(), "CJ")
    uids = [
        [str(event["UID"]) for event in icalendar.Calendar.from_ical(text).walk("VEVENT")]
        for text in (first, second)
    ]
    assert uids[0] == uids[1] and len(set(uids[0])) == 4
    assert (tmp_path / "a.ics").read_bytes().decode("utf-8") == first
    assert (tmp_path / "a.ics").stat().st_mode & 0o777 == 0o600


def test_the_command_line_writes_ics(journal, tmp_path):
    fill()
    out = tmp_path / "cal.ics"
    env = {**os.environ, "LANG": "de_DE.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(journal), "export",
         "--format", "ics", "-o", str(out)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    parsed = icalendar.Calendar.from_ical(out.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in parsed.walk("VEVENT")]
    assert "Fällig: Entwurf Logo (Anna Müller)" in summaries


def test_a_templates_question_is_no_description(journal):
    """Issue 19: an item added from a template in a journal of before carries the question as
    its details; the calendar shows what was agreed, never the question."""
    from clientjournal.core.agreements.templates import AgreementTemplate, TemplateItem
    from clientjournal.store.agreements.templates import save_template

    anna = clients.create(ClientData(name="Anna Müller"))
    save_template(
        AgreementTemplate("Fotos", "de", [TemplateItem("Bildauswahl", details="Wie viele?")])
    )
    with database.atomic():
        for title, details in (
            ("Leistungsumfang", "Was genau ist enthalten – und was ausdrücklich nicht?"),
            ("Bildauswahl", "Wie viele?"),
            ("Preis", "1.850 € pauschal"),
        ):
            Agreement.create(client=anna, title=title, details=details, due_on=date(2024, 7, 1))
    found = {event.summary: event.description for event in calendar.events(NOW, GERMAN_LABELS)}
    assert found["Fällig: Leistungsumfang (Anna Müller)"] == ""
    assert found["Fällig: Bildauswahl (Anna Müller)"] == ""
    assert found["Fällig: Preis (Anna Müller)"] == "1.850 € pauschal"
    text = calendar.export_calendar(None, NOW, GERMAN_LABELS, "Client Journal")
    assert "ausdrücklich" not in text and "DESCRIPTION:1.850 € pauschal" in text


def test_german_categories_are_german_and_english_stay_as_they_were(journal):
    """attack19 finding 15: a calendar shows CATEGORIES as coloured labels; in the German file
    they said agreement, invoice, follow-up, reply."""
    fill()
    german = [event.category for event in calendar.events(NOW, GERMAN_LABELS, BERLIN)]
    assert german == ["Vereinbarung", "Rechnung", "Kontakt halten", "Antwort"]
    english = [event.category for event in calendar.events(NOW, CalendarLabels(), BERLIN)]
    assert english == ["agreement", "invoice", "follow-up", "reply"]
    text = calendar.export_calendar(None, NOW, GERMAN_LABELS, "CJ")
    categories = [
        str(event["CATEGORIES"].cats[0])
        for event in icalendar.Calendar.from_ical(text).walk("VEVENT")
    ]
    assert categories == german


def test_an_overdue_follow_up_is_dated_today_and_says_since_when(journal):
    """attack19 finding 15: the follow-up of a client already overdue lay on its old due day,
    weeks in the calendar's past; it is on the day of the export now, saying so."""
    late = clients.create(ClientData(name="Andreas Dürr", cadence_days=7))
    notes.save(NoteData(client_id=late, created_at=NOW - timedelta(days=30), kind=NoteKind.CALL))
    due_today = clients.create(ClientData(name="Bea Heute", cadence_days=7))
    notes.save(
        NoteData(client_id=due_today, created_at=NOW - timedelta(days=7), kind=NoteKind.CALL)
    )
    ahead = clients.create(ClientData(name="Carl Später", cadence_days=14))
    notes.save(NoteData(client_id=ahead, created_at=NOW - timedelta(days=3), kind=NoteKind.CALL))
    german = {event.summary: event.start for event in calendar.events(NOW, GERMAN_LABELS, BERLIN)}
    assert german == {
        "Bei Andreas Dürr melden (überfällig seit 28.05.2024)": date(2024, 6, 20),
        "Bei Bea Heute melden": date(2024, 6, 20),
        "Bei Carl Später melden": date(2024, 7, 1),
    }
    english = [event.summary for event in calendar.events(NOW, CalendarLabels(), BERLIN)]
    assert english[0] == "Get in touch with Andreas Dürr (overdue since 28 May 2024)"
    # the day of the export where the user is: already the 21st in Auckland
    auckland = calendar.events(
        NOW + timedelta(hours=3), GERMAN_LABELS, ZoneInfo("Pacific/Auckland")
    )
    assert auckland[0].start == date(2024, 6, 21)
