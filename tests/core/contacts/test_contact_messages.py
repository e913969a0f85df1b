"""Issue 18: a contact file's problems name the card or line and the field, never the file's
text; odd files are refused with one line instead of a traceback or a silent wrong import."""

from __future__ import annotations

import pytest

from clientjournal.core.contacts.contact import ContactFileError
from clientjournal.core.contacts.csv_table import parse_csv
from clientjournal.core.contacts.eml import parse_eml
from clientjournal.core.contacts.vcard import parse_vcard

SECRET = "Jane Roe HIV positive"


def card(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:2.1", *lines, "END:VCARD", ""]).encode()


@pytest.mark.parametrize("charset", ["punycode", "idna", "unicode_escape", "no-such-charset"])
def test_an_odd_charset_is_read_as_well_as_possible_and_never_quoted(charset: str):
    data = card(f"FN;ENCODING=QUOTED-PRINTABLE;CHARSET={charset}:Anna=20M=C3=BCller-9999999")
    parsed = parse_vcard(data)
    assert [contact.name for contact in parsed.contacts] == ["Anna Müller-9999999"]
    assert [str(problem) for problem in parsed.problems] == [
        "card 1 FN: not valid text in its CHARSET; read as well as possible"
    ]


def test_a_wrong_e_mail_address_is_not_quoted():
    vcard = parse_vcard(card("FN:Anna", f"EMAIL:{SECRET}"))
    table = parse_csv(f"name,email\nAnna,{SECRET}\n".encode())
    for parsed in (vcard, table):
        assert parsed.problems and all(SECRET not in str(p) for p in parsed.problems)
        assert all("not an e-mail address" in str(p) for p in parsed.problems)


def test_a_mail_date_that_is_no_date_is_not_quoted():
    mail = f"From: Anna <anna@example.org>\nDate: {SECRET}\nSubject: x\n\nHallo\n".encode()
    parsed = parse_eml(mail)
    assert parsed.problems and all(SECRET not in str(p) for p in parsed.problems)


def test_a_csv_with_a_quote_never_closed_is_refused():
    data = b'name,email\nAnna,"anna@example.org\nBert,bert@example.org\nCarl,carl@example.org\n'
    with pytest.raises(ContactFileError, match="never closed") as caught:
        parse_csv(data)
    assert "line 2" in str(caught.value)


def test_a_csv_with_quotes_closed_still_reads_every_row():
    data = b'name,note\nAnna,"zwei\nZeilen"\nBert,"ein ""Zitat"""\n'
    assert [c.name for c in parse_csv(data).contacts] == ["Anna", "Bert"]
