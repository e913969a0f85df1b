"""The sync folder's files: their names, and what is inside (checked line by line).

```
sync.json                              the folder's id and, for an encrypted journal, salt + check
changes/<device>/<seq>.jsonl.gz        one device's changes, seq 0000000001, 0000000002, …
changes/<device>/<seq>.jsonl.enc       the same, encrypted (an SQLCipher file holding the gzip)
snapshots/<device>.jsonl.gz (.enc)     a device's whole state with clocks, for a new device
```
A file is gzip'd JSON lines.  The first line is the header: ``{"format": "clientjournal-sync",
"version": 1, "device": ..., "name": ..., "seq": n}`` (for a snapshot also ``"snapshot": true``:
it holds everything up to the device's change file ``seq``).  A change file's other lines are
changes ``{"id", "kind", "uuid", "field", "value", "hlc", "base"}`` (``id``: clock/field,
unique; the fields of one record changed in one round share a clock); a snapshot's are
records (``snapshots.py``).  A change file holds at most ``MAX_CHANGES`` changes and is read
as a stream.  A file that is not exactly this (cut off, not gzip, a line that is not JSON, a
wrong type, a record id that is not a UUID or a setting's key, a clock of another device in
a change file, more than a file may hold) is refused whole: ``FileProblem`` says which kind
of problem, never the content.  A setting this version does not know (a later version's,
its key well-formed) is no such problem: it is kept and passed on (``values.checks_of``).

Names other programs leave are recognised here: a Syncthing conflict copy
(``…sync-conflict-…``) or a Dropbox one (``… (… conflicted copy …)…``) of a change file is read
like the original (merging is idempotent); temporary files (``.syncthing.*.tmp``,
``~syncthing~*``, our own ``.cj-*.tmp``) and anything else are ignored.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.records import BY_NAME, SETTING, is_known_field
from clientjournal.core.sync.values import acceptable, is_record_id

FORMAT = "clientjournal-sync"
VERSION = 1
SYNC_JSON = "sync.json"
CHANGES = "changes"
SNAPSHOTS = "snapshots"
PLAIN_END = ".jsonl.gz"
ENCRYPTED_END = ".jsonl.enc"
SEQ_DIGITS = 10
MAX_UUID = 100

DEVICE_NAME = re.compile(r"[0-9a-f]{8,64}\Z")  # \Z: $ also takes a trailing newline
_CHANGE_FILE = re.compile(r"([0-9]{10})(.*)\.(gz|enc)\Z")  # ASCII: \d takes any digit
_CONFLICT_COPY = re.compile(r"sync-conflict-|conflicted copy", re.IGNORECASE)


INCOMPLETE = "incomplete"  # cut off, not gzip, not UTF-8, empty: perhaps still being copied
GARBLED = "garbled"  # not what Client Journal writes (a line or field out of shape)
VALUES = "values"  # values (or record ids) the journal cannot keep
TOO_LARGE = "too_large"  # more than one file may hold
OTHER_VERSION = "version"  # written by another version
KEY = "key"  # not readable with this journal's key (or plain in an encrypted folder)
CLOCK = "clock"  # a clock centuries ahead
ELSEWHERE = "elsewhere"  # written for another sync folder (its header names that folder)
NEWER = "newer"  # written by a newer version (this one must be updated to read it)
FILE_PROBLEMS = (
    INCOMPLETE, GARBLED, VALUES, TOO_LARGE, OTHER_VERSION, KEY, CLOCK, ELSEWHERE, NEWER
)  # fmt: skip


class FileProblem(ValueError):
    """A file that cannot be read as a whole: ``kind`` (one of ``FILE_PROBLEMS``) for the
    window to word, the text the problem in English for the command line; never content."""

    def __init__(self, text: str, kind: str = GARBLED) -> None:
        super().__init__(text)
        self.kind = kind


@dataclass(frozen=True)
class ChangeFileName:
    seq: int
    encrypted: bool
    copy: bool  # a sync engine's conflict copy


def change_file_name(seq: int, encrypted: bool) -> str:
    return f"{seq:0{SEQ_DIGITS}d}{ENCRYPTED_END if encrypted else PLAIN_END}"


def snapshot_file_name(device: str, encrypted: bool) -> str:
    return f"{device}{ENCRYPTED_END if encrypted else PLAIN_END}"


def parse_change_file_name(name: str) -> ChangeFileName | None:
    """The sequence number of a change file or a conflict copy of one; None for any other name
    (temporary files of sync engines and of this app included)."""
    match = _CHANGE_FILE.match(name)
    if match is None or name.startswith((".", "~")) or name.endswith(".tmp"):
        return None
    middle, end = match[2], match[3]
    encrypted = end == "enc"
    if middle == ".jsonl":
        return ChangeFileName(int(match[1]), encrypted, False)
    if _CONFLICT_COPY.search(middle) and ".jsonl" in middle:
        return ChangeFileName(int(match[1]), encrypted, True)
    return None


def parse_snapshot_file_name(name: str) -> tuple[str, bool] | None:
    """(device, encrypted) of a snapshot file; conflict copies of snapshots are ignored (the
    device writes a newer one)."""
    for end, encrypted in ((PLAIN_END, False), (ENCRYPTED_END, True)):
        if name.endswith(end) and DEVICE_NAME.match(name[: -len(end)]):
            return name[: -len(end)], encrypted
    return None


def header(
    device: str, name: str, seq: int, snapshot: bool = False, folder: str = ""
) -> dict[str, Any]:
    """``folder``: the id of the sync folder the file is written for (its ``sync.json``): a
    file copied into another folder is refused there (attack-20e E2: another journal's
    snapshot dropped into the folder was merged into every journal of it)."""
    line: dict[str, Any] = {"format": FORMAT, "version": VERSION, "device": device}
    line.update({"name": name, "seq": seq})
    if folder:
        line["folder"] = folder
    if snapshot:
        line["snapshot"] = True
    return line


dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode(head: dict[str, Any], lines: Iterable[dict[str, Any] | str], level: int = 6) -> bytes:
    """The file's bytes; a line given as text is already JSON."""
    parts = [dumps(head)]
    parts += [line if isinstance(line, str) else dumps(line) for line in lines]
    text = "\n".join(parts) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=level, mtime=0)


def change_file(head: dict[str, Any], changes: list[Change]) -> bytes | None:
    """A change file's bytes, or None when the changes are more than one file may hold
    (``MAX_CHANGES``, ``MAX_CHANGE_TEXT``): the round then publishes them as its snapshot."""
    if len(changes) > MAX_CHANGES:
        return None
    text = "\n".join([dumps(head), *(dumps(change.line()) for change in changes)]) + "\n"
    data = text.encode("utf-8")
    if len(data) > MAX_CHANGE_TEXT:
        return None
    return gzip.compress(data, compresslevel=6, mtime=0)


UNPACKED_BASE = 64 << 20
UNPACKED_RATIO = 32
"""A file may unpack to 64 MiB plus 32 times its size: journal text packs four to eight times,
a gzip bomb a thousand times (2 GB of zeros in 9 MB), which would take every computer's memory
at every round."""
MAX_SNAPSHOT_TEXT = 2 << 30
"""And never more than 2 GiB (a journal ten times the demo's size unpacks to about half of
that): what one snapshot may take of a computer's memory is bounded whatever its size."""


def parse_json(text: str | bytes) -> Any:
    """``json.loads`` where a too deeply nested or too large value is a ValueError as well, and
    so is a lone surrogate (``"\\ud800"`` is valid JSON, but no text SQLite or a file can
    hold: it failed the round at every try)."""
    try:
        value = json.loads(text)
    except (RecursionError, MemoryError) as error:
        raise ValueError("too deeply nested or too large") from error
    if ("\\ud" in text or "\\uD" in text) if isinstance(text, str) else True:
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError("a lone surrogate") from error
    return value


_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
MAX_NAME = 64


def clean_name(name: str) -> str:
    """A computer's name as read from the folder, safe to print and show: no control or
    format characters (terminal escapes, bidi overrides, fake line breaks), whitespace
    collapsed, at most ``MAX_NAME`` characters."""
    if name.isprintable() and len(name) <= MAX_NAME and "  " not in name and name == name.strip():
        return name
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in name
        if ch.isspace() or unicodedata.category(ch) not in _UNPRINTABLE
    )
    return " ".join(kept.split())[:MAX_NAME].strip()


def printable(text: str) -> str:
    """A file name from the folder for a message: what cannot be printed as ``\\x..``."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


MAX_CHANGES = 200_000
"""What one change file may hold: this many changes, ``MAX_CHANGE_TEXT`` bytes unpacked.  A
round that has more to publish writes them as its snapshot instead (``round.py``).  Without a
cap a file of 3 million tiny changes took 98 s and gigabytes at every round on every computer."""
MAX_CHANGE_TEXT = 96 << 20
MAX_RECORDS = 2_000_000
"""What one snapshot may hold: a journal ten times the demo's size has about 1.1 million."""
MIN_PACKED_RECORD = 16
LINES_BASE = 1_000
"""A snapshot's records are each another record, named by a random UUID (122 random bits:
no packer makes them smaller than 16 bytes), so a snapshot holds at most ``LINES_BASE``
records plus one per ``MIN_PACKED_RECORD`` bytes read of it (the demo journal's pack to
about 115 bytes each).  A hostile one of a million tiny records alike (5.9 MB, its one bad
line at the end) was held whole before that line refused it: 29–44 s and 1.4 GB on its
first reading; now it is refused after about 370,000 records.  Checked as it is read, so
a valid start followed by a sparse gigabyte of padding gains nothing."""
TOO_DENSE = "more records than a snapshot of its size can hold"
TOO_MANY = "too many changes in one file"
_CHUNK = 1 << 20


Source = bytes | BinaryIO
"""A file's packed content: its bytes, or (a plain snapshot) the file itself, read a
megabyte at a time: a file that lies about its size (a sparse one of 1 GiB, a few KB on
disk, that a sync program carries cheaply) costs no more than its first megabytes."""


def _chunks(source: Source) -> Iterator[bytes | memoryview]:
    if isinstance(source, bytes):
        view = memoryview(source)
        for at in range(0, len(view), _CHUNK):
            yield view[at : at + _CHUNK]
        return
    while True:
        try:
            chunk = source.read(_CHUNK)
        except OSError as error:
            raise FileProblem("cannot be read", INCOMPLETE) from error
        if not chunk:
            return
        yield chunk


def stream_lines(
    data: Source,
    limit: int,
    most: int,
    longest: int = 0,
    packed_per_line: int = 0,
    progress: Callable[[int], None] | None = None,
) -> Iterator[str]:
    """The lines of the gzip'd ``data``, unpacked a megabyte at a time (the whole text is
    never held): FileProblem when it unpacks to more than ``limit`` bytes, has more than
    ``most`` lines after the header or (``longest``, if given) a line of more characters,
    is cut off, not gzip or not UTF-8; and (``packed_per_line``, if given) when it has more
    lines than ``LINES_BASE`` plus one per that many packed bytes read so far (a snapshot's
    records: see ``MIN_PACKED_RECORD``).  ``progress(packed bytes read)`` after each
    megabyte read."""
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    text = codecs.getincrementaldecoder("utf-8")()
    chunks = _chunks(data)
    pending = next(chunks, None)
    size = count = gathered = fed = taken = 0
    longest = longest or limit
    rest_parts: list[str] = []
    while True:
        try:
            if unpacker.unconsumed_tail:
                out = unpacker.decompress(unpacker.unconsumed_tail, _CHUNK)
            elif pending is not None:
                out = unpacker.decompress(pending, _CHUNK)
                fed += len(pending)
                pending = next(chunks, None)
                if progress is not None:
                    progress(fed)
            else:
                out = unpacker.flush()
            taken = fed - len(unpacker.unconsumed_tail)  # packed bytes unpacked so far
            done = not out and not unpacker.unconsumed_tail and pending is None
            part = text.decode(out, final=done)
        except zlib.error as error:
            raise FileProblem(
                "not a complete gzip file (cut off or damaged)", INCOMPLETE
            ) from error
        except UnicodeDecodeError as error:
            raise FileProblem("not UTF-8 text", INCOMPLETE) from error
        size += len(out)
        if size > limit:
            raise FileProblem("too large when unpacked", TOO_LARGE)
        if "\n" not in part:  # a long line: gathered, not copied again at every megabyte
            rest_parts.append(part)
            gathered += len(part)
            lines = []
        else:
            gathered += part.index("\n")
            lines = ("".join(rest_parts) + part).split("\n")
            rest_parts = [lines.pop()]
            gathered = len(rest_parts[0])
        if gathered > longest:
            raise FileProblem("a line too long", TOO_LARGE)
        count += len(lines)
        if count > most + 1:
            raise FileProblem(TOO_MANY, TOO_LARGE)
        if packed_per_line and count > LINES_BASE + taken // packed_per_line:
            raise FileProblem(TOO_DENSE, TOO_LARGE)
        yield from lines
        if done:
            break
    if not unpacker.eof or unpacker.unused_data:
        raise FileProblem("not a complete gzip file (cut off or damaged)", INCOMPLETE)
    if any(rest_parts):
        raise FileProblem("cut off (no final line break)", INCOMPLETE)
    if size == 0:
        raise FileProblem("no header line")


def read_change_file(data: bytes) -> tuple[dict[str, Any], list[Change]]:
    """Header and changes of a change file, read as a stream and checked one by one:
    FileProblem for the first problem (also beyond ``MAX_CHANGES`` or ``MAX_CHANGE_TEXT``)."""
    for _line in stream_lines(data, MAX_CHANGE_TEXT, MAX_CHANGES):
        pass  # sizes first (cheap): a file beyond them costs no parsing of its lines
    lines = stream_lines(data, MAX_CHANGE_TEXT, MAX_CHANGES)
    head = _header(next(lines, None))
    if head.get("snapshot"):
        raise FileProblem("a snapshot among the change files")
    return head, read_changes(head, lines)


MAX_LINE = 64 << 20
"""The longest line of a snapshot (one record: a note's text is at most a million
characters; with a few conflicting versions still far below this)."""


def read_snapshot_file(
    data: Source, size: int = -1, progress: Callable[[int], None] | None = None
) -> tuple[dict[str, Any], Iterator[str]]:
    """Header and the record lines of a snapshot, read as a stream as a change file is (at
    most ``MAX_RECORDS`` lines, ``MAX_SNAPSHOT_TEXT`` unpacked, ``MAX_LINE`` a line): the
    header is checked before any other line is unpacked, and the records as they come
    (``snapshots.read_snapshot``), so a file of junk is refused at its first bad line.  Read
    whole, a 35 MB junk snapshot held its 1 GB of text three times over (bytes, text, lines)
    before a line was looked at: 3.2 GB at every round.  FileProblem, also while iterating.
    ``size``: the packed size, for a file given as a stream; ``progress(packed bytes read)``
    as it is read."""
    packed = len(data) if isinstance(data, bytes) else size
    limit = min(UNPACKED_BASE + UNPACKED_RATIO * packed, MAX_SNAPSHOT_TEXT)
    lines = stream_lines(data, limit, MAX_RECORDS, MAX_LINE, MIN_PACKED_RECORD, progress)
    head = _header(next(lines, None))
    if not head.get("snapshot"):
        raise FileProblem("not a snapshot")
    return head, lines


def decode(data: bytes) -> tuple[dict[str, Any], list[str]]:
    """Header and the other lines' text of a file, all at once (for tests and small files:
    the round reads change files with ``read_change_file`` and snapshots with
    ``read_snapshot_file``); FileProblem if unreadable or beyond the limits of a snapshot."""
    limit = min(UNPACKED_BASE + UNPACKED_RATIO * len(data), MAX_SNAPSHOT_TEXT)
    lines = stream_lines(data, limit, MAX_RECORDS, MAX_LINE)
    head = _header(next(lines, None))
    return head, list(lines)


def _header(line: str | None) -> dict[str, Any]:
    try:
        head = parse_json(line) if line is not None else None
    except ValueError as error:
        raise FileProblem("the header is not JSON") from error
    if not isinstance(head, dict):
        raise FileProblem("no header line")
    if head.get("format") != FORMAT:
        raise FileProblem("not a Client Journal sync file")
    version = head.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        # attack-20e E3: "another version" did not say that this one is the older
        raise FileProblem("written by a newer version of Client Journal: update this one", NEWER)
    if version != VERSION:
        raise FileProblem("written by another version of Client Journal", OTHER_VERSION)
    device, seq = head.get("device"), head.get("seq")
    if not isinstance(device, str) or not DEVICE_NAME.match(device):
        raise FileProblem("the header names no device")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise FileProblem("the header has no sequence number")
    if not isinstance(head.get("name", ""), str):
        raise FileProblem("the header's device name is not text")
    if not isinstance(head.get("folder", ""), str):
        raise FileProblem("the header's folder is not text")
    head["name"] = clean_name(head.get("name", ""))
    return head


@dataclass(frozen=True)
class Change:
    kind: str
    uuid: str
    field: str
    value: Any
    hlc: str
    base: str | None

    def line(self) -> dict[str, Any]:
        return {
            "id": f"{self.hlc}/{self.field}",
            "kind": self.kind,
            "uuid": self.uuid,
            "field": self.field,
            "value": self.value,
            "hlc": self.hlc,
            "base": self.base,
        }


NOT_A_SETTING_KEY = "a setting whose key is not one a setting may have"


def check_target(kind_name: Any, uuid: Any) -> tuple[str, str]:
    if not isinstance(kind_name, str) or kind_name not in BY_NAME:
        raise FileProblem("a change of an unknown kind of record")
    if not isinstance(uuid, str) or not uuid:
        raise FileProblem("a change without a record id")
    if len(uuid) > MAX_UUID or not is_record_id(kind_name, uuid):
        if kind_name == SETTING.name:  # named by its key, not by a UUID
            raise FileProblem(NOT_A_SETTING_KEY, VALUES)
        if len(uuid) > MAX_UUID:
            raise FileProblem("a change without a record id")
        raise FileProblem(f"a record id that is not a UUID ({kind_name})", VALUES)
    return kind_name, uuid


_SCALARS = (str, int, float, bool, type(None))


def check_value(kind_name: str, field: str, value: Any, record_id: str | None = None) -> None:
    """Values are SQLite's: text, numbers, null; tags a list of names; items a list of rows;
    profile entries any JSON.  ``record_id``: the record's (``values.checks_of``: a setting
    this version does not know is checked as one of a later version)."""
    if field == "tags":
        ok = type(value) is list and (not value or all(type(name) is str for name in value))
    elif field == "items":
        ok = isinstance(value, list) and all(
            isinstance(row, list) and len(row) == 4 and all(isinstance(v, _SCALARS) for v in row)
            for row in value
        )
    elif field == "_deleted":
        ok = isinstance(value, bool)
    elif field.startswith("profile/"):
        ok = True
    else:
        ok = isinstance(value, _SCALARS)
    if ok and field == "items":
        ok = acceptable(kind_name, field, value)
    if not ok:
        raise FileProblem(f"a value of the wrong type ({kind_name}.{field})", VALUES)
    if not acceptable(kind_name, field, value, record_id):
        raise FileProblem(f"a value the journal cannot keep ({kind_name}.{field})", VALUES)


TOO_FAR_AHEAD = "a clock centuries ahead (refused: it would carry every clock past its range)"


def read_changes(head: dict[str, Any], lines: Iterable[str]) -> list[Change]:
    """The changes of a change file, every one checked; FileProblem for the first bad one."""
    device = head["device"]
    changes: list[Change] = []
    line: dict[str, Any]
    for text in lines:
        try:
            line = parse_json(text)
        except ValueError as error:
            raise FileProblem("a line is not JSON") from error
        if len(changes) >= MAX_CHANGES:
            raise FileProblem(TOO_MANY, TOO_LARGE)
        if not isinstance(line, dict):
            raise FileProblem("a line is not a change")
        kind_name, uuid = check_target(line.get("kind"), line.get("uuid"))
        field = line.get("field")
        kind = BY_NAME[kind_name]
        if not isinstance(field, str) or not is_known_field(kind, field):
            raise FileProblem("a change of an unknown field")
        clock, base = line.get("hlc"), line.get("base")
        if not isinstance(clock, str) or not hlc.is_clock(clock) or hlc.device_of(clock) != device:
            raise FileProblem("a change without this device's clock")
        if base is not None and not hlc.is_clock(base):
            raise FileProblem("a change with a damaged base clock")
        value = line.get("value")
        check_value(kind_name, field, value, uuid)
        changes.append(Change(kind_name, uuid, field, value, clock, base))
    return changes
