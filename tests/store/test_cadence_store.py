"""Contacts as the rhythm counts them: contact notes and replies sent from the app, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from clientjournal.core.cadence import CadenceStatus
from clientjournal.core.cooling import DraftData
from clientjournal.core.domain import ClientStatus, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import cadence, clients, drafts, notes
from clientjournal.store.models import Client

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


def contact(client_id: int, days_ago: float, kind: NoteKind = NoteKind.CALL) -> NoteData:
    return notes.save(
        NoteData(client_id=client_id, created_at=NOW - timedelta(days=days_ago), kind=kind)
    )


def added_long_ago(client_id: int, days: int) -> None:
    Client.update(created_at=NOW - timedelta(days=days)).where(Client.id == client_id).execute()


def test_plain_notes_are_not_contacts(journal):
    anna = clients.create(ClientData(name="Anna", cadence_days=7))
    contact(anna, 1, NoteKind.NOTE)
    contact(anna, 9, NoteKind.LUNCH)
    state = cadence.client_state(anna, 7, NOW, BERLIN)
    assert state.days_since == 9 and state.status is CadenceStatus.DUE


def test_a_sent_reply_counts_once_and_still_counts_when_its_note_is_gone(journal):
    anna = clients.create(ClientData(name="Anna", cadence_days=14))
    for days in (2, 5):
        contact(anna, days, NoteKind.EMAIL)
    draft = drafts.save(DraftData(client_id=anna, body="Danke für Ihre Nachricht."))
    _, note_id = drafts.mark_sent(draft.id, NOW - timedelta(hours=1))
    state = cadence.client_state(anna, 14, NOW, BERLIN)
    assert state.contacts_in_period == 3 and state.status is CadenceStatus.TOO_OFTEN
    notes.delete(note_id)
    again = cadence.client_state(anna, 14, NOW, BERLIN)
    assert again.contacts_in_period == 3  # the reply was still sent


def test_overview_lists_due_then_soon_then_too_often_for_followed_clients_only(journal):
    due_long = clients.create(ClientData(name="Bert", cadence_days=7))
    contact(due_long, 20)
    due_short = clients.create(ClientData(name="anna", cadence_days=7))
    contact(due_short, 8)
    never = clients.create(ClientData(name="Cem", cadence_days=30))
    added_long_ago(never, 40)  # never in touch since, and the rhythm is 30 days
    soon = clients.create(ClientData(name="Dora", cadence_days=14))
    contact(soon, 13)
    naggy = clients.create(ClientData(name="Emil", cadence_days=14))
    for days in (1, 2, 3):
        contact(naggy, days)
    fine = clients.create(ClientData(name="Fritz", cadence_days=14))
    contact(fine, 3)
    paused = clients.create(ClientData(name="Gabi", cadence_days=7, status=ClientStatus.PAUSED))
    contact(paused, 30)
    trashed = clients.create(ClientData(name="Hans", cadence_days=7))
    clients.trash(trashed)
    clients.create(ClientData(name="Ida"))  # no rhythm
    rows = cadence.overview(NOW, BERLIN)
    assert [row.client_id for row in rows] == [due_long, never, due_short, soon, naggy]
    assert [row.state.status for row in rows] == [
        CadenceStatus.DUE, CadenceStatus.DUE, CadenceStatus.DUE, CadenceStatus.DUE_SOON,
        CadenceStatus.TOO_OFTEN,
    ]  # fmt: skip
    assert rows[0].state.days_until_due == -13
    assert fine not in [row.client_id for row in rows]


def test_a_client_never_in_touch_counts_the_rhythm_from_when_it_was_added(journal):
    new = clients.create(ClientData(name="Neu", cadence_days=14))
    now = utcnow()
    state = cadence.client_state(new, 14, now + timedelta(minutes=1))
    assert state.status is CadenceStatus.OK and state.days_until_due == 14
    assert cadence.overview(now + timedelta(minutes=1)) == []
    assert cadence.client_state(new, 14, now + timedelta(days=13)).status is CadenceStatus.DUE_SOON
    late = cadence.client_state(new, 14, now + timedelta(days=15))
    assert (late.status, late.days_until_due) == (CadenceStatus.DUE, -1)
    assert [row.client_id for row in cadence.overview(now + timedelta(days=15))] == [new]
