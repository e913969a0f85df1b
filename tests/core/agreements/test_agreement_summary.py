"""The confirmation letter: right language and register, grouped, only what needs confirming."""

from __future__ import annotations

from datetime import date

import pytest

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementData,
    AgreementStatus,
    ProjectData,
)
from clientjournal.core.agreements.summary import escape, format_date, summary_markdown
from clientjournal.core.domain import AddressForm
from clientjournal.core.records import ClientData

TODAY = date(2026, 11, 20)
PROJECTS = {
    7: ProjectData(client_id=1, name="Website-Relaunch", id=7),
    3: ProjectData(client_id=1, name="Logo", id=3),
}


def agreement(title: str, status: AgreementStatus = AgreementStatus.AGREED, **fields):
    return AgreementData(client_id=1, title=title, status=status, **fields)


def client(form: AddressForm, name: str = "Anna Müller", company: str = "") -> ClientData:
    return ClientData(name=name, company=company, address_form=form)


AGREEMENTS = [
    agreement(
        "Preis",
        category=AgreementCategory.PRICE,
        details="4.800 € Festpreis\nHälfte bei Auftrag",
        project_id=7,
        due_on=date(2026, 11, 23),
    ),
    agreement("Korrekturschleifen", AgreementStatus.OPEN, details="Wie viele?", project_id=7),
    agreement("Kommunikation", details="Mails, freitags"),
    agreement("Reinzeichnung", project_id=3),
    agreement("Erledigt", AgreementStatus.DONE, project_id=7),
    agreement("Gebrochen", AgreementStatus.BROKEN, project_id=3),
]


@pytest.mark.parametrize(
    ("form", "greeting", "question", "sign_off"),
    [
        (AddressForm.DU, "Hallo Anna,", "Passt das so für dich?", "Viele Grüße"),
        (
            AddressForm.SIE,
            "Guten Tag Anna Müller,",
            "Bitte bestätigen Sie",
            "Mit freundlichen Grüßen",
        ),
        (AddressForm.FIRST_NAME, "Hi Anna,", "Does this look right to you?", "Best,"),
        (AddressForm.FORMAL, "Dear Anna Müller,", "grateful if you could", "Kind regards,"),
    ],
)
def test_each_address_form_has_its_own_greeting_and_request(form, greeting, question, sign_off):
    text = summary_markdown(client(form), AGREEMENTS, PROJECTS, TODAY, sender="Max Muster")
    assert greeting in text.splitlines()
    assert question in text
    assert text.rstrip().endswith(f"{sign_off}  \nMax Muster")


def test_german_and_english_wording_never_mix():
    du = summary_markdown(client(AddressForm.DU), AGREEMENTS, PROJECTS, TODAY)
    sie = summary_markdown(client(AddressForm.SIE), AGREEMENTS, PROJECTS, TODAY)
    english = summary_markdown(client(AddressForm.FIRST_NAME), AGREEMENTS, PROJECTS, TODAY)
    assert " dich" in du and " Sie " not in du
    assert " Sie " in sie and " dich" not in sie and " dir" not in sie
    assert "## Noch offen" not in english and "### Still to be settled" in english
    assert "Allgemein" in du and "General" in english


def test_company_only_clients_are_greeted_without_a_name():
    company = client(AddressForm.SIE, name="Atelier Blau GmbH", company="Atelier Blau GmbH")
    text = summary_markdown(company, AGREEMENTS, PROJECTS, TODAY)
    assert "Sehr geehrte Damen und Herren," in text.splitlines()
    formal = summary_markdown(client(AddressForm.FORMAL, name=""), AGREEMENTS, PROJECTS, TODAY)
    assert "Dear Sir or Madam," in formal.splitlines()


def test_items_are_grouped_by_project_then_general():
    text = summary_markdown(client(AddressForm.DU), AGREEMENTS, PROJECTS, TODAY)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# Unsere Vereinbarungen",
        "## Website-Relaunch",
        "### Noch offen",
        "## Logo",
        "## Allgemein",
    ]
    relaunch = text.split("## Website-Relaunch")[1].split("## Logo")[0]
    assert "**Preis** (bis 23.11.2026): 4.800 € Festpreis\n\n  Hälfte bei Auftrag\n" in relaunch
    assert relaunch.index("Preis") < relaunch.index("### Noch offen")
    assert relaunch.index("### Noch offen") < relaunch.index("Korrekturschleifen")
    assert "- **Kommunikation**: Mails, freitags" in text.split("## Allgemein")[1]


def test_broken_items_are_left_out_and_done_ones_count_as_agreed():
    """A price agreed and then settled (done) was missing from the summary (issue 19)."""
    text = summary_markdown(client(AddressForm.DU), AGREEMENTS, PROJECTS, TODAY)
    assert "Gebrochen" not in text
    relaunch = text.split("### Noch offen")[0]
    assert "- **Erledigt**" in relaunch  # with the agreed ones, not among the open points
    assert "offenen Punkten" in text  # the request mentions the open points


def test_without_projects_there_are_no_group_headings():
    items = [agreement("Preis"), agreement("Umfang", AgreementStatus.OPEN)]
    text = summary_markdown(client(AddressForm.SIE), items, {}, TODAY)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == ["# Unsere Vereinbarungen", "## Noch offen"]


def test_an_unknown_project_counts_as_general():
    items = [agreement("Preis", project_id=99), agreement("Logo", project_id=3)]
    text = summary_markdown(client(AddressForm.FIRST_NAME), items, PROJECTS, TODAY)
    assert text.index("## Logo") < text.index("## General") < text.index("Preis")


def test_dates_follow_the_language_and_past_dates_are_not_overdue():
    items = [agreement("Deadline", due_on=date(2026, 1, 5))]  # long past on TODAY
    german = summary_markdown(client(AddressForm.DU), items, {}, TODAY)
    english = summary_markdown(client(AddressForm.FORMAL), items, {}, TODAY)
    assert "(bis 05.01.2026)" in german and "Stand: 20.11.2026" in german
    assert "(by 5 Jan 2026)" in english and "As of 20 Nov 2026" in english
    for text in (german, english):
        assert "überfällig" not in text.lower() and "overdue" not in text.lower()
    assert format_date(date(2026, 11, 23), german=False) == "23 Nov 2026"


def test_umlauts_and_sharp_s_stay_as_they_are():
    items = [agreement("Größe & Maße", details="Übergabe in Köln, ß bleibt ß")]
    person = client(AddressForm.DU, name="Jürgen Weiß")
    text = summary_markdown(person, items, {}, TODAY, sender="Björn Öztürk")
    assert "Hallo Jürgen," in text
    assert "**Größe & Maße**: Übergabe in Köln, ß bleibt ß" in text
    assert text.rstrip().endswith("Björn Öztürk")


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (AddressForm.DU, "bisher haben wir noch keine Vereinbarungen festgehalten."),
        (AddressForm.FIRST_NAME, "We haven't written down any agreements yet."),
    ],
)
def test_nothing_to_confirm_says_so(form, message):
    only_broken = [agreement("Alt", AgreementStatus.BROKEN)]  # done ones are listed now
    for items in ([], only_broken):
        text = summary_markdown(client(form), items, PROJECTS, TODAY)
        assert message in text.splitlines()
        assert "##" not in text and "- **" not in text
        assert "?" not in text  # no request to confirm nothing


def test_user_text_cannot_break_the_layout():
    items = [
        agreement("*wichtig* [Link](x)", details="# keine Überschrift\n- kein Punkt\n1. keiner"),
        agreement("file_name und 50 %"),
    ]
    text = summary_markdown(client(AddressForm.DU), items, {}, TODAY)
    assert r"**\*wichtig\* \[Link\](x)**" in text
    assert "\\# keine Überschrift\n\n  \\- kein Punkt" in text
    assert r"1\. keiner" in text
    assert "file_name und 50 %" in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("file_name", "file_name"),
        ("_kursiv_", r"\_kursiv\_"),
        ("<b>fett</b>", r"\<b>fett\</b>"),
        ("`code`", r"\`code\`"),
        ("> Zitat", r"\> Zitat"),
        ("#1 Priorität", "#1 Priorität"),
        ("---", r"\---"),
        ("2026. war gut", r"2026\. war gut"),
        ("C:\\Daten", r"C:\\Daten"),
    ],
)
def test_escape_is_minimal(raw, escaped):
    assert escape(raw) == escaped


@pytest.mark.parametrize(
    ("form", "salutation", "greeting"),
    [
        (AddressForm.SIE, "mr", "Guten Tag Herr Müller,"),
        (AddressForm.SIE, "ms", "Guten Tag Frau Müller,"),
        (AddressForm.SIE, "", "Guten Tag Jürgen Müller,"),
        (AddressForm.FORMAL, "ms", "Dear Ms Müller,"),
        (AddressForm.FORMAL, "mr", "Dear Mr Müller,"),
        (AddressForm.DU, "mr", "Hallo Jürgen,"),  # du greets by the first name anyway
    ],
)
def test_a_formal_greeting_uses_the_clients_salutation(form, salutation, greeting):
    """The Sie form greeted "Guten Tag Jürgen Müller" (issue 19)."""
    person = ClientData(name="Jürgen Müller", address_form=form, profile={"salutation": salutation})
    assert greeting in summary_markdown(person, [], PROJECTS, TODAY).splitlines()


def test_a_templates_question_is_a_hint_never_what_was_agreed():
    """Issue 19: "Was genau ist enthalten – und was ausdrücklich nicht?" reached the letter to
    the client.  A question left as it came from a template (built-in or the user's own) is
    left out; an answer, or a question the user wrote under another title, stays."""
    from clientjournal.core.agreements.templates import (
        BUILTIN_TEMPLATES,
        AgreementTemplate,
        TemplateHints,
        TemplateItem,
    )

    own = AgreementTemplate("Fotos", "de", [TemplateItem("Bildauswahl", details="Wie viele?")])
    hints = TemplateHints([*BUILTIN_TEMPLATES, own])
    items = [
        agreement(
            "Leistungsumfang", details="Was genau ist enthalten – und was ausdrücklich nicht?"
        ),
        agreement("Preis", AgreementStatus.DONE, details="1.850 € pauschal"),
        agreement("Bildauswahl", AgreementStatus.OPEN, details="Wie viele?"),
        agreement("Korrekturschleifen", AgreementStatus.OPEN, details="Wie viele?"),
    ]
    text = summary_markdown(client(AddressForm.SIE), items, {}, TODAY, hints=hints)
    assert "ausdrücklich nicht" not in text
    assert "- **Leistungsumfang**\n" in text and "- **Preis**: 1.850 € pauschal" in text
    assert "- **Bildauswahl**\n" in text  # the user's own template's question
    assert "- **Korrekturschleifen**: Wie viele?" in text  # not that title's question
    # the built-in questions are known without being told
    english = agreement("Scope", details="What exactly is included – and what explicitly is not?")
    assert "explicitly" not in summary_markdown(client(AddressForm.FORMAL), [english], {}, TODAY)
    assert hints.hint("leistungsumfang ") == "Was genau ist enthalten – und was ausdrücklich nicht?"
