"""An import into an empty journal does not look its records up in the journal (issue 21:
at ten times the demo journal each UUID looked up in nine growing indexes was a sixth of the
import); into a journal that holds records it still does, and the file's own UUIDs used
twice are refused all the same."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clientjournal.store.exchange import journal as exchange

sys.path.insert(0, str(Path(__file__).parent))
from test_exchange import content, synthetic_document, write

LOOKUPS = ("FROM agreement_event WHERE uuid IN", "FROM note n JOIN client c")


def _imported(path: Path, sql_traced) -> list[str]:
    """The statements of the import of ``path`` that look a record up in the journal."""
    with sql_traced() as statements:
        exchange.import_file(path)
    return [s for s in statements if any(lookup in s for lookup in LOOKUPS)]


def test_an_empty_journal_takes_the_file_without_looking_its_records_up(
    journal, tmp_path, way, sql_traced
):
    document = synthetic_document(6, 5)
    assert _imported(write(tmp_path / "first.json", document), sql_traced) == []
    again = synthetic_document(3, 2)  # into the journal the first file filled: looked up
    assert _imported(write(tmp_path / "again.json", again), sql_traced) != []
    assert len(exchange.export_data()["clients"]) == 9


def test_into_an_empty_journal_a_uuid_used_twice_is_still_refused(journal, tmp_path, way):
    before = content()
    document = synthetic_document(6, 5)
    document["clients"][5]["notes"][0]["uuid"] = document["clients"][0]["uuid"]  # another kind
    with pytest.raises(exchange.ImportFailed, match=r"clients\[0\]"):
        exchange.import_file(write(tmp_path / "twice.json", document))
    assert content() == before
