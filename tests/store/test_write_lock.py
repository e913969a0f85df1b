"""A write waits for another connection's write instead of failing (BEGIN IMMEDIATE)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.models import database


def test_a_connections_first_note_waits_for_a_write_in_another_thread(tmp_path: Path) -> None:
    """The first save of a fresh connection used to fail at once with "database is locked"
    while a sync round (another thread, another connection) held the write lock: its deferred
    transaction had read the full-text index's settings on the old snapshot first."""
    open_journal(tmp_path / "journal")
    try:
        client_id = clients.create(ClientData(name="Ada"))
        holding = threading.Event()

        def write_for_a_while() -> None:
            try:
                with database.atomic():
                    database.execute_sql("UPDATE client SET name = name WHERE id = ?", (client_id,))
                    holding.set()
                    time.sleep(0.5)
            finally:
                database.close()

        other = threading.Thread(target=write_for_a_while)
        other.start()
        assert holding.wait(10)
        saved = notes.save(
            NoteData(client_id=client_id, body="typed meanwhile", created_at=utcnow())
        )
        other.join()
        assert saved.id is not None
        assert [note.body for note in notes.fetch(notes.ids_for_client(client_id)).values()] == [
            "typed meanwhile"
        ]
    finally:
        close_journal()
