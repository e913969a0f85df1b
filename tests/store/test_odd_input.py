"""Odd input through the store, export, import and search (issue 8): huge notes, control
characters, lone surrogates, right-to-left text, emoji, and dates far in the past or future.

The policy these tests pin down (store/notes.py):
- a note holds at most MAX_NOTE_LENGTH (1,000,000) characters; longer is refused whole, by the
  store, by the import (the export schema's maxLength) and by the editor's paste;
- control characters other than tab and line breaks are dropped from note text wherever it
  comes in (editor, store, import); a lone surrogate is replaced by U+FFFD in the store and
  refuses the import (a broken file);
- right-to-left text and emoji are kept exactly, found by search and exported as they are;
- any date the formats can write (year 1 to 9999) is kept exactly; what they cannot is refused
  with a clear message.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.validation import MAX_NOTE_LENGTH
from clientjournal.store import clients, notes
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.search import search

ARABIC = "مرحبا بالعالم، الاجتماع غدا"
HEBREW = "שלום עולם פגישה מחר"
FAMILY = "👩‍👩‍👧‍👦"  # one grapheme: four people joined by zero-width joiners
FLAG_AND_SKIN = "🏳️‍🌈 👍🏽 🇩🇪"
MIXED = f"Meeting with {HEBREW} about the logo {FAMILY} {FLAG_AND_SKIN} (RTL mark \u200f)"


def note_with(body: str, when: datetime | None = None) -> NoteData:
    client = clients.create(ClientData(name="Odd"))
    return notes.save(NoteData(client, when or datetime(2024, 5, 1, tzinfo=UTC), body=body))


def export_import(tmp_path: Path) -> dict:
    """Export the journal, import it into a fresh one and return that one's export."""
    exchange.export_file(tmp_path / "out.json")
    close_journal()
    open_journal(tmp_path / "second")
    exchange.import_file(tmp_path / "out.json")
    data = exchange.export_data()
    data.pop("exported_at")
    return data


# --- huge notes ---------------------------------------------------------------------------


def test_the_limit_is_the_export_formats_limit():
    schema = exchange.load_schema()
    assert schema["$defs"]["note"]["properties"]["body"]["maxLength"] == MAX_NOTE_LENGTH


def test_a_note_at_the_limit_is_kept_whole(journal, tmp_path):
    body = ("Zeile mit Text äöü 😀\n" * 60_000)[:MAX_NOTE_LENGTH]
    saved = note_with(body)
    assert notes.get(saved.id).body == body
    assert [c["notes"][0]["body"] for c in export_import(tmp_path)["clients"]] == [body]


def test_a_ten_megabyte_note_is_refused_by_the_store_and_nothing_is_written(journal):
    client = clients.create(ClientData(name="Big"))
    with pytest.raises(notes.NoteTooLongError):
        notes.save(NoteData(client, datetime.now(UTC), body="x" * 10_000_000))
    assert notes.ids_for_client(client) == []
    kept = notes.save(NoteData(client, datetime.now(UTC), body="short"))
    with pytest.raises(notes.NoteTooLongError):
        notes.save(NoteData(client, kept.created_at, body="y" * 10_000_000, id=kept.id))
    assert notes.get(kept.id).body == "short"


def test_a_ten_megabyte_note_in_an_import_changes_nothing(journal, tmp_path):
    note_with("already here")
    exchange.export_file(tmp_path / "base.json")
    document = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    before = exchange.export_data()["clients"]
    document["clients"][0]["notes"][0]["body"] = "a" * 10_000_000
    document["clients"][0]["notes"][0]["updated_at"] = "2099-01-01T00:00:00Z"
    (tmp_path / "big.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(tmp_path / "big.json")
    assert str(caught.value).endswith(
        "clients[0] notes[0].body: text of 10,000,000 characters is longer than the maximum "
        "1,000,000"
    )
    assert exchange.export_data()["clients"] == before


# --- control characters and lone surrogates -----------------------------------------------


CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f"


def test_control_characters_are_dropped_tab_and_line_breaks_stay(journal, tmp_path):
    saved = note_with(f"a{CONTROLS}b\tc\nd\r\ne")
    assert notes.get(saved.id).body == "ab\tc\nd\r\ne"
    assert [hit.record_id for hit in search("ab").hits] == [saved.id]  # indexed as cleaned
    assert export_import(tmp_path)["clients"][0]["notes"][0]["body"] == "ab\tc\nd\r\ne"


def test_control_characters_in_an_imported_note_are_dropped_like_in_the_editor(journal, tmp_path):
    note_with("base")
    exchange.export_file(tmp_path / "base.json")
    close_journal()
    open_journal(tmp_path / "other")
    text = (tmp_path / "base.json").read_text(encoding="utf-8")
    document = json.loads(text)
    document["clients"][0]["notes"][0]["body"] = "NUL\x00 and ESC\x1b[31m red\x0c"
    (tmp_path / "odd.json").write_text(json.dumps(document), encoding="utf-8")
    exchange.import_file(tmp_path / "odd.json")
    (stored,) = exchange.export_data()["clients"][0]["notes"]
    assert stored["body"] == "NUL and ESC[31m red"


def test_a_lone_surrogate_is_replaced_in_the_store_and_refused_by_the_import(journal, tmp_path):
    saved = note_with("half \ud800 a pair")
    assert notes.get(saved.id).body == "half \ufffd a pair"
    exchange.export_file(tmp_path / "base.json")
    raw = (tmp_path / "base.json").read_text(encoding="utf-8").replace("\ufffd", "\\ud800")
    (tmp_path / "lone.json").write_text(raw, encoding="utf-8")
    document = json.loads(raw)
    document["clients"][0]["notes"][0]["updated_at"] = "2099-01-01T00:00:00Z"
    (tmp_path / "lone.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(tmp_path / "lone.json")
    assert "clients[0] notes[0].body: contains a lone surrogate escape" in str(caught.value)
    assert notes.get(saved.id).body == "half \ufffd a pair"


# --- right-to-left text and emoji ---------------------------------------------------------


def test_right_to_left_text_and_emoji_round_trip_and_are_found(journal, tmp_path):
    client = clients.create(ClientData(name=f"{ARABIC[:6]} {FAMILY}", company=HEBREW))
    saved = notes.save(NoteData(client, datetime(2024, 5, 1, tzinfo=UTC), body=MIXED))
    notes.save(NoteData(client, datetime(2024, 5, 2, tzinfo=UTC), body=ARABIC))
    assert notes.get(saved.id).body == MIXED
    hebrew = search("פגישה")
    assert [hit.record_id for hit in hebrew.hits if hit.kind == "note"] == [saved.id]
    assert FAMILY in hebrew.hits[0].text and "<b>פגישה</b>" in hebrew.hits[0].snippet
    arabic = search("الاجتماع")
    assert [hit.kind for hit in arabic.hits] == ["note"]
    assert {hit.kind for hit in search("שלום").hits} == {"note", "client"}  # company too
    assert search(FAMILY).hits == []  # emoji are no words: no match, and no error either
    again = export_import(tmp_path)
    assert again["clients"][0]["name"] == f"{ARABIC[:6]} {FAMILY}"
    assert {n["body"] for n in again["clients"][0]["notes"]} == {MIXED, ARABIC}
    assert [hit.record_id for hit in search("פגישה").hits if hit.kind == "note"]


# --- dates far in the past and the future ---------------------------------------------------


# Year 1: core/timeutil.to_iso once wrote it with strftime("%Y"), which glibc does not pad to
# four digits ("1-01-01T..."), so it could not be read back; every year 1..9999 must round trip.
YEAR_ONE = datetime(1, 1, 1, 0, 0, tzinfo=UTC)
FAR_TIMES = [
    datetime(1000, 1, 1, 0, 0, tzinfo=UTC),
    datetime(1899, 12, 31, 23, 59, 59, tzinfo=UTC),
    datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
]


@pytest.mark.parametrize("when", [YEAR_ONE, *FAR_TIMES], ids=lambda when: when.isoformat())
def test_notes_far_in_the_past_or_future_round_trip(journal, tmp_path, when):
    saved = note_with("old or future", when)
    assert notes.get(saved.id).created_at == when
    (note,) = export_import(tmp_path)["clients"][0]["notes"]
    assert datetime.fromisoformat(note["created_at"]) == when


def odd_dates_document(tmp_path: Path) -> dict:
    note_with("base")
    exchange.export_file(tmp_path / "base.json")
    return json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        (("started_on",), "0000-00-00", 'clients[0] started_on: the text is not a date (YYYY-MM-DD)'),
        (("started_on",), "99999-01-01", 'clients[0] started_on: the text is not a date (YYYY-MM-DD)'),
        (("notes", 0, "created_at"), "2024-05-01T10:00:00", "is not a date-time (ISO 8601 with a time zone"),
        (("notes", 0, "created_at"), "10000-01-01T00:00:00Z", "is not a date-time"),
        (("notes", 0, "created_at"), "0001-01-01T00:30:00+01:00", "is outside the range of times a journal can hold"),
        (("notes", 0, "created_at"), "9999-12-31T23:30:00-01:00", "is outside the range of times a journal can hold"),
        (("payments",), [{"uuid": "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11", "amount_cents": 1, "currency": "EUR", "issued_on": "2024-01-01", "due_on": "0000-00-00", "paid_on": None}], "payments[0].due_on"),
        (("agreements",), [{"uuid": "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11", "title": "t", "category": "scope", "status": "open", "due": "2024-02-30", "note": ""}], "agreements[0].due"),
    ],
)  # fmt: skip
def test_impossible_dates_in_an_import_change_nothing(journal, tmp_path, field, value, expected):
    document = odd_dates_document(tmp_path)
    before = exchange.export_data()["clients"]
    target = document["clients"][0]
    for key in field[:-1]:
        target = target[key]
    target[field[-1]] = value
    (tmp_path / "dates.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(tmp_path / "dates.json")
    assert expected in str(caught.value)
    # the place and the kind of problem, never the file's text (issue 18)
    if isinstance(value, str):
        assert value not in str(caught.value)
    assert exchange.export_data()["clients"] == before


def test_the_earliest_and_latest_dates_import_exactly(journal, tmp_path):
    document = odd_dates_document(tmp_path)
    client = document["clients"][0]
    client["started_on"], client["ended_on"] = "0001-01-01", "9999-12-31"
    client["notes"][0]["created_at"] = "0001-01-01T00:00:00Z"  # see YEAR_ONE
    client["notes"].append({**client["notes"][0], "uuid": "5e0c3c1e-2a4b-4c5d-8e6f-7a8b9c0d1e2f",
                            "created_at": "9999-12-31T23:59:59.999999Z"})  # fmt: skip
    client["agreements"] = [{"uuid": "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11", "title": "t",
                             "category": "scope", "status": "open", "due": "1900-02-28",
                             "note": "", "agreed_on": "2038-01-20"}]  # fmt: skip
    client["payments"] = [{"uuid": "1c8f7b2d-4a68-4f1f-8b66-1e7d4a8a3c22", "amount_cents": 1,
                           "currency": "EUR", "issued_on": "1969-07-20", "due_on": "9999-12-31",
                           "paid_on": None}]  # fmt: skip
    document["clients"][0]["updated_at"] = "2099-01-01T00:00:00Z"
    (tmp_path / "edges.json").write_text(json.dumps(document), encoding="utf-8")
    close_journal()
    open_journal(tmp_path / "fresh")
    exchange.import_file(tmp_path / "edges.json")
    (stored,) = exchange.export_data()["clients"]
    assert (stored["started_on"], stored["ended_on"]) == ("0001-01-01", "9999-12-31")
    times = sorted(datetime.fromisoformat(n["created_at"]) for n in stored["notes"])
    assert times == [YEAR_ONE, FAR_TIMES[-1]]
    assert stored["agreements"][0]["due"] == "1900-02-28"
    assert stored["agreements"][0]["agreed_on"] == "2038-01-20"
    assert (stored["payments"][0]["issued_on"], stored["payments"][0]["due_on"]) == (
        "1969-07-20",
        "9999-12-31",
    )
    assert clients.get(clients.list_ids()[0]).started_on == date(1, 1, 1)
