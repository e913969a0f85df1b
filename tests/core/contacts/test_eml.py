"""Saved e-mails read for a note: encoded headers, plain text preferred, HTML turned to text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from clientjournal.core.contacts.contact import ContactFileError
from clientjournal.core.contacts.eml import html_to_text, parse_eml

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def read(name: str):
    return parse_eml((DATA / name).read_bytes(), name)


def test_thunderbird_plain_text_mail_with_encoded_headers() -> None:
    mail = read("thunderbird_plain.eml")
    assert mail.sender == "sabine.krueger@krueger-architekten.example"
    assert mail.sender_name == "Sabine Krüger"
    assert mail.recipients == ["post@brandt-grafik.example"]
    assert mail.subject == "Rückmeldung zum Entwurf für die Broschüre"
    assert mail.date == datetime(2024, 3, 12, 8, 41, 17, tzinfo=UTC)
    assert mail.body.startswith("Hallo Martina,\n\ndanke für den Entwurf.")
    assert mail.problems == []


def test_html_only_outlook_mail_in_latin1_becomes_text() -> None:
    mail = read("outlook_html.eml")
    assert mail.sender_name == "Weiß, Günther"
    assert mail.subject == "Unterlagen für den Jahresabschluss"
    assert mail.body == (
        "Guten Tag Frau Brandt,\n\nbitte senden Sie mir die Belege bis 15. April.\n"
        "Vielen Dank!\n\nMit freundlichen Grüßen\nGünther Weiß"
    )
    assert "alert" not in mail.body and "margin" not in mail.body


def test_multipart_prefers_the_plain_part_and_knows_all_recipients() -> None:
    mail = read("multipart.eml")
    assert mail.sender_name == "Ana García"
    assert mail.body == "Hola Martina,\n\ndas Angebot passt. Bitte starten!\n\nAna"
    assert mail.addresses() == [
        "ana@estudio-garcia.example",
        "post@brandt-grafik.example",
        "team@brandt-grafik.example",
        "buchhaltung@estudio-garcia.example",
    ]
    assert mail.date == datetime(2024, 5, 6, 16, 30, tzinfo=UTC)
    text = mail.note_text()
    assert text.startswith("From: Ana García <ana@estudio-garcia.example>\nTo: ")
    assert "Subject: Re: Angebot Katalog 2024\n\nHola Martina," in text


def test_a_missing_or_odd_date_and_an_unknown_charset_are_problems_not_errors() -> None:
    data = (
        b"From: a@b.example\r\nSubject: Hi\r\nDate: sometime soon\r\n"
        b"Content-Type: text/plain; charset=x-klingon\r\n\r\nqapla\xff\r\n"
    )
    mail = parse_eml(data)
    assert mail.date is None
    assert mail.body.startswith("qapla")
    fields = [problem.field for problem in mail.problems]
    assert "Date" in fields and "body" in fields


@pytest.mark.parametrize("name", ["broken_not_a_mail.eml"])
def test_a_file_that_is_no_mail_raises(name: str) -> None:
    with pytest.raises(ContactFileError, match=f"{name}: not an e-mail"):
        read(name)


def test_an_empty_file_raises() -> None:
    with pytest.raises(ContactFileError, match="empty"):
        parse_eml(b"\r\n", "x.eml")


def test_html_to_text_keeps_paragraphs_and_decodes_entities() -> None:
    markup = "<p>Caf&eacute; &amp; Bar</p><p>Zeile<br>zwei</p><style>x{}</style><ul><li>a</li></ul>"
    assert html_to_text(markup) == "Café & Bar\n\nZeile\nzwei\n\na"


def test_a_date_beyond_what_a_clock_holds_is_a_problem() -> None:
    mail = parse_eml(b"From: a@b.example\r\nDate: Fri, 31 Dec 9999 23:59:00 -0500\r\n\r\nx")
    assert mail.date is None
    assert [p.field for p in mail.problems] == ["Date"]
