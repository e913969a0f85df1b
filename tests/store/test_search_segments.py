"""A note index built at once (the demo, an import into an empty journal) must not make a
later one-note save rewrite it: FTS5's crisis merge did, inside an autosave on the GUI thread
(0.42 s at the demo journal's size, 3.7 s at ten times)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import notes, search
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.safety import reencrypt
from clientjournal.store.safety.encryption import remember

SECRET = "Segmente zusammenführen"


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
