"""Contacts from another address book become clients, in one transaction: all or none.

A contact that looks like a client the journal already has (the same e-mail address, or the
same name at the same company), or like an earlier contact of the same file, is a duplicate:
skipped, or imported with a tag so the user can look at both.  The search index follows by
itself: the client table's triggers (migration 6) index every row written here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from peewee import DatabaseError

from clientjournal.core.contacts.contact import (
    Contact,
    ContactFileError,
    ParsedContacts,
    Progress,
    file_kind,
    no_progress,
)
from clientjournal.core.contacts.csv_table import parse_csv
from clientjournal.core.contacts.eml import Mail
from clientjournal.core.contacts.vcard import parse_vcard
from clientjournal.core.domain import NoteKind
from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.exchange.common import ImportFailed, read_import_file, refused
from clientjournal.store.exchange.json_import import ImportCounts
from clientjournal.store.models import database

_WRITE_REPORT_EVERY = 250  # contacts written between two reports (a Cancel waits for one)
_LIVE_CLIENTS = "SELECT id, name, company, email FROM client WHERE deleted_at IS NULL"


class DuplicatePolicy(StrEnum):
    SKIP = "skip"
    FLAG = "flag"  # imported, with a tag


@dataclass(frozen=True, slots=True)
class Duplicate:
    client_id: int | None  # the journal's client it matches; None: an earlier contact of the file
    name: str  # that client's or contact's name
    by_email: bool  # matched by e-mail address (else by name and company)


@dataclass(frozen=True, slots=True)
class ContactImportResult:
    client_ids: list[int] = field(default_factory=list)  # in the file's order
    skipped: int = 0  # duplicates left out
    flagged: int = 0  # duplicates imported with the tag

    def counts(self) -> ImportCounts:
        return ImportCounts(clients=len(self.client_ids), inserted=len(self.client_ids))


def _name_key(name: str, company: str) -> tuple[str, str]:
    return (" ".join(name.casefold().split()), " ".join(company.casefold().split()))


@dataclass(frozen=True, slots=True)
class KnownClients:
    """The journal's live clients as duplicates are found by: read once (``known_clients``),
    matched against a file's contacts anywhere (``match_duplicates``, no journal needed)."""

    by_email: dict[str, Duplicate] = field(default_factory=dict)
    by_name: dict[tuple[str, str], Duplicate] = field(default_factory=dict)


def known_clients() -> KnownClients:
    known = KnownClients()
    for client_id, name, company, email in database.execute_sql(_LIVE_CLIENTS).fetchall():
        if email.strip():
            known.by_email.setdefault(email.strip().casefold(), Duplicate(client_id, name, True))
        known.by_name.setdefault(_name_key(name, company), Duplicate(client_id, name, False))
    return known


def match_duplicates(contacts: list[Contact], known: KnownClients) -> dict[int, Duplicate]:
    """By index in ``contacts``: the duplicates of ``known`` clients or of earlier contacts."""
    by_email, by_name = dict(known.by_email), dict(known.by_name)
    found: dict[int, Duplicate] = {}
    for index, contact in enumerate(contacts):
        email = contact.email.strip().casefold()
        name = _name_key(contact.name, contact.company)
        match = (by_email.get(email) if email else None) or by_name.get(name)
        if match is not None:
            found[index] = match
            continue
        if email:
            by_email[email] = Duplicate(None, contact.name, True)
        by_name[name] = Duplicate(None, contact.name, False)
    return found


def find_duplicates(contacts: list[Contact]) -> dict[int, Duplicate]:
    """By index in ``contacts``: the duplicates, with what they duplicate."""
    return match_duplicates(contacts, known_clients())


def import_contacts(
    contacts: list[Contact],
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    flag_tag: str = "possible duplicate",
    source: str = "<contacts>",
    progress: Progress = no_progress,
) -> ContactImportResult:
    """Write the contacts as new clients in one transaction; raises ``ImportFailed`` (nothing
    written) when the journal refuses one.  ``progress`` hears the contacts done, of all,
    inside the transaction (the last time before the commit): what it raises undoes the
    whole import."""
    ids: list[int] = []
    skipped = flagged = 0
    record = ""
    total = len(contacts)
    try:
        with database.atomic():
            duplicates = find_duplicates(contacts)
            for index, contact in enumerate(contacts):
                if not index % _WRITE_REPORT_EVERY:
                    progress(index, total)
                record = contact.record
                client = contact.client()
                if index in duplicates:
                    if policy is DuplicatePolicy.SKIP:
                        skipped += 1
                        continue
                    client.tags = [*client.tags, flag_tag]
                    flagged += 1
                ids.append(clients.create(client))
            progress(total, total)
    except (DatabaseError, sqlite3.Error) as error:
        raise refused(source, error, record) from error
    return ContactImportResult(ids, skipped, flagged)


def read_contacts(path: Path) -> ParsedContacts:
    """A vCard or CSV file's contacts (CSV with the suggested mapping); raises ``ImportFailed``
    naming file, record and field when the file cannot be read."""
    source = str(path)
    data = read_import_file(path, utf16=True)
    kind = file_kind(path.name, data[:4096])
    try:
        if kind == "vcard":
            return parse_vcard(data, source)
        if kind == "csv":
            return parse_csv(data, source)
    except ContactFileError as error:
        raise ImportFailed(
            source, error.reason, " ".join(p for p in (error.record, error.field) if p)
        ) from None
    raise ImportFailed(source, "not a contacts file (vCard or CSV)")


def import_contact_file(
    path: Path, policy: DuplicatePolicy = DuplicatePolicy.SKIP
) -> tuple[ContactImportResult, ParsedContacts]:
    """Read and import in one go (the command line); the parsed contacts tell what was left
    out and why."""
    parsed = read_contacts(path)
    if not parsed.contacts:
        problem = parsed.problems[0] if parsed.problems else None
        reason = "no contacts in the file" + (f" ({problem})" if problem else "")
        raise ImportFailed(str(path), reason)
    return import_contacts(parsed.contacts, policy, source=str(path)), parsed


def client_for_mail(mail: Mail) -> tuple[int, str] | None:
    """The client (id, name) whose e-mail address sent or received the mail; the sender
    first, so a mail from a client is filed with them even if it was copied to another."""
    known: dict[str, tuple[int, str]] = {}
    for client_id, name, _, email in database.execute_sql(
        _LIVE_CLIENTS + " ORDER BY id"
    ).fetchall():
        if email.strip():
            known.setdefault(email.strip().casefold(), (client_id, name))
    for address in mail.addresses():
        if address.casefold() in known:
            return known[address.casefold()]
    return None


def add_mail_note(client_id: int, mail: Mail) -> NoteData:
    """The mail as an e-mail note of the client, dated when it was sent."""
    note = NoteData(
        client_id=client_id,
        created_at=mail.date or utcnow(),
        body=mail.note_text(),
        kind=NoteKind.EMAIL,
    )
    return notes.save(note)
