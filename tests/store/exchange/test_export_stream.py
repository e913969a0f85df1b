"""Issue 18: the JSON export is written a client at a time (a 1,000,000-note journal took
1.4 GB as one document); the text is exactly what dumping the whole document writes."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import clients, notes
from clientjournal.store.clients import ClientData
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import json_export
from clientjournal.store.notes import NoteData


@pytest.fixture
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_export, "utcnow", lambda: datetime(2026, 12, 6, 8, 0, tzinfo=UTC))


def written() -> str:
    stream = io.StringIO()
    exchange.export_json(stream)
    return stream.getvalue()


def whole() -> str:
    return json.dumps(exchange.export_data(), ensure_ascii=False, indent=1) + "\n"


def test_an_empty_journal_exports_as_the_whole_document_does(journal, fixed_time):
    assert written() == whole()
    assert json.loads(written())["clients"] == []


def test_a_full_journal_exports_as_the_whole_document_does(journal, fixed_time):
    fill(generate(4, 40, seed=7))
    anna = clients.create(
        ClientData(name='Änna "Q"\n😀', profile={"goals": "a\nb"}, tags=["VIP", "Print"])
    )
    body = "Zeile 1\nZeile 2 \\ \u2028 \t Ende"
    for tags in (["Angebot", "Zuerst"], []):
        notes.save(NoteData(client_id=anna, created_at=datetime.now(UTC), body=body, tags=tags))
    clients.create(ClientData(name="No notes"))
    text = written()
    assert text == whole()
    document = json.loads(text)
    assert len(document["clients"]) == 6 and document["agreement_templates"] is not None
    assert sum(len(client["notes"]) for client in document["clients"]) == 42


def test_a_markdown_export_cut_short_changes_no_file(journal, tmp_path, monkeypatch):
    """All or nothing (issue 18): a full disk at the third client left the files of the first
    two written, replaced or added; now none is, and no unfinished folder stays behind."""
    import errno

    from clientjournal.store.exchange import text

    fill(generate(5, 20, seed=2))
    folder = tmp_path / "markdown"
    assert text.export_markdown(folder) == 5
    (folder / "mine.txt").write_text("not the app's")
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    clients.create(ClientData(name="Aaron Neu"))
    real = text.client_markdown
    calls: list[int] = []

    def full_disk(client, language):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(client, language).replace("\n", "\n\n")

    monkeypatch.setattr(text, "client_markdown", full_disk)
    with pytest.raises(OSError):
        text.export_markdown(folder)
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before
    monkeypatch.setattr(text, "client_markdown", real)
    assert text.export_markdown(folder) == 6
    names = {path.name for path in folder.iterdir()}
    assert len(names) == 7 and not any(name.startswith(".") for name in names)


def test_the_export_is_the_same_whatever_the_clients_read_at_once(journal, fixed_time, monkeypatch):
    """Issue 21: a client's projects, agreements (with their history), drafts, payments and
    tags are read ``CLIENTS_AT_ONCE`` clients at a time alongside the clients (all of them
    read first took 657 MB at ten times the demo journal); the text is the same as when all
    are read at once, and each kind keeps its order within a client."""
    from clientjournal.store.models import database

    fill(generate(30, 120, seed=11))
    database.execute_sql(
        "INSERT INTO agreement_template (uuid, name, language, created_at, updated_at) "
        "VALUES ('00000000-0000-4000-8000-000000000001', 'Start', 'de', "
        "'2026-01-01T00:00:00.000000Z', '2026-01-02T00:00:00.000000Z')"
    )
    database.execute_sql(
        "INSERT INTO agreement_template_item (template_id, position, title) "
        "VALUES (1, 1, 'Zweiter'), (1, 0, 'Erster')"
    )
    database.execute_sql("INSERT INTO tag (name) VALUES ('Zeta'), ('alpha')")
    database.execute_sql(
        "INSERT INTO note_tag (note_id, tag_id) SELECT n.id, t.id FROM note n, tag t "
        "WHERE n.id % 5 = 0 AND t.name IN ('Zeta', 'alpha')"
    )
    database.execute_sql(
        "INSERT INTO note_conflict (uuid, note_id, body, device_id, at) "
        "SELECT printf('10000000-0000-4000-8000-%012d', id), id, 'other ' || id, 'desk', "
        "'2026-02-02T00:00:00.000000Z' FROM note WHERE id % 17 = 0"
    )
    texts = set()
    for at_once in (1, 7, 1_000_000):
        monkeypatch.setattr(json_export, "CLIENTS_AT_ONCE", at_once)
        texts.add(written())
    assert len(texts) == 1
    clients_ = json.loads(texts.pop())["clients"]
    for kind in ("projects", "agreements", "drafts", "payments", "tags"):
        assert sum(len(client[kind]) for client in clients_) > 1, kind
    agreements = [a for client in clients_ for a in client["agreements"]]
    assert sum(len(agreement["history"]) for agreement in agreements) > 1
