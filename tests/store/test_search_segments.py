"""A note index built at once (the demo, an import into an empty journal) must not make a
later one-note save rewrite it: FTS5's crisis merge did, inside an autosave on the GUI thread
(0.42 s at the demo journal's size, 3.7 s at ten times)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes, search, search_bulk
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.safety import reencrypt
from clientjournal.store.safety.encryption import remember

SECRET = "Segmente zusammenführen"
NOW = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["plain", "encrypted"])
def any_journal(request: pytest.FixtureRequest, data_dir: Path):
    """An empty journal, plain or encrypted (SQLCipher brings its own, newer SQLite)."""
    open_journal(data_dir)
    if request.param == "encrypted":
        close_journal()
        reencrypt.change_passphrase(data_dir, None, SECRET)
        open_journal(data_dir, SECRET)
    yield data_dir
    close_journal()
    remember(data_dir, None)


def index_rows() -> int:
    return database.execute_sql("SELECT COUNT(*) FROM note_fts_data").fetchone()[0]


def test_one_note_saves_after_a_bulk_build_write_little_of_the_index(any_journal):
    fill(generate(20, 10000, seed=3))
    segments = database.execute_sql("SELECT count(DISTINCT segid) FROM note_fts_idx").fetchone()
    assert segments == (1,)  # merged at the build's end (search_bulk.merged_at_once)
    size = index_rows()
    newest = database.execute_sql("SELECT MAX(id) FROM note").fetchone()[0]
    note = notes.get(newest)
    connection = database.connection()
    written = []
    for step in range(40):  # FTS5 finished its merge at the sixteenth small segment
        before = connection.total_changes
        note = notes.save(dataclasses.replace(note, body=f"{note.body} Ergänzung{step}"))
        written.append(connection.total_changes - before)
    assert max(written) < size / 3, (size, written)
    # the note indexed on its own at the build's end is found, as are the saves
    assert ("note", newest) in [
        (hit.kind, hit.record_id) for hit in search.search("ergaenzung39").hits
    ]


def segments() -> int:
    return database.execute_sql("SELECT count(DISTINCT segid) FROM note_fts_idx").fetchone()[0]


def write_notes(client_id: int, count: int, first: int) -> None:
    words = ("Angebot", "Termin", "Rechnung", "Logo", "Freitag", "Entwurf", "Budget")
    for number in range(first, first + count):
        text = " ".join(words[(number * k) % len(words)] for k in range(1, 9))
        notes.save(NoteData(client_id=client_id, created_at=NOW, body=f"{text} Nummer{number}"))


def test_a_block_that_brings_most_of_the_notes_ends_merged_a_small_one_does_not(
    journal, monkeypatch: pytest.MonkeyPatch
):
    """An import or a sync round into a journal that has notes: merged when the block wrote
    at least as many notes as were there (the rewrite costs it at most its own size again),
    not for a few notes into many (a rewrite of the whole index for them)."""
    monkeypatch.setattr(search_bulk, "INDEX_CHUNK", 64)  # segments as many as a big block's
    anna = clients.create(ClientData(name="Anna"))
    write_notes(anna, 40, 0)  # by the trigger, a segment each
    with database.atomic(), search_bulk.bulk_note_inserts():
        write_notes(anna, 3000, 40)
    assert segments() == 1
    with database.atomic(), search_bulk.bulk_note_inserts():
        write_notes(anna, 20, 3040)
    assert segments() > 1
    assert [hit.record_id for hit in search.search("nummer3059").hits]
    assert [hit.record_id for hit in search.search("nummer1234").hits]


def test_after_the_demo_is_removed_a_big_block_still_counts_as_most_of_the_notes(
    journal, monkeypatch: pytest.MonkeyPatch
):
    """The rule counts the notes: the demo's removal leaves the ids sparse (thousands used,
    a few notes left), and by the ids an import of more notes than are left was not merged
    (attack28d)."""
    from clientjournal.store.demo.removal import remove_demo

    monkeypatch.setattr(search_bulk, "INDEX_CHUNK", 64)
    fill(generate(10, 2000, seed=3))
    anna = clients.create(ClientData(name="Anna"))
    write_notes(anna, 30, 0)
    remove_demo()
    assert database.execute_sql("SELECT COUNT(*) FROM note").fetchone() == (30,)
    with database.atomic(), search_bulk.bulk_note_inserts():
        write_notes(anna, 1000, 30)
    assert segments() == 1
