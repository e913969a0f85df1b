"""A one-page summary of the agreements, to send to the client for confirmation.

The background articles say clear agreements made up front mark the boundaries; writing them
down and asking the client to confirm turns "I thought we said…" into a text both sides have
read.  The letter is written the way this client is addressed (du, Sie, first name, formal),
so it is German for du/Sie and English otherwise.  It is Markdown: readable as plain text in
an e-mail, and rendered (or printed to PDF) by the app.

Pure Python on purpose: the wording is content that depends on the *client's* language, not
on the UI language, so it does not go through Qt's translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from clientjournal.core.agreements.checklist import AgreementData, AgreementStatus, ProjectData
from clientjournal.core.agreements.templates import BUILTIN_HINTS, TemplateHints
from clientjournal.core.domain import SALUTATION_KEY, AddressForm, Salutation
from clientjournal.core.records import ClientData

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Markdown hard line break that stays invisible when the text is pasted into an e-mail.
_BREAK = "  \n"


@dataclass(frozen=True, slots=True)
class _Wording:
    """Everything language- and register-dependent in the letter."""

    title: str
    as_of: str
    greeting: str  # "%s" is the name
    titles: dict[Salutation, str]  # "Frau", "Mr": before the surname in a formal greeting
    greeting_company: str  # when there is no person to greet
    intro: str
    general: str
    still_open: str
    closing: str
    closing_open: str  # added to the closing when some points are still open
    empty: str
    sign_off: str
    due: str  # "%s" is the date


_DU = _Wording(
    title="Unsere Vereinbarungen",
    as_of="Stand: %s",
    greeting="Hallo %s,",
    titles={},
    greeting_company="Hallo zusammen,",
    intro="hier noch einmal zusammengefasst, was wir vereinbart haben:",
    general="Allgemein",
    still_open="Noch offen",
    closing=(
        "Passt das so für dich? Gib mir bitte kurz Bescheid, ob alles stimmt "
        "oder ob ich etwas ändern soll."
    ),
    closing_open="Zu den offenen Punkten bräuchte ich noch deine Antwort.",
    empty="bisher haben wir noch keine Vereinbarungen festgehalten.",
    sign_off="Viele Grüße",
    due="bis %s",
)
_SIE = _Wording(
    title="Unsere Vereinbarungen",
    as_of="Stand: %s",
    greeting="Guten Tag %s,",
    titles={Salutation.MS: "Frau", Salutation.MR: "Herr"},
    greeting_company="Sehr geehrte Damen und Herren,",
    intro="hier noch einmal zusammengefasst, was wir vereinbart haben:",
    general="Allgemein",
    still_open="Noch offen",
    closing=(
        "Bitte bestätigen Sie mir kurz, dass alles so stimmt, "
        "oder sagen Sie mir, was ich ändern soll."
    ),
    closing_open="Zu den offenen Punkten bräuchte ich noch Ihre Rückmeldung.",
    empty="bisher haben wir noch keine Vereinbarungen festgehalten.",
    sign_off="Mit freundlichen Grüßen",
    due="bis %s",
)
_FIRST_NAME = _Wording(
    title="What we agreed",
    as_of="As of %s",
    greeting="Hi %s,",
    titles={},
    greeting_company="Hi all,",
    intro="Here's a quick summary of what we agreed:",
    general="General",
    still_open="Still to be settled",
    closing="Does this look right to you? Just drop me a quick line to confirm, or tell me what to change.",
    closing_open="For the open points I'd need your answer too.",
    empty="We haven't written down any agreements yet.",
    sign_off="Best,",
    due="by %s",
)
_FORMAL = _Wording(
    title="Summary of our agreements",
    as_of="As of %s",
    greeting="Dear %s,",
    titles={Salutation.MS: "Ms", Salutation.MR: "Mr"},
    greeting_company="Dear Sir or Madam,",
    intro="Please find below a summary of what we have agreed.",
    general="General",
    still_open="Still to be settled",
    closing=(
        "I would be grateful if you could briefly confirm that this is correct, "
        "or let me know what should be changed."
    ),
    closing_open="I would also appreciate your reply on the points still to be settled.",
    empty="We have not recorded any agreements yet.",
    sign_off="Kind regards,",
    due="by %s",
)
_WORDING = {
    AddressForm.DU: _DU,
    AddressForm.SIE: _SIE,
    AddressForm.FIRST_NAME: _FIRST_NAME,
    AddressForm.FORMAL: _FORMAL,
}
GERMAN_FORMS = frozenset({AddressForm.DU, AddressForm.SIE})
SETTLED = (AgreementStatus.AGREED, AgreementStatus.DONE)  # listed as agreed
SHOWN = (*SETTLED, AgreementStatus.OPEN)

_INLINE = re.compile(r"([\\`*\[\]<~])")
# "_" only where it could open or close emphasis: not inside a word such as file_name.
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|=+\s*$|-{3,})")
_ORDERED = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")


def escape(text: str) -> str:
    """Escape what Markdown would turn into formatting, and nothing else.

    The text is also read as plain text (pasted into an e-mail), so "file_name" or "50 %"
    stay as they are; only emphasis, code, links, HTML, tables and line-start markers (a
    heading "#", a quote ">", a list "- " or "1.") are neutralised.
    """
    lines = []
    for line in text.split("\n"):
        line = _INLINE.sub(r"\\\1", line.strip())
        line = _UNDERSCORE.sub(r"\\_", line)
        line = _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", line, count=1)
        lines.append(_ORDERED.sub(r"\1\\\2", line, count=1))
    return "\n".join(lines)


def format_date(value: date, german: bool) -> str:
    """23.11.2026 in German, 23 Nov 2026 in English: unambiguous for the reader either way."""
    if german:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def _greeting(client: ClientData, wording: _Wording) -> str:
    name = " ".join(client.name.split())
    if not name or name.casefold() == " ".join(client.company.split()).casefold():
        return wording.greeting_company
    if client.address_form in (AddressForm.DU, AddressForm.FIRST_NAME):
        name = name.split()[0]
    else:
        salutation = str(client.profile.get(SALUTATION_KEY, ""))
        title = (
            wording.titles.get(Salutation(salutation)) if salutation in set(Salutation) else None
        )
        if title:
            name = f"{title} {name.split()[-1]}"  # "Guten Tag Herr Müller", not the full name
    return wording.greeting % escape(name)


def _item(agreement: AgreementData, wording: _Wording, german: bool, hints: TemplateHints) -> str:
    line = f"- **{escape(agreement.title) or '…'}**"
    if agreement.due_on is not None:
        # Only the date: a confirmation letter never tells the client something is overdue.
        line += " (" + wording.due % format_date(agreement.due_on, german) + ")"
    # A template's question left unanswered is a hint for the user, not what was agreed.
    text = hints.content(agreement.title, agreement.details)
    details = [d for d in escape(text).split("\n") if d]
    if details:
        # Further lines as paragraphs of the same item: a hard line break inside a list item
        # would show as a bullet of its own in Qt's Markdown import (preview and PDF).
        line += ": " + "\n\n".join([details[0], *("  " + d for d in details[1:])])
    return line


def _section(
    items: list[AgreementData],
    wording: _Wording,
    german: bool,
    heading: str,
    level: int,
    hints: TemplateHints,
) -> list[str]:
    agreed = [a for a in items if a.status in SETTLED]
    still_open = [a for a in items if a.status == AgreementStatus.OPEN]
    blocks = []
    if heading:
        blocks.append(f"{'#' * level} {heading}")
    if agreed:
        blocks.append("\n".join(_item(a, wording, german, hints) for a in agreed))
    if still_open:
        blocks.append(f"{'#' * (level + 1 if heading else level)} {wording.still_open}")
        blocks.append("\n".join(_item(a, wording, german, hints) for a in still_open))
    return blocks


def _groups(
    agreements: list[AgreementData], projects: dict[int, ProjectData], wording: _Wording
) -> list[tuple[str, list[AgreementData]]]:
    """(heading, items) per project in the order of ``projects``, then the general ones."""
    by_project: dict[int | None, list[AgreementData]] = {}
    for agreement in agreements:
        key = agreement.project_id if agreement.project_id in projects else None
        by_project.setdefault(key, []).append(agreement)
    groups = [
        (escape(project.name), by_project[project_id])
        for project_id, project in projects.items()
        if project_id in by_project
    ]
    if None in by_project:
        groups.append((wording.general, by_project[None]))
    if len(groups) == 1 and None in by_project:
        return [("", by_project[None])]  # no projects at all: no "General" heading either
    return groups


def summary_markdown(
    client: ClientData,
    agreements: list[AgreementData],
    projects: dict[int, ProjectData],
    today: date,
    sender: str = "",
    hints: TemplateHints = BUILTIN_HINTS,
) -> str:
    """The letter: greeting, agreed points and those still open per project, a request to confirm.

    Agreed and done items are listed as agreed (a price that was agreed and is settled is still
    what was agreed), then the open ones; broken ones are a matter for a conversation, not for
    a summary to sign off.  Items keep the order
    they are given in (the checklist's order); projects follow the order of ``projects``, items
    without a (known) project come last under "General".  Due dates are shown as plain dates,
    never as "overdue": the client is asked to confirm, not reminded.  Details that are only
    a template's question (``hints``: the built-in ones and the user's) are left out.
    """
    wording = _WORDING[AddressForm(client.address_form)]
    german = AddressForm(client.address_form) in GERMAN_FORMS
    shown = [a for a in agreements if AgreementStatus(a.status) in SHOWN]
    blocks = [
        f"# {wording.title}",
        wording.as_of % format_date(today, german),
        _greeting(client, wording),
    ]
    if shown:
        blocks.append(wording.intro)
        groups = _groups(shown, projects, wording)
        for heading, items in groups:
            blocks += _section(items, wording, german, heading, 2, hints)
        closing = wording.closing
        if any(a.status == AgreementStatus.OPEN for a in shown):
            closing += " " + wording.closing_open
        blocks.append(closing)
    else:
        blocks.append(wording.empty)
    signature = [line.strip() for line in escape(sender).split("\n") if line.strip()]
    blocks.append(_BREAK.join([wording.sign_off, *signature]))
    return "\n\n".join(blocks) + "\n"
