"""Snapshots: a computer's whole state in one file, each record's fields with their clocks.

A snapshot's lines after the header are records ``{"kind", "uuid", "s": state}``; the state is
packed (``pack``): each clock written once (``c``), fields (``f``) and a note body's versions
(``v``) naming clocks by their index, as most fields of a record share one clock.  The same
packed text is the replicated state in the journal (``store/sync/state.py``), so a record new
to a journal is stored as the line has it.  Every record is checked like a change
(``format.py``); a snapshot with one bad record is refused whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.format import (
    CLOCK,
    TOO_FAR_AHEAD,
    TOO_LARGE,
    VALUES,
    FileProblem,
    check_target,
    check_value,
    dumps,
    parse_json,
)
from clientjournal.core.sync.records import BY_NAME, is_known_field, known_fields
from clientjournal.core.sync.values import checks_of


def snapshot_line(kind: str, uuid: str, packed_text: str) -> str:
    """A snapshot's line; with ``packed_text`` "" the start of it (the reader's check that a
    line it keeps as text is exactly one written so)."""
    end = "}" if packed_text else ""
    return f'{{"kind":{dumps(kind)},"uuid":{dumps(uuid)},"s":{packed_text}{end}'


def pack(fields: dict[str, list[Any]], versions: dict[str, list[Any]] | None) -> dict[str, Any]:
    """A record's state as stored and in snapshots: each clock once (``c``), fields and note
    body versions naming clocks by their index (most fields of a record share one clock)."""
    clocks: dict[str, int] = {}

    def index(clock: str | None) -> int | None:
        return None if clock is None else clocks.setdefault(clock, len(clocks))

    packed_fields = {name: [v, index(c), index(b)] for name, (v, c, b) in fields.items()}
    packed: dict[str, Any] = {"f": packed_fields}
    if versions:
        packed["v"] = [[index(c), index(b), text] for c, (b, text) in sorted(versions.items())]
    packed["c"] = list(clocks)
    return packed


def unpack(packed: dict[str, Any]) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    clocks = packed["c"]
    fields = {
        name: [v, clocks[c], None if b is None else clocks[b]]
        for name, (v, c, b) in packed["f"].items()
    }
    versions = {
        clocks[c]: [None if b is None else clocks[b], text] for c, b, text in packed.get("v", ())
    }
    return fields, versions


@dataclass(frozen=True, slots=True)
class SnapshotRecord:
    kind: str
    uuid: str
    fields: dict[str, list[Any]]
    versions: dict[str, list[Any]]
    packed_text: str | None  # the state as the line had it (stored as it is when new here)


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
_ZERO = 0
"""The first clock's index as JSON gives it (one object in CPython): ``is`` takes neither
``0.0`` nor ``false`` for it (``== 0`` took them, and the line's state, kept as its text,
then failed when it was unpacked: ``clocks[0.0]``); an index it misses is checked field by
field."""


def _clock_at(clocks: list[str], index: Any, optional: bool) -> str | None:
    if index is None and optional:
        return None
    if type(index) is not int or not 0 <= index < len(clocks):
        raise FileProblem("a field without a clock")
    return clocks[index]


def _unpack_fields(
    kind_name: str, uuid: str, fields: dict[str, Any], clocks: list[str]
) -> dict[str, list[Any]]:
    """Checked and with their clocks: the common case (one clock, no bases, plain values, as
    in a record made in one go) at C speed, the others field by field."""
    if len(clocks) == 1:
        only = clocks[0]
        try:
            unpacked = {
                field: [value, only, None]
                for field, (value, clock, base) in fields.items()
                if clock is _ZERO
                and base is None
                and (type(value) in _SCALAR_TYPES or field in _LIST_FIELDS)
            }
        except (TypeError, ValueError) as error:
            raise FileProblem("a damaged field") from error
        if len(unpacked) == len(fields):
            for field in unpacked.keys() & _LIST_FIELDS:
                check_value(kind_name, field, unpacked[field][0], uuid)
            _check_columns(kind_name, uuid, unpacked)
            return unpacked
    unpacked = {}
    for field, entry in fields.items():
        if type(entry) is not list or len(entry) != 3:
            raise FileProblem("a damaged field")
        value, clock, base = entry
        if type(value) not in _SCALAR_TYPES or field in _LIST_FIELDS:
            check_value(kind_name, field, value, uuid)
        unpacked[field] = [value, _clock_at(clocks, clock, False), _clock_at(clocks, base, True)]
    _check_columns(kind_name, uuid, unpacked)
    return unpacked


def _check_fields(kind_name: str, uuid: str, fields: dict[str, Any], clocks: list[str]) -> None:
    """``_unpack_fields``' checks, every one and in its order, without unpacking."""
    if len(clocks) == 1:
        try:
            plain = sum(
                1
                for field, (value, clock, base) in fields.items()
                if clock is _ZERO
                and base is None
                and (type(value) in _SCALAR_TYPES or field in _LIST_FIELDS)
            )
        except (TypeError, ValueError) as error:
            raise FileProblem("a damaged field") from error
        if plain == len(fields):
            for field in fields.keys() & _LIST_FIELDS:
                check_value(kind_name, field, fields[field][0], uuid)
            _check_columns(kind_name, uuid, fields)
            return
    for field, entry in fields.items():
        if type(entry) is not list or len(entry) != 3:
            raise FileProblem("a damaged field")
        value, clock, base = entry
        if type(value) not in _SCALAR_TYPES or field in _LIST_FIELDS:
            check_value(kind_name, field, value, uuid)
        _clock_at(clocks, clock, False)
        _clock_at(clocks, base, True)
    _check_columns(kind_name, uuid, fields)


def _check_columns(kind_name: str, uuid: str, unpacked: dict[str, list[Any]]) -> None:
    checks = checks_of(kind_name, uuid)
    if not checks:
        return
    for field in unpacked.keys() & checks.keys():
        if not checks[field](unpacked[field][0]):
            raise FileProblem(f"a value the journal cannot keep ({kind_name}.{field})", VALUES)


MAX_FIELDS = 5_000
"""Fields of one record (a client's profile entries among them: the editor keeps 100, but
entries removed stay in the state as nulls)."""
MAX_VERSIONS = 1_000
"""Versions of one note's text (each conflict keeps one until it is resolved)."""

BATCH_LINES = 4096
BATCH_TEXT = 8 << 20


def read_snapshot(lines: Iterable[str], latest: str = "9" * 13) -> list[SnapshotRecord]:
    """The records of a snapshot, every one checked as the lines come (a stream: see
    ``format.read_snapshot_file``); FileProblem for the first bad one (also for a clock
    whose wall time, as 13 digits, is after ``latest``).  Lines are parsed a batch at a time
    (``BATCH_LINES`` or ``BATCH_TEXT``): one parse per batch instead of one json.loads per
    line, which cost a third more on 165,000 records, while never more than a batch of text
    is held besides the records."""
    records: list[SnapshotRecord] = []
    for batch in line_batches(lines):
        _read_batch(batch, latest, records)
    return records


Checked = tuple[str, str, str, dict[str, Any]]
"""A record ``check_snapshot`` checked and did not unpack: kind, uuid, its state as the line
has it (``SnapshotRecord.packed_text``) and its packed fields (``pack``'s ``f``)."""


def check_snapshot(lines: Iterable[str], latest: str = "9" * 13) -> list[SnapshotRecord | Checked]:
    """``read_snapshot``'s checks, every one, but a record whose line holds its state as
    written (nearly all) is not unpacked: ``Checked``, for a store that keeps the state's
    text and unpacks it when it reads it back (a big first sync's scratch store: unpacking
    it twice cost a fifth of its CPU).  A record written otherwise is a ``SnapshotRecord``."""
    records: list[SnapshotRecord | Checked] = []
    for batch in line_batches(lines):
        _read_batch(batch, latest, records, True)
    return records


def line_batches(
    lines: Iterable[str], most_lines: int | None = None, most_text: int | None = None
) -> Iterator[list[str]]:
    """Lines as the readers parse them: ``BATCH_LINES`` or ``BATCH_TEXT`` at a time (or the
    caller's own numbers: the scratch store's tests make its batches small)."""
    most_lines = BATCH_LINES if most_lines is None else most_lines
    most_text = BATCH_TEXT if most_text is None else most_text
    batch: list[str] = []
    size = 0
    for line in lines:
        batch.append(line)
        size += len(line)
        if len(batch) >= most_lines or size >= most_text:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _read_batch(
    lines: list[str], latest: str, records: list[Any], unpacked_only_if_needed: bool = False
) -> None:
    try:
        parsed = parse_json("[" + ",".join(lines) + "]")
    except ValueError as error:
        raise FileProblem("a line is not JSON") from error
    if len(parsed) != len(lines):  # a line holding more than one value
        raise FileProblem("a line is not JSON")
    for text, line in zip(lines, parsed, strict=True):
        if not isinstance(line, dict):
            raise FileProblem("a line is not a record")
        kind_name, uuid = check_target(line.get("kind"), line.get("uuid"))
        kind = BY_NAME[kind_name]
        packed = line.get("s")
        if not isinstance(packed, dict) or set(packed) - {"c", "f", "v"}:
            raise FileProblem("a record without its state")
        clocks, fields = packed.get("c"), packed.get("f")
        if not isinstance(clocks, list) or not (
            hlc.is_clock(clocks[0]) if len(clocks) == 1 else all(map(hlc.is_clock, clocks))
        ):
            raise FileProblem("a record with damaged clocks")
        if clocks and max(clocks)[:13] > latest:
            raise FileProblem(TOO_FAR_AHEAD, CLOCK)
        if not isinstance(fields, dict):
            raise FileProblem("a record without fields")
        listed = packed.get("v", [])
        if not isinstance(listed, list):
            raise FileProblem("damaged note versions")
        if len(fields) > MAX_FIELDS or len(listed) > MAX_VERSIONS:
            raise FileProblem("a record with more fields or versions than one may have", TOO_LARGE)
        if len(clocks) > 2 * (len(fields) + len(listed)) + 1:
            raise FileProblem("a record with damaged clocks")
        if not fields.keys() <= _KNOWN_FIELDS[kind_name]:
            for field in fields:
                if not is_known_field(kind, field):
                    raise FileProblem("a record with an unknown field")
        prefix = _LINE_STARTS[kind_name] + uuid + '","s":'  # snapshot_line(kind_name, uuid, "")
        # the state as the line has it, if nothing follows it: no other key (a fourth), no key
        # again (the last one counts: a string for "kind" and "uuid", "s" for the state)
        as_written = (
            len(line) == 3
            and text.startswith(prefix)
            and text.endswith("}}")
            and text.find('"s"', len(prefix)) < 0
        )
        if as_written and unpacked_only_if_needed:
            _check_fields(kind_name, uuid, fields, clocks)
            for entry in listed:
                _check_version(entry, clocks)
            records.append((kind_name, uuid, text[len(prefix) : -1], fields))
            continue
        unpacked = _unpack_fields(kind_name, uuid, fields, clocks)
        versions: dict[str, list[Any]] = {}
        for entry in listed:
            clock = _check_version(entry, clocks)
            versions[clock] = [_clock_at(clocks, entry[1], True), entry[2]]
        raw = text[len(prefix) : -1] if as_written else None
        records.append(SnapshotRecord(kind_name, uuid, unpacked, versions, raw))


def _check_version(entry: Any, clocks: list[str]) -> str:
    """A note body's version as ``pack`` writes it; its clock."""
    if type(entry) is not list or len(entry) != 3:
        raise FileProblem("damaged note versions")
    if entry[2] is not None and type(entry[2]) not in (str, int):  # int: a digest
        raise FileProblem("damaged note versions")
    clock = _clock_at(clocks, entry[0], False)
    assert clock is not None
    _clock_at(clocks, entry[1], True)
    return clock


_LINE_STARTS = {name: f'{{"kind":{dumps(name)},"uuid":"' for name in BY_NAME}
"""A line's start up to its record id, by kind: a record id (a UUID, or a setting's key, as
``check_target`` takes them) is in JSON as it is, in quotes (``snapshot_line`` dumped both
for every line: 2 % of a first sync)."""
_KNOWN_FIELDS = {name: frozenset(known_fields(kind)) for name, kind in BY_NAME.items()}


_LIST_FIELDS = frozenset({"tags", "items", "_deleted"})
