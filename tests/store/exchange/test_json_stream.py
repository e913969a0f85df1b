"""Issue 18: a big JSON export is imported a batch of clients at a time (memory stays flat:
a 1,000,000-note file took 1.3 GB whole, 0.6 GB in batches), with the same result and the
same all-or-nothing rule and messages as the whole document."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import json_import, json_stream

sys.path.insert(0, str(Path(__file__).parent))
from test_exchange import content, fill_journal, synthetic_document, write


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Batches of at most 7 notes, and a count of the batches each import makes."""
    monkeypatch.setattr(json_stream, "BATCH_NOTES", 7)
    monkeypatch.setattr(json_stream, "CHUNK_CHARS", 100)  # the window ends inside values
    made: list[int] = []
    real = json_stream.batches

    def counted(stream, decoder):
        for batch in real(stream, decoder):
            made.append(len(batch["clients"]))
            yield batch

    monkeypatch.setattr(json_stream, "batches", counted)
    return made


def test_batches_give_what_the_whole_document_gives(journal, tmp_path, small_batches):
    fill_journal()
    exported = exchange.export_data()
    path = write(tmp_path / "all.json", exported)
    expected = content()
    json_import.import_data(json.loads(path.read_text()))  # merging into itself: unchanged
    assert content() == expected
    document = synthetic_document(9, 5)
    counts = exchange.import_file(write(tmp_path / "many.json", document))
    assert counts.clients == 9 and counts.notes == 45 and counts.inserted == 54
    assert len(small_batches) == 5  # two clients of five notes fill a batch of seven
    stored = {c["uuid"]: c for c in exchange.export_data()["clients"]}
    for client in document["clients"]:
        mine = stored[client["uuid"]]
        assert mine["name"] == client["name"]
        assert [n["uuid"] for n in mine["notes"]] == [n["uuid"] for n in client["notes"]]
        assert [n["body"] for n in mine["notes"]] == [n["body"] for n in client["notes"]]


def test_a_refusal_in_a_late_batch_leaves_nothing_of_the_early_ones(
    journal, tmp_path, small_batches
):
    before = content()
    document = synthetic_document(9, 5)
    document["clients"][8]["notes"][4]["mood"] = 7
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(write(tmp_path / "late.json", document))
    assert str(caught.value).endswith("clients[8] notes[4].mood: 7 is more than the maximum 2")
    assert len(small_batches) >= 4  # the early batches were written, then rolled back
    assert content() == before


def test_a_uuid_used_in_two_batches_is_refused_as_in_the_whole_file(
    journal, tmp_path, small_batches
):
    before = content()
    document = synthetic_document(9, 5)
    document["clients"][7]["notes"][0]["uuid"] = document["clients"][0]["notes"][1]["uuid"]
    with pytest.raises(exchange.ImportFailed, match=r"already used by clients\[0\] notes\[1\]"):
        exchange.import_file(write(tmp_path / "twice.json", document))
    assert content() == before


@pytest.mark.parametrize(
    "text",
    [
        '{"clients": [], "format": "clientjournal", "version": 1, "exported_at": "x"}',
        '{"format": "clientjournal", "format": "clientjournal", "clients": []}',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": [} ',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": []} []',
    ],
)
def test_other_shapes_are_not_streamed(text: str):
    decoder = json.JSONDecoder(object_pairs_hook=json_import._unique_keys)
    with pytest.raises(json_stream.NotStreamable):
        list(json_stream.batches(io.BytesIO(text.encode()), decoder))


def test_the_usual_shape_is_streamed_client_by_client():
    document = synthetic_document(3, 2)
    document["agreement_templates"] = []
    decoder = json.JSONDecoder()
    found = list(json_stream.batches(io.BytesIO(json.dumps(document).encode()), decoder))
    assert [len(batch["clients"]) for batch in found] == [3, 0]
    assert found[0]["clients"] == document["clients"]
    assert found[-1]["agreement_templates"] == []
