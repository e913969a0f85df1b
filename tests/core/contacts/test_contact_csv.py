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
        # since contacts26a, as a vCard's N, TITLE and BDAY are kept
        "Name Prefix": Column.NAME_PREFIX,
        "Name Suffix": Column.NAME_SUFFIX,
        "Organization 1 - Title": Column.ROLE,
        "Birthday": Column.BIRTHDAY,
    }  # Google's "Address 1 - Street" etc.: the formatted address holds them
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
    assert columns["Anrede"] is Column.NAME_PREFIX  # Outlook's "Frau"/"Herr", not du or Sie
    assert columns["Position"] is Column.ROLE
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
        "Home Address": Column.STREET,  # put together with its city (contacts26a): the
        "Home City": Column.CITY,  # street alone was left out as half an address
    }
    (ines,) = contacts_from_table(thunderbird, suggest_mapping(thunderbird)).contacts
    assert ines.postal_address == "Hauptstr. 1, Hamburg"
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
        "Dr. Anna Maria Luise Oberländer",  # with prefix and suffix too, as a vCard's N
        "Heinz Rüdiger Großmann jun.",
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


def _client(contact) -> tuple:
    client = contact.client()
    return (client.name, client.company, client.email, client.phone, client.profile, client.tags)


_OUTLOOK_DE = (
    "Anrede;Vorname;Weitere Vornamen;Nachname;Suffix;Firma;Position;Straße geschäftlich;"
    "Straße geschäftlich 2;Ort geschäftlich;Region geschäftlich;Postleitzahl geschäftlich;"
    "Land/Region geschäftlich;Straße privat;Ort privat;Postleitzahl privat;Land/Region privat;"
    "Postfach geschäftlich;Telefon geschäftlich;E-Mail-Adresse;Geburtstag;Ort\r\n"
    "Herr Dr.;Heinz-Rüdiger;;Großmann;;Großmann & Partner;Rechtsanwalt;Maximilianstraße 4;"
    "Hinterhaus;München;Bayern;80539;Deutschland;Am Hang 2;Starnberg;82319;Deutschland;"
    "12 34 56;+49 89 234567;h.grossmann@gkp.example;2.4.1968;Büro 3\r\n"
    "Frau;Katrin;;Müller;;;;;;;;;;;;;;;;k.mueller@example.org;0.0.00;\r\n"
)
_VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Heinz-Rüdiger Großmann\r\n"
    "N:Großmann;Heinz-Rüdiger;;Dr.;\r\nORG:Großmann & Partner\r\nTITLE:Rechtsanwalt\r\n"
    "ADR;TYPE=WORK:12 34 56;Hinterhaus;Maximilianstraße 4;München;Bayern;80539;Deutschland\r\n"
    "ADR;TYPE=HOME:;;Am Hang 2;Starnberg;;82319;Deutschland\r\n"
    "TEL;TYPE=WORK:+49 89 234567\r\nEMAIL:h.grossmann@gkp.example\r\nBDAY:1968-04-02\r\n"
    "END:VCARD\r\n"
)


def test_outlook_csv_keeps_prefix_job_title_birthday_and_split_addresses() -> None:
    """A CSV and a vCard of the same person give the same client: the CSV lost the prefix
    (Outlook's "Anrede"; "Herr" and "Frau" are salutations, not titles), the job title, the
    birthday and the address split into street, city and postal code columns."""
    from clientjournal.core.contacts.vcard import parse_vcard

    data = _OUTLOOK_DE.encode("cp1252")
    columns = mapped(read_table(data))
    assert columns["Anrede"] is Column.NAME_PREFIX
    assert columns["Position"] is Column.ROLE
    assert columns["Geburtstag"] is Column.BIRTHDAY
    assert columns["Straße geschäftlich 2"] is Column.STREET
    assert columns["Postleitzahl privat"] is Column.POSTAL_CODE
    assert columns["Region geschäftlich"] is Column.REGION
    assert columns["Postfach geschäftlich"] is Column.PO_BOX
    assert "Ort" not in columns  # Outlook's "Ort" is the office's location, not a city
    heinz, katrin = parse_csv(data).contacts
    assert heinz.name == "Dr. Heinz-Rüdiger Großmann"
    assert (heinz.role, heinz.birthday) == ("Rechtsanwalt", "1968-04-02")
    assert heinz.postal_address == (
        "Maximilianstraße 4, Hinterhaus, 80539 München, Bayern, Deutschland, 12 34 56\n"
        "Am Hang 2, 82319 Starnberg, Deutschland"
    )
    (card,) = parse_vcard(_VCARD.encode()).contacts
    assert _client(heinz) == _client(card)
    assert (katrin.name, katrin.birthday, katrin.postal_address) == ("Katrin Müller", "", "")


def test_google_and_english_outlook_names_job_titles_and_birthdays() -> None:
    google = (
        "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Organization Name,"
        "Organization Title,Birthday,E-mail 1 - Value\n"
        "Wiebke,,Sörensen,Dr.,MBA,Praxis Sörensen,Ärztin,--06-14,w@praxis.example\n"
    )
    (wiebke,) = parse_csv(google.encode()).contacts
    assert (wiebke.name, wiebke.role, wiebke.birthday) == (
        "Dr. Wiebke Sörensen MBA",
        "Ärztin",
        "--06-14",
    )
    outlook = (
        "Title,First Name,Last Name,Job Title,Business Street,Business City,"
        "Business Postal Code,Business Country/Region,Home City,Birthday\n"
        "Mr.,John,Doe,Buyer,1 Main St,Springfield,12345,United States,Shelbyville,4/2/1968\n"
        "Dr.,Jane,Roe,,,,,,,0/0/00\n"
    )
    john, jane = parse_csv(outlook.encode()).contacts
    assert (john.name, john.role, john.birthday) == ("John Doe", "Buyer", "1968-04-02")
    assert john.postal_address == "1 Main St, 12345 Springfield, United States\nShelbyville"
    assert (jane.name, jane.birthday) == ("Dr. Jane Roe", "")


def test_a_name_column_is_not_given_the_prefix_again() -> None:
    data = b"Name,Name Prefix,First Name,Last Name\nDr. Eva Kern,Dr.,Eva,Kern\n"
    assert [c.name for c in parse_csv(data).contacts] == ["Dr. Eva Kern"]
