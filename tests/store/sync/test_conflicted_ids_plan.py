"""The note pane asks at every client switch which of the client's notes have a conflict
(issue 21): SQLite went through every note of the client and looked each up among the
conflicts; the conflicts, few or none, are gone through instead."""

from __future__ import annotations

from datetime import timedelta

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import to_iso, utcnow
from clientjournal.store import clients, notes
from clientjournal.store.models import database
from clientjournal.store.sync import conflicts


def _conflict(note_id: int, number: int) -> None:
    database.execute_sql(
        "INSERT INTO note_conflict (uuid, note_id, body, device_id, at) VALUES (?, ?, ?, ?, ?)",
        (f"00000000-0000-0000-0000-{number:012d}", note_id, "other", "laptop", to_iso(utcnow())),
    )


def test_the_conflicts_are_gone_through_not_the_clients_notes(journal, sql_traced):
    anna = clients.create(ClientData(name="Anna"))
    bert = clients.create(ClientData(name="Bert"))
    now = utcnow()
    annas = [
        notes.save(NoteData(client_id=anna, created_at=now - timedelta(days=i), body=f"A{i}"))
        for i in range(40)
    ]
    berts = [notes.save(NoteData(client_id=bert, created_at=now, body=f"B{i}")) for i in range(3)]
    assert conflicts.conflicted_note_ids(anna) == set()
    _conflict(annas[3].id or 0, 1)
    _conflict(annas[3].id or 0, 2)
    _conflict(annas[7].id or 0, 3)
    _conflict(berts[0].id or 0, 4)
    assert conflicts.conflicted_note_ids(anna) == {annas[3].id, annas[7].id}
    assert conflicts.conflicted_note_ids(bert) == {berts[0].id}
    with sql_traced() as plan:
        conflicts.conflicted_note_ids(anna)
    (statement,) = plan
    steps = database.execute_sql(f"EXPLAIN QUERY PLAN {statement}").fetchall()
    first = steps[0][3]
    assert first.startswith("SCAN c"), steps  # the conflicts, then each one's note
    assert any(step[3].startswith("SEARCH n USING INTEGER PRIMARY KEY") for step in steps)
