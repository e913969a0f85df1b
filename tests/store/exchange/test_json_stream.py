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
        '[{"format": "clientjournal"}]',
        '{"format": "clientjournal", "version": 1, "exported_at": "x"}',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": {}}',
        "",
    ],
)
def test_other_shapes_are_not_streamed(text: str):
    decoder = json.JSONDecoder(object_pairs_hook=json_import._unique_keys)
    with pytest.raises(json_stream.NotStreamable):
        list(json_stream.batches(io.BytesIO(text.encode()), decoder))


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "clientjournal", "format": "clientjournal", "clients": []}',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": [} ',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": []} []',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": [{}, 3 4]}',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": [{}',
        '{"format": "clientjournal", "version": 1\n, "exported_at": "x" "clients": []}',
        '{"format": "clientjournal", 7: 1}',
        '{"format": "clientjournal", "version" 1}',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": [{"a": "b\\u00"}]}',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": [{"a": tru}]}',
        '{"format": "clientjournal", "version": 1, "exported_at": "x", "clients": [{"a": 1}] x',
    ],
)
@pytest.mark.parametrize("chunk", [1 << 20, 5])
def test_broken_json_is_refused_in_the_words_of_the_whole_read(
    text: str, chunk: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Without reading the whole file first: the same message as json reading it whole,
    also when the window ends anywhere (the line and column count what it dropped)."""
    monkeypatch.setattr(json_stream, "CHUNK_CHARS", chunk)
    text = text.replace(", ", ",\n  ")
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as whole:
        json_import.import_data(json_import._read_document(path), str(path))
    decoder = json.JSONDecoder(object_pairs_hook=json_import._unique_keys)
    with pytest.raises(json_stream.BadJson) as streamed:
        list(json_stream.batches(io.BytesIO(text.encode()), decoder))
    assert f"{path}: {streamed.value}" == str(whole.value)


def test_the_usual_shape_is_streamed_client_by_client():
    document = synthetic_document(3, 2)
    document["agreement_templates"] = []
    decoder = json.JSONDecoder()
    found = list(json_stream.batches(io.BytesIO(json.dumps(document).encode()), decoder))
    assert [len(batch["clients"]) for batch in found] == [3, 0]
    assert found[0]["clients"] == document["clients"]
    assert found[-1]["agreement_templates"] == []


@pytest.mark.parametrize("where", [0.1, 0.5, 0.97])
def test_a_syntax_error_in_a_big_export_is_found_without_reading_the_rest(
    journal, tmp_path, monkeypatch: pytest.MonkeyPatch, where: float
):
    """The window grew to the end of the file at any syntax error (json fails at the window's
    end too): now it reads on only while the error is where the window was cut."""
    monkeypatch.setattr(json_stream, "CHUNK_CHARS", 64)
    text = json.dumps(synthetic_document(40, 5), indent=1)
    at = text.index('"body"', int(len(text) * where))
    broken = text[:at] + '"body" "no colon", ' + text[at + 6 :]
    path = tmp_path / "broken.json"
    path.write_text(broken, encoding="utf-8")
    read: list[int] = []
    real = json_stream._Text._more

    def counted(self, size=64):
        read.append(size)
        return real(self, size)

    monkeypatch.setattr(json_stream._Text, "_more", counted)
    with pytest.raises(exchange.ImportFailed) as streamed:
        exchange.import_file(path)
    line = broken.count("\n", 0, at) + 1
    assert f"invalid JSON at line {line}, column " in str(streamed.value)
    assert str(streamed.value).endswith(": Expecting ':' delimiter")
    client = len(text) // 40
    assert sum(read) < at + 4 * client  # never much past the error's client
    with pytest.raises(exchange.ImportFailed) as whole:
        json_import._read_document(path)
    assert str(streamed.value) == str(whole.value)


def test_a_file_not_utf8_names_the_line_of_the_first_bad_byte(tmp_path, monkeypatch):
    monkeypatch.setattr(json_stream, "CHUNK_CHARS", 16)
    data = json.dumps(synthetic_document(3, 2), indent=1).encode()
    at = data.index(b'"body"', len(data) // 2) + 9
    data = data[:at] + b"\xfc" + data[at:]
    path = tmp_path / "latin1.json"
    path.write_bytes(data)
    with pytest.raises(exchange.ImportFailed) as streamed:
        exchange.import_file(path)
    line = data.count(b"\n", 0, at) + 1
    assert str(streamed.value).endswith(f"not UTF-8 text: byte 0xfc on line {line}")


def test_the_uuids_of_earlier_batches_are_kept_on_disk_and_then_deleted(
    journal, tmp_path, small_batches, monkeypatch: pytest.MonkeyPatch
):
    """Not in memory (a million UUIDs took 100 MB); where no temporary folder can be
    written, in memory after all; nothing stays behind either way, not even while it runs
    (an import killed half way left its folder in /tmp)."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    document = synthetic_document(9, 5)
    document["clients"][7]["notes"][0]["uuid"] = document["clients"][0]["notes"][1]["uuid"]
    path = write(tmp_path / "twice.json", document)
    during: list[list[Path]] = []
    counted = json_stream.batches

    def watched(stream, decoder):
        for batch in counted(stream, decoder):
            during.append(list((tmp_path / "tmp").iterdir()))  # a kill here leaves nothing
            yield batch

    monkeypatch.setattr(json_stream, "batches", watched)
    with pytest.raises(exchange.ImportFailed, match=r"already used by clients\[0\] notes\[1\]"):
        exchange.import_file(path)
    assert len(during) > 2 and not any(during)
    assert list((tmp_path / "tmp").iterdir()) == []

    def refused(*args, **kwargs):
        raise PermissionError("no temporary folder")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", refused)
    with pytest.raises(exchange.ImportFailed, match=r"clients\[7\] notes\[0\].uuid: uuid "):
        exchange.import_file(path)
    document["clients"][7]["notes"][0]["uuid"] = "0e9d4b1c-5d0f-4a55-9b0e-3c8f3f1d2a77"
    counts = exchange.import_file(write(tmp_path / "once.json", document))
    assert counts.notes == 45 and len(small_batches) > 2
