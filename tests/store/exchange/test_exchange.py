"""JSON export and import: lossless round trips, merging by UUID, and all-or-nothing failures."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementData,
    AgreementStatus,
    ProjectData,
    ProjectStatus,
)
from clientjournal.core.agreements.templates import AgreementTemplate, TemplateItem
from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind
from clientjournal.core.exchange.schema_check import validate
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, drafts, notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.exchange import checklist as exchange_checklist_module
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import json_import as exchange_import_module
from clientjournal.store.exchange import replies as exchange_drafts_module
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
    assert list(data) == ["format", "version", "exported_at", "clients", "agreement_templates"]
    assert list(anna) == [
        "uuid", "name", "company", "email", "phone", "address_form", "status", "profile",
        "started_on", "ended_on", "created_at", "updated_at", "deleted_at",
        "notes", "projects", "agreements", "drafts", "payments", "cadence_days", "tags",
    ]  # fmt: skip
    assert list(anna["notes"][0]) == [
        "uuid", "created_at", "kind", "mood", "body", "pinned", "updated_at", "tags",
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
    (("clients", 3, "notes", 12, "mood"), 7, 'clients[3] notes[12].mood: 7 is more than the maximum 2'),
    (("clients", 2, "status"), "boss", 'clients[2] status: the text is not one of prospect, active, paused, ended'),
    (("clients", 1, "name"), None, 'clients[1]: missing required field "name"'),
    (("clients", 1, "name"), "", 'clients[1] name: must not be empty'),
    (("clients", 0, "colour"), "rot", 'clients[0][field 18]: unexpected field'),
    (("clients", 0, "uuid"), "123", 'clients[0] uuid: the text is not a UUID'),
    (("clients", 0, "started_on"), "2024-02-30", 'clients[0] started_on: the text is not a date (YYYY-MM-DD)'),
    (("clients", 0, "notes", 1, "created_at"), "2024-05-01 10:00", 'notes[1].created_at: the text is not a date-time'),
    (("clients", 0, "notes", 1, "pinned"), "yes", 'notes[1].pinned: expected true or false, got a text'),
    (("clients", 0, "notes", 1, "kind"), "fax", 'notes[1].kind: the text is not one of note, call, meeting, email, lunch'),
    (("clients", 0, "profile", "wants"), ["a"], 'clients[0] profile.wants: expected a string, got a list'),
    (("clients", 0, "payments"), [{"uuid": "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11"}], 'payments[0]: missing required field "amount_cents"'),
    (("clients", 0, "drafts"), [{"uuid": "x"}], 'drafts[0]: missing required field "created_at"'),
    (("clients",), {}, "clients: expected a list, got an object"),
    (("exported_at",), None, 'missing required field "exported_at"'),
    (("version",), 0, "version: expected 1, got 0"),
    (("version",), "1", 'version: expected 1, got a text'),
    (("clients", 0, "notes", 0, "created_at"), "0001-01-01T00:30:00+01:00", "is outside the range of times a journal can hold"),
    (("clients", 2, "notes", 4, "body"), "a\ud800b", 'clients[2] notes[4].body: contains a lone surrogate escape'),
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
    assert str(caught.value) == f"{path}: clients[3] notes[12].mood: 7 is more than the maximum 2"
    assert caught.value.location == "clients[3] notes[12].mood"  # never the name: see log privacy
    assert content() == filled


def test_a_bad_record_deep_inside_a_big_valid_file_changes_nothing(filled, tmp_path):
    document = synthetic_document(300, 20)
    document["clients"][287]["name"] = "Grüße\nan alle"
    document["clients"][287]["notes"][17]["mood"] = -5
    path = write(tmp_path / "big.json", document)
    assert_fails(
        path,
        "clients[287] notes[17].mood: -5 is less than the minimum -2",
        filled,
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"format": "clientjournal", "name": "M\xfcller"}', "not UTF-8 text: byte 0xfc on line 1"),
        (b'{"format": "clientjournal",\n "version": 1,\n "clients": [}', "invalid JSON at line 3, column"),
        (b"", "invalid JSON at line 1, column 1"),
        (b'{"format": "clientjournal", "version": NaN}', "invalid JSON: NaN is not a number"),
        (b'{"format": "clientjournal", "format": "x"}', 'a field appears twice in one object'),
        (b"[]", "not a Client Journal export: the top level is a list"),
        (b'"clientjournal"', "not a Client Journal export"),
        (b'{"format": "vcard", "version": 1}', 'not a Client Journal export: "format" is not "clientjournal"'),
        (b'{"version": 1, "clients": []}', 'it has no "format" field'),
        (b'{"format": "clientjournal", "version": 2, "clients": []}', "format version 2 is newer"),
        (b"[" * 100_000, "invalid JSON"),
        (b'{"format": "clientjournal", "version": 1' + b"0" * 5000 + b"}", "invalid JSON: a number with thousands of digits"),
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
        'clients[4] notes[2].uuid: uuid "'
        f'{document["clients"][1]["notes"][7]["uuid"]}" is already used by '
        "clients[1] notes[7]",
        filled,
    )
    document = synthetic_document(5, 15)
    document["clients"][3]["uuid"] = document["clients"][0]["uuid"]
    assert_fails(write(tmp_path / "dup2.json", document), "clients[3] uuid:", filled)


def test_a_note_that_belongs_to_another_client_changes_nothing(filled, tmp_path):
    document = synthetic_document(5, 15)  # new clients, which must not be inserted either
    taken = filled["clients"][0]["notes"][2]["uuid"]
    document["clients"][4]["notes"][9]["uuid"] = taken
    assert_fails(
        write(tmp_path / "moved.json", document),
        "clients[4] notes[9].uuid: this note is already in the journal under "
        f'another client (uuid "{filled["clients"][0]["uuid"]}")',
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


# --- the agreement checklist --------------------------------------------------------------

PROJECT_UUID = "6f0c3c1e-2a4b-4c5d-8e6f-7a8b9c0d1e2f"
AGREEMENT_UUID = "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11"
EVENT_UUID = "1c8f7b2d-4a68-4f1f-8b66-1e7d4a8a3c22"
TEMPLATE_UUID = "2d9a8c3e-5b79-4a2a-9c77-2f8e5b9b4d33"
STAMP = "2024-01-01T00:00:00.000000Z"


def fill_checklist(ids: dict[str, int]) -> dict[str, int]:
    """Projects, agreements in every status with history and links, and a user template."""
    anna, bob = ids["anna"], ids["bob"]
    (call,) = [n for n in notes.fetch(notes.ids_for_client(anna)).values() if n.kind == "call"]
    web = agreements.save_project(
        ProjectData(client_id=anna, name="Website-Relaunch", started_on=date(2024, 5, 1))
    )
    agreements.save_project(
        ProjectData(client_id=anna, name="Logo 🎨", status=ProjectStatus.PLANNED)
    )
    done = agreements.save_project(
        ProjectData(client_id=bob, name="Old job", status=ProjectStatus.DONE,
                    started_on=date(2021, 1, 1), ended_on=date(2021, 3, 31))
    )  # fmt: skip
    template = builtin_templates_de()
    added = agreements.add_from_template(anna, web.id, template)
    price = agreements.get(added[1])
    price.source_note_id, price.due_on = call.id, date(2024, 6, 30)
    price.details = "Festpreis 4.000 €\nzzgl. USt."
    agreements.save(price, note="am Telefon")
    agreements.set_status(added[1], AgreementStatus.AGREED)
    agreements.set_status(added[1], AgreementStatus.DONE)
    agreements.set_status(added[2], AgreementStatus.BROKEN, "Termin verpasst – „schon wieder“")
    agreements.move(added[3], 0, agreements.ids_for_client(anna))
    general = agreements.save(
        AgreementData(client_id=anna, title="Kommunikation", category=AgreementCategory.COMMUNICATION,
                      status=AgreementStatus.AGREED, agreed_on=date(2024, 4, 2))
    )  # fmt: skip
    agreements.save(
        AgreementData(client_id=bob, title="Payment within 14 days", project_id=done.id,
                      category=AgreementCategory.PAYMENT_TERMS, due_on=date(2021, 4, 14))
    )  # fmt: skip
    agreements.save_template(
        AgreementTemplate("Mein Lektorat", "de", [
            TemplateItem("Umfang", AgreementCategory.SCOPE, "Normseiten?"),
            TemplateItem("Honorar", AgreementCategory.PRICE, ""),
        ])
    )  # fmt: skip
    agreements.save_template(AgreementTemplate("Empty one", "en"))
    return {"web": web.id, "general": general.id, "price": added[1]}


def builtin_templates_de():
    from clientjournal.core.agreements.templates import builtin_templates

    return builtin_templates("de")[0]


def with_checklist(document: dict) -> dict:
    """A synthetic document whose client 2 has a project and an agreement with history."""
    client = document["clients"][2]
    client["projects"] = [
        dict(uuid=PROJECT_UUID, name="Website", status="active", started_on="2024-01-01",
             ended_on=None, created_at=STAMP, updated_at=STAMP)
    ]  # fmt: skip
    client["agreements"] = [
        dict(uuid=AGREEMENT_UUID, title="Preis", category="price", status="agreed",
             due="2024-02-01", note="4.000 €", project=PROJECT_UUID, agreed_on="2024-01-02",
             source_note=client["notes"][0]["uuid"], position=1, created_at=STAMP,
             updated_at=STAMP,
             history=[dict(uuid=EVENT_UUID, at=STAMP, field="created", old="", new="agreed",
                           note="", actor="user")])
    ]  # fmt: skip
    document["agreement_templates"] = [
        dict(uuid=TEMPLATE_UUID, name="Mine", language="de", created_at=STAMP, updated_at=STAMP,
             items=[dict(title="Preis", category="price", details="Wie viel?")])
    ]  # fmt: skip
    return document


def checklist_counts() -> tuple[int, ...]:
    return database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM project), (SELECT COUNT(*) FROM agreement), "
        "(SELECT COUNT(*) FROM agreement_event), (SELECT COUNT(*) FROM agreement_template), "
        "(SELECT COUNT(*) FROM agreement_template_item)"
    ).fetchone()


def test_the_checklist_exports_in_the_documented_shape(journal):
    fill_checklist(fill_journal())
    data = exchange.export_data()
    assert validate(data, exchange.load_schema()) == []
    anna = data["clients"][0]
    assert [p["name"] for p in anna["projects"]] == ["Website-Relaunch", "Logo 🎨"]
    assert list(anna["projects"][0]) == [
        "uuid", "name", "status", "started_on", "ended_on", "created_at", "updated_at",
    ]  # fmt: skip
    price = next(a for a in anna["agreements"] if a["title"] == "Preis")
    assert list(price) == [
        "uuid", "title", "category", "status", "due", "note",
        "project", "agreed_on", "source_note", "position", "created_at", "updated_at", "history",
    ]  # fmt: skip
    assert (price["status"], price["due"], price["note"]) == (
        "done", "2024-06-30", "Festpreis 4.000 €\nzzgl. USt.",
    )  # fmt: skip
    assert price["project"] == anna["projects"][0]["uuid"]
    assert price["source_note"] in {n["uuid"] for n in anna["notes"] if n["kind"] == "call"}
    assert [e["field"] for e in price["history"]][:2] == ["created", "details"]
    assert [e["note"] for e in price["history"] if e["field"] == "details"] == ["am Telefon"]
    assert [a["position"] for a in anna["agreements"]] == sorted(
        a["position"] for a in anna["agreements"]
    )
    assert [t["name"] for t in data["agreement_templates"]] == ["Mein Lektorat", "Empty one"]
    assert data["agreement_templates"][0]["items"][0] == {
        "title": "Umfang", "category": "scope", "details": "Normseiten?",
    }  # fmt: skip


def test_round_trip_with_projects_agreements_history_and_templates_is_lossless(journal, tmp_path):
    fill_checklist(fill_journal())
    before = export_to(tmp_path / "backup.json")
    agreement_count = sum(len(c["agreements"]) for c in before["clients"])
    counts_before = checklist_counts()
    switch_journal(tmp_path / "second")
    counts = exchange.import_file(tmp_path / "backup.json")
    assert (
        counts.summary() == f"imported 4 clients, 8 notes, {agreement_count} agreements, 0 drafts"
    )
    assert (counts.projects, counts.templates) == (3, 2)
    before.pop("exported_at")
    assert content() == before
    assert checklist_counts() == counts_before
    # And the store reads it back: a broken item keeps its note, links resolve to ids.
    (anna,) = [c for c in clients.list_ids() if clients.get(c).name == "Anna Müller"]
    items = agreements.fetch(agreements.ids_for_client(anna)).values()
    broken = next(i for i in items if i.status is AgreementStatus.BROKEN)
    assert agreements.history(broken.id)[-1].note == "Termin verpasst – „schon wieder“"
    price = next(i for i in items if i.title == "Preis")
    assert notes.get(price.source_note_id).client_id == anna
    assert agreements.get_project(price.project_id).name == "Website-Relaunch"
    second = exchange.import_file(tmp_path / "backup.json")
    assert (second.inserted, second.updated) == (0, 0)
    assert content() == before


def test_a_file_from_before_the_checklist_still_imports(journal, tmp_path):
    document = synthetic_document(3, 2)  # no "projects", no "agreement_templates"
    assert "projects" not in document["clients"][0] and "agreement_templates" not in document
    counts = exchange.import_file(write(tmp_path / "old.json", document))
    assert counts.summary() == "imported 3 clients, 6 notes, 0 agreements, 0 drafts"
    data = exchange.export_data()
    assert data["agreement_templates"] == [] and data["clients"][0]["projects"] == []


def test_an_agreement_with_only_the_original_six_fields_imports(journal, tmp_path):
    document = synthetic_document(2, 1)
    document["clients"][1]["agreements"] = [
        dict(uuid=AGREEMENT_UUID, title="Preis", category="price", status="open", due=None,
             note="Festpreis?"),
        dict(uuid=EVENT_UUID, title="Termin", category="deadline", status="agreed",
             due="2024-03-01", note=""),
    ]  # fmt: skip
    counts = exchange.import_file(write(tmp_path / "six.json", document))
    assert counts.agreements == 2
    (first, second) = exchange.export_data()["clients"][1]["agreements"]
    assert (first["title"], first["note"], first["position"], first["history"]) == (
        "Preis", "Festpreis?", 1, [],
    )  # fmt: skip
    assert (second["due"], second["position"], second["project"]) == ("2024-03-01", 2, None)
    assert first["created_at"] == first["updated_at"] == document["exported_at"]
    again = exchange.import_file(write(tmp_path / "six.json", document))
    assert (again.inserted, again.updated) == (0, 0)


def test_newer_agreements_projects_and_templates_win_and_history_is_merged(journal, tmp_path):
    ids = fill_checklist(fill_journal())
    document = export_to(tmp_path / "base.json")
    anna = document["clients"][0]
    price = next(a for a in anna["agreements"] if a["title"] == "Preis")
    general_uuid = agreements.get(ids["general"]).uuid
    general = next(a for a in anna["agreements"] if a["uuid"] == general_uuid)
    future, past = "2999-01-01T00:00:00.000000Z", "2000-01-01T00:00:00.000000Z"
    price.update(title="Festpreis", updated_at=future)
    price["history"].append(
        dict(uuid=str(uuid.uuid4()), at=future, field="title", old="Preis", new="Festpreis",
             note="auf der anderen Maschine", actor="user")
    )  # fmt: skip
    general.update(title="alt", updated_at=past, project=anna["projects"][1]["uuid"])
    general["history"].append(
        dict(uuid=str(uuid.uuid4()), at=past, field="note", old="", new="", note="alt",
             actor="user")
    )  # fmt: skip
    anna["projects"][0].update(name="Relaunch 2.0", updated_at=future)
    template = document["agreement_templates"][0]
    template.update(updated_at=future, items=[{"title": "Nur noch eins", "category": "other", "details": ""}])  # fmt: skip
    counts = exchange.import_file(write(tmp_path / "changed.json", document))
    assert (counts.inserted, counts.updated) == (2, 3)  # two history entries; three newer
    assert agreements.get(ids["price"]).title == "Festpreis"
    assert agreements.history(ids["price"])[-1].note == "auf der anderen Maschine"
    kept = agreements.get(ids["general"])
    assert (kept.title, kept.project_id) == ("Kommunikation", None)  # the older copy lost
    # ... but its history is kept, in time order (from the year 2000: first)
    assert agreements.history(ids["general"])[0].note == "alt"
    assert agreements.get_project(ids["web"]).name == "Relaunch 2.0"
    mine = next(t for t in agreements.list_templates() if t.name == "Mein Lektorat")
    assert [i.title for i in mine.items] == ["Nur noch eins"]


BAD_CHECKLIST = [
    # (what to change in with_checklist(synthetic_document(5, 15)), value or None, message end)
    (("clients", 2, "agreements", 0, "status"), "maybe", 'clients[2] agreements[0].status: the text is not one of open, agreed, done, broken'),
    (("clients", 2, "agreements", 0, "category"), "budget", 'agreements[0].category: the text is not one of scope, price, deadline, revisions, payment_terms, communication, usage_rights, other'),
    (("clients", 2, "agreements", 0, "due"), "2024-02-30", 'agreements[0].due: the text is not a date (YYYY-MM-DD)'),
    (("clients", 2, "agreements", 0, "title"), None, 'clients[2] agreements[0]: missing required field "title"'),
    (("clients", 2, "agreements", 0, "position"), 1.5, "agreements[0].position: expected a whole number, got 1.5"),
    (("clients", 2, "agreements", 0, "colour"), "rot", 'agreements[0][field 14]: unexpected field'),
    (("clients", 2, "agreements", 0, "project"), "8e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b", 'clients[2] agreements[0].project: project "8e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b" is not one of this client\'s projects'),
    (("clients", 2, "agreements", 0, "project"), "not-a-uuid", 'agreements[0].project: the text is not a UUID'),
    (("clients", 2, "agreements", 0, "history", 0, "actor"), None, 'agreements[0].history[0]: missing required field "actor"'),
    (("clients", 2, "agreements", 0, "history", 0, "at"), "yesterday", 'agreements[0].history[0].at: the text is not a date-time'),
    (("clients", 2, "agreements", 0, "history", 0, "uuid"), AGREEMENT_UUID, f'agreements[0].history[0].uuid: uuid "{AGREEMENT_UUID}" is already used by clients[2] agreements[0]'),
    (("clients", 2, "agreements", 0, "created_at"), "0001-01-01T00:30:00+01:00", "agreements[0].created_at: the time is outside the range"),
    (("clients", 2, "projects", 0, "status"), "someday", 'projects[0].status: the text is not one of planned, active, done, cancelled'),
    (("clients", 2, "projects", 0, "name"), None, 'projects[0]: missing required field "name"'),
    (("clients", 2, "projects"), {}, "projects: expected a list, got an object"),
    (("agreement_templates", 0, "items", 0, "category"), "misc", 'agreement_templates[0].items[0].category: the text is not one of scope'),
    (("agreement_templates", 0, "uuid"), PROJECT_UUID, f'agreement_templates[0].uuid: uuid "{PROJECT_UUID}" is already used by clients[2] projects[0]'),
]  # fmt: skip


@pytest.mark.parametrize(("where", "value", "expected"), BAD_CHECKLIST)
def test_a_bad_checklist_record_changes_nothing(filled, tmp_path, where, value, expected):
    document = with_checklist(synthetic_document(5, 15))
    change(document, where, value)
    assert_fails(write(tmp_path / "bad.json", document), expected, filled)


def test_the_checklist_document_used_for_bad_cases_is_itself_good(journal, tmp_path):
    document = with_checklist(synthetic_document(5, 15))
    counts = exchange.import_file(write(tmp_path / "good.json", document))
    assert (counts.agreements, counts.projects, counts.templates) == (1, 1, 1)
    assert checklist_counts() == (1, 1, 1, 1, 1)
    del document["agreement_templates"]
    exchange.import_file(write(tmp_path / "good.json", document))


def test_an_agreement_pointing_at_another_clients_note_changes_nothing(filled, tmp_path):
    document = with_checklist(synthetic_document(5, 15))
    other = document["clients"][3]["notes"][4]["uuid"]
    document["clients"][2]["agreements"][0]["source_note"] = other
    assert_fails(
        write(tmp_path / "bad.json", document),
        f'clients[2] agreements[0].source_note: note "{other}" is not one of this client\'s notes',
        filled,
    )


def test_an_agreement_that_belongs_to_another_client_changes_nothing(journal, tmp_path):
    fill_checklist(fill_journal())
    before = content()
    taken = before["clients"][0]["agreements"][0]["uuid"]
    document = with_checklist(synthetic_document(5, 15))
    document["clients"][2]["agreements"][0]["uuid"] = taken
    assert_fails(
        write(tmp_path / "moved.json", document),
        "clients[2] agreements[0].uuid: this agreement is already in the journal "
        f'under another client (uuid "{before["clients"][0]["uuid"]}")',
        before,
    )
    document = with_checklist(synthetic_document(5, 15))
    document["clients"][2]["projects"][0]["uuid"] = before["clients"][0]["projects"][0]["uuid"]
    document["clients"][2]["agreements"][0]["project"] = document["clients"][2]["projects"][0]["uuid"]  # fmt: skip
    assert_fails(
        write(tmp_path / "moved.json", document),
        "projects[0].uuid: this project is already in the journal under another client",
        before,
    )


def test_a_history_entry_under_another_agreement_changes_nothing(journal, tmp_path):
    fill_checklist(fill_journal())
    before = content()
    taken = before["clients"][0]["agreements"][0]["history"][0]["uuid"]
    document = with_checklist(synthetic_document(5, 15))
    document["clients"][2]["agreements"][0]["history"][0]["uuid"] = taken
    assert_fails(
        write(tmp_path / "moved.json", document),
        "agreements[0].history[0].uuid: this history entry is already in the journal under "
        "another agreement",
        before,
    )


def test_a_database_error_in_the_checklist_rolls_everything_back(filled, tmp_path, monkeypatch):
    monkeypatch.setattr(
        exchange_checklist_module, "_INSERT_EVENT", "INSERT INTO no_such_table VALUES (?, ?)"
    )
    assert_fails(
        write(tmp_path / "good.json", with_checklist(synthetic_document(5, 15))),
        "the journal refused the data",
        filled,
    )


# --- drafts (the cooling-off queue) -------------------------------------------------------

DRAFT_UUID = "3e0b9d4f-6c8a-4b3b-8d88-3a9f6cac5e44"
BERLIN = ZoneInfo("Europe/Berlin")
EVENING = datetime(2024, 6, 10, 21, 30, tzinfo=UTC)  # 23:30 in Berlin
MORNING = datetime(2024, 6, 11, 6, 0, tzinfo=UTC)  # 08:00 in Berlin


def fill_drafts(ids: dict[str, int]) -> dict[str, int]:
    """A draft in every status and every way there: held, released early, reopened, sent,
    discarded from writing and from held, never rated."""
    anna, bob, gone = ids["anna"], ids["bob"], ids["gone"]

    def draft(
        client: int,
        body: str,
        subject: str = "",
        score: float | None = 0.12,
        signals: tuple[str, ...] = (),
    ) -> int:
        return drafts.save(DraftData(client_id=client, subject=subject, body=body,
                                     tone_score=score, tone_signals=list(signals))).id  # fmt: skip

    heated = ("accusation", "exclamations", "shouting")
    writing = draft(anna, "Hallo Anna,\n\nanbei die Änderungen 🎉.", "Re: „Logo“ & Farben", 0.08)
    sleeping = draft(anna, "Sie ändern IMMER alles!!!", "Schon wieder?!", 0.97, heated)
    drafts.hold(sleeping, EVENING, tz=BERLIN)
    released = draft(anna, "Das ist das letzte Mal.", "", 0.81, ("ultimatum",))
    drafts.hold(released, EVENING, tz=BERLIN)
    drafts.release_early(released, EVENING + timedelta(minutes=20))
    sent = draft(bob, "Thanks, that works for me.", "Re: invoice", 0.02)
    drafts.hold(sent, EVENING, tz=BERLIN)
    drafts.mark_sent(sent, MORNING + timedelta(hours=1))
    reopened = draft(bob, "You NEVER read my emails!!!", "", 0.93, heated)
    drafts.hold(reopened, EVENING, tz=BERLIN)
    drafts.reopen(reopened, MORNING)
    thrown = draft(anna, "", "nur ein Betreff", None)
    drafts.discard(thrown)
    held_then_thrown = draft(gone, 'Tab\tund "Anführung" \\', "", 0.5, ("sarcasm",))
    drafts.hold(held_then_thrown, EVENING, tz=BERLIN)
    drafts.discard(held_then_thrown)
    return {"writing": writing, "sleeping": sleeping, "released": released, "sent": sent,
            "reopened": reopened, "thrown": thrown, "held_then_thrown": held_then_thrown}  # fmt: skip


def with_drafts(document: dict) -> dict:
    """A synthetic document whose client 2 has a held draft with every field."""
    client = document["clients"][2]
    client["drafts"] = [
        dict(uuid=DRAFT_UUID, created_at=STAMP, hold_until="2024-01-02T07:00:00.000000Z",
             status="held", body="Das geht so nicht!!!", tone_score=0.9, subject="Re: Termin",
             updated_at=STAMP, held_at=STAMP, released_early_at=None, sent_at=None,
             sent_note=None, tone_signals=["exclamations"])
    ]  # fmt: skip
    return document


def draft_count() -> int:
    return database.execute_sql("SELECT COUNT(*) FROM draft").fetchone()[0]


def test_drafts_export_in_the_documented_shape(journal):
    made = fill_drafts(fill_journal())
    data = exchange.export_data()
    assert validate(data, exchange.load_schema()) == []
    anna, bob, gone = data["clients"][0], data["clients"][1], data["clients"][2]
    assert [d["status"] for d in anna["drafts"]] == ["writing", "held", "writing", "discarded"]
    assert [d["status"] for d in bob["drafts"]] == ["sent", "writing"]
    assert [d["status"] for d in gone["drafts"]] == ["discarded"]
    first = anna["drafts"][0]
    assert list(first) == [
        "uuid", "created_at", "hold_until", "status", "body", "tone_score",
        "subject", "updated_at", "held_at", "released_early_at", "sent_at", "sent_note",
        "tone_signals",
    ]  # fmt: skip
    assert (first["subject"], first["body"]) == (
        "Re: „Logo“ & Farben",
        "Hallo Anna,\n\nanbei die Änderungen 🎉.",
    )
    sleeping = anna["drafts"][1]
    assert sleeping["hold_until"] == "2024-06-11T06:00:00.000000Z"
    assert sleeping["held_at"] == "2024-06-10T21:30:00.000000Z"
    assert sleeping["tone_signals"] == ["accusation", "exclamations", "shouting"]
    released = anna["drafts"][2]
    assert released["released_early_at"] == "2024-06-10T21:50:00.000000Z"
    assert released["hold_until"] is None and released["held_at"] is not None
    sent = bob["drafts"][0]
    note = next(n for n in bob["notes"] if n["uuid"] == sent["sent_note"])
    assert (note["kind"], note["body"]) == (
        "email",
        "**Re: invoice**\n\nThanks, that works for me.",
    )
    assert sent["sent_at"] == "2024-06-11T07:00:00.000000Z"
    assert anna["drafts"][3]["tone_score"] is None
    assert gone["drafts"][0]["hold_until"] is not None  # discarded while held
    assert drafts.get(made["writing"]).uuid == first["uuid"]


def test_round_trip_with_drafts_in_every_status_is_lossless(journal, tmp_path):
    made = fill_drafts(fill_journal())
    before = export_to(tmp_path / "backup.json")
    uuids = {name: drafts.get(i).uuid for name, i in made.items()}
    switch_journal(tmp_path / "second")
    counts = exchange.import_file(tmp_path / "backup.json")
    assert counts.summary() == "imported 4 clients, 9 notes, 0 agreements, 7 drafts"
    before.pop("exported_at")
    assert content() == before
    assert draft_count() == 7
    # The store reads it back and the queue works on it.
    by_uuid = {
        d.uuid: d
        for c in clients.list_ids() + clients.list_ids(trashed=True)
        for d in drafts.fetch(drafts.ids_for_client(c, include_closed=True)).values()
    }
    sleeping = by_uuid[uuids["sleeping"]]
    assert [d.uuid for d, _ in drafts.queue(MORNING)] == [uuids["sleeping"]]
    assert drafts.ready_count(MORNING) == 1 and sleeping.hold_until == MORNING
    sent = by_uuid[uuids["sent"]]
    assert notes.get(sent.sent_note_id).body.startswith("**Re: invoice**")
    assert notes.get(sent.sent_note_id).client_id == sent.client_id
    restored = drafts.restore(by_uuid[uuids["held_then_thrown"]].id)
    assert restored.status == DraftStatus.HELD and restored.hold_until == MORNING
    assert drafts.restore(by_uuid[uuids["thrown"]].id).status == DraftStatus.WRITING
    second = exchange.import_file(tmp_path / "backup.json")
    assert (second.inserted, second.updated, second.drafts) == (0, 0, 7)


def test_a_draft_with_only_the_original_six_fields_imports(journal, tmp_path):
    document = synthetic_document(3, 1)
    document["clients"][1]["drafts"] = [
        dict(uuid=DRAFT_UUID, created_at="2024-01-01T10:00:00+01:00", hold_until=None,
             status="writing", body="Kurz und gut.", tone_score=None),
        dict(uuid=EVENT_UUID, created_at=STAMP, hold_until="2024-01-01T08:00:00Z",
             status="held", body="Nie wieder!!!", tone_score=0.9),
    ]  # fmt: skip
    counts = exchange.import_file(write(tmp_path / "six.json", document))
    assert counts.summary() == "imported 3 clients, 3 notes, 0 agreements, 2 drafts"
    second, first = exchange.export_data()["clients"][1]["drafts"]  # in order of creation
    assert first["created_at"] == "2024-01-01T09:00:00.000000Z"
    assert (first["subject"], first["tone_signals"], first["sent_note"]) == ("", [], None)
    assert first["updated_at"] == second["updated_at"] == document["exported_at"]
    assert (second["status"], second["hold_until"], second["held_at"]) == (
        "held", "2024-01-01T08:00:00.000000Z", None,
    )  # fmt: skip
    # Without held_at the ready time counts from when it was written: 01:00 in Berlin + 8 h.
    assert drafts.refresh_hold_times(tz=BERLIN) == 0


def test_a_newer_draft_wins_and_an_older_one_is_ignored(journal, tmp_path):
    made = fill_drafts(fill_journal())
    document = export_to(tmp_path / "base.json")
    anna = document["clients"][0]
    future, past = "2999-01-01T00:00:00.000000Z", "2000-01-01T00:00:00.000000Z"
    anna["drafts"][0].update(body="von der anderen Maschine", updated_at=future)
    anna["drafts"][1].update(status="discarded", updated_at=past)
    extra = dict(anna["drafts"][2], uuid=str(uuid.uuid4()), body="ganz neu")
    anna["drafts"].append(extra)
    counts = exchange.import_file(write(tmp_path / "changed.json", document))
    assert (counts.inserted, counts.updated) == (1, 1)
    assert drafts.get(made["writing"]).body == "von der anderen Maschine"
    assert drafts.get(made["sleeping"]).status == DraftStatus.HELD  # the older copy lost
    assert len(drafts.ids_for_client(ids_of("Anna Müller"), include_closed=True)) == 5


def ids_of(name: str) -> int:
    (found,) = [c for c in clients.list_ids() if clients.get(c).name == name]
    return found


BAD_DRAFTS = [
    # (what to change in with_drafts(synthetic_document(5, 15)), value or None, message end)
    (("clients", 2, "drafts", 0, "status"), "sleeping", 'clients[2] drafts[0].status: the text is not one of writing, held, sent, discarded'),
    (("clients", 2, "drafts", 0, "hold_until"), "tomorrow", 'drafts[0].hold_until: the text is not a date-time'),
    (("clients", 2, "drafts", 0, "tone_score"), 1.5, "drafts[0].tone_score: 1.5 is more than the maximum 1"),
    (("clients", 2, "drafts", 0, "tone_signals"), "shouting", 'drafts[0].tone_signals: expected a list, got a text'),
    (("clients", 2, "drafts", 0, "subject"), 5, "drafts[0].subject: expected a string, got 5"),
    (("clients", 2, "drafts", 0, "body"), None, 'clients[2] drafts[0]: missing required field "body"'),
    (("clients", 2, "drafts", 0, "mood"), 1, 'drafts[0][field 14]: unexpected field'),
    (("clients", 2, "drafts", 0, "held_at"), "0001-01-01T00:30:00+01:00", 'drafts[0].held_at: the time is outside the range'),
    (("clients", 2, "drafts", 0, "sent_note"), "not-a-uuid", 'drafts[0].sent_note: the text is not a UUID'),
    (("clients", 2, "drafts", 0, "sent_note"), PROJECT_UUID, f'clients[2] drafts[0].sent_note: note "{PROJECT_UUID}" is not one of this client\'s notes'),
    (("clients", 2, "drafts", 0, "uuid"), AGREEMENT_UUID, f'drafts[0].uuid: uuid "{AGREEMENT_UUID}" is already used by clients[2] agreements[0]'),
    (("clients", 2, "drafts", 0, "body"), "a\ud800b", 'clients[2] drafts[0].body: contains a lone surrogate escape'),
]  # fmt: skip


@pytest.mark.parametrize(("where", "value", "expected"), BAD_DRAFTS)
def test_a_bad_draft_changes_nothing(filled, tmp_path, where, value, expected):
    document = with_drafts(with_checklist(synthetic_document(5, 15)))
    change(document, where, value)
    assert_fails(write(tmp_path / "bad.json", document), expected, filled)


def test_a_held_draft_without_its_ready_time_changes_nothing(filled, tmp_path):
    document = with_drafts(synthetic_document(5, 15))
    document["clients"][2]["drafts"][0]["hold_until"] = None
    assert_fails(
        write(tmp_path / "bad.json", document),
        "clients[2] drafts[0].hold_until: a held draft needs the time it is ready",
        filled,
    )


def test_the_draft_document_used_for_bad_cases_is_itself_good(journal, tmp_path):
    document = with_drafts(with_checklist(synthetic_document(5, 15)))
    document["clients"][2]["drafts"][0]["sent_note"] = document["clients"][2]["notes"][3]["uuid"]
    counts = exchange.import_file(write(tmp_path / "good.json", document))
    assert counts.drafts == 1 and draft_count() == 1
    (draft,) = exchange.export_data()["clients"][2]["drafts"]
    assert draft == document["clients"][2]["drafts"][0]


def test_a_draft_that_belongs_to_another_client_changes_nothing(journal, tmp_path):
    fill_drafts(fill_journal())
    before = content()
    document = with_drafts(synthetic_document(5, 15))
    document["clients"][2]["drafts"][0]["uuid"] = before["clients"][0]["drafts"][0]["uuid"]
    assert_fails(
        write(tmp_path / "moved.json", document),
        "clients[2] drafts[0].uuid: this draft is already in the journal under "
        f'another client (uuid "{before["clients"][0]["uuid"]}")',
        before,
    )


def test_a_database_error_in_the_drafts_rolls_everything_back(filled, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange_drafts_module, "_INSERT", "INSERT INTO no_such_table VALUES (?)")
    assert_fails(
        write(tmp_path / "good.json", with_drafts(with_checklist(synthetic_document(5, 15)))),
        "the journal refused the data",
        filled,
    )


SECRET_TEXT = "Patient Jane Roe HIV positive"


@pytest.mark.parametrize(
    "where",
    [
        ("clients", 0, "notes", 1, "created_at"),
        ("clients", 0, "status"),
        ("clients", 0, "uuid"),
        ("clients", 0, SECRET_TEXT),
        ("clients", 0, "profile", SECRET_TEXT),
        ("clients", 0, "started_on"),
        ("clients", 0, "notes", 1, "kind"),
    ],
)
def test_the_message_names_the_place_and_the_problem_never_the_text(filled, tmp_path, where):
    """Issue 18: "… "Patient Jane Roe HIV positive" is not a date-time" leaked the file's text
    into a message that may end up in a log; a wrong field's name is the file's text too."""
    document = synthetic_document(5, 15)
    value = 5 if where[-2:] == ("profile", SECRET_TEXT) else SECRET_TEXT
    change(document, where, value)
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(write(tmp_path / "bad.json", document))
    message = str(caught.value)
    assert "Jane" not in message and "HIV" not in message
    assert caught.value.location.startswith("clients[")
    assert content() == filled


def test_the_import_has_the_editors_limits():
    """One set of limits for every way in (issue 18): the export schema's lengths are the ones
    the editor and the store use, from core."""
    from clientjournal.core.profile import MAX_FIELD_LENGTH
    from clientjournal.core.validation import MAX_NAME_LENGTH, MAX_NOTE_LENGTH

    client = exchange.load_schema()["$defs"]["client"]["properties"]
    assert client["name"]["maxLength"] == MAX_NAME_LENGTH
    assert client["profile"]["additionalProperties"]["maxLength"] == MAX_FIELD_LENGTH
    assert exchange.load_schema()["$defs"]["note"]["properties"]["body"]["maxLength"] == (
        MAX_NOTE_LENGTH
    )


@pytest.mark.parametrize(
    ("where", "length", "expected"),
    [
        (("clients", 1, "name"), 10_000_000, "clients[1] name: text of 10,000,000 characters"),
        (("clients", 1, "name"), 201, "is longer than the maximum 200"),
        (("clients", 1, "profile", "wants"), 50_000_000, "longer than the maximum 20,000"),
    ],
)
def test_a_name_or_profile_longer_than_the_editor_takes_is_refused(
    filled, tmp_path, where, length, expected
):
    document = synthetic_document(3, 2)
    change(document, where, "x" * length)
    assert_fails(write(tmp_path / "long.json", document), expected, filled)
