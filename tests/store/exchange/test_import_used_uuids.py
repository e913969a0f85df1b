"""A UUID the file uses in two batches is found by sorting the file's UUIDs once, before the
import commits, not by looking each batch's UUIDs up in an index of the ones before (issue
21: a seventh of an import at ten times the demo journal).  It is refused as before, naming
both places, whatever the journal then did with the later batch, and nothing is written."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from clientjournal.store import clients
from clientjournal.store.clients import ClientData
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import json_stream
from clientjournal.store.exchange.common import location

sys.path.insert(0, str(Path(__file__).parent))
from test_exchange import content, synthetic_document, write


@pytest.fixture
def scratch(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Batches of a few clients; the statements run on UsedUuids' scratch database."""
    monkeypatch.setattr(json_stream, "BATCH_NOTES", 7)
    statements: list[str] = []
    opened = json_stream.UsedUuids._open

    def traced(name: str) -> sqlite3.Connection:
        db = opened(name)
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(json_stream.UsedUuids, "_open", staticmethod(traced))
    return statements


def test_the_uuids_are_sorted_once_not_looked_up_per_batch(journal, tmp_path, scratch):
    document = synthetic_document(9, 5)
    exchange.import_file(write(tmp_path / "once.json", document))
    assert not [s for s in scratch if s.startswith("SELECT") and "GROUP BY" not in s]
    assert len([s for s in scratch if "GROUP BY uuid" in s]) == 1
    assert len([s for s in scratch if s.startswith("INSERT INTO used")]) == 9 * 6


@pytest.mark.parametrize("journal_has", ["nothing", "a client"])
@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (("clients", 7, "notes", 0), ("clients", 0, "notes", 1)),  # a note again
        (("clients", 8), ("clients", 2, "notes", 3)),  # a client takes a note's
        (("clients", 6, "notes", 2), ("clients", 1)),  # a note takes a client's
    ],
)
def test_a_uuid_used_in_two_batches_is_refused_naming_both_places(
    journal, tmp_path, scratch, journal_has, later, earlier
):
    """Into an empty journal the later note's insert fails on the UNIQUE index, and a
    client with a note's UUID is inserted without complaint; into one that holds a record,
    the later batch would replace what the earlier one wrote.  Either way the message is
    the duplicate's, and the journal is as before."""
    if journal_has == "a client":
        clients.create(ClientData(name="Schon da"))
    before = content()
    document = synthetic_document(9, 5)

    def record(path: tuple) -> dict:
        found = document
        for key in path:
            found = found[key]
        return found

    record(later)["uuid"] = record(earlier)["uuid"]
    uuid = record(earlier)["uuid"]
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(write(tmp_path / "twice.json", document))
    expected = f'{location(None, (*later, "uuid"))}: uuid "{uuid}" is already used by '
    assert str(caught.value).endswith(expected + location(None, earlier))
    assert content() == before


def test_a_uuid_used_twice_is_named_before_a_later_error(journal, tmp_path, scratch):
    before = content()
    document = synthetic_document(9, 5)
    document["clients"][4]["notes"][0]["uuid"] = document["clients"][0]["uuid"]
    document["clients"][8]["notes"][4]["mood"] = 7  # a later batch is invalid
    with pytest.raises(exchange.ImportFailed, match=r"already used by clients\[0\]"):
        exchange.import_file(write(tmp_path / "twice.json", document))
    assert content() == before
