"""Contacts come in within the client dialog's limits (attack 18 finding 3: one set of limits
for every way in, core/validation.py): what the dialog would refuse is cut or left out, and
said so per card or line, never quoting the value."""

from __future__ import annotations

from clientjournal.core.contacts.csv_table import parse_csv
from clientjournal.core.contacts.vcard import parse_vcard
from clientjournal.core.validation import client_problems

SECRET = "SECRETLEAK"


def card(*lines: str) -> bytes:
    body = ["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]
    return ("\r\n".join(body) + "\r\n").encode("utf-8")


def test_an_invisible_name_is_no_name_the_next_best_is_taken() -> None:
    result = parse_vcard(
        card("FN:\u200b\u200b", "N:Roe;Jane;;;", "EMAIL:jane@example.org")
        + card("FN:\u2060\u00a0", "ORG:Atelier Weiß")
        + card("FN:\u200b")
    )
    assert [c.name for c in result.contacts] == ["Jane Roe", "Atelier Weiß"]
    assert [str(p) for p in result.problems] == [
        "card 3: no name, company or e-mail address: skipped"
    ]
    csv = "Name,Company,Email\r\n\u200b,,ann@example.org\r\n\u3164,,\r\n".encode()
    parsed = parse_csv(csv)
    assert [c.name for c in parsed.contacts] == ["ann@example.org"]
    assert any("skipped" in str(p) for p in parsed.problems)


def test_overlong_company_phone_email_and_too_many_tags_are_cut_with_a_note() -> None:
    result = parse_vcard(
        card(
            "FN:Ann",
            f"ORG:{SECRET * 100_000}",
            f"TEL:{'1' * 1_000_000}",
            "TEL:+49 30 1234",
            f"TEL:{'2' * 500}",
            f"EMAIL:{'a' * 1_000_000}@example.org",
            "CATEGORIES:" + ",".join(f"t{n}" for n in range(1000)),
        )
    )
    (ann,) = result.contacts
    assert len(ann.company) == 200 and ann.phone == "" and ann.email == ""
    assert ann.other_contacts == ["+49 30 1234"]
    client = ann.client()
    assert len(client.tags) == 100
    assert client_problems(client) == []
    messages = [str(p) for p in result.problems]
    assert messages == [
        "card 1 EMAIL: not an e-mail address: left out",
        "card 1 company: longer than 200 characters: cut",
        "card 1 phone: longer than 100 characters: left out",
        "card 1 phone: longer than 100 characters: left out",
        "card 1 tags: more than a record keeps: the first 100 kept",
    ]
    assert not any(SECRET in m for m in messages)


def test_a_csv_row_within_the_limits_too() -> None:
    data = f"Name,Company,Phone\r\nAnn,{SECRET * 50},{'9' * 101}\r\n".encode()
    parsed = parse_csv(data)
    (ann,) = parsed.contacts
    assert len(ann.company) == 200 and ann.phone == ""
    assert client_problems(ann.client()) == []
    assert [str(p) for p in parsed.problems] == [
        "line 2 company: longer than 200 characters: cut",
        "line 2 phone: longer than 100 characters: left out",
    ]


def test_a_quoted_line_break_in_a_name_or_company_is_read_as_a_space() -> None:
    """Outlook and LibreOffice write a cell with a line break in quotes; a name is one line."""
    csv = b'Name,Company,Phone\r\n"Anna\r\nMeier","Atelier\nNord","0221\n123"\r\n'
    (contact,) = parse_csv(csv).contacts
    assert (contact.name, contact.company, contact.phone) == (
        "Anna Meier",
        "Atelier Nord",
        "0221 123",
    )
    (card_contact,) = parse_vcard(card("FN:Jane\\nRoe", "ORG:Weiß\\nund Partner")).contacts
    assert (card_contact.name, card_contact.company) == ("Jane Roe", "Weiß und Partner")
