"""The words of the readable exports (Markdown, calendar) in German and English.

The exports are written by the command line too, which has no Qt, so their words live here
rather than in Qt's catalogue; they are the window's own words (the same German as in
``clientjournal/resources/translations``, a test compares them), so a status reads "Aktiv" in the export as in
the window, an amount "1.850,00 €", a date "01.07.2026".  German addresses the user as "Sie".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from clientjournal.core.payments import format_money


@dataclass(frozen=True, slots=True)
class ExportWords:
    language: str
    headings: dict[str, str]
    statuses: dict[str, str]  # the client's
    address_forms: dict[str, str]
    salutations: dict[str, str]
    agreement_statuses: dict[str, str]
    note_kinds: dict[str, str]
    moods: dict[int, str]
    profile_fields: dict[str, str]
    answers: dict[str, str] = field(default_factory=dict)  # "yes"/"no" of "work with again?"

    def word(self, table: dict, value: object) -> str:
        """The word for ``value``; a value this version does not know is shown as it is."""
        return str(table.get(value, value))

    def amount(self, cents: int, currency: str) -> str:
        return format_money(cents, currency, self.language == "de")

    def day(self, value: date | str | None) -> str:
        """01.07.2026 in German, 2026-07-01 in English (unambiguous); "" for no date."""
        if not value:
            return ""
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return f"{day:%d.%m.%Y}" if self.language == "de" else day.isoformat()

    def mood(self, value: int) -> str:
        """ "Stimmung: Gut (+1)": the word, and the number the chart shows."""
        number = f"{value:+d}" if value else "0"
        return f"{self.headings['mood']}: {self.word(self.moods, value)} ({number})"


ENGLISH = ExportWords(
    language="en",
    headings={
        "company": "Company", "email": "E-mail", "phone": "Phone", "status": "Status",
        "address": "Address as", "tags": "Tags", "rhythm": "Get in touch every (days)",
        "profile": "Profile", "notes": "Notes", "agreements": "Agreements",
        "payments": "Invoices", "due": "due", "paid": "paid", "open": "open",
        "mood": "Mood", "since": "Since", "ended": "Ended",
    },
    statuses={"prospect": "Prospect", "active": "Active", "paused": "Paused", "ended": "Ended"},
    address_forms={
        "du": "German, du", "sie": "German, Sie", "first_name": "English, first name",
        "formal": "English, formal",
    },
    salutations={"ms": "Ms", "mr": "Mr"},
    agreement_statuses={"open": "open", "agreed": "agreed", "done": "done", "broken": "broken"},
    note_kinds={
        "note": "Note", "call": "Call", "meeting": "Meeting", "email": "E-mail", "lunch": "Lunch",
    },
    moods={-2: "Very bad", -1: "Tense", 0: "Neutral", 1: "Good", 2: "Very good"},
    profile_fields={
        "wants": "They want", "direction": "Direction", "never": "Never", "budget": "Budget",
        "punctuality": "Punctuality", "reachability": "Reachability", "attention": "Attention",
        "discounts": "Discounts", "extras": "Extras", "industry": "Industry", "role": "Role",
        "background": "Background", "problems": "Current problems", "interests": "Interests",
        "birthday": "Birthday", "small_talk": "Small talk", "my_needs": "My needs",
        "red_flags": "Red flags", "work_again": "Work with again?", "work_again_reason": "Why",
        "declined_reason": "Declined because",
    },
    answers={"yes": "Yes", "no": "No"},
)  # fmt: skip
GERMAN = ExportWords(
    language="de",
    headings={
        "company": "Firma", "email": "E-Mail", "phone": "Telefon", "status": "Status",
        "address": "Anrede", "tags": "Tags", "rhythm": "Kontakt halten alle (Tage)",
        "profile": "Profil", "notes": "Notizen", "agreements": "Vereinbarungen",
        "payments": "Rechnungen", "due": "fällig", "paid": "bezahlt", "open": "offen",
        "mood": "Stimmung", "since": "Seit", "ended": "Beendet",
    },
    statuses={
        "prospect": "Interessent", "active": "Aktiv", "paused": "Pausiert", "ended": "Beendet",
    },
    address_forms={
        "du": "Deutsch, du", "sie": "Deutsch, Sie", "first_name": "Englisch, Vorname",
        "formal": "Englisch, förmlich",
    },
    salutations={"ms": "Frau", "mr": "Herr"},
    agreement_statuses={
        "open": "offen", "agreed": "vereinbart", "done": "erledigt", "broken": "gebrochen",
    },
    note_kinds={
        "note": "Notiz", "call": "Telefonat", "meeting": "Treffen", "email": "E-Mail",
        "lunch": "Mittagessen",
    },
    moods={-2: "Sehr schlecht", -1: "Angespannt", 0: "Neutral", 1: "Gut", 2: "Sehr gut"},
    profile_fields={
        "wants": "Wünsche des Kunden", "direction": "Richtung", "never": "Niemals",
        "budget": "Budget", "punctuality": "Pünktlichkeit", "reachability": "Erreichbarkeit",
        "attention": "Aufmerksamkeit", "discounts": "Rabatte", "extras": "Extras",
        "industry": "Branche", "role": "Position", "background": "Hintergrund",
        "problems": "Aktuelle Probleme", "interests": "Interessen", "birthday": "Geburtstag",
        "small_talk": "Smalltalk", "my_needs": "Meine Bedürfnisse", "red_flags": "Warnzeichen",
        "work_again": "Wieder zusammenarbeiten?", "work_again_reason": "Warum",
        "declined_reason": "Abgelehnt, weil",
    },
    answers={"yes": "Ja", "no": "Nein"},
)  # fmt: skip


def export_words(language: str) -> ExportWords:
    """German for "de", "de_DE", "de-AT" …; English otherwise."""
    return GERMAN if language.lower().startswith("de") else ENGLISH
