"""What the contact import's preview shows of a file, worked out in a thread: the file read,
its contacts parsed (a CSV table with the mapping the preview offers) and their duplicates
matched against the journal's clients read before (no journal in the thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clientjournal.core.contacts.contact import (
    Contact,
    ContactFileError,
    ParsedContacts,
    Problem,
    file_kind,
)
from clientjournal.core.contacts.csv_table import (
    Column,
    CsvTable,
    contacts_from_table,
    read_table,
    suggest_mapping,
)
from clientjournal.core.contacts.vcard import parse_vcard
from clientjournal.store.exchange import contacts as contact_import
from clientjournal.store.exchange.common import read_import_file
from clientjournal.ui.common.background import Report


@dataclass(slots=True)
class Reading:
    """What the preview shows of a file, worked out in a thread (``read_contacts_file``):
    the contacts and their duplicates, or why none (``error``: a CSV mapping without a name)."""

    data: bytes
    kind: str
    table: CsvTable | None = None  # a CSV file's table, with the mapping the preview offers
    mapping: list[Column] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: dict[int, contact_import.Duplicate] = field(default_factory=dict)
    error: str = ""


def _split(report: Report, part: int, parts: int) -> Report:
    """``report`` for one of ``parts`` steps of a job (the bar goes on from step to step)."""
    return lambda done, total: report(part * total + done, parts * total)


def with_contacts(
    reading: Reading, source: str, known: contact_import.KnownClients, report: Report
) -> Reading:
    """The CSV table's contacts as ``reading.mapping`` says, and their duplicates."""
    assert reading.table is not None
    try:
        parsed = contacts_from_table(reading.table, reading.mapping, source, report)
    except ContactFileError as error:
        reading.contacts, reading.problems, reading.duplicates = [], [], {}
        reading.error = str(error)
        return reading
    return _found(reading, parsed, known)


def _found(reading: Reading, parsed: ParsedContacts, known: contact_import.KnownClients) -> Reading:
    reading.contacts, reading.problems, reading.error = parsed.contacts, parsed.problems, ""
    reading.duplicates = contact_import.match_duplicates(parsed.contacts, known)
    return reading


def read_contacts_data(
    data: bytes,
    kind: str,
    source: str,
    known: contact_import.KnownClients,
    report: Report,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Reading:
    """A file's contacts for the preview, in a thread (no journal: ``known`` was read
    before); raises ``ContactFileError`` for a file that cannot be read at all."""
    reading = Reading(data, kind)
    if kind != "csv":
        return _found(reading, parse_vcard(data, source, report), known)
    reading.table = read_table(data, source, encoding, delimiter, _split(report, 0, 2))
    reading.mapping = suggest_mapping(reading.table)
    return with_contacts(reading, source, known, _split(report, 1, 2))


def read_contacts_file(path: Path, known: contact_import.KnownClients, report: Report) -> Reading:
    """The file read (capped, refusing binary data at its first megabyte: a file named .csv
    or .vcf may be a device, and a link to /dev/zero would be read until memory runs out)
    and its contacts worked out, in a thread."""
    data = read_import_file(path, utf16=True)
    return read_contacts_data(data, file_kind(path.name, data[:4096]), str(path), known, report)
