"""JSON export and import: lossless round trips, merging by UUID, and all-or-nothing failures."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.schema_check import validate
from clientjournal.store import clients, exchange, notes
from clientjournal.store import exchange_import as exchange_import_module
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.models import database

BERLIN_SUMMER = timezone(timedelta(hours=2))
MARKDOWN = "# Kickoff\n\n- **Scope**: Website\n- _Budget_: 4.000 €\n\n> Nie vor 10 Uhr anrufen!\n"


@pytest.fixture
def journal(tmp_path):
    db = open_journal(tmp_path / "journal")
    yield db
    close_journal()


def switch_journal(folder: Path) -> None:
    """Stand-in for a second machine: the store works on one open journal at a time."""
    close_journal()
    open_journal(folder)


def content() -> dict:
    data = exchange.export_data()
    data.pop("exported_at")
    return data


def fill_journal() -> dict[str, int]:
    """A small journal that touches every field and every awkward kind of text."""
    anna = clients.create(
        ClientData(name="Anna Müller", company="Bäckerei Größenwahn GmbH", email="anna@bäckerei.de",
                   phone="+49 30 1234567", address_form=AddressForm.DU, status=ClientStatus.ACTIVE,
                   started_on=date(2023, 3, 1),
                   profile={"wants": "Ruhe 🧘", "never": "Anrufe vor 10", "my needs": "Feedback\nbis Freitag"})
    )  # fmt: skip
    bob = clients.create(
        ClientData(name="Bob O'Brien", address_form=AddressForm.FIRST_NAME, status=ClientStatus.ENDED,
                   started_on=date(2020, 1, 15), ended_on=date(2024, 12, 31))
    )  # fmt: skip
    gone = clients.create(ClientData(name="Zoë Papierkorb", status=ClientStatus.PAUSED))
    clients.create(ClientData(name="Ohne Notizen", status=ClientStatus.PROSPECT))
    base = datetime(2024, 5, 1, 10, 0, tzinfo=BERLIN_SUMMER)
    kinds = list(NoteKind)
    for index, mood in enumerate(range(-2, 3)):  # every mood, and every kind
        notes.save(
            NoteData(client_id=anna, created_at=base + timedelta(days=index), kind=kinds[index],
                     mood=mood, body=f"Stimmung {mood} 😀 — Grüße\nzweite Zeile")
        )  # fmt: skip
    notes.save(NoteData(client_id=anna, created_at=base, body=MARKDOWN, pinned=True))
    notes.save(NoteData(client_id=bob, created_at=datetime(2021, 6, 1, tzinfo=UTC), body=""))
    notes.save(NoteData(client_id=gone, created_at=base, body='Tab\tund "Anführung" \\ 🎉'))
    clients.trash(gone)
    return {"anna": anna, "bob": bob, "gone": gone}


def export_to(path: Path) -> dict:
    exchange.export_file(path)
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def synthetic_document(client_count: int, notes_per_client: int) -> dict:
    """A valid export with fresh UUIDs, built without a journal so big files stay quick."""
    stamp = "2024-01-01T00:00:00.000000Z"
    document = {"format": "clientjournal", "version": 1, "exported_at": stamp, "clients": []}
    for i in range(client_count):
        client_notes = [
            dict(uuid=str(uuid.uuid4()), created_at=stamp, kind="call", mood=(i + j) % 5 - 2,
                 body=f"Notiz {j} für Kunde {i}", pinned=False, updated_at=stamp)
            for j in range(notes_per_client)
        ]  # fmt: skip
        document["clients"].append(
            dict(uuid=str(uuid.uuid4()), name=f"Kunde {i}", company="", email="", phone="",
                 address_form="sie", status="active", profile={}, started_on=None, ended_on=None,
                 created_at=stamp, updated_at=stamp, deleted_at=None, notes=client_notes,
                 agreements=[], drafts=[], payments=[])
        )  # fmt: skip
    return document


# --- export -------------------------------------------------------------------------------


def test_export_has_the_documented_shape_and_passes_its_own_schema(journal):
    fill_journal()
    data = exchange.export_data()
    assert (data["format"], data["version"]) == ("clientjournal", 1)
    assert data["exported_at"].endswith("Z")
    assert validate(data, exchange.load_schema()) == []
    anna = data["clients"][0]
    assert list(anna) == [
        "uuid", "name", "company", "email", "phone", "address_form", "status", "profile",
        "started_on", "ended_on", "created_at", "updated_at", "deleted_at",
        "notes", "agreements", "drafts", "payments",
    ]  # fmt: skip
    assert list(anna["notes"][0]) == [
        "uuid", "created_at", "kind", "mood", "body", "pinned", "updated_at",
    ]  # fmt: skip
    assert anna["started_on"] == "2023-03-01"
    assert anna["profile"]["my needs"] == "Feedback\nbis Freitag"


def test_export_includes_the_trash_and_keeps_creation_order(journal):
    fill_journal()
    data = exchange.export_data()
    names = [client["name"] for client in data["clients"]]
    assert names == ["Anna Müller", "Bob O'Brien", "Zoë Papierkorb", "Ohne Notizen"]
    trashed = data["clients"][2]
    assert trashed["deleted_at"] is not None and trashed["deleted_at"].endswith("Z")
    assert data["clients"][0]["deleted_at"] is None
    times = [note["created_at"] for note in data["clients"][0]["notes"]]
    assert times == sorted(times)


def test_export_file_is_private_and_keeps_umlauts_and_emoji_readable(journal, tmp_path):
    fill_journal()
    path = exchange.export_file(tmp_path / "backup.json")
    assert path.stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / "backup.json.partial").exists()
    text = path.read_text(encoding="utf-8")
    assert "Anna Müller" in text and "🎉" in text and "\\u" not in text
    assert json.loads(text)["clients"][0]["name"] == "Anna Müller"


# --- round trip and merge -----------------------------------------------------------------


def test_round_trip_into_a_fresh_journal_is_lossless(journal, tmp_path):
    fill_journal()
    before = export_to(tmp_path / "backup.json")
    switch_journal(tmp_path / "second")
    counts = exchange.import_file(tmp_path / "backup.json")
    assert counts.summary() == "imported 4 clients, 8 notes, 0 agreements, 0 drafts"
    before.pop("exported_at")
    assert content() == before
    assert clients.count() == 3 and clients.count(trashed=True) == 1


def test_uuids_and_instants_survive_the_round_trip(journal, tmp_path):
    anna = clients.create(ClientData(name="Anna"))
    created = datetime(2024, 7, 1, 9, 30, 15, 123456, tzinfo=BERLIN_SUMMER)
    original = notes.save(NoteData(client_id=anna, created_at=created, body="x"))
    original_client = clients.get(anna)
    (exported,) = export_to(tmp_path / "backup.json")["clients"][0]["notes"]
    assert exported["created_at"] == "2024-07-01T07:30:15.123456Z"
    switch_journal(tmp_path / "second")
    exchange.import_file(tmp_path / "backup.json")
    (client_id,) = clients.list_ids()
    copied_client = clients.get(client_id)
    (note_id,) = notes.ids_for_client(client_id)
    copied = notes.get(note_id)
    assert copied_client.uuid == original_client.uuid
    assert copied_client.created_at == original_client.created_at
    assert copied.uuid == original.uuid
    assert copied.created_at == created and copied.created_at.tzinfo == UTC
    assert copied.updated_at == original.updated_at


def test_importing_the_same_file_twice_changes_nothing(journal, tmp_path):
    fill_journal()
    exchange.export_file(tmp_path / "backup.json")
    switch_journal(tmp_path / "second")
    first = exchange.import_file(tmp_path / "backup.json")
    once = content()
    second = exchange.import_file(tmp_path / "backup.json")
    assert content() == once
    assert second.summary() == first.summary()
    assert (first.inserted, first.updated) == (12, 0)
    assert (second.inserted, second.updated) == (0, 0)
    rows = database.execute_sql("SELECT (SELECT COUNT(*) FROM client), (SELECT COUNT(*) FROM note)")
    assert rows.fetchone() == (4, 8)


def test_importing_a_journal_into_itself_changes_nothing(journal, tmp_path):
    fill_journal()
    before = content()
    exchange.export_file(tmp_path / "backup.json")
    counts = exchange.import_file(tmp_path / "backup.json")
    assert (counts.clients, counts.notes, counts.inserted, counts.updated) == (4, 8, 0, 0)
    assert content() == before


def test_a_newer_copy_wins_and_an_older_one_is_ignored(journal, tmp_path):
    ids = fill_journal()
    document = export_to(tmp_path / "base.json")
    anna, bob = document["clients"][0], document["clients"][1]
    anna["name"], anna["updated_at"] = "Anna Schmidt", "2999-01-01T00:00:00.000000Z"
    anna["notes"][0]["body"], anna["notes"][0]["updated_at"] = "neu", "2999-01-01T00:00:00Z"
    anna["notes"][1]["body"], anna["notes"][1]["updated_at"] = "alt", "2000-01-01T00:00:00Z"
    bob["name"], bob["updated_at"] = "Robert", "2000-01-01T00:00:00.000000Z"
    counts = exchange.import_file(write(tmp_path / "changed.json", document))
    assert (counts.inserted, counts.updated) == (0, 2)
    assert clients.get(ids["anna"]).name == "Anna Schmidt"
    assert clients.get(ids["bob"]).name == "Bob O'Brien"
    bodies = [note["body"] for note in content()["clients"][0]["notes"]]
    assert "neu" in bodies and "alt" not in bodies


def test_new_notes_of_a_known_client_join_that_client(journal, tmp_path):
    ids = fill_journal()
    document = export_to(tmp_path / "base.json")
    extra = copy.deepcopy(document["clients"][1]["notes"][0])
    extra["uuid"], extra["body"] = str(uuid.uuid4()), "von der anderen Maschine"
    document["clients"][1]["notes"].append(extra)
    counts = exchange.import_file(write(tmp_path / "more.json", document))
    assert (counts.inserted, counts.updated) == (1, 0)
    assert len(notes.ids_for_client(ids["bob"])) == 2


def test_an_offset_is_stored_as_the_same_instant_in_utc_and_a_bom_is_fine(journal, tmp_path):
    document = synthetic_document(1, 1)
    document["clients"][0]["notes"][0]["created_at"] = "2024-07-01T09:30:00+02:00"
    path = tmp_path / "offset.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())  # as some editors save
    exchange.import_file(path)
    (note,) = exchange.export_data()["clients"][0]["notes"]
    assert note["created_at"] == "2024-07-01T07:30:00.000000Z"


def test_a_big_file_imports_whole(journal, tmp_path):
    counts = exchange.import_file(write(tmp_path / "big.json", synthetic_document(300, 20)))
    assert counts.summary() == "imported 300 clients, 6000 notes, 0 agreements, 0 drafts"
    assert clients.count() == 300


# --- bad files change nothing -------------------------------------------------------------


def change(document: dict, path: tuple, value: object) -> None:
    """Set the field at ``path``, or delete it when ``value`` is None."""
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is None:
        del target[path[-1]]
    else:
        target[path[-1]] = value


BAD_RECORDS = [
    # (what to change, new value or None to delete the field, expected end of the message)
    (("clients", 3, "notes", 12, "mood"), 7, 'clients[3] "Kunde 3" notes[12].mood: 7 is more than the maximum 2'),
    (("clients", 2, "status"), "boss", 'clients[2] "Kunde 2" status: "boss" is not one of prospect, active, paused, ended'),
    (("clients", 1, "name"), None, 'clients[1]: missing required field "name"'),
    (("clients", 1, "name"), "", 'clients[1] name: must not be empty'),
    (("clients", 0, "colour"), "rot", 'clients[0] "Kunde 0": unexpected field "colour"'),
    (("clients", 0, "uuid"), "123", 'clients[0] "Kunde 0" uuid: "123" is not a UUID'),
    (("clients", 0, "started_on"), "2024-02-30", 'clients[0] "Kunde 0" started_on: "2024-02-30" is not a date (YYYY-MM-DD)'),
    (("clients", 0, "notes", 1, "created_at"), "2024-05-01 10:00", 'notes[1].created_at: "2024-05-01 10:00" is not a date-time'),
    (("clients", 0, "notes", 1, "pinned"), "yes", 'notes[1].pinned: expected true or false, got "yes"'),
    (("clients", 0, "notes", 1, "kind"), "fax", 'notes[1].kind: "fax" is not one of note, call, meeting, email, lunch'),
    (("clients", 0, "profile", "wants"), ["a"], 'profile.wants: expected a string, got a list'),
    (("clients", 0, "agreements"), [{"uuid": "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11", "title": "Preis", "category": "price", "status": "agreed", "due": None, "note": ""}], 'agreements: this version cannot import agreements yet (1 in the file)'),
    (("clients", 0, "payments"), [{"uuid": "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11"}], "payments: this version cannot import payments yet (1 in the file)"),
    (("clients", 0, "drafts"), [{"uuid": "x"}], 'drafts[0]: missing required field "created_at"'),
    (("clients",), {}, "clients: expected a list, got an object"),
    (("exported_at",), None, 'missing required field "exported_at"'),
    (("version",), 0, "version: expected 1, got 0"),
    (("version",), "1", 'version: expected 1, got "1"'),
    (("clients", 0, "notes", 0, "created_at"), "0001-01-01T00:30:00+01:00", "is outside the range of times a journal can hold"),
    (("clients", 2, "notes", 4, "body"), "a\ud800b", 'clients[2] "Kunde 2" notes[4].body: contains a lone surrogate escape'),
]  # fmt: skip


@pytest.fixture
def filled(journal):
    fill_journal()
    return content()


def assert_fails(path: Path, expected: str, before: dict) -> None:
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert expected in message
    assert content() == before


@pytest.mark.parametrize(("where", "value", "expected"), BAD_RECORDS)
def test_a_bad_record_changes_nothing(filled, tmp_path, where, value, expected):
    document = synthetic_document(5, 15)
    change(document, where, value)
    assert_fails(write(tmp_path / "bad.json", document), expected, filled)


def test_the_message_names_file_record_and_field(filled, tmp_path):
    document = synthetic_document(5, 15)
    document["clients"][3]["name"] = "Anna Müller"
    document["clients"][3]["notes"][12]["mood"] = 7
    path = write(tmp_path / "backup.json", document)
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path)
    assert str(caught.value) == (
        f'{path}: clients[3] "Anna Müller" notes[12].mood: 7 is more than the maximum 2'
    )
    assert caught.value.location == 'clients[3] "Anna Müller" notes[12].mood'
    assert content() == filled


def test_a_bad_record_deep_inside_a_big_valid_file_changes_nothing(filled, tmp_path):
    document = synthetic_document(300, 20)
    document["clients"][287]["name"] = "Grüße\nan alle"
    document["clients"][287]["notes"][17]["mood"] = -5
    path = write(tmp_path / "big.json", document)
    assert_fails(
        path,
        'clients[287] "Grüße an alle" notes[17].mood: -5 is less than the minimum -2',
        filled,
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"format": "clientjournal", "name": "M\xfcller"}', "not UTF-8 text: byte 0xfc on line 1"),
        (b'{"format": "clientjournal",\n "version": 1,\n "clients": [}', "invalid JSON at line 3, column"),
        (b"", "invalid JSON at line 1, column 1"),
        (b'{"format": "clientjournal", "version": NaN}', "invalid JSON: NaN is not a number"),
        (b'{"format": "clientjournal", "format": "x"}', 'the field "format" appears twice'),
        (b"[]", "not a Client Journal export: the top level is a list"),
        (b'"clientjournal"', "not a Client Journal export"),
        (b'{"format": "vcard", "version": 1}', 'not a Client Journal export: "format" is "vcard"'),
        (b'{"version": 1, "clients": []}', 'it has no "format" field'),
        (b'{"format": "clientjournal", "version": 2, "clients": []}', "format version 2 is newer"),
        (b"[" * 100_000, "invalid JSON"),
        (b'{"format": "clientjournal", "version": 1' + b"0" * 5000 + b"}", "invalid JSON: Exceeds"),
    ],
)  # fmt: skip
def test_a_bad_file_changes_nothing(filled, tmp_path, raw, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    assert_fails(path, expected, filled)


def test_a_missing_file_or_a_folder_changes_nothing(filled, tmp_path):
    assert_fails(tmp_path / "nowhere.json", "file not found", filled)
    (tmp_path / "folder.json").mkdir()
    assert_fails(tmp_path / "folder.json", "is a folder, not a file", filled)


def test_duplicate_uuids_inside_the_file_change_nothing(filled, tmp_path):
    document = synthetic_document(5, 15)
    document["clients"][4]["notes"][2]["uuid"] = document["clients"][1]["notes"][7]["uuid"]
    assert_fails(
        write(tmp_path / "dup.json", document),
        'clients[4] "Kunde 4" notes[2].uuid: uuid "'
        f'{document["clients"][1]["notes"][7]["uuid"]}" is already used by '
        'clients[1] "Kunde 1" notes[7]',
        filled,
    )
    document = synthetic_document(5, 15)
    document["clients"][3]["uuid"] = document["clients"][0]["uuid"]
    assert_fails(write(tmp_path / "dup2.json", document), 'clients[3] "Kunde 3" uuid:', filled)


def test_a_note_that_belongs_to_another_client_changes_nothing(filled, tmp_path):
    document = synthetic_document(5, 15)  # new clients, which must not be inserted either
    taken = filled["clients"][0]["notes"][2]["uuid"]
    document["clients"][4]["notes"][9]["uuid"] = taken
    assert_fails(
        write(tmp_path / "moved.json", document),
        'clients[4] "Kunde 4" notes[9].uuid: this note is already in the journal under '
        'another client ("Anna Müller")',
        filled,
    )


def test_a_database_error_half_way_rolls_everything_back(filled, tmp_path, monkeypatch):
    # Clients are written before notes; a failure on the notes must take the clients back too.
    monkeypatch.setattr(
        exchange_import_module, "_INSERT_NOTE", "INSERT INTO no_such_table VALUES (?, ?)"
    )
    assert_fails(
        write(tmp_path / "good.json", synthetic_document(5, 15)),
        "the journal refused the data",
        filled,
    )
