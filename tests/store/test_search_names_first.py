"""A client the query names comes first (store/search.py ``NAMED_FIRST``): bm25 ranks each
kind with its own statistics, and a surname in many notes outranked the client of that name,
who was then not among the first 50 hits (attack21 A3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes, search

NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


LONG = "Prefers calls in the morning, invoices by e-mail, a fixed budget and clear rounds. " * 3


def _journal() -> tuple[int, int, int]:
    """As a real journal has it: client records long (profile, company, e-mail), most notes
    longer than a line, and a few short notes that name the client."""
    baker = clients.create(
        ClientData(
            name="Arjun Baker",
            company="Willowyard Books",
            email="arjun@willowyard.example",
            profile={"wants": LONG},
        )
    )
    mentions = clients.create(
        ClientData(name="Chloe Brandt", profile={"wants": LONG + " Like Baker's shop."})
    )
    others = [
        clients.create(ClientData(name=f"Client {n}", profile={"wants": LONG})) for n in range(40)
    ]
    for day in range(400):
        body = "Mr Baker rang." if day % 8 == 0 else LONG
        notes.save(NoteData(others[day % 40], NOW - timedelta(hours=day), body))
    return baker, mentions, others[0]


def test_a_surname_finds_its_client_first_among_many_notes(journal):
    baker, mentions, _other = _journal()
    hits = search.search("baker", 50).hits
    assert (hits[0].kind, hits[0].record_id) == ("client", baker)
    named = [hit for hit in hits if hit.kind == "client"]
    assert [hit.record_id for hit in named][:1] == [baker]
    # the client whose profile only mentions the word keeps its own rank among the rest
    later = [h.record_id for h in hits[1:] if h.kind == "client"]
    assert later in ([mentions], [])
    assert search.by_client(hits)[0][0].client_id == baker  # the panel's first group


def test_every_word_must_be_in_the_name_or_company(journal):
    baker, _mentions, _other = _journal()
    assert search.search("arjun baker", 10).hits[0].record_id == baker
    assert search.search("willowyard", 10).hits[0].record_id == baker  # the company
    hits = search.search("baker rang", 10).hits  # "rang" is not in the name
    assert all(hit.kind == "note" for hit in hits)


def test_with_a_filter_the_named_client_comes_first_too(journal):
    baker, _mentions, _other = _journal()
    filters = search.SearchFilters(since=date(2000, 1, 1))
    hits = search.search("baker", 50, filters).hits
    assert (hits[0].kind, hits[0].record_id) == ("client", baker)
