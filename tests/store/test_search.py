"""The full-text index: ranking, folding, filters, and staying right through every change."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from clientjournal.core.cooling import DraftData
from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, drafts, notes, search
from clientjournal.store.connection import close_journal, journal_file, open_journal
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.models import Agreement, database
from clientjournal.store.search import SearchFilters

NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


def note(client_id: int, body: str, days_ago: float = 1, **fields) -> NoteData:
    return notes.save(
        NoteData(client_id=client_id, created_at=NOW - timedelta(days=days_ago), body=body,
                 **fields)
    )  # fmt: skip


def found(text: str, **filters) -> list[tuple[str, int]]:
    result = search.search(text, filters=SearchFilters(**filters))
    return [(hit.kind, hit.record_id) for hit in result.hits]


def test_notes_profiles_agreements_and_drafts_are_found(journal):
    anna = clients.create(ClientData(name="Anna Weiß", profile={"never": "Keine Comic Sans"}))
    first = note(anna, "Frau Weiß möchte das Logo in Grün.")
    with database.atomic():
        agreement = Agreement.create(client=anna, title="Logo in Grün", details="2 Runden")
    draft = drafts.save(DraftData(client_id=anna, subject="Grüne Variante", body="Anbei."))
    kinds = {kind for kind, _ in found("grün")}
    assert kinds == {"note", "agreement", "draft"}
    assert found("comic") == [("client", anna)]
    assert ("note", first.id) in found("weiss")
    assert ("agreement", agreement.id) in found("gruen")
    assert ("draft", draft.id) in found("grune")


def test_ranking_puts_the_closer_match_first_and_highlights_it(journal):
    anna = clients.create(ClientData(name="Anna"))
    weak = note(anna, "Angebot geschickt. " + "Viel anderer Text über Termine und Farben. " * 8)
    strong = note(anna, "Angebot, Angebot: das Angebot für die Broschüre")
    result = search.search("angebot")
    assert [hit.record_id for hit in result.hits[:2]] == [strong.id, weak.id]
    assert "<b>Angebot</b>" in result.hits[0].snippet
    assert result.query_ms >= 0 and result.terms == ["angebot"]


def test_the_index_follows_edits_deletes_restores_and_the_trash(journal):
    anna = clients.create(ClientData(name="Anna"))
    item = note(anna, "Stundensatz besprochen")
    assert found("stundensatz") == [("note", item.id)]
    item.body = "Tagessatz besprochen"
    notes.save(item)
    assert found("stundensatz") == [] and found("tagessatz") == [("note", item.id)]
    deleted = notes.delete(item.id)
    assert found("tagessatz") == []
    notes.restore(deleted)  # undo
    assert found("tagessatz") == [("note", item.id)]
    clients.trash(anna)
    assert found("tagessatz") == []
    clients.restore(anna)
    assert found("tagessatz") == [("note", item.id)]
    profile = clients.get(anna)
    profile.profile = {"wants": "Ruhige Farben"}
    clients.update(profile)
    assert found("ruhig") == [("client", anna)]


def test_filters_narrow_by_client_kind_dates_mood_and_tag(journal):
    anna = clients.create(ClientData(name="Anna", tags=["Print"]))
    bob = clients.create(ClientData(name="Bob"))
    call = note(anna, "Budget besprochen", days_ago=2, kind=NoteKind.CALL, mood=1, tags=["Geld"])
    mail = note(anna, "Budget per Mail", days_ago=30, kind=NoteKind.EMAIL, mood=-1)
    other = note(bob, "Budget bei Bob", days_ago=2)
    assert {r for _, r in found("budget")} == {call.id, mail.id, other.id}
    assert {r for _, r in found("budget", client_id=anna)} == {call.id, mail.id}
    assert found("budget", note_kind="call") == [("note", call.id)]
    assert found("budget", mood=-1) == [("note", mail.id)]
    day = (NOW - timedelta(days=2)).astimezone().date()
    assert {r for _, r in found("budget", since=day, until=day)} == {call.id, other.id}
    assert found("budget", tag="geld") == [("note", call.id)]


def test_imported_records_are_indexed(journal, tmp_path):
    anna = clients.create(ClientData(name="Anna"))
    note(anna, "Messestand für Köln")
    path = exchange.export_file(tmp_path / "e.json")
    close_journal()
    open_journal(tmp_path / "other")
    exchange.import_file(path)
    assert [kind for kind, _ in found("koeln")] == ["note"]


def test_a_journal_from_before_search_is_indexed_by_its_migration(journal, data_dir):
    anna = clients.create(ClientData(name="Anna"))
    note(anna, "Alte Notiz über Öffnungszeiten")
    close_journal()
    raw = sqlite3.connect(journal_file(data_dir))
    for name in ("note", "client", "agreement", "draft"):
        raw.execute(f"DROP TABLE {name}_fts")
        for event in ("insert", "update", "delete"):
            raw.execute(f"DROP TRIGGER {name}_fts_{event}")
    raw.execute("DROP INDEX client_demo")  # and what migration 7 added after it
    raw.execute("ALTER TABLE client DROP COLUMN demo")
    triggers = raw.execute(  # and migration 8 (sync)
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'"
    ).fetchall()
    for (trigger,) in triggers:
        raw.execute(f"DROP TRIGGER {trigger}")
    for table in (
        "sync_dirty", "sync_applying", "sync_local", "sync_record", "sync_ref", "sync_file",
        "sync_device", "journal_setting", "note_conflict",
    ):  # fmt: skip
        raw.execute(f"DROP TABLE {table}")
    raw.execute("PRAGMA user_version = 5")
    raw.commit()
    raw.close()
    open_journal(data_dir)
    assert [kind for kind, _ in found("oeffnung")] == ["note"]


def test_empty_or_symbol_only_queries_find_nothing_quickly(journal):
    assert search.search("  ?! ").hits == []
    assert search.search('"*) OR (').hits == []


def test_a_demo_journal_is_indexed_in_bulk_and_the_trigger_is_back(journal):
    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import fill

    demo = generate(5, 60, seed=3, now=NOW)
    fill(demo)
    count = database.execute_sql("SELECT COUNT(*) FROM note_fts").fetchone()[0]
    assert count == 60
    word = next(w for w in demo.notes[0][1].body.split() if len(w) > 5 and w.isalpha())
    assert any(kind == "note" for kind, _ in found(word))
    anna = clients.create(ClientData(name="Anna"))
    later = note(anna, "Nachzügler nach dem Demo")
    assert ("note", later.id) in found("nachzuegler")


def test_the_total_is_what_a_search_without_a_limit_finds(journal, monkeypatch):
    """The window says "5 of 14 matches": 14 must be what the command line lists with a high
    enough --limit, under the same rules (the newest RANKED_WINDOW matches of a kind when
    nothing is filtered, all of them with a filter)."""
    monkeypatch.setattr(search, "RANKED_WINDOW", 8)
    anna = clients.create(ClientData(name="Anna Angebot"))
    bob = clients.create(ClientData(name="Bob"))
    for day in range(12):
        note(anna if day % 2 else bob, f"Angebot Nummer {day}", days_ago=day + 1)
    for number in range(3):
        drafts.save(DraftData(client_id=anna, subject=f"Angebot {number}", body="Anbei."))

    def unlimited(**filters) -> int:
        return len(search.search("angebot", 10_000, SearchFilters(**filters)).hits)

    cut = search.search("angebot", 5)
    assert len(cut.hits) == 5
    assert cut.total == unlimited() == 8 + 3 + 1  # notes in the window, drafts, the profile
    by_client = search.search("angebot", 5, SearchFilters(client_id=anna))
    assert by_client.total == unlimited(client_id=anna) == 6 + 3 + 1
    assert search.search("angebot", 10_000).total == unlimited()
    assert search.search("nummer 3", 5).total == 1
