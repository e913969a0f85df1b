"""vCard files as real address books write them, and broken ones: clear error, no contacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.core.contacts.contact import ContactFileError
from clientjournal.core.contacts.vcard import parse_vcard
from clientjournal.core.domain import AddressForm

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def read(name: str):
    return parse_vcard((DATA / name).read_bytes(), name)


def card(*lines: str, version: str = "3.0", newline: str = "\r\n") -> bytes:
    body = ["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]
    return (newline.join(body) + newline).encode("utf-8")


def test_thunderbird_cards_are_read_with_folded_escaped_notes() -> None:
    result = read("thunderbird.vcf")
    assert result.problems == []
    sabine, tom = result.contacts
    assert sabine.name == "Sabine Krüger"
    assert sabine.company == "Krüger Architekten"
    assert sabine.email == "sabine.krueger@krueger-architekten.example"
    assert sabine.phone == "+49 30 4401234"
    assert sabine.notes == (
        "Bevorzugt kurze E-Mails, Rückruf nur nachmittags.\nSie duzt sich mit dem ganzen Team."
    )
    assert sabine.tags == ["Architektur", "Berlin"]
    assert sabine.postal_address == "Kastanienallee 17, 10435 Berlin, Deutschland"
    assert sabine.other_contacts == ["sabine.k@posteo.example", "+49 172 5550101"]
    assert (tom.name, tom.email, tom.record) == (
        "Tom Becker",
        "tom@becker-fotografie.example",
        "card 2",
    )


def test_apple_item_groups_photo_and_preferred_entries() -> None:
    result = read("apple.vcf")
    assert result.problems == []
    juergen, cafe = result.contacts
    assert juergen.name == "Dr. Jürgen Schröder"
    assert juergen.company == "Schröder & Söhne GmbH"
    assert juergen.email == "j.schroeder@schroeder-soehne.example"
    assert juergen.phone == "+49 171 2345678"
    assert juergen.role == "Geschäftsführer"
    assert juergen.birthday == "1968-04-02"
    assert juergen.notes == "Mag keine Anrufe vor 10 Uhr.\nBevorzugt E-Mail; Termine nur dienstags."
    assert "juergen@privat-schroeder.example" in juergen.other_contacts
    assert not any("/9j/" in text for text in vars_text(juergen))  # the photo is left out
    assert (cafe.name, cafe.email) == ("Café Rösterei am Markt", "hallo@roesterei-markt.example")


def vars_text(contact) -> list[str]:
    return [str(getattr(contact, name)) for name in contact.__slots__]


def test_google_groups_are_not_tags_and_a_nameless_card_is_named_by_its_address() -> None:
    result = read("google.vcf")
    lena, billing, mark = result.contacts
    assert lena.tags == ["Designer"]
    assert mark.tags == ["UK"]
    assert billing.name == billing.email == "rechnungen@stadtwerke-beispiel.example"
    assert lena.other_contacts == ["lena.h@gmail.example"]


def test_outlook_2_1_quoted_printable_latin1_and_windows_bytes() -> None:
    result = read("outlook_2_1.vcf")
    assert result.problems == []
    katrin, guenther = result.contacts
    assert katrin.name == "Katrin Müller"  # raw Windows-1252 bytes in the file
    assert katrin.company == "Bäckerei Müller GmbH & Co. KG"  # quoted-printable, CHARSET
    assert katrin.postal_address == "Große Straße 1, 80331 München, Bayern, Deutschland"
    assert katrin.notes == (
        "Liefert jeden Montag. Rechnungen bitte an die Buchhaltung\n"
        "schicken, nicht an Frau Müller persönlich."
    )
    assert katrin.email == "k.mueller@baeckerei-mueller.example"  # EMAIL;PREF
    assert guenther.name == "Günther Weiß"
    assert guenther.tags == ["Steuer", "Büro"]


def test_old_thunderbird_lower_case_cards() -> None:
    (ines,) = read("thunderbird_old.vcf").contacts
    assert (ines.name, ines.company, ines.email, ines.phone) == (
        "Ines Vogel",
        "Vogel PR",
        "ines@vogel-pr.example",
        "040 998877",
    )


@pytest.mark.parametrize(
    "lines",
    [
        ("EMAIL:first@a.example", "EMAIL;TYPE=pref:second@a.example"),  # 3.0
        ("EMAIL;TYPE=INTERNET:first@a.example", "EMAIL;PREF;INTERNET:second@a.example"),  # 2.1
        ("EMAIL;PREF=2:first@a.example", "EMAIL;PREF=1:second@a.example"),  # 4.0
        ("item1.EMAIL:first@a.example", "item2.EMAIL;type=INTERNET;type=pref:second@a.example"),
    ],
)
def test_the_preferred_address_wins_whatever_its_place(lines: tuple[str, str]) -> None:
    (contact,) = parse_vcard(card("FN:Anna", *lines)).contacts
    assert contact.email == "second@a.example"
    assert contact.other_contacts == ["first@a.example"]


def test_without_fn_the_name_comes_from_n_then_org_then_email() -> None:
    data = (
        card("N:Meier;Eva;Maria;Prof. Dr.;")
        + card("N:;;;;", "ORG:Nur Firma AG;Einkauf")
        + card("EMAIL:only@mail.example")
    )
    eva, firm, mail = parse_vcard(data).contacts
    assert eva.name == "Prof. Dr. Eva Maria Meier"
    assert firm.name == firm.company == "Nur Firma AG"
    assert mail.name == "only@mail.example"


def test_escapes_bom_lf_and_a_vcard_4_card() -> None:
    data = b"\xef\xbb\xbf" + card(
        "FN:Backslash \\\\ Semi\\; Comma\\, End",
        "NOTE:one\\ntwo\\Nthree",
        "TEL;VALUE=uri;TYPE=work:tel:+49-30-1234",
        "CATEGORIES:a\\,b,c",
        version="4.0",
        newline="\n",
    )
    (contact,) = parse_vcard(data).contacts
    assert contact.name == "Backslash \\ Semi; Comma, End"
    assert contact.notes == "one\ntwo\nthree"
    assert contact.phone == "+49-30-1234"
    assert contact.tags == ["a", "b", "c"]  # a tag holds no comma: see the categories test


def test_unindented_base64_of_version_2_1_does_not_end_the_card() -> None:
    data = card(
        "FN:Photo Person",
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEAYABgAAD",
        "2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a",
        "HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL==",
        "",
        "EMAIL:photo@person.example",
        version="2.1",
    )
    result = parse_vcard(data)
    assert result.problems == []
    assert result.contacts[0].email == "photo@person.example"


def test_problems_name_the_card_and_the_field_and_skip_only_that_card() -> None:
    data = (
        card("FN:Good", "EMAIL:not-an-address")
        + card("NOTE:no name, no mail", "TEL:123")
        + card("FN:Odd charset", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=x-unknown:caf=C3=A9")
        + card("FN:Also good", "this line is junk")
    )
    result = parse_vcard(data, "people.vcf")
    assert [c.name for c in result.contacts] == ["Good", "Odd charset", "Also good"]
    assert result.contacts[0].email == ""
    assert result.contacts[1].notes == "café"
    messages = [str(problem) for problem in result.problems]
    assert any(m.startswith("card 1 EMAIL: not an e-mail address") for m in messages)
    assert not any("not-an-address" in m for m in messages)  # the file's text is never quoted
    assert any(m.startswith("card 2:") and "skipped" in m for m in messages)
    assert any(m.startswith("card 3 NOTE:") for m in messages)
    assert any(m.startswith("card 4:") and "line" in m for m in messages)


def test_contact_becomes_a_client_with_the_rest_in_the_profile() -> None:
    (sabine, _) = read("thunderbird.vcf").contacts
    client = sabine.client()
    assert client.name == "Sabine Krüger"
    assert client.address_form is AddressForm.SIE
    assert "Kastanienallee 17" in client.profile["background"]
    assert client.profile["role"] == "Partnerin"
    assert client.profile["reachability"] == "sabine.k@posteo.example, +49 172 5550101"
    assert client.tags == ["Architektur", "Berlin"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("broken_truncated.vcf", ["broken_truncated.vcf", "card 2", "END:VCARD", "cut off"]),
        ("broken_binary.vcf", ["broken_binary.vcf", "binary"]),
        ("broken_empty.vcf", ["broken_empty.vcf", "empty"]),
    ],
)
def test_broken_files_raise_one_clear_error(name: str, words: list[str]) -> None:
    with pytest.raises(ContactFileError) as caught:
        read(name)
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"Hello, this is a letter.\nNot a card.\n", ["line 1", "not a vCard"]),
        (card("FN:A")[:-12] + card("FN:B"), ["card 1", "new card begins"]),
        (b"END:VCARD\r\n", ["line 1"]),
        (card("FN:A") + b"stray text\r\n", ["line 5", "outside a card"]),
        (b"   \r\n\r\n", ["empty"]),
    ],
)
def test_more_broken_files(data: bytes, words: list[str]) -> None:
    with pytest.raises(ContactFileError) as caught:
        parse_vcard(data, "x.vcf")
    for word in words:
        assert word in str(caught.value)


def test_cards_merged_from_utf8_and_windows_files_keep_both_right() -> None:
    data = (
        card("FN:Jürgen Schröder").replace(b"\r\n", b"\n")
        + "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Günther Weiß\r\nEND:VCARD\r\n".encode("cp1252")
        + card("FN;CHARSET=ISO-8859-15:Café €", version="2.1").decode().encode("iso-8859-15")
    )
    names = [contact.name for contact in parse_vcard(data).contacts]
    assert names == ["Jürgen Schröder", "Günther Weiß", "Café €"]


def test_a_quoted_printable_soft_break_keeps_a_space_at_the_start_of_the_next_line() -> None:
    data = card(
        "FN:Q", "NOTE;ENCODING=QUOTED-PRINTABLE:Rechnung an die=", " Buchhaltung", version="2.1"
    )
    assert parse_vcard(data).contacts[0].notes == "Rechnung an die Buchhaltung"


def _reference_unfold(text: str) -> list[tuple[int, str]]:
    """The straightforward unfolding (quadratic on long folded values): the oracle."""
    import re

    from clientjournal.core.contacts import vcard

    lines: list[list] = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        if lines:
            last = lines[-1][1]
            head = last.split(":", 1)[0]
            if last.endswith("=") and "QUOTED-PRINTABLE" in head.upper():
                lines[-1][1] = last[:-1] + raw
                continue
            if raw[:1] in (" ", "\t"):
                lines[-1][1] = last + raw[1:]
                continue
            if raw and vcard._BASE64_LINE.fullmatch(raw) and ":" in last and vcard._is_base64(head):
                lines[-1][1] = last + raw
                continue
        lines.append([number, raw])
    return [(number, line) for number, line in lines]


def test_unfolding_in_pieces_gives_the_same_lines():
    """Unfolding keeps a line's pieces and joins them once (linear: a 4 MB folded photo took
    5.6 s, now 0.06 s); it must read every file exactly as the plain way does."""
    import random

    from clientjournal.core.contacts.vcard import _logical_lines

    rng = random.Random(18)
    parts = [
        "FN:Anna", "NOTE;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=", "=C3=9Fe", " weiter", "\tTab",
        "PHOTO;ENCODING=BASE64:QUJD", "QUJDREVG", "QUJD==", "", "X-NOCOLON", " folded", "A:=",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:a=", "b=", " c", "EMAIL:x@y.z",
    ]  # fmt: skip
    for _ in range(400):
        text = "\r\n".join(rng.choice(parts) for _ in range(rng.randrange(1, 30)))
        assert list(_logical_lines(text)) == _reference_unfold(text), text


@pytest.mark.parametrize(
    "charset", ["punycode", "rot13", "zlib", "base64", "idna", "utf-7", "hex", "no-such-set"]
)
def test_a_charset_that_is_no_character_set_is_read_as_utf_8_with_a_note(charset: str) -> None:
    """Attack 18 finding 6: the value was taken silently, without the promised note."""
    result = parse_vcard(card(f"FN;CHARSET={charset}:SECRETLEAK Ann", version="2.1"))
    assert [c.name for c in result.contacts] == ["SECRETLEAK Ann"]
    messages = [str(problem) for problem in result.problems]
    assert messages == ["card 1 FN: its CHARSET is no character set; read as UTF-8"]


def test_a_real_charset_on_a_plain_value_needs_no_note() -> None:
    for charset in ("utf-8", "UTF-8", "us-ascii", "ISO-8859-1", "windows-1252"):
        result = parse_vcard(card(f"FN;CHARSET={charset}:Ann", version="2.1"))
        assert result.problems == [] and result.contacts[0].name == "Ann"


@pytest.mark.parametrize(
    ("line", "version"),
    [
        ("FN;ENCODING=b;CHARSET=utf-8:QW5uIFPDtm1pdGg=", "3.0"),
        ("FN;ENCODING=BASE64;CHARSET=UTF-8:QW5uIFPDtm1pdGg=", "2.1"),
        ("FN;BASE64:QW5uIFPDtm1pdGg=", "2.1"),
        ("FN;ENCODING=b;CHARSET=ISO-8859-1:QW5uIFP2bWl0aA==", "3.0"),
    ],
)
def test_base64_text_values_are_decoded(line: str, version: str) -> None:
    """Attack 18 finding 6: ``QW5uIFPDtm1pdGg=`` became the client's name."""
    result = parse_vcard(card(line, "EMAIL:ann@example.org", version=version))
    assert result.problems == []
    assert result.contacts[0].name == "Ann Sömith"


def test_invalid_base64_is_left_out_with_a_note_not_taken_as_text() -> None:
    result = parse_vcard(card("FN;ENCODING=b:!!!SECRETLEAK", "EMAIL:ann@example.org"))
    assert [c.name for c in result.contacts] == ["ann@example.org"]  # the next best name
    messages = [str(problem) for problem in result.problems]
    assert messages == ["card 1 FN: not valid base64: left out"]
    assert not any("SECRETLEAK" in m for m in messages)


def test_a_non_utf_8_file_does_not_decode_a_line_with_a_codec_of_no_charset() -> None:
    """Read line by line (the file is Windows-1252), a ``CHARSET=punycode`` line was decoded
    as punycode; now as the file's other lines are, with the note."""
    data = card("FN;CHARSET=punycode:Ann-xyz", "NOTE:Caf\u00e9", version="2.1")
    result = parse_vcard(data.decode().encode("cp1252"))
    assert result.contacts[0].name == "Ann-xyz"
    assert result.contacts[0].notes == "Café"
    assert [str(p) for p in result.problems] == [
        "card 1 FN: its CHARSET is no character set; read as UTF-8"
    ]


def test_cr_cr_lf_line_breaks_keep_folded_lines_whole() -> None:
    """Cardme's iPhone export (via ez-vcard, tests/data/contacts/README.md) ends every line
    with CR CR LF: the folded photo's 580 lines were each "not a vCard property line"."""
    result = read("ezvcard_iphone.vcf")
    assert result.problems == []
    (john,) = result.contacts
    assert (john.name, john.email, john.phone) == (
        "Mr. John Richter James Doe Sr.",
        "john.doe@ibm.com",
        "905-555-1234",
    )
    folded = card("FN:Lotte", "  Brinkmann", "NOTE:erste Zeile\\, gefaltet", "  weiter")
    (lotte,) = parse_vcard(folded.replace(b"\r\n", b"\r\r\n")).contacts
    assert (lotte.name, lotte.notes) == ("Lotte Brinkmann", "erste Zeile, gefaltet weiter")


def test_a_comma_in_an_organization_name_is_kept() -> None:
    """Outlook 2003 (ez-vcard's sample) writes "ORG:Company, The;TheDepartment" unescaped;
    the comma became a second space ("Company  The")."""
    data = card(
        "FN:Heinz Großmann",
        "ORG:Großmann\\, Kuhlmann & Partner;Kanzlei",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Doe;John;Richter,James;Mr.;III",
        "ORG:Company, The;TheDepartment",
    )
    heinz, john = parse_vcard(data).contacts
    assert heinz.company == "Großmann, Kuhlmann & Partner"
    assert (john.name, john.company) == ("Mr. John Richter James Doe III", "Company, The")


def test_categories_become_tags_without_commas_and_without_androids_own_group() -> None:
    """A tag with a comma could not be edited (the tag field splits at commas): a Thunderbird
    add-on's escaped commas (ez-vcard's sample) separate tags too. Android writes Google's
    "My Contacts" group on every card (Cardme's sample): no tag, like Google's "myContacts"."""
    data = card(
        "FN;CHARSET=UTF-8:John Doe",
        "CATEGORIES;CHARSET=UTF-8:category1\\, category2\\, category3",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "FN:Jane Doe",
        "CATEGORIES:My Contacts",
        "CATEGORIES:Kunden;Bäcker,Starred",
    )
    john, jane = parse_vcard(data).contacts
    assert john.tags == ["category1", "category2", "category3"]
    assert jane.tags == ["Kunden", "Bäcker"]


def test_quoted_printable_without_a_charset_in_a_windows_code_page_needs_no_note() -> None:
    """Old phones and Outlook write 2.1 quoted-printable without a CHARSET in their Windows
    code page (py-vobject's test has "FN;ENCODING=QUOTED-PRINTABLE:=E9"): read so, and no
    "not valid text in its CHARSET" note for every such field of every card."""
    data = card(
        "N;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen",
        "FN;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller",
        "ORG;ENCODING=QUOTED-PRINTABLE:B=C3=A4ckerei",  # UTF-8 without a CHARSET
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe",  # said UTF-8, is not
        version="2.1",
    )
    result = parse_vcard(data)
    (juergen,) = result.contacts
    assert (juergen.name, juergen.company, juergen.notes) == ("Jürgen Müller", "Bäckerei", "Grüße")
    assert [(p.field, p.message) for p in result.problems] == [
        ("NOTE", "not valid text in its CHARSET; read as well as possible")
    ]


@pytest.mark.parametrize(
    ("line", "birthday"),
    [
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-24", "--05-24"),  # Apple, saved without a year
        ("BDAY;X-APPLE-OMIT-YEAR=1604;VALUE=date:1604-02-29", "--02-29"),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1968-04-02", "1968-04-02"),  # a year after all
        ("BDAY:--0203", "--02-03"),  # vCard 4 (RFC 6350's example)
        ("BDAY:--02-03", "--02-03"),
        ("BDAY;value=date:1968-04-02", "1968-04-02"),
        ("BDAY:19680402T000000Z", "1968-04-02"),
        ("BDAY:2. April", "2. April"),
    ],
)
def test_a_birthday_without_a_year_has_none(line: str, birthday: str) -> None:
    """Apple writes a birthday without a year as the year 1604, named in X-APPLE-OMIT-YEAR:
    it was imported as born in 1604."""
    (contact,) = parse_vcard(card("FN:Neal Page", line)).contacts
    assert contact.birthday == birthday


def test_a_colon_or_semicolon_in_a_quoted_parameter_value_is_no_separator() -> None:
    """Guard for the loops that split a line only where a quote may stand (passes before)."""
    data = card(
        "FN:Jürgen Schröder",
        'ADR;LABEL="Hafenstraße 12: Hinterhaus; 2. Stock";TYPE=work:;;Hafenstraße 12;Hamburg;;'
        "20457;",
        'EMAIL;TYPE="work,pref":j@schroeder.example',
        "NOTE:a\\;b\\,c",
    )
    (juergen,) = parse_vcard(data).contacts
    assert juergen.postal_address == "Hafenstraße 12, 20457 Hamburg"
    assert (juergen.email, juergen.notes) == ("j@schroeder.example", "a;b,c")


def test_reading_a_file_of_big_photos_holds_little_more_than_its_text() -> None:
    """A 50 MB export of cards with photos took 397 MB: the list of all its lines and then of
    all its unfolded lines were the file twice more. Now a line at a time (traced peak 4.4
    times the file's size before, 1.2 now; the text itself is one)."""
    import base64
    import tracemalloc

    photo = base64.b64encode(bytes(range(256)) * 1500).decode()
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    data = card("FN:Anna Berg", f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}") * 8
    tracemalloc.start()
    try:
        result = parse_vcard(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(result.contacts) == 8
    assert peak < 2 * len(data)


def test_a_contact_group_is_no_client() -> None:
    """An address book from iCloud or another CardDAV server holds its groups as cards
    (Apple: X-ADDRESSBOOKSERVER-KIND:group with a member line per contact; vCard 4: KIND:group
    and MEMBER): each became a client named like the group. A company (KIND:org) is one."""
    data = card(
        "FN:Familie",
        "N:Familie;;;;",
        "X-ADDRESSBOOKSERVER-KIND:group",
        "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:4d0a4a4c-6b7e-4a8e-9d62-0c1f3e1a2b3c",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:group",
        "FN:Lieferanten",
        "MEMBER:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        "FN:Stadtbibliothek Nordheim",
        "EMAIL:info@stadtbibliothek-nordheim.example",
    )
    result = parse_vcard(data)
    assert [c.name for c in result.contacts] == ["Stadtbibliothek Nordheim"]
    assert [str(p) for p in result.problems] == [
        f"card {n}: a contact group (its members are cards of their own): skipped" for n in (1, 2)
    ]
