"""All-or-nothing import of a JSON export (format version 1), merging journals by UUID.

Everything is checked before anything is written: the file is read, parsed, validated against
``clientjournal/resources/export-schema.json`` and checked for conflicts with the journal; only then is it
written, in one transaction.  A bad file therefore changes nothing, and the one-line message of
``ImportFailed`` names the file, the record and the field, so a person can fix it.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from peewee import DatabaseError

from clientjournal.core.exchange.schema_check import JsonPath, Validator, describe, shown
from clientjournal.core.validation import strip_controls
from clientjournal.store.connection import bulk_cache
from clientjournal.store.exchange import checklist as exchange_checklist
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.store.exchange import json_stream
from clientjournal.store.exchange import relationship as exchange_relationship
from clientjournal.store.exchange import replies as exchange_drafts
from clientjournal.store.exchange.common import (
    MAX_IMPORT_BYTES,
    ImportFailed,
    bad_text,
    empty,
    find,
    location,
    not_an_export,
    read_import_file,
    refused,
    stored_time,
)
from clientjournal.store.exchange.fresh import built_at_end
from clientjournal.store.exchange.json_export import FORMAT_NAME, FORMAT_VERSION, load_schema
from clientjournal.store.exchange.limits import check_limits
from clientjournal.store.exchange.times import canonical_time
from clientjournal.store.models import database
from clientjournal.store.search_bulk import bulk_note_inserts

__all__ = ["ImportCounts", "ImportFailed", "import_data", "import_file"]

_CLIENT_COLUMNS = (
    "uuid, name, company, email, phone, address_form, status, started_on, ended_on, profile, "
    "created_at, updated_at, deleted_at, cadence_days"
)
_INSERT_CLIENT = f"INSERT INTO client ({_CLIENT_COLUMNS}) VALUES ({', '.join('?' * 14)})"
_UPDATE_CLIENT = (
    "UPDATE client SET name = ?, company = ?, email = ?, phone = ?, address_form = ?, "
    "status = ?, started_on = ?, ended_on = ?, profile = ?, created_at = ?, updated_at = ?, "
    "deleted_at = ?, cadence_days = ? WHERE uuid = ?"
)
_INSERT_NOTE = (
    "INSERT INTO note (client_id, uuid, created_at, updated_at, kind, mood, body, pinned) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE_NOTE = (
    "UPDATE note SET created_at = ?, updated_at = ?, kind = ?, mood = ?, body = ?, pinned = ? "
    "WHERE uuid = ?"
)
_FIND_CLIENTS = "SELECT uuid, id, updated_at FROM client WHERE uuid IN ({marks})"
_FIND_NOTES = (
    "SELECT n.uuid, n.updated_at, c.uuid FROM note n JOIN client c ON c.id = n.client_id "
    "WHERE n.uuid IN ({marks})"
)


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """Records of the file that were merged, whether new, newer or already up to date."""

    clients: int = 0
    notes: int = 0
    agreements: int = 0
    drafts: int = 0
    inserted: int = 0  # of those, records that were new to this journal (history included)
    updated: int = 0  # of those, records replaced because the file's copy was newer
    projects: int = 0
    templates: int = 0  # the user's own agreement templates
    payments: int = 0

    def summary(self) -> str:
        return (
            f"imported {self.clients} clients, {self.notes} notes, "
            f"{self.agreements} agreements, {self.drafts} drafts"
        )


class _DuplicateKeyError(ValueError):
    pass


class _ConstantError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Plain ``json`` keeps the last of two equal keys; that would drop data without a word."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _reject_constant(name: str) -> None:
    raise _ConstantError(name)


def _read_document(path: Path) -> object:
    source = str(path)
    raw = read_import_file(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        reason = f"not UTF-8 text: byte 0x{raw[error.start]:02x} on line {line}"
        raise ImportFailed(source, reason) from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        reason = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise ImportFailed(source, reason) from None
    except (ValueError, RecursionError) as error:
        raise ImportFailed(source, _not_json(error)) from None


def _not_json(error: BaseException) -> str:
    """The reason for an error of the JSON decoder's hooks or limits, read whole or streamed."""
    if isinstance(error, _DuplicateKeyError):
        return "invalid JSON: a field appears twice in one object"
    if isinstance(error, _ConstantError):
        return f"invalid JSON: {error.args[0]} is not a number"
    if isinstance(error, RecursionError):
        return "invalid JSON: nested too deeply"
    if "integer string conversion" in str(error):  # Python's advice to a developer otherwise
        return "invalid JSON: a number with thousands of digits"
    return "invalid JSON: a value this app cannot read"


@cache
def _validator() -> Validator:
    return Validator(load_schema())


def _check_document(source: str, document: object) -> dict[str, JsonPath]:
    """Raise for the first thing that stops this document from being imported whole."""
    if not isinstance(document, dict):
        raise ImportFailed(
            source, f"not a Client Journal export: the top level is {describe(document)}"
        )
    if "format" not in document:
        raise ImportFailed(source, 'not a Client Journal export: it has no "format" field')
    if document["format"] != FORMAT_NAME:
        raise ImportFailed(source, f'not a Client Journal export: "format" is not "{FORMAT_NAME}"')
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ImportFailed(
            source,
            f"format version {version} is newer than this Client Journal understands "
            f"({FORMAT_VERSION}); update the app to import it",
        )
    problems = _validator().validate(document, limit=1)
    if problems:
        raise ImportFailed(source, problems[0].reason, location(document, problems[0].path))
    check_limits(source, document)
    seen: dict[str, JsonPath] = {}

    def remember(record: dict, path: JsonPath) -> None:
        earlier = seen.get(record["uuid"])
        if earlier is not None:
            raise ImportFailed(
                source,
                f"uuid {shown(record['uuid'])} is already used by {location(document, earlier)}",
                location(document, (*path, "uuid")),
            )
        seen[record["uuid"]] = path

    for i, client in enumerate(document["clients"]):
        remember(client, ("clients", i))
        for j, note in enumerate(client["notes"]):
            remember(note, ("clients", i, "notes", j))
        for record, path in exchange_checklist.client_records(i, client):
            remember(record, path)
        for record, path in exchange_drafts.client_records(i, client):
            remember(record, path)
        for record, path in exchange_relationship.client_records(i, client):
            remember(record, path)
    for record, path in exchange_checklist.template_records(document):
        remember(record, path)
    exchange_checklist.check(source, document)
    exchange_drafts.check(source, document)
    exchange_relationship.check(source, document)
    return seen


# The table of each kind of record, by the list that holds it in the export.
_TABLE_OF = {
    "clients": "client",
    "notes": "note",
    "projects": "project",
    "agreements": "agreement",
    "history": "agreement_event",
    "agreement_templates": "agreement_template",
    "drafts": "draft",
    "payments": "payment",
}


def _check_kinds(source: str, document: Any, seen: dict[str, JsonPath]) -> None:
    """A UUID names one record of one kind: a note may not take the UUID of a client (or of
    any other record) the journal has, or the journal's own export no longer imports."""
    uuids = list(seen)
    for table in _TABLE_OF.values():
        found = find(f"SELECT uuid FROM {table} WHERE uuid IN ({{marks}})", uuids)
        for uuid in found:
            path = seen[uuid]
            if _TABLE_OF[str(path[-2])] != table:
                raise ImportFailed(
                    source,
                    f"this uuid belongs to a record of another kind in the journal "
                    f"(a {table.replace('_', ' ')})",
                    location(document, (*path, "uuid")),
                )


def _rows(source: str, document: Any) -> tuple[list[tuple], list[tuple]]:
    """Rows ready for SQL: clients (uuid first) and notes (path, client uuid, uuid, ...)."""
    client_rows: list[tuple] = []
    note_rows: list[tuple] = []
    for i, client in enumerate(document["clients"]):
        base = ("clients", i)
        client_rows.append(
            (
                client["uuid"],
                client["name"],
                client["company"],
                client["email"],
                client["phone"],
                client["address_form"],
                client["status"],
                client["started_on"],
                client["ended_on"],
                json.dumps(client["profile"], ensure_ascii=False, sort_keys=True),
                stored_time(source, document, client["created_at"], (*base, "created_at")),
                stored_time(source, document, client["updated_at"], (*base, "updated_at")),
                stored_time(source, document, client["deleted_at"], (*base, "deleted_at")),
                client.get("cadence_days"),
            )
        )
        for j, note in enumerate(client["notes"]):
            path = (*base, "notes", j)
            note_rows.append(
                (
                    path,
                    client["uuid"],
                    note["uuid"],
                    stored_time(source, document, note["created_at"], (*path, "created_at")),
                    stored_time(source, document, note["updated_at"], (*path, "updated_at")),
                    note["kind"],
                    int(note["mood"]),
                    strip_controls(note["body"]),  # as the editor does: see core/validation.py
                    1 if note["pinned"] else 0,
                )
            )
    return client_rows, note_rows


@dataclass(slots=True)
class _Merged:
    inserted: int
    updated: int
    client_ids: dict[str, int]  # the journal's client ids by uuid
    written: set[str]  # uuids of the clients and notes inserted or replaced
    replaced: set[str]  # of those, the ones the journal had before


def _merge(
    source: str, document: Any, client_rows: list[tuple], note_rows: list[tuple], fresh: bool
) -> _Merged:
    """Write clients and notes inside the caller's transaction (``fresh``: into a journal
    that was empty, where none of them can be found)."""
    known_clients = {} if fresh else find(_FIND_CLIENTS, [row[0] for row in client_rows])
    known_notes = {} if fresh else find(_FIND_NOTES, [row[2] for row in note_rows])
    for path, client_uuid, uuid, *_ in note_rows:
        if uuid in known_notes and known_notes[uuid][1] != client_uuid:
            raise ImportFailed(
                source,
                "this note is already in the journal under another client "
                f"(uuid {shown(known_notes[uuid][1])})",
                location(document, (*path, "uuid")),
            )
    # Fixed-width UTC text compares like the times it stands for.
    new_clients = [row for row in client_rows if row[0] not in known_clients]
    newer_clients = [
        (*row[1:], row[0])
        for row in client_rows
        if row[0] in known_clients and row[11] > canonical_time(known_clients[row[0]][1])
    ]
    new_notes = [row for row in note_rows if row[2] not in known_notes]
    newer_notes = [
        (*row[3:], row[2])
        for row in note_rows
        if row[2] in known_notes and row[4] > canonical_time(known_notes[row[2]][0])
    ]
    cursor = database.cursor()
    cursor.executemany(_INSERT_CLIENT, new_clients)
    cursor.executemany(_UPDATE_CLIENT, newer_clients)
    client_ids = {uuid: found[0] for uuid, found in known_clients.items()}
    new_ids = find(_FIND_CLIENTS, [row[0] for row in new_clients])
    client_ids.update((uuid, found[0]) for uuid, found in new_ids.items())
    with bulk_note_inserts():
        cursor.executemany(_INSERT_NOTE, ((client_ids[row[1]], *row[2:]) for row in new_notes))
    cursor.executemany(_UPDATE_NOTE, newer_notes)
    replaced = {row[-1] for row in newer_clients} | {row[-1] for row in newer_notes}
    written = replaced | {row[0] for row in new_clients} | {row[2] for row in new_notes}
    return _Merged(
        len(new_clients) + len(new_notes),
        len(newer_clients) + len(newer_notes),
        client_ids,
        written,
        replaced,
    )


def import_data(document: object, source: str = "<data>") -> ImportCounts:
    """Import an already parsed export document; ``source`` names it in messages.

    The same rules as ``import_file``.
    """
    return _import_checked(source, document, _check_document(source, document))


@contextlib.contextmanager
def _bulk_transaction() -> Iterator[None]:
    """An import's one transaction, with the bigger page cache of bulk writes."""
    with bulk_cache(), database.atomic():
        yield


def _import_checked(
    source: str, document: Any, seen: dict[str, JsonPath], inside: bool = False, fresh: bool = False
) -> ImportCounts:
    """``inside``: the caller's transaction holds it (no savepoint of its own: a savepoint per
    batch made every later batch's inserts many times slower).

    ``fresh`` (found here when not ``inside``): the journal held no record when the import's
    transaction began, so its clients and notes are not looked up, nor each UUID in every
    table (``common.empty``: a sixth of the import at ten times the demo journal)."""
    client_rows, note_rows = _rows(source, document)
    checklist = exchange_checklist.collect(source, document)
    draft_rows = exchange_drafts.collect(source, document)
    payment_rows = exchange_relationship.collect(source, document)
    conflict_rows = exchange_conflicts.collect(source, document)
    try:
        with contextlib.nullcontext() if inside else _bulk_transaction():
            fresh = fresh or (not inside and empty(_TABLE_OF.values()))
            if not fresh:
                _check_kinds(source, document, seen)
            with built_at_end(fresh and not inside):
                merged = _merge(source, document, client_rows, note_rows, fresh)
                client_ids = merged.client_ids
                exchange_checklist.merge(source, document, checklist, client_ids)
                new_drafts, newer_drafts = exchange_drafts.merge(
                    source, document, draft_rows, client_ids
                )
                new_payments, newer_payments = exchange_relationship.merge_payments(
                    source, document, payment_rows, client_ids
                )
                exchange_relationship.merge_tags(document, merged.written, merged.replaced)
                exchange_conflicts.merge(conflict_rows)  # after the notes: it needs their text now
    except (DatabaseError, sqlite3.Error) as error:
        raise refused(source, error) from error
    except UnicodeEncodeError:
        # JSON allows a lone "\\udXXX" escape, which is no character; SQLite refuses it.
        reason = "contains a lone surrogate escape (\\udXXX), which is not valid text"
        where = bad_text(document) or ()
        raise ImportFailed(source, reason, location(document, where)) from None
    return ImportCounts(
        clients=len(client_rows),
        notes=len(note_rows),
        agreements=len(checklist.agreements),
        drafts=len(draft_rows),
        inserted=merged.inserted + checklist.inserted + new_drafts + new_payments,
        updated=merged.updated + checklist.updated + newer_drafts + newer_payments,
        projects=len(checklist.projects),
        templates=len(checklist.templates),
        payments=len(payment_rows),
    )


def import_file(path: Path | str) -> ImportCounts:
    """Import a JSON export into the open journal, all or nothing, merging by UUID.

    Merge rule, per record (client, note, project, agreement, template, draft, payment): a UUID the
    journal does not have is inserted with its UUID and its created/updated times exactly as in
    the file.  A UUID the journal already has is replaced by the file's copy only when the
    file's ``updated_at`` is strictly newer; otherwise the journal's copy is kept as it is.  So
    importing the same file twice changes nothing, and merging two machines' exports both ways
    converges on the newest copies.  A note,
    project, agreement or draft always stays with its client: a UUID that the journal holds under
    another client is an error, not a move.  An agreement's history is the union of both copies
    (entries are never changed).  The counts are the records of the file that were merged,
    whichever way.

    Raises ``ImportFailed`` (nothing written) for an unreadable, non-UTF-8 or invalid JSON file,
    a document that is not a Client Journal export or is of a newer version, any schema
    violation, duplicate UUIDs in the file, a record UUID under another client, an agreement
    or a sent draft or a payment pointing at a project or note not of its own client, a held
    draft without its ready time, and a payment due or paid before it was issued.
    """
    path = Path(path)
    try:
        return _import_streamed(path)
    except json_stream.NotStreamable:
        pass  # not the usual shape (nothing was written): the whole file the old way
    return import_data(_read_document(path), str(path))


def _import_streamed(path: Path) -> ImportCounts:
    """The file a batch of clients at a time (store/exchange/json_stream.py), in one
    transaction; raises ImportFailed (nothing written) with the place in the whole file, or
    NotStreamable (nothing written) for a file to import whole.  The transaction's own end
    refused is the disk's refusal too: on a full disk SQLite may roll back by itself, and
    the rollback at the end then fails with "cannot rollback - no transaction is active",
    which came out as it was, in place of the import's words (attack27c)."""
    source = str(path)
    try:
        return _import_batches(path, source)
    except (DatabaseError, sqlite3.Error) as error:
        raise refused(source, error) from error


def _import_batches(path: Path, source: str) -> ImportCounts:
    decoder = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
    total = ImportCounts()
    with (
        _open_import(path) as stream,
        json_stream.UsedUuids() as used,
        _bulk_transaction(),
    ):
        fresh = empty(_TABLE_OF.values())  # before the first batch writes
        try:
            with built_at_end(fresh):
                try:
                    for batch in json_stream.batches(stream, decoder):
                        seen = _check_document(source, batch)
                        used.add(source, batch, seen)
                        counts = _import_checked(source, batch, seen, inside=True, fresh=fresh)
                        total = ImportCounts(
                            **{
                                name: getattr(total, name) + getattr(counts, name)
                                for name in ImportCounts.__dataclass_fields__
                            }
                        )
                except Exception:
                    # A UUID used twice comes first: it may be what the journal refused.
                    used.check(source)
                    raise
                used.check(source)  # before anything is committed
        except json_stream.BadJson as error:
            raise ImportFailed(source, str(error)) from None
        except json_stream.BadValue as error:
            raise ImportFailed(source, _not_json(error.original)) from None
        except (DatabaseError, sqlite3.Error) as error:  # building the indexes at the end
            raise refused(source, error) from error
    return total


def _open_import(path: Path) -> Any:
    """The file as a binary stream; a pipe or device as the bytes read once (and capped) by
    ``read_import_file``, so that sniffing its kind did not eat it."""
    import io

    if not path.is_file():
        return io.BytesIO(read_import_file(path))
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise json_stream.NotStreamable("too big: the whole way says so")
        stream = open(path, "rb")  # noqa: SIM115 (the caller closes it: with _open_import)
    except OSError as error:
        raise json_stream.NotStreamable(str(error)) from error
    problem = not_an_export(stream.read(4096))
    if problem is not None:  # UTF-16: said so, as of a pipe, not as invalid UTF-8 or JSON
        stream.close()
        raise ImportFailed(str(path), problem)
    stream.seek(0)
    return stream
