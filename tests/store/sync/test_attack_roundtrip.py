"""A value another computer's file brings must be one the journal's own JSON import takes
back: otherwise the export, the user's way out, is refused whole (sync-attack finding 16)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.exchange.json_export import export_data
from clientjournal.store.exchange.json_import import import_data
from clientjournal.store.models import database
from tests.store.sync.forged import AT, forged_file
from tests.store.sync.replicas import Replica

CLIENT = str(uuid.UUID(int=1))
NOTE = str(uuid.UUID(int=2))
DRAFT = str(uuid.UUID(int=3))


DRAFT_FIELDS = [("draft", DRAFT, name, value) for name, value in
                (("client", CLIENT), ("created_at", AT), ("updated_at", AT))]  # fmt: skip


@pytest.mark.parametrize(
    "changes",
    [
        [("client", CLIENT, "profile/wishes", ["a"])],
        [("client", CLIENT, "profile/wishes", 1)],
        [("client", CLIENT, "name", "")],
        [("client", CLIENT, "name", "x" * 20_000)],
        [("client", CLIENT, "tags", ["", " "])],
        [("note", NOTE, "tags", ["x" * 5_000])],
        [*DRAFT_FIELDS, ("draft", DRAFT, "tone_score", 1.5)],
    ],
    ids=["profile-list", "profile-number", "empty-name", "long-name", "blank-tags",
         "long-tag", "tone-score"],
)  # fmt: skip
def test_what_a_round_takes_the_import_takes_back(tmp_path: Path, changes):
    laptop = Replica(tmp_path, "laptop")
    laptop.add_client(CLIENT, "Anna")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'text' FROM client",
        NOTE, AT, AT,
    )  # fmt: skip
    laptop.round()
    forged_file(laptop.folder, changes, name="E")
    laptop.round()
    laptop.open()
    document = json.loads(json.dumps(export_data()))
    close_journal()
    try:
        open_journal(tmp_path / "fresh")
        import_data(document)  # the whole export is refused when one value is out of bounds
        clients = database.execute_sql("SELECT uuid FROM client").fetchall()
    finally:
        close_journal()
    assert clients == [(CLIENT,)]
