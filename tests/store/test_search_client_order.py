"""Search results matched equally well come in the client list's order, and a client's excerpt
shows the field that matched (attack19 finding 7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes, search

NAMES = [
    "Jürgen Köhler", "Anna Krüger", "Ayşe Öztürk", "Peter Wolf", "Maria Schäfer", "Hans Schröder",
    "Ägidius Zander", "anna zeller", "Kunde 10", "Kunde 2", "Émile Durand", "Zoë Ahrens",
]  # fmt: skip


def mail(name: str) -> str:
    return name.lower().replace(" ", ".") + "@example.de"


def test_clients_matched_alike_come_in_the_client_lists_order(journal):
    ids = [clients.create(ClientData(name=name, email=mail(name))) for name in NAMES]
    result = search.search("example", 50)
    assert {hit.client_id for hit in result.hits} == set(ids)
    listed = [group[0].client_name for group in search.by_client(result.hits)]
    names = {client_id: name for client_id, name in zip(ids, NAMES, strict=True)}
    assert listed == [names[client_id] for client_id in clients.list_ids()]
    assert listed[:3] == ["Ägidius Zander", "Anna Krüger", "anna zeller"]
    assert listed.index("Kunde 2") < listed.index("Kunde 10")


def test_a_better_match_still_comes_first(journal):
    for name in NAMES:
        clients.create(ClientData(name=name, email=mail(name)))
    groups = search.by_client(search.search("wolf example", 50).hits)
    assert [group[0].client_name for group in groups] == ["Peter Wolf"]
    zander = clients.create(ClientData(name="Zander Beratung", profile={"wants": "Zander, Zander"}))
    groups = search.by_client(search.search("zander", 50).hits)
    assert groups[0][0].client_id == zander  # three times the word: the better match
    assert [group[0].client_name for group in groups] == ["Zander Beratung", "Ägidius Zander"]


def test_a_clients_notes_stay_together_best_first(journal):
    anna = clients.create(ClientData(name="Anna Krüger"))
    bert = clients.create(ClientData(name="Bert Adler"))
    when = datetime(2024, 6, 20, 10, tzinfo=UTC)
    for days, (client, body) in enumerate(
        [(bert, "Logo"), (anna, "Logo"), (bert, "Logo Logo Logo"), (anna, "Logo und mehr Text")]
    ):
        notes.save(NoteData(client_id=client, created_at=when - timedelta(days=days), body=body))
    hits = search.search("logo", 50).hits
    groups = search.by_client(hits)
    assert sorted(hit.record_id for group in groups for hit in group) == sorted(
        hit.record_id for hit in hits
    )
    for group in groups:
        assert [hit.rank for hit in group] == sorted(hit.rank for hit in group)


def test_a_client_matched_by_mail_or_company_shows_it_in_the_excerpt(journal):
    clients.create(ClientData(name="Peter Wolf", email="peter.wolf@example.de"))
    clients.create(ClientData(name="Anna Krüger", company="Bäckerei Krüger & Söhne"))
    clients.create(ClientData(name="Jo", profile={"wants": "Ruhige, klare Gestaltung"}))
    (wolf,) = search.search("example").hits
    assert wolf.snippet == "Peter Wolf · peter.wolf@<b>example</b>.de"
    (kruger,) = [hit for hit in search.search("baeckerei").hits if hit.kind == "client"]
    assert kruger.snippet == "Anna Krüger · <b>Bäckerei</b> Krüger &amp; Söhne"
    (jo,) = search.search("gestaltung").hits
    assert jo.snippet == "Jo · Ruhige, klare <b>Gestaltung</b>"
