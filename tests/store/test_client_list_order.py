"""The client list's order by name, sorted in Python (store/clients.list_ids, issue 21), is the
order SQLite gives with ``ORDER BY cj_sort_key(name), id``, for every kind of name."""

from __future__ import annotations

import random

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.models import database

PIECES = [
    "Anna", "anna", "Ägidius", "Köhler", "Krüger", "Straße", "Strasse", "Café", "Cafe",
    "Studio 9", "Studio 10", "Studio 010", "  Zoë ", "Łukasz", "Ørsted", "ﬁne", "Ｆｕｌｌ",
    "Σωκράτης", "Дмитрий", "東京", "", "-", "_x", "ß", "ss", "Émile", "e\u0301mile", "O'Neil",
    "van der Berg", "İstanbul", "i", "I", "\u00a0Nbsp", "Tab\tName", "9", "09", "a1b2",
]  # fmt: skip


def test_the_name_order_is_sqls(journal):
    rng = random.Random(21)
    for _ in range(300):
        name = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 3)))
        clients.create(ClientData(name=name, company=rng.choice(["", "Müller GmbH", "Acme"])))
    clients.trash(*clients.list_ids()[::7])

    def by_sql(where: str, params: tuple = ()) -> list[int]:
        sql = f"SELECT c.id FROM client c WHERE {where} ORDER BY cj_sort_key(c.name), c.id"
        return [row[0] for row in database.execute_sql(sql, params).fetchall()]

    assert clients.list_ids() == by_sql("c.deleted_at IS NULL")
    assert clients.list_ids(trashed=True) == by_sql("c.deleted_at IS NOT NULL")
    like = "(c.name LIKE ? OR c.company LIKE ? OR c.email LIKE ?)"
    assert clients.list_ids("an") == by_sql(f"c.deleted_at IS NULL AND {like}", ("%an%",) * 3)


def test_the_tag_box_offers_the_tags_of_clients_not_in_the_trash(journal):
    from clientjournal.core.records import NoteData
    from clientjournal.core.timeutil import utcnow
    from clientjournal.store import notes, tags

    anna = clients.create(ClientData(name="Anna", tags=["Print", "web"]))
    clients.create(ClientData(name="Bob", tags=["Web", "Ärger"]))
    gone = clients.create(ClientData(name="Cleo", tags=["Alt", "print"]))
    notes.save(NoteData(client_id=anna, created_at=utcnow(), body="x", tags=["Nur Notiz"]))
    clients.trash(gone)
    assert tags.client_tag_names() == ["Ärger", "Print", "web"]
    clients.restore(gone)
    assert tags.client_tag_names() == ["Alt", "Ärger", "Print", "web"]
