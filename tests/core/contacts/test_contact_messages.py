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


def _refusal(data: bytes) -> str:
    with pytest.raises(ContactFileError) as caught:
        parse_csv(data)
    message = str(caught.value)
    assert "\n" not in message and SECRET not in message
    return message


@pytest.mark.parametrize(
    "stray",
    [
        f'"{SECRET}"trix,b@example.org',  # a closing quote with text after it
        f'Anna "Ann" {SECRET},b@example.org',  # quotes in the middle of a field not quoted
        f'"{SECRET}" ,b@example.org',  # a space after the closing quote
    ],
)
def test_an_unclosed_quote_after_an_earlier_stray_quote_is_refused(stray: str):
    """A strict reader stops at the stray quote, so the later unclosed quote went unseen and
    the file imported as one client holding the rest of it."""
    data = (
        "name,email\n"
        "Anna,a@example.org\n"
        f"{stray}\n"
        "Carl,c@example.org\n"
        f'Dora,"d@example.org {SECRET}\n'
        "Emil,e@example.org\n"
        "Fritz,f@example.org\n"
    ).encode()
    message = _refusal(data)
    assert message.endswith(
        'line 5: a field in quotes is never closed (a " missing?): '
        "the rest of the file would be one field"
    )


def test_the_line_named_is_where_the_unclosed_quote_opens_in_a_row_of_several_lines():
    data = (
        "name,email,address\r\n"
        'Anna,a@example.org,"Hauptstr. 1\r\n10115 Berlin"\r\n'
        '"Be"a,b@example.org,"Weg 2\r\n\r\n80331 München\r\nGermany"\r\n'
        f'Carl,"c@example.org\r\n(work)","{SECRET}\r\n'
        "Dora,d@example.org,\r\n"
    ).encode()
    assert "line 9: a field in quotes is never closed" in _refusal(data)


def test_a_file_cut_off_inside_quotes_is_refused():
    assert "line 2: a field in quotes" in _refusal(b'name,email\nAnna,"a@example.org""')


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_quoted_line_breaks_in_addresses_as_other_programs_write_them_still_import(newline):
    """Outlook, Excel, LibreOffice and Google put an address's lines into one quoted field."""
    rows = [
        "Name,E-mail Address,Address,Notes",
        'Anna Schmidt,anna@example.org,"Hauptstr. 1{n}10115 Berlin{n}Germany",""',
        'Bernd Wolf,bernd@example.org,"Am Markt 2{n}{n}80331 München","sagt ""hallo""{n}zweimal"',
        '"Carla ""CJ"" Jung",carla@example.org,,"Zitat: ""{n}"""',
        "Dora,dora@example.org,,",
    ]
    data = newline.join(row.format(n=newline) for row in rows) + newline
    for encoded in (data.encode("utf-8-sig"), data.encode("cp1252")):
        contacts = parse_csv(encoded).contacts
        assert [c.name for c in contacts] == [
            "Anna Schmidt",
            "Bernd Wolf",
            'Carla "CJ" Jung',
            "Dora",
        ]
        assert contacts[0].postal_address == "Hauptstr. 1\n10115 Berlin\nGermany"
        assert contacts[3].email == "dora@example.org"


def test_no_csv_message_shows_a_header_or_a_cell_of_the_file():
    """A first row of data taken for a header, a column of the file's own name, a value that
    is not an address form: problems name the line and the column (by its place unless the
    app knows its name), never the file's text."""
    with pytest.raises(ContactFileError) as caught:
        parse_csv(f"{SECRET},Wohnort\nBert,Berlin\nCarl,Köln\n".encode())
    assert "no column holds a name" in str(caught.value) and SECRET not in str(caught.value)
    data = f"Name,address_form,{SECRET}\nAnna,{SECRET},x\n".encode()
    table = parse_csv(data)
    assert [str(p) for p in table.problems] == [
        "line 2 address_form: not an address form (du, Sie, first name, formal)"
    ]
    from clientjournal.core.contacts.csv_table import Column, contacts_from_table, read_table

    table = read_table(f"Name,{SECRET}\nAnna,{SECRET}\n".encode())
    parsed = contacts_from_table(table, [Column.NAME, Column.EMAIL])
    assert [str(p) for p in parsed.problems] == ["line 2 column 2: not an e-mail address: left out"]


def test_an_unknown_vcard_version_is_not_quoted():
    parsed = parse_vcard(f"BEGIN:VCARD\r\nVERSION:{SECRET}\r\nFN:Anna\r\nEND:VCARD\r\n".encode())
    assert [c.name for c in parsed.contacts] == ["Anna"]
    assert parsed.problems and all(SECRET not in str(p) for p in parsed.problems)


def test_a_nul_byte_deep_in_a_file_is_refused_saying_where() -> None:
    """One NUL byte past the first megabyte (which the file reading checks) of an address
    book: the refusal said "this is a binary file", with nothing to find the damage by."""
    from clientjournal.core.contacts.csv_table import read_table

    cards = b"".join(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %d\r\nEND:VCARD\r\n" % i for i in range(3)
    )
    broken = cards.replace(b"Person 2", b"Per\x00son 2")
    rows = b"Name,E-mail\n" + b"".join(b"P %d,p%d@example.org\n" % (i, i) for i in range(5))
    for parse, data, where in (
        (parse_vcard, broken, "line 11"),
        (parse_csv, rows.replace(b"P 3", b"P\x003"), "line 5"),
    ):
        with pytest.raises(ContactFileError) as caught:
            parse(data, "book")
        assert str(caught.value) == (
            f"book: {where}: a NUL byte: binary data or a damaged file, not text"
        )
    with pytest.raises(ContactFileError, match="line 3: a NUL character"):
        read_table("a\nb\nc\x00\n".encode("utf-16"), "book", encoding="utf-16")
