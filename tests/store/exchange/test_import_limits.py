"""One set of limits for every way in (attack 18 finding 3): the JSON import refuses what the
client dialog refuses, naming the client's place and the field, never the value."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.exchange import journal as exchange

STAMP = "2024-01-01T00:00:00.000000Z"
SECRET = "SECRETLEAK"


@pytest.fixture
def journal(tmp_path):
    db = open_journal(tmp_path / "journal")
    yield db
    close_journal()


def document(count: int = 3) -> dict:
    made = {"format": "clientjournal", "version": 1, "exported_at": STAMP, "clients": []}
    for i in range(count):
        made["clients"].append(
            dict(uuid=str(uuid.uuid4()), name=f"Kunde {i}", company="", email="", phone="",
                 address_form="sie", status="active", profile={}, started_on=None,
                 ended_on=None, created_at=STAMP, updated_at=STAMP, deleted_at=None,
                 notes=[dict(uuid=str(uuid.uuid4()), created_at=STAMP, updated_at=STAMP,
                             kind="note", mood=0, body="x", pinned=False)],
                 agreements=[], drafts=[], payments=[])
        )  # fmt: skip
    return made


def journal_clients() -> list[str]:
    return sorted(
        c.name for c in clients.fetch(clients.list_ids() + clients.list_ids(trashed=True)).values()
    )


BAD = [
    # field, value, where, kind
    ("name", "   ", "name", "the name is empty or has no visible character"),
    ("name", "\u200b", "name", "the name is empty or has no visible character"),
    ("name", "\u200b\u2060\u00a0\u3164\u200f", "name", "no visible character"),
    ("email", f"{SECRET} no address", "email", "not an e-mail address"),
    ("email", f"{SECRET}@x.de" * 100_000, "email", "not an e-mail address"),
    ("email", "a" * 250 + "@x.de", "email", "not an e-mail address"),  # 255: past SMTP's limit
    ("company", SECRET * 100_000, "company", "longer than 200 characters"),
    ("phone", "1" * 1_000_000, "phone", "longer than 100 characters"),
    ("tags", [f"{SECRET}{n}" for n in range(100_000)], "tags", "more than 100 tags"),
    ("profile", {f"{SECRET}{n}": "x" for n in range(100_000)}, "profile", "more than 100 fields"),
    ("profile", {SECRET * 10_000: "x"}, "profile", "a field name longer than 64 characters"),
]


@pytest.mark.parametrize(("field", "value", "where", "kind"), BAD, ids=[b[3][:20] for b in BAD])
def test_what_the_dialog_refuses_the_import_refuses(journal, tmp_path, field, value, where, kind):
    bad = document()
    bad["clients"][1][field] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: clients[1] {where}: ")
    assert kind in message and "\n" not in message and len(message) < 300
    assert SECRET not in message
    assert journal_clients() == []


def test_an_end_before_the_start_is_refused(journal, tmp_path):
    bad = document()
    bad["clients"][2] |= {"started_on": "2024-05-01", "ended_on": "2020-01-01"}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path)
    assert str(caught.value) == (
        f"{path}: clients[2] ended_on: the end date is before the start date"
    )
    assert journal_clients() == []


def test_a_note_with_more_tags_than_a_record_keeps_is_refused(journal, tmp_path):
    bad = document()
    bad["clients"][0]["notes"][0]["tags"] = [f"t{n}" for n in range(101)]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path)
    assert str(caught.value) == f"{path}: clients[0] notes[0].tags: more than 100 tags"


def test_a_bad_client_far_into_a_streamed_file_is_named_by_its_place_in_the_whole_file(
    journal, tmp_path
):
    bad = document(600)
    bad["clients"][555]["email"] = "nope"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path)
    assert str(caught.value) == f"{path}: clients[555] email: not an e-mail address"
    assert journal_clients() == []


def test_values_at_the_limits_round_trip(journal, tmp_path):
    """The app's own export at every limit imports again, into a fresh journal."""
    client = ClientData(
        name="N" * 200, company="C" * 200, email="a" * 240 + "@example.org", phone="1" * 100,
        started_on=date(2024, 1, 1), ended_on=date(2024, 1, 1),
        profile={f"k{n}": "v" for n in range(99)} | {"k" * 64: "v"},
        tags=[f"tag {n}" for n in range(100)],
    )  # fmt: skip
    clients.create(client)
    path = tmp_path / "export.json"
    exchange.export_file(path)
    close_journal()
    open_journal(tmp_path / "second")
    counts = exchange.import_file(path)
    assert counts.clients == 1
    (back,) = clients.fetch(clients.list_ids()).values()
    assert (back.company, back.phone, len(back.tags)) == ("C" * 200, "1" * 100, 100)


def test_line_breaks_in_one_line_fields_become_spaces(journal, tmp_path):
    """A hand-edited export with a name split over lines imports as the dialog takes a pasted
    one: on one line (the list, the window title and the CSV show a name in one)."""
    edited = document(1)
    edited["clients"][0] |= {
        "name": "Anna\nMeier",
        "company": "Atelier \r\n Nord",
        "email": "anna@example.org\n",
        "phone": "0221\u2028123",
    }
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(edited), encoding="utf-8")
    exchange.import_file(path)
    (back,) = clients.fetch(clients.list_ids()).values()
    assert (back.name, back.company, back.email, back.phone) == (
        "Anna Meier",
        "Atelier Nord",
        "anna@example.org",
        "0221 123",
    )


def _with_project(**fields) -> dict:
    made = document(1)
    made["clients"][0]["projects"] = [
        dict(uuid=str(uuid.uuid4()), name="Relaunch", status="active", started_on="2024-05-01",
             ended_on=None, created_at=STAMP, updated_at=STAMP) | fields
    ]  # fmt: skip
    return made


@pytest.mark.parametrize(
    ("fields", "where", "kind"),
    [
        ({"ended_on": "2024-01-01"}, "ended_on", "the end date is before the start date"),
        ({"name": " \u200b "}, "name", "the name is empty or has no visible character"),
    ],
)
def test_a_project_the_project_dialog_refuses_is_refused(journal, tmp_path, fields, where, kind):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_with_project(**fields)), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path)
    assert str(caught.value) == f"{path}: clients[0] projects[0].{where}: {kind}"
    assert journal_clients() == []


def test_a_project_name_over_two_lines_imports_on_one(journal, tmp_path):
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(_with_project(name="Relaunch\n2024")), encoding="utf-8")
    exchange.import_file(path)
    exported = tmp_path / "again.json"
    exchange.export_file(exported)
    (client,) = json.loads(exported.read_text(encoding="utf-8"))["clients"]
    assert [project["name"] for project in client["projects"]] == ["Relaunch 2024"]
