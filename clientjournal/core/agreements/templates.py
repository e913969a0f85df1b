"""Starter checklists for a new project, so the important points are asked before work starts.

Built-in templates live here in German and English (they are content, not UI strings, so they
are not run through Qt's translation); users keep their own templates in the journal.

An item's ``details`` is a hint, a question to ask before work starts ("Was genau ist
enthalten – und was ausdrücklich nicht?"), never an answer: an item added from a template starts
with empty details and the editor shows the question as its placeholder.  Journals from before
that have the question stored as the details; ``TemplateHints`` recognises it, so the summary
for the client and the calendar never show a question as what was agreed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from clientjournal.core.agreements.checklist import AgreementCategory as C


@dataclass(slots=True)
class TemplateItem:
    title: str
    category: C = C.OTHER
    details: str = ""


@dataclass(slots=True)
class AgreementTemplate:
    name: str
    language: str  # "de" or "en"
    items: list[TemplateItem] = field(default_factory=list)
    builtin: bool = False
    id: int | None = None
    uuid: str = ""


def _items(rows: list[tuple[C, str, str]]) -> list[TemplateItem]:
    return [
        TemplateItem(title=title, category=category, details=details)
        for category, title, details in rows
    ]


_PROJECT_DE = [
    (C.SCOPE, "Leistungsumfang", "Was genau ist enthalten – und was ausdrücklich nicht?"),
    (C.PRICE, "Preis", "Festpreis oder nach Aufwand? Stundensatz, Tagessatz, Nebenkosten?"),
    (C.DEADLINE, "Abgabetermin", "Bis wann, und welche Zwischenstände?"),
    (
        C.REVISIONS,
        "Korrekturschleifen",
        "Wie viele Korrekturschleifen sind inklusive? Was kostet jede weitere?",
    ),
    (C.PAYMENT_TERMS, "Zahlungsziel", "Zahlungsziel in Tagen, Anzahlung, Abschlagsrechnungen?"),
    (
        C.COMMUNICATION,
        "Kommunikation",
        "Bevorzugter Kanal, wie oft berichte ich, wer ist Ansprechpartner?",
    ),
    (C.SCOPE, "Freigabe", "Wer gibt frei, und wie (schriftlich, per Mail)?"),
    (
        C.USAGE_RIGHTS,
        "Nutzungsrechte",
        "Welche Rechte, für welche Medien, wie lange, ab wann (nach Zahlung)?",
    ),
]
_PROJECT_EN = [
    (C.SCOPE, "Scope", "What exactly is included – and what explicitly is not?"),
    (C.PRICE, "Price", "Fixed price or time and materials? Hourly or day rate, expenses?"),
    (C.DEADLINE, "Deadline", "By when, and which milestones in between?"),
    (
        C.REVISIONS,
        "Revision rounds",
        "How many revision rounds are included? What does each extra one cost?",
    ),
    (C.PAYMENT_TERMS, "Payment terms", "Payment term in days, deposit, staged invoices?"),
    (
        C.COMMUNICATION,
        "Communication",
        "Preferred channel, how often do I report, who is the contact?",
    ),
    (C.SCOPE, "Approval", "Who approves, and how (in writing, by e-mail)?"),
    (
        C.USAGE_RIGHTS,
        "Usage rights",
        "Which rights, for which media, how long, from when (after payment)?",
    ),
]
_TEXT_DE = [
    (C.SCOPE, "Umfang und Format", "Wörter/Zeichen, Dateiformat, Zielgruppe, Tonalität (du/Sie)?"),
    (C.PRICE, "Honorar", "Pro Wort, Zeile oder pauschal? Eilzuschlag?"),
    (C.DEADLINE, "Liefertermin", "Bis wann, in welcher Zeitzone?"),
    (
        C.REVISIONS,
        "Korrekturen",
        "Eine Korrekturrunde inklusive? Was gilt als Korrektur, was als Neufassung?",
    ),
    (C.PAYMENT_TERMS, "Zahlungsziel", "14 Tage nach Rechnung?"),
    (C.USAGE_RIGHTS, "Nennung und Rechte", "Namensnennung, Nutzung, Weitergabe an Dritte?"),
]
_TEXT_EN = [
    (C.SCOPE, "Length and format", "Words/characters, file format, audience, tone of voice?"),
    (C.PRICE, "Fee", "Per word, per line or flat? Rush surcharge?"),
    (C.DEADLINE, "Delivery date", "By when, in which time zone?"),
    (
        C.REVISIONS,
        "Revisions",
        "One round of revisions included? What counts as a revision, what as a rewrite?",
    ),
    (C.PAYMENT_TERMS, "Payment terms", "14 days after the invoice?"),
    (C.USAGE_RIGHTS, "Credit and rights", "Byline, usage, passing on to third parties?"),
]

BUILTIN_TEMPLATES: tuple[AgreementTemplate, ...] = (
    AgreementTemplate("Projekt (Design, Entwicklung)", "de", _items(_PROJECT_DE), builtin=True),
    AgreementTemplate("Project (design, development)", "en", _items(_PROJECT_EN), builtin=True),
    AgreementTemplate("Text oder Übersetzung", "de", _items(_TEXT_DE), builtin=True),
    AgreementTemplate("Writing or translation", "en", _items(_TEXT_EN), builtin=True),
)


def builtin_templates(language: str | None = None) -> list[AgreementTemplate]:
    """The built-in starter lists, those in ``language`` first (the user's UI language)."""
    templates = list(BUILTIN_TEMPLATES)
    if language:
        templates.sort(key=lambda template: template.language != language)
    return templates


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


class TemplateHints:
    """The hint questions of templates, by item title: what the editor shows as a placeholder,
    and what is no content when found as an agreement's details."""

    def __init__(self, templates: Iterable[AgreementTemplate] = BUILTIN_TEMPLATES) -> None:
        self._hints: dict[str, list[str]] = {}
        for template in templates:
            for item in template.items:
                hint = item.details.strip()
                if hint and hint not in self._hints.setdefault(_key(item.title), []):
                    self._hints[_key(item.title)].append(hint)

    def hint(self, title: str) -> str:
        """The question for an item of this title ("" when no template has one)."""
        found = self._hints.get(_key(title))
        return found[0] if found else ""

    def is_hint(self, title: str, details: str) -> bool:
        """Whether ``details`` is only the template's question for ``title``, unanswered."""
        return bool(details.strip()) and details.strip() in self._hints.get(_key(title), ())

    def content(self, title: str, details: str) -> str:
        """The details as content: empty when they are only the template's question."""
        return "" if self.is_hint(title, details) else details


BUILTIN_HINTS = TemplateHints()
