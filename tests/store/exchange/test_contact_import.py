"""Contacts become clients all or nothing; duplicates are skipped or tagged; mails become notes."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clientjournal.core.contacts.contact import Contact
from clientjournal.core.contacts.eml import parse_eml
from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData
from clientjournal.store import clients, notes
from clientjournal.store.exchange import contacts as contact_import_module
from clientjournal.store.exchange.contacts import (
    DuplicatePolicy,
    add_mail_note,
    client_for_mail,
    find_duplicates,
    import_contact_file,
    import_contacts,
)
from clientjournal.store.exchange.journal import ImportFailed
from clientjournal.store.models import database
from clientjournal.store.search import search

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def fingerprint() -> str:
    """Every table's rows, the search index's included."""
    digest = hashlib.sha256()
    names = database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    for (name,) in names:
        digest.update(name.encode())
        for row in database.execute_sql(f'SELECT * FROM "{name}" ORDER BY 1').fetchall():
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def existing(journal) -> int:
    return clients.create(
        ClientData(
            name="Lena Hoffmann",
            company="Hoffmann Design",
            email="LENA.hoffmann@hoffmann-design.example",
        )
    )


def test_a_vcard_file_becomes_clients_that_search_finds(journal) -> None:
    result, parsed = import_contact_file(DATA / "thunderbird.vcf")
    assert result.counts().summary() == "imported 2 clients, 0 notes, 0 agreements, 0 drafts"
    assert parsed.problems == []
    sabine = clients.get(result.client_ids[0])
    assert (sabine.name, sabine.email) == (
        "Sabine Krüger",
        "sabine.krueger@krueger-architekten.example",
    )
    assert sabine.tags == ["Architektur", "Berlin"]
    assert sabine.profile["role"] == "Partnerin"
    hits = search("Kastanienallee").hits
    assert [(hit.kind, hit.client_id) for hit in hits] == [("client", sabine.id)]
    assert search("kruger").hits  # folded like any client


def test_csv_file_with_the_suggested_mapping(journal) -> None:
    result, _ = import_contact_file(DATA / "outlook_de.csv")
    names = sorted(clients.get(i).name for i in result.client_ids)
    assert names == ["Druckerei Söhnlein", "Günther Weiß", "Katrin Müller"]


def test_duplicates_by_email_or_name_and_company_are_skipped(journal, existing) -> None:
    clients.create(ClientData(name="Mark O'Donnell", company="O'Donnell Consulting Ltd."))
    before = clients.count()
    result, _ = import_contact_file(DATA / "google.vcf")
    assert result.skipped == 2
    assert clients.count() == before + 1
    assert clients.get(result.client_ids[0]).email == "rechnungen@stadtwerke-beispiel.example"


def test_flagged_duplicates_are_imported_with_a_tag(journal, existing) -> None:
    contacts = [
        Contact("card 1", "Lena H.", email="lena.hoffmann@hoffmann-design.example"),
        Contact("card 2", "Neu", email="neu@example.org"),
        Contact("card 3", "Neu again", email="NEU@example.org"),  # the file's own duplicate
    ]
    found = find_duplicates(contacts)
    assert found[0].client_id == existing and found[0].by_email
    assert found[2].client_id is None and found[2].name == "Neu"
    result = import_contacts(contacts, DuplicatePolicy.FLAG, flag_tag="Dublette?")
    assert (result.flagged, result.skipped, len(result.client_ids)) == (2, 0, 3)
    assert [clients.get(i).tags for i in result.client_ids] == [["Dublette?"], [], ["Dublette?"]]


def test_trashed_clients_are_no_duplicates(journal, existing) -> None:
    clients.trash(existing)
    contacts = [Contact("card 1", "Lena", email="lena.hoffmann@hoffmann-design.example")]
    assert find_duplicates(contacts) == {}


@pytest.mark.parametrize(
    "name",
    [
        "broken_truncated.vcf",
        "broken_binary.vcf",
        "broken_empty.vcf",
        "broken_header_only.csv",
        "broken_columns.csv",
        "broken_encoding.csv",
        "broken_no_name.csv",
    ],
)
def test_a_broken_file_changes_nothing(journal, existing, name: str) -> None:
    import_contact_file(DATA / "thunderbird.vcf")
    before = fingerprint()
    with pytest.raises(ImportFailed) as caught:
        import_contact_file(DATA / name)
    assert str(caught.value).startswith(str(DATA / name))
    assert fingerprint() == before


def test_a_refusal_half_way_rolls_everything_back(journal, existing, monkeypatch) -> None:
    before = fingerprint()
    real_create = clients.create
    calls = []

    def failing_create(client: ClientData) -> int:
        calls.append(client.name)
        if len(calls) == 2:
            import sqlite3

            raise sqlite3.OperationalError("disk I/O error")
        return real_create(client)

    monkeypatch.setattr(contact_import_module.clients, "create", failing_create)
    with pytest.raises(ImportFailed, match=r"card 2.*the disk could not be written or read"):
        import_contact_file(DATA / "thunderbird.vcf")
    assert len(calls) == 2
    assert fingerprint() == before


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Cut off, or bytes changed, inserted or repeated (tests/core fuzzes the parsers harder)."""
    at = rng.randint(0, len(data))
    return rng.choice(
        [
            data[:at],
            data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :],
            data[:at] + bytes(rng.randrange(256) for _ in range(20)) + data[at:],
            data[:at] + data[at : at + 80] * 3 + data[at + 80 :],
        ]
    )


def test_damaged_files_import_completely_or_not_at_all(journal, existing, tmp_path) -> None:
    samples = sorted(DATA.glob("*.vcf")) + sorted(DATA.glob("*.csv"))
    rng = random.Random(99)
    for number in range(150):
        sample = rng.choice(samples)
        path = tmp_path / f"damaged{number}{sample.suffix}"
        path.write_bytes(mutate(sample.read_bytes(), rng))
        before, count = fingerprint(), clients.count()
        try:
            result, _ = import_contact_file(path, DuplicatePolicy.FLAG)
        except ImportFailed:
            assert fingerprint() == before
            continue
        assert clients.count() == count + len(result.client_ids)


def test_a_mail_becomes_an_email_note_of_the_client_it_names(journal) -> None:
    sabine = clients.create(
        ClientData(name="Sabine Krüger", email="Sabine.Krueger@krueger-architekten.example")
    )
    mail = parse_eml((DATA / "thunderbird_plain.eml").read_bytes())
    assert client_for_mail(mail) == (sabine, "Sabine Krüger")
    note = add_mail_note(sabine, mail)
    stored = notes.get(note.id)
    assert stored.kind is NoteKind.EMAIL
    assert stored.created_at == datetime(2024, 3, 12, 8, 41, 17, tzinfo=UTC)
    assert "Subject: Rückmeldung zum Entwurf" in stored.body
    assert search("Titelbild").hits[0].record_id == note.id


def test_a_mail_to_a_client_is_matched_by_its_recipient(journal) -> None:
    brandt = clients.create(ClientData(name="Martina Brandt", email="post@brandt-grafik.example"))
    mail = parse_eml((DATA / "outlook_html.eml").read_bytes())
    assert client_for_mail(mail) == (brandt, "Martina Brandt")
    clients.trash(brandt)
    assert client_for_mail(mail) is None


def test_an_import_writes_each_client_with_one_prepared_insert(journal, monkeypatch) -> None:
    """Building peewee's INSERT anew for every client was four fifths of an import's time
    (100,000 contacts from a vCard on the command line: 70 s, 38 s without). The rows are
    what the model's fields store."""
    import peewee

    from clientjournal.store.models import Client

    contacts = [
        Contact(f"card {i}", f"Kunde {i}", company="Firma", email=f"k{i}@example.org")
        for i in range(3)
    ]
    contacts[0].tags, contacts[1].birthday = ["Kunden", "Süd"], "--05-24"
    built = []
    real_sql = peewee.Insert.__sql__
    monkeypatch.setattr(
        peewee.Insert, "__sql__", lambda q, ctx: built.append(q) or real_sql(q, ctx)
    )
    result = import_contacts(contacts)
    assert built == []
    monkeypatch.undo()
    model_id = Client.create(
        name="Kunde 1", company="Firma", email="k1@example.org", profile={"birthday": "--05-24"}
    ).id
    columns = "name, company, email, phone, address_form, status, started_on, ended_on, profile"
    rows = database.execute_sql(
        f"SELECT {columns}, cadence_days, demo, deleted_at, length(created_at) FROM client "
        "WHERE id IN (?, ?)",
        (result.client_ids[1], model_id),
    ).fetchall()
    assert rows[0] == rows[1]
    assert clients.get(result.client_ids[0]).tags == ["Kunden", "Süd"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["thunderbird.vcf", "google.csv"])
def test_utf16_without_a_byte_order_mark_is_read(journal, tmp_path, codec, name) -> None:
    """Windows tools write "Unicode" text without a mark; the file reading refused it as
    binary data (NUL bytes) although the parsers read it."""
    text = (DATA / name).read_bytes().decode("utf-8-sig")
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    result, _parsed = import_contact_file(path)
    expected, _ = import_contact_file(DATA / name, DuplicatePolicy.FLAG)
    assert len(result.client_ids) == len(expected.client_ids) > 1
    assert [clients.get(i).name for i in result.client_ids] == [
        clients.get(i).name for i in expected.client_ids
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8,
        random.Random(3).randbytes(8192),
        b"BEGIN:VCARD\r\n\x00\x00\x00\x00" * 300,
        "\x00".join("BEGIN:VCARD").encode("ascii") + b"\x00" * 400,
    ],
    ids=["png", "random", "zero-runs", "zeros-both-sides"],
)
def test_binary_data_is_still_refused(journal, tmp_path, data: bytes) -> None:
    path = tmp_path / "card.vcf"
    path.write_bytes(data)
    with pytest.raises(ImportFailed, match="binary data"):
        import_contact_file(path)


def test_an_export_in_utf16_without_a_mark_is_refused_as_utf16(journal, tmp_path) -> None:
    from clientjournal.store.exchange.common import read_import_file

    path = tmp_path / "export.json"
    path.write_bytes('{"format": "clientjournal", "version": 1}'.encode("utf-16-le"))
    with pytest.raises(ImportFailed, match="UTF-16 text without a byte order mark"):
        read_import_file(path)
    assert read_import_file(path, utf16=True) == path.read_bytes()
