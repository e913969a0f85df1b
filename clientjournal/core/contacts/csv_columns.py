"""What a column of a CSV table of contacts holds: the ``Column`` choices, the header names
(English and German, Google, Outlook, Thunderbird, LinkedIn, Excel) that suggest them, and
how the parts of a name, an address and a date are put together as a vCard's are."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum


class Column(StrEnum):
    """What a column holds; the values are stable (tests and settings name them)."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS_FORM = "address_form"
    POSTAL_ADDRESS = "postal_address"
    NOTES = "notes"
    TAGS = "tags"
    NAME_PREFIX = "name_prefix"  # "Dr.": before the first name (Herr, Frau, Mr. left out)
    NAME_SUFFIX = "name_suffix"
    ROLE = "role"  # the job title
    BIRTHDAY = "birthday"
    STREET = "street"  # the parts of an address, put together as a vCard's ADR is
    POSTAL_CODE = "postal_code"
    CITY = "city"
    REGION = "region"
    COUNTRY = "country"
    PO_BOX = "po_box"
    IGNORE = "ignore"


NAME_COLUMNS = frozenset({Column.NAME, Column.FIRST_NAME, Column.LAST_NAME})
ADDRESS_PARTS = (
    Column.STREET,
    Column.POSTAL_CODE,
    Column.CITY,
    Column.REGION,
    Column.COUNTRY,
    Column.PO_BOX,
)

_KNOWN: dict[Column, set[str]] = {
    Column.NAME: {
        "name", "full name", "display name", "fn", "contact name", "anzeigename",
        "vollständiger name", "kontakt", "kontaktname",
    },
    Column.FIRST_NAME: {
        "first name", "given name", "firstname", "first", "vorname",
        # the middle names, after the first in every export's column order: part of the name
        "middle name", "additional name", "weitere vornamen", "zweiter vorname",
    },
    Column.LAST_NAME: {
        "last name", "family name", "surname", "lastname", "last", "nachname", "familienname",
    },
    Column.COMPANY: {
        "company", "organization", "organisation", "organization 1 - name",
        "organization name", "company name", "firma", "unternehmen", "firmenname",
    },
    Column.EMAIL: {
        "email", "e-mail", "mail", "email address", "e-mail address", "e-mail-adresse",
        "e-mail adresse", "primary email", "secondary email", "e-mail 2 address",
        "e-mail 3 address", "e-mail 2: adresse", "e-mail 3: adresse", "e-mail-adresse 2",
        "e-mail-adresse 3", "primäre e-mail-adresse", "sekundäre e-mail-adresse",
    },
    Column.PHONE: {
        "phone", "telephone", "phone number", "mobile", "mobile phone", "mobile number",
        "business phone", "home phone", "work phone", "telefon", "telefonnummer",
        "mobiltelefon", "handy", "telefon geschäftlich", "telefon privat", "telefon firma",
        "tel. dienstlich", "tel. privat", "mobil-tel.-nr.",
    },  # the last three: Thunderbird's German CSV export
    Column.ADDRESS_FORM: {"address_form", "address form", "address as", "anredeform"},
    Column.POSTAL_ADDRESS: {
        "address", "postal address", "adresse", "anschrift",
        "address 1 - formatted", "postanschrift",
    },
    Column.NOTES: {
        "notes", "note", "notizen", "notiz", "bemerkung", "bemerkungen", "comment",
        "comments", "kommentar",
    },
    Column.TAGS: {
        "tags", "categories", "kategorien", "labels", "group membership", "groups", "gruppen",
        "schlagwörter",
    },
    # Outlook's "Title" (English) and "Anrede" (German) are the name's prefix (Dr., Herr)
    Column.NAME_PREFIX: {"name prefix", "prefix", "title", "anrede", "titel", "namenspräfix"},
    Column.NAME_SUFFIX: {"name suffix", "suffix", "namenssuffix"},
    Column.ROLE: {
        "job title", "organization title", "organization 1 - title", "position", "jobtitle",
        "arbeitstitel", "berufsbezeichnung",
    },
    Column.BIRTHDAY: {
        "birthday", "geburtstag", "date of birth", "birth date", "birthdate", "geburtsdatum",
    },
    # an address's parts; those of Outlook (English, German) and Thunderbird are patterns
    Column.STREET: {"street", "strasse", "street address"},  # casefold() makes ß "ss"
    Column.POSTAL_CODE: {"postal code", "zip", "zip code", "postcode", "plz", "postleitzahl"},
    Column.CITY: {"city", "town", "stadt"},
    Column.REGION: {"state", "region", "bundesland", "province"},
    Column.COUNTRY: {"country", "land", "country/region"},
    Column.PO_BOX: {"po box", "p.o. box", "postfach"},
}  # fmt: skip
_GROUP = r"(?:business|home|other|work)"
_DE_GROUP = r"(?:geschäftlich|privat)"
_TB_DE = r"(?:privat|dienstlich): "  # Thunderbird's German CSV
_PATTERNS = (
    (re.compile(r"e-?mail \d+ - value"), Column.EMAIL),
    (re.compile(r"phone \d+ - value"), Column.PHONE),
    (re.compile(rf"{_GROUP} (?:street|address)(?: [23])?"), Column.STREET),
    (re.compile(rf"(?:strasse {_DE_GROUP}|weitere strasse)(?: [23])?"), Column.STREET),
    (re.compile(rf"{_TB_DE}adresse(?: 2)?"), Column.STREET),
    (re.compile(rf"{_GROUP} (?:postal code|zipcode|zip code|zip)"), Column.POSTAL_CODE),
    (re.compile(rf"(?:postleitzahl {_DE_GROUP}|weitere postleitzahl|{_TB_DE}plz)"),
     Column.POSTAL_CODE),
    (re.compile(rf"{_GROUP} city"), Column.CITY),
    (re.compile(rf"(?:ort {_DE_GROUP}|weiterer ort|{_TB_DE}ort)"), Column.CITY),
    (re.compile(rf"{_GROUP} state"), Column.REGION),
    (re.compile(r"region geschäftlich|bundesland/kanton privat|weiteres/r bundesland/kanton"),
     Column.REGION),
    (re.compile(rf"{_TB_DE}bundesland"), Column.REGION),
    (re.compile(rf"{_GROUP} country(?:/region)?"), Column.COUNTRY),
    (re.compile(rf"(?:land/region {_DE_GROUP}|weiteres/e land/region|{_TB_DE}land)"),
     Column.COUNTRY),
    (re.compile(rf"{_GROUP} address po box"), Column.PO_BOX),
    (re.compile(rf"(?:postfach {_DE_GROUP}|weiteres postfach)"), Column.PO_BOX),
)  # fmt: skip
_SALUTATIONS = frozenset(
    {"herr", "herrn", "frau", "fräulein", "mr", "mrs", "ms", "miss", "mx", "sir", "madam"}
)
_GROUP_WORDS = (
    ("business", ("business", "work", "geschäftlich", "dienstlich")),
    ("home", ("home", "privat")),
    ("other", ("other", "weitere")),
)
_NO_DATE = frozenset({"0/0/00", "0.0.00", "00.00.0000", "0000-00-00"})  # Outlook's empty date
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # German: day.month.year
_SLASHED_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")  # English Outlook: month/day/year


def header_key(text: str) -> str:
    """A header as the names above are written: trimmed, lower case, one space."""
    return re.sub(r"\s+", " ", text.strip().strip('"').casefold())


def known_column(header: str) -> Column | None:
    key = header_key(header)
    for column, names in _KNOWN.items():
        if key in names:
            return column
    return next((column for pattern, column in _PATTERNS if pattern.fullmatch(key)), None)


def address_group(header: str) -> str:
    """Which of a contact's addresses an address part's column belongs to: "business",
    "home", "other", or "" (one address) for a column named by no group."""
    key = header_key(header)
    for group, words in _GROUP_WORDS:
        if any(word in key for word in words):
            return group
    return ""


def name_prefix(text: str) -> str:
    """A name's prefix without the salutation ("Herr Dr." is "Dr."): the client's name says
    how to address them by its address form, not by "Herr" or "Frau"."""
    words = [w for w in text.split() if w.casefold().rstrip(".") not in _SALUTATIONS]
    return " ".join(words)


def birthday_text(text: str) -> str:
    """ISO 8601 as a vCard's birthday is kept ("1968-04-02", "--04-02"): Outlook's German
    "2.4.1968" and English "4/2/1968" converted, its "0.0.00" (no date) dropped, anything else
    kept as written."""
    text = text.strip()
    if text in _NO_DATE:
        return ""
    dotted, slashed = _DOTTED_DATE.fullmatch(text), _SLASHED_DATE.fullmatch(text)
    try:
        if dotted:
            day, month, year = (int(part) for part in dotted.groups())
            return date(year, month, day).isoformat()
        if slashed:
            month, day, year = (int(part) for part in slashed.groups())
            return date(year, month, day).isoformat()
    except ValueError:
        return text
    return text


def addresses(parts: list[tuple[str, Column, str]]) -> list[str]:
    """Each address group's parts (group, part, text) as one line, the way a vCard's ADR is
    written out: street, postal code and city, region, country, PO box."""
    groups: dict[str, dict[Column, list[str]]] = {}
    for group, column, text in parts:
        groups.setdefault(group, {}).setdefault(column, []).append(text.replace("\n", ", "))
    lines = []
    for found in groups.values():

        def part(column: Column, found: dict[Column, list[str]] = found) -> str:
            return ", ".join(found.get(column, []))

        city = " ".join(p for p in (part(Column.POSTAL_CODE), part(Column.CITY)) if p)
        pieces = (part(Column.STREET), city, part(Column.REGION), part(Column.COUNTRY))
        line = ", ".join(p for p in (*pieces, part(Column.PO_BOX)) if p)
        if line:
            lines.append(line)
    return lines
