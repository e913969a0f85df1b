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
changes ``{"id", "kind", "uuid", "field", "value", "hlc", "base"}`` (``id`` is the change's
clock, unique); a snapshot's are records ``{"kind", "uuid", "fields": {field: [value, hlc,
base]}, "versions": [...]}``.  A file that is not exactly this (cut off, not gzip, a line that
is not JSON, a wrong type, a clock of another device in a change file) is refused whole:
``FileProblem`` says which kind of problem, never the content.

Names other programs leave are recognised here: a Syncthing conflict copy
(``…sync-conflict-…``) or a Dropbox one (``… (… conflicted copy …)…``) of a change file is read
like the original (merging is idempotent); temporary files (``.syncthing.*.tmp``,
``~syncthing~*``, our own ``.cj-*.tmp``) and anything else are ignored.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any

from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.records import BY_NAME, is_known_field

FORMAT = "clientjournal-sync"
VERSION = 1
SYNC_JSON = "sync.json"
CHANGES = "changes"
SNAPSHOTS = "snapshots"
PLAIN_END = ".jsonl.gz"
ENCRYPTED_END = ".jsonl.enc"
SEQ_DIGITS = 10
MAX_UUID = 100

DEVICE_NAME = re.compile(r"^[0-9a-f]{8,64}$")
_CHANGE_FILE = re.compile(r"^(\d{10})(.*)\.(gz|enc)$")
_CONFLICT_COPY = re.compile(r"sync-conflict-|conflicted copy", re.IGNORECASE)


class FileProblem(ValueError):
    """A file that cannot be read as a whole; the text is the kind of problem."""


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


def header(device: str, name: str, seq: int, snapshot: bool = False) -> dict[str, Any]:
    line: dict[str, Any] = {"format": FORMAT, "version": VERSION, "device": device}
    line.update({"name": name, "seq": seq})
    if snapshot:
        line["snapshot"] = True
    return line


def encode(head: dict[str, Any], lines: list[dict[str, Any]], level: int = 6) -> bytes:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    text = "\n".join([dumps(head), *(dumps(line) for line in lines)]) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=level, mtime=0)


def decode(data: bytes) -> tuple[dict[str, Any], list[Any]]:
    """Header and lines of a file (not yet checked line by line); FileProblem if unreadable."""
    try:
        text = gzip.decompress(data).decode("utf-8")
    except (EOFError, OSError, zlib.error) as error:
        raise FileProblem("not a complete gzip file (cut off or damaged)") from error
    except UnicodeDecodeError as error:
        raise FileProblem("not UTF-8 text") from error
    if not text.endswith("\n"):
        raise FileProblem("cut off (no final line break)")
    try:
        lines = [json.loads(line) for line in text.splitlines()]
    except ValueError as error:
        raise FileProblem("a line is not JSON") from error
    if not lines or not isinstance(lines[0], dict):
        raise FileProblem("no header line")
    head = lines[0]
    if head.get("format") != FORMAT:
        raise FileProblem("not a Client Journal sync file")
    if head.get("version") != VERSION:
        raise FileProblem("written by another version of Client Journal")
    device, seq = head.get("device"), head.get("seq")
    if not isinstance(device, str) or not DEVICE_NAME.match(device):
        raise FileProblem("the header names no device")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise FileProblem("the header has no sequence number")
    if not isinstance(head.get("name", ""), str):
        raise FileProblem("the header's device name is not text")
    return head, lines[1:]


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
            "id": self.hlc,
            "kind": self.kind,
            "uuid": self.uuid,
            "field": self.field,
            "value": self.value,
            "hlc": self.hlc,
            "base": self.base,
        }


def _check_target(kind_name: Any, uuid: Any) -> tuple[str, str]:
    if not isinstance(kind_name, str) or kind_name not in BY_NAME:
        raise FileProblem("a change of an unknown kind of record")
    if not isinstance(uuid, str) or not uuid or len(uuid) > MAX_UUID:
        raise FileProblem("a change without a record id")
    return kind_name, uuid


_SCALARS = (str, int, float, bool, type(None))


def check_value(kind_name: str, field: str, value: Any) -> None:
    """Values are SQLite's: text, numbers, null; tags a list of names; items a list of rows;
    profile entries any JSON."""
    if field == "tags":
        ok = isinstance(value, list) and all(isinstance(name, str) for name in value)
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
    if not ok:
        raise FileProblem(f"a value of the wrong type ({kind_name}.{field})")


def read_changes(head: dict[str, Any], lines: list[Any]) -> list[Change]:
    """The changes of a change file, every one checked; FileProblem for the first bad one."""
    device = head["device"]
    changes = []
    line: dict[str, Any]
    for line in lines:
        if not isinstance(line, dict):
            raise FileProblem("a line is not a change")
        kind_name, uuid = _check_target(line.get("kind"), line.get("uuid"))
        field = line.get("field")
        kind = BY_NAME[kind_name]
        if not isinstance(field, str) or not is_known_field(kind, field) or field == "_versions":
            raise FileProblem("a change of an unknown field")
        clock, base = line.get("hlc"), line.get("base")
        if not isinstance(clock, str) or not hlc.is_clock(clock) or hlc.device_of(clock) != device:
            raise FileProblem("a change without this device's clock")
        if base is not None and not hlc.is_clock(base):
            raise FileProblem("a change with a damaged base clock")
        value = line.get("value")
        check_value(kind_name, field, value)
        changes.append(Change(kind_name, uuid, field, value, clock, base))
    return changes


@dataclass(frozen=True)
class SnapshotRecord:
    kind: str
    uuid: str
    fields: dict[str, list[Any]]
    versions: list[list[Any]]


def read_snapshot(lines: list[Any]) -> list[SnapshotRecord]:
    records = []
    line: dict[str, Any]
    for line in lines:
        if not isinstance(line, dict):
            raise FileProblem("a line is not a record")
        kind_name, uuid = _check_target(line.get("kind"), line.get("uuid"))
        fields = line.get("fields")
        kind = BY_NAME[kind_name]
        if not isinstance(fields, dict):
            raise FileProblem("a record without fields")
        for field, entry in fields.items():
            if not is_known_field(kind, field) or field == "_versions":
                raise FileProblem("a record with an unknown field")
            if not isinstance(entry, list) or len(entry) != 3 or not hlc.is_clock(entry[1]):
                raise FileProblem("a field without a clock")
            if entry[2] is not None and not hlc.is_clock(entry[2]):
                raise FileProblem("a field with a damaged base clock")
            check_value(kind_name, field, entry[0])
        versions = line.get("versions", [])
        if not isinstance(versions, list) or not all(_is_version(v) for v in versions):
            raise FileProblem("damaged note versions")
        records.append(SnapshotRecord(kind_name, uuid, fields, versions))
    return records


def _is_version(entry: Any) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 3
        and hlc.is_clock(entry[0])
        and (entry[1] is None or hlc.is_clock(entry[1]))
        and (entry[2] is None or isinstance(entry[2], str))
    )
