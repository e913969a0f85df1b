"""CSV contacts: encodings, delimiters, header names in English and German, and the mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.core.contacts.contact import ContactFileError
from clientjournal.core.contacts.csv_table import (
    Column,
    contacts_from_table,
    parse_csv,
    read_table,
    suggest_mapping,
)
from clientjournal.core.exchange.markdown import CSV_COLUMNS, clients_csv

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def table_of(name: str):
    return read_table((DATA / name).read_bytes(), name)


def mapped(table) -> dict[str, Column]:
    return {
        h: c for h, c in zip(table.header, suggest_mapping(table), strict=True) if c != "ignore"
    }


def test_google_csv() -> None:
    table = table_of("google.csv")
    assert (table.encoding, table.delimiter, table.has_header) == ("utf-8", ",", True)
    assert mapped(table) == {
        "Name": Column.NAME,
        "Given Name": Column.FIRST_NAME,
        "Additional Name": Column.FIRST_NAME,  # a middle name
        "Family Name": Column.LAST_NAME,
        "Notes": Column.NOTES,
        "Group Membership": Column.TAGS,
        "E-mail 1 - Value": Column.EMAIL,
        "E-mail 2 - Value": Column.EMAIL,
        "Phone 1 - Value": Column.PHONE,
        "Phone 2 - Value": Column.PHONE,
        "Address 1 - Formatted": Column.POSTAL_ADDRESS,
        "Organization 1 - Name": Column.COMPANY,
    }
    lena, mark, zoe = parse_csv((DATA / "google.csv").read_bytes()).contacts
    assert (lena.name, lena.company, lena.email) == (
        "Lena Hoffmann",
        "Hoffmann Design",
        "lena.hoffmann@hoffmann-design.example",
    )
    assert lena.notes == "Kennengelernt auf der Typo Berlin.\nMag klare Angebote."
    assert lena.tags == ["Designer"]  # "* myContacts" is Google's, not the user's
    assert lena.record == "line 2"
    assert mark.record == "line 6"  # the multi-line fields before it counted
    assert mark.email == "mark@odonnell-consulting.example"  # "a ::: b": Google's two values
    assert mark.other_contacts == ["mark.odonnell@mail.example"]
    assert mark.tags == ["UK"]
    assert zoe.name == "Zoë Åkesson"  # no "Name": given and family name


def test_german_outlook_csv_in_windows_1252_with_semicolons() -> None:
    table = table_of("outlook_de.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    columns = mapped(table)
    assert columns["Vorname"] is Column.FIRST_NAME
    assert columns["Nachname"] is Column.LAST_NAME
    assert columns["Firma"] is Column.COMPANY
    assert columns["E-Mail-Adresse"] is Column.EMAIL
    assert columns["Telefon geschäftlich"] is Column.PHONE
    assert "E-Mail: Angezeigter Name" not in columns  # "Katrin Müller (k.mueller@…)"
    assert "Anrede" not in columns  # Outlook's "Frau"/"Herr", not du or Sie
    katrin, guenther, print_shop = contacts_from_table(table, suggest_mapping(table)).contacts
    assert (katrin.name, katrin.company) == ("Katrin Müller", "Bäckerei Müller GmbH & Co. KG")
    assert katrin.tags == ["Kunden", "Bäcker"]
    assert katrin.notes == "Liefert montags; Rechnung an die Buchhaltung."
    assert katrin.other_contacts == ["info@baeckerei-mueller.example", "0170 1112223"]
    assert guenther.notes == "Jahresabschluss immer im März – früh Bescheid geben"
    assert print_shop.name == "Druckerei Söhnlein"  # only a company: named by it


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    table = table_of("excel_utf16.csv")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    ana, juergen = contacts_from_table(table, suggest_mapping(table)).contacts
    assert (ana.name, ana.phone, ana.tags) == (
        "Ana García López",
        "+34 91 123 45 67",
        ["Spain", "Print"],
    )
    assert juergen.notes == "Termine nur dienstags, 10–12 Uhr"


def test_utf16_without_a_byte_order_mark() -> None:
    data = "Name\tE-mail\r\nÖzlem Kaya\tozlem@kaya.example\r\n".encode("utf-16-le")
    (contact,) = parse_csv(data).contacts
    assert (contact.name, contact.email) == ("Özlem Kaya", "ozlem@kaya.example")


def test_the_apps_own_export_maps_back_and_its_note_count_is_not_a_note() -> None:
    document = {
        "clients": [
            {
                "name": "Anna Schmidt", "company": "Schmidt GmbH", "email": "anna@schmidt.example",
                "phone": "030 1234", "address_form": "du", "status": "active",
                "tags": ["Print", "Berlin"], "cadence_days": 14, "started_on": "2024-01-02",
                "ended_on": None, "notes": [{}, {}], "uuid": "u1", "deleted_at": None,
            }
        ]
    }  # fmt: skip
    table = read_table(clients_csv(document).encode("utf-8"))
    mapping = suggest_mapping(table)
    assert dict(zip(CSV_COLUMNS, mapping, strict=True))["notes"] is Column.IGNORE
    (anna,) = contacts_from_table(table, mapping).contacts
    assert (anna.name, anna.company, anna.email, anna.phone) == (
        "Anna Schmidt",
        "Schmidt GmbH",
        "anna@schmidt.example",
        "030 1234",
    )
    assert anna.address_form == "du"
    assert anna.tags == ["Print", "Berlin"]
    assert anna.notes == ""


def test_the_apps_own_export_keeps_an_international_number_and_a_leading_minus() -> None:
    """The export writes "+44 …" as "'+44 …" so that a spreadsheet does not read a formula;
    read back into the app, every phone number from abroad kept the apostrophe."""
    document = {
        "clients": [
            {
                "name": "-Anna Chapman", "company": "=Hotel", "email": "", "phone": "+44 113 496",
                "address_form": "sie", "status": "active", "tags": [], "cadence_days": None,
                "started_on": None, "ended_on": None, "notes": [], "uuid": "u1",
                "deleted_at": None,
            }
        ]
    }  # fmt: skip
    written = clients_csv(document)
    assert "'+44 113 496" in written  # still safe for a spreadsheet
    table = read_table(written.encode("utf-8"))
    (anna,) = contacts_from_table(table, suggest_mapping(table)).contacts
    assert (anna.name, anna.company, anna.phone) == ("-Anna Chapman", "=Hotel", "+44 113 496")


def test_a_file_without_a_header_is_mapped_by_its_content() -> None:
    data = b"Anna Schmidt;anna@schmidt.example;030 1234\nBernd Wolf;bernd@wolf.example;040 9\n"
    table = read_table(data)
    assert not table.has_header
    assert table.header == ["Column 1", "Column 2", "Column 3"]
    assert suggest_mapping(table) == [Column.NAME, Column.EMAIL, Column.IGNORE]
    assert [c.name for c in contacts_from_table(table, suggest_mapping(table)).contacts] == [
        "Anna Schmidt",
        "Bernd Wolf",
    ]


def test_a_changed_mapping_changes_the_contacts() -> None:
    table = table_of("excel_utf16.csv")
    mapping = suggest_mapping(table)
    mapping[table.header.index("Company")] = Column.NAME
    mapping[table.header.index("Categories")] = Column.IGNORE
    mapping[table.header.index("Notes")] = Column.ADDRESS_FORM
    result = contacts_from_table(table, mapping, "excel.csv")
    assert [c.name for c in result.contacts] == ["Estudio García", "Schröder & Söhne GmbH"]
    assert all(c.tags == [] for c in result.contacts)
    assert str(result.problems[0]).startswith("line 2 Notes:")  # not an address form


def test_encoding_and_delimiter_can_be_given() -> None:
    data = "Name;Firma\nJürgen;Weiß, Sohn\n".encode("cp1252")
    table = read_table(data, encoding="latin-1", delimiter=";")
    assert (table.encoding, table.delimiter) == ("latin-1", ";")
    assert table.rows == [["Jürgen", "Weiß, Sohn"]]
    with pytest.raises(ContactFileError, match="line 2"):
        read_table(data, "x.csv", encoding="utf-8")
    with pytest.raises(ContactFileError, match="line 2: 2 fields"):
        read_table(data, "x.csv", delimiter=",")


def test_address_forms_in_english_and_german() -> None:
    data = "Name,address_form\nA,Du\nB,förmlich\nC,First name\nD,Herr\n".encode()
    result = parse_csv(data)
    assert [c.address_form for c in result.contacts] == ["du", "formal", "first_name", ""]
    assert [str(p) for p in result.problems] == [
        "line 5 address_form: not an address form (du, Sie, first name, formal)"
    ]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("broken_header_only.csv", ["broken_header_only.csv", "line 1", "only a header"]),
        ("broken_columns.csv", ["broken_columns.csv", "line 3", "4 fields", "header has 3"]),
        ("broken_encoding.csv", ["broken_encoding.csv", "line 3", "UTF-8"]),
        ("broken_no_name.csv", ["broken_no_name.csv", "no column holds a name", "its 2 columns"]),
    ],
)
def test_broken_files_raise_one_clear_error(name: str, words: list[str]) -> None:
    with pytest.raises(ContactFileError) as caught:
        parse_csv((DATA / name).read_bytes(), name)
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message


@pytest.mark.parametrize(
    ("data", "word"),
    [(b"", "empty"), (b"\r\n \r\n", "empty"), (b"a,b\x00c\n1,2\n", "binary")],
)
def test_empty_and_binary(data: bytes, word: str) -> None:
    with pytest.raises(ContactFileError, match=word):
        parse_csv(data, "x.csv")


def test_fewer_fields_than_the_header_are_empty_ones() -> None:
    (contact,) = parse_csv(b"Name,E-mail,Phone\nAnna,anna@a.example\n").contacts
    assert (contact.email, contact.phone) == ("anna@a.example", "")


def test_thunderbird_and_new_google_headers() -> None:
    thunderbird = read_table(
        b"First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,"
        b"Mobile Number,Home Address,Home City,Organization,Notes\r\n"
        b"Ines,Vogel,Ines Vogel,,ines@vogel-pr.example,iv@mail.example,040 998877,,"
        b"Hauptstr. 1,Hamburg,Vogel PR,\r\n"
    )
    assert mapped(thunderbird) == {
        "First Name": Column.FIRST_NAME,
        "Last Name": Column.LAST_NAME,
        "Display Name": Column.NAME,
        "Primary Email": Column.EMAIL,
        "Secondary Email": Column.EMAIL,
        "Work Phone": Column.PHONE,
        "Mobile Number": Column.PHONE,
        "Organization": Column.COMPANY,
        "Notes": Column.NOTES,
    }  # "Home Address" is only the street: better left out than half an address
    google = read_table(
        b"First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,"
        b"E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\r\n"
        b"Lena,,Hoffmann,Hoffmann Design,Inhaberin,* myContacts ::: Designer,Work,"
        b"lena@hoffmann.example,Mobile,+49 160 1\r\n"
    )
    (lena,) = contacts_from_table(google, suggest_mapping(google)).contacts
    assert (lena.name, lena.company, lena.email, lena.phone, lena.tags) == (
        "Lena Hoffmann",
        "Hoffmann Design",
        "lena@hoffmann.example",
        "+49 160 1",
        ["Designer"],
    )


def test_what_the_client_dialog_would_refuse_is_not_imported_as_is() -> None:
    data = ("Name,E-mail\n" + "Sehr langer Name " * 20 + ",nobody@localhost\n").encode()
    result = parse_csv(data)
    (contact,) = result.contacts
    assert len(contact.name) == 200 and contact.email == ""
    assert [p.field for p in result.problems] == ["E-mail", "name"]


def test_thunderbirds_german_csv_export() -> None:
    """Thunderbird's German export names its columns from its German strings (importMsgs
    .properties 2100-2136): "Primäre E-Mail-Adresse", "Tel. dienstlich", "Mobil-Tel.-Nr.";
    its addresses and phones were left out, and on the command line nothing could map them."""
    header = (
        "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,"
        "Messenger-Name,Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,Mobil-Tel.-Nr.,"
        "Privat: Adresse,Privat: Adresse 2,Privat: Ort,Privat: Bundesland,Privat: PLZ,"
        "Privat: Land,Dienstlich: Adresse,Dienstlich: Adresse 2,Dienstlich: Ort,"
        "Dienstlich: Bundesland,Dienstlich: PLZ,Dienstlich: Land,Arbeitstitel,Abteilung,"
        "Organisation,Webseite 1,Webseite 2,Geburtsjahr,Geburtsmonat,Geburtstag,Benutzerdef. 1,"
        "Benutzerdef. 2,Benutzerdef. 3,Benutzerdef. 4,Notizen,"
    )
    row = (
        "Friederike,Wähner,Friederike Wähner,Fritzi,f.waehner@waehner-lektorat.example,"
        "fritzi@posteo.example,,0341 5556677,,,,0160 4445566,,,,,,,Karl-Heine-Str. 8,,Leipzig,,"
        "04229,Deutschland,Lektorin,,Lektorat Wähner,,,1984,7,22,,,,,Liest am Wochenende.,"
    )
    (friederike,) = parse_csv(f"{header}\r\n{row}\r\n".encode()).contacts
    assert (friederike.name, friederike.company, friederike.notes) == (
        "Friederike Wähner",
        "Lektorat Wähner",
        "Liest am Wochenende.",
    )
    assert (friederike.email, friederike.phone) == (
        "f.waehner@waehner-lektorat.example",
        "0341 5556677",
    )
    assert friederike.other_contacts == ["fritzi@posteo.example", "0160 4445566"]


def test_linkedins_connections_start_with_a_note_above_the_header() -> None:
    """LinkedIn's Connections.csv: byte order mark, "Notes:", a quoted paragraph and an empty
    line above the header, CRLF. It was refused ("7 fields, but the header has 1")."""
    table = table_of("linkedin.csv")
    assert table.header[:5] == ["First Name", "Last Name", "URL", "Email Address", "Company"]
    result = contacts_from_table(table, suggest_mapping(table))
    henrike, ole, mira = result.contacts
    assert (henrike.record, henrike.name, henrike.company) == (
        "line 5",
        "Henrike Lautenschläger",
        "Lautenschläger, Brandt & Partner mbB",
    )
    assert (ole.name, ole.email) == ("Ole Brandstetter", "ole@brandstetter-design.example")
    assert (mira.name, mira.company) == ("Mira", "Kranich Verlag")
    assert [str(p) for p in result.problems] == [
        "line 8: no name, company or e-mail address: skipped"
    ]


def test_lines_of_one_field_are_a_note_only_above_a_known_header() -> None:
    table = read_table(b"Name\nAnna Berg\nBernd Kohl\n")  # one column: no note on top
    assert (table.header, len(table.rows)) == (["Name"], 2)
    with pytest.raises(ContactFileError, match="line 3: 2 fields, but the header has 1"):
        read_table(b"Anna Berg\nBernd Kohl\nCarla Dietz,carla@dietz.example\n")


def test_middle_names_are_part_of_the_name() -> None:
    """Google ("Middle Name"), Outlook ("Middle Name", German "Weitere Vornamen") and the
    old Google CSV ("Additional Name") keep middle names in a column of their own, after the
    first name; they were left out (a vCard's N keeps them)."""
    google = parse_csv(
        "First Name,Middle Name,Last Name,Name Prefix,E-mail 1 - Value\n"
        "Anna,Maria Luise,Oberländer,Dr.,anna@oberlaender.example\n".encode()
    )
    outlook = parse_csv(
        '"Anrede";"Vorname";"Weitere Vornamen";"Nachname";"Suffix"\r\n'
        '"";"Heinz";"Rüdiger";"Großmann";"jun."\r\n'.encode("cp1252")
    )
    assert [c.name for c in google.contacts + outlook.contacts] == [
        "Anna Maria Luise Oberländer",
        "Heinz Rüdiger Großmann",
    ]


def test_excels_separator_line_names_the_delimiter_and_is_no_row() -> None:
    """A table written for Excel may start with "sep=;" (Excel reads its delimiter from it):
    it was taken for the header, and the file refused ("2 fields, but the header has 1")."""
    data = (
        "sep=;\r\nVorname;Nachname;E-Mail-Adresse;Firma\r\n"
        "Anna;Berg;anna@berg.example;Berg GmbH\r\nJens;Ohm;jens@ohm.example;Ohm, Kern & Co.\r\n"
    ).encode("cp1252")
    table = read_table(data)
    assert (table.delimiter, table.header[0], table.lines) == (";", "Vorname", [3, 4])
    anna, jens = contacts_from_table(table, suggest_mapping(table)).contacts
    assert (anna.name, anna.email, jens.company) == (
        "Anna Berg",
        "anna@berg.example",
        "Ohm, Kern & Co.",
    )
    (anna,) = parse_csv(b"SEP=,\nName,E-mail\nAnna Berg,anna@berg.example\n").contacts
    assert anna.record == "line 3"
    with pytest.raises(ContactFileError, match="line 4: a field in quotes is never closed"):
        read_table(b'sep=,\nName,Notes\nAnna,ok\nBernd,"open\n')


def test_utf16_big_endian_without_a_byte_order_mark() -> None:
    data = "Name;E-mail\r\nJürgen Weiß;jw@weiss.example\r\n".encode("utf-16-be")
    table = read_table(data)
    assert (table.encoding, table.delimiter) == ("utf-16-be", ";")
    (contact,) = parse_csv(data).contacts
    assert (contact.name, contact.email) == ("Jürgen Weiß", "jw@weiss.example")
