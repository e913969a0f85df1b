"""Importing a big JSON export a batch of clients at a time, so memory stays flat.

Parsing a whole export of a million notes into Python objects took 1.3 GB (issue 18); read
here, the file is decoded a megabyte at a time and the ``clients`` array one client at a
time, and each batch of clients goes through the same checks and the same merge as a whole
document (``json_import``), all inside one transaction: all or nothing still.  A batch is a
``ClientBatch``: its messages count the clients from the start of the file; ``UsedUuids``
finds a UUID an earlier batch used, on disk.

Only the shape every export has is streamed: an object whose ``format``, ``version`` and
``exported_at`` come before ``clients``, an array.  A file of another shape (``NotStreamable``)
is read whole instead.  A file that is no JSON at all is refused here, as the whole read would
word it (``BadJson``: the line and column of the first error, json's own words for it), without
reading the rest of the file into memory first.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from clientjournal.core.exchange.schema_check import JsonPath, shown
from clientjournal.store.connection import BULK_CACHE_KIB
from clientjournal.store.exchange.common import CHUNK, ClientBatch, ImportFailed, location

CHUNK_CHARS = 1024 * 1024
BATCH_NOTES = 5_000  # about 10 MB as Python objects; more only made the peak higher
BATCH_CLIENTS = 500
HEAD_KEYS = ("format", "version", "exported_at")
_SPACE = re.compile(r"[ \t\n\r]*")
# json's error for a value the window cut off names a place this close to the window's end
# (a \uXXXX\uXXXX escape, -Infinity), or is an unterminated string: then more is read.
_CUT_MARGIN = 16


class NotStreamable(Exception):
    """The file is not an export of the usual shape: import it whole."""


class BadJson(Exception):
    """The file is not valid JSON, or not UTF-8; ``str()`` is the reason in the words of the
    whole-file read."""


class BadValue(Exception):
    """The JSON decoder's hooks refused a value (a key twice, NaN), or it is nested too
    deeply or a number too long: ``original`` is that error, worded by the importer."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(str(original))
        self.original = original


class _Text:
    """A UTF-8 stream as text, a window at a time, for ``json``'s ``raw_decode``; counts the
    lines dropped from the window so an error names its line and column in the whole file."""

    def __init__(self, stream: IO[bytes], decoder: json.JSONDecoder) -> None:
        self._stream = stream
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = decoder
        self.text = ""
        self.at = 0
        self.ended = False
        self._lines = 0  # line breaks in the text dropped before the window
        self._column = 0  # characters after the last of them, before the window
        self._byte_lines = 0  # b"\n" in the bytes decoded so far

    def _more(self, size: int = CHUNK_CHARS) -> bool:
        if self.ended:
            return False
        chunk = self._stream.read(size)
        try:
            decoded = self._utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            data = error.object
            line = self._byte_lines + data.count(b"\n", 0, error.start) + 1
            reason = f"not UTF-8 text: byte 0x{data[error.start]:02x} on line {line}"
            raise BadJson(reason) from None
        self._byte_lines += chunk.count(b"\n")
        dropped = self.text.count("\n", 0, self.at)
        if dropped:
            self._lines += dropped
            self._column = self.at - self.text.rfind("\n", 0, self.at) - 1
        else:
            self._column += self.at
        self.text = self.text[self.at :] + decoded
        self.at = 0
        self.ended = not chunk
        return True

    def peek(self) -> str:
        while True:
            space = _SPACE.match(self.text, self.at)  # matches always: it may be empty
            self.at = space.end() if space else self.at
            if self.at < len(self.text) or not self._more():
                return self.text[self.at : self.at + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise NotStreamable(f"expected {char!r}")
        self.at += 1

    def bad(self, message: str, position: int) -> BadJson:
        """json's message for ``position`` in the window, at its line and column in the file."""
        breaks = self.text.count("\n", 0, position)
        line = self._lines + breaks + 1
        if breaks:
            column = position - self.text.rfind("\n", 0, position)
        else:
            column = self._column + position + 1
        return BadJson(f"invalid JSON at line {line}, column {column}: {message}")

    def wrong_here(self, before: str) -> BadJson:
        """The character here (or the end) is not what the structure allows after ``before``
        (the JSON read so far, in short): json's own words for it, from json reading
        ``before`` and then the text from here."""
        start = self.at
        self.peek()
        try:
            json.loads(before + self.text[start : self.at + 64])
        except json.JSONDecodeError as error:
            return self.bad(error.msg, start + max(error.pos - len(before), 0))
        except ValueError:
            pass
        return self.bad("Expecting ',' delimiter", self.at)

    def _cut_short(self, error: json.JSONDecodeError) -> bool:
        return error.msg.startswith("Unterminated string") or (
            error.pos + _CUT_MARGIN >= len(self.text)
        )

    def value(self) -> Any:
        """The next JSON value; read on while the window ends inside it."""
        self.peek()
        size = CHUNK_CHARS
        while True:
            try:
                found, end = self._json.raw_decode(self.text, self.at)
            except json.JSONDecodeError as error:
                # Read on only while the error may be the window's end: a syntax error in
                # the middle of a big file must not read the rest of it into memory.
                if self._cut_short(error) and self._more(size):
                    size *= 2  # one long value: fewer, bigger reads
                    continue
                raise self.bad(error.msg, error.pos) from None
            except (ValueError, RecursionError) as error:  # a key twice, NaN, too deep
                raise BadValue(error) from None
            if end == len(self.text) and self._more(size):
                continue  # a number may go on in the next chunk
            self.at = end
            return found


class UsedUuids:
    """Every record UUID of the file so far with its place, so that a UUID used again in a
    later batch is refused naming the earlier place, as for the whole document.

    Kept in a scratch SQLite file (in the system's temporary folder, private to the user and
    deleted as soon as it is open), not in memory: a million UUIDs in a Python set took about 100 MB, and
    memory has to stay flat however big the file.  It holds UUIDs and places, no text.

    The UUIDs are appended as they come and looked for twice once, by sorting them (``check``),
    when the file is read or a batch failed: looking each up in an index of the ones before
    was a seventh of an import at ten times the demo journal, its pages read at random
    (issue 21).  A UUID used twice is thus found after the later batch was written, inside
    the import's transaction, which the refusal then rolls back.
    """

    def __enter__(self) -> UsedUuids:
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        try:
            self._folder = tempfile.TemporaryDirectory(prefix="clientjournal-import-")
            path = Path(self._folder.name) / "uuids.sqlite3"
            self._db = self._open(str(path))
        except (OSError, sqlite3.Error):  # no temporary folder to write: in memory after all
            self._cleanup()
            self._db = self._open(":memory:")
            return self
        # Gone from the folder at once, the open file written on (it needs no journal file
        # of its own): an import killed half way leaves nothing behind either.  Where an open
        # file cannot be deleted (Windows), at the end.
        with contextlib.suppress(OSError):
            path.unlink()
            self._cleanup()
        return self

    @staticmethod
    def _open(name: str) -> sqlite3.Connection:
        db = sqlite3.connect(name, isolation_level=None)
        for pragma in (
            "locking_mode = EXCLUSIVE",
            "journal_mode = OFF",
            "synchronous = OFF",
            f"cache_size = -{BULK_CACHE_KIB}",  # the sort of ``check``
        ):
            db.execute(f"PRAGMA {pragma}")
        db.execute("CREATE TABLE used (uuid TEXT NOT NULL, place TEXT NOT NULL)")
        # One transaction, never committed (the file is deleted): a statement of its own per
        # row locked, wrote and checked the file each time (1.5 million fcntl calls for a
        # 100,000-note import, its time a third more).
        db.execute("BEGIN")
        return db

    def _cleanup(self) -> None:
        if self._folder is not None:
            with contextlib.suppress(OSError):
                self._folder.cleanup()
            self._folder = None

    def __exit__(self, *exc: object) -> None:
        self._db.close()
        self._cleanup()

    def add(self, source: str, batch: Any, seen: dict[str, JsonPath]) -> None:
        """Remember the batch's UUIDs (``seen``: each with its path in the batch, each once:
        ``json_import._check_document``); ``check`` finds one an earlier batch used."""
        first = getattr(batch, "first_client", 0)

        def in_file(path: JsonPath) -> JsonPath:
            index = path[1]
            if path[0] == "clients" and isinstance(index, int):
                return ("clients", index + first, *path[2:])
            return path

        self._db.executemany(
            "INSERT INTO used VALUES (?, ?)",
            ((uuid, json.dumps(in_file(path))) for uuid, path in seen.items()),
        )

    def check(self, source: str) -> None:
        """Raise ImportFailed for the UUID of the batches so far whose second use comes first
        in the file, naming both places, as the whole document's check would."""
        twice = [
            row[0]
            for row in self._db.execute("SELECT uuid FROM used GROUP BY uuid HAVING COUNT(*) > 1")
        ]
        if not twice:
            return
        places: dict[str, list[tuple[int, str]]] = {}
        for start in range(0, len(twice), CHUNK):
            chunk = twice[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT uuid, rowid, place FROM used WHERE uuid IN ({marks})"
            for uuid, rowid, place in self._db.execute(sql, chunk):
                places.setdefault(uuid, []).append((rowid, place))
        uuid = min(places, key=lambda found: sorted(places[found])[1][0])
        (_, earlier), (_, later) = sorted(places[uuid])[:2]
        raise ImportFailed(
            source,
            f"uuid {shown(uuid)} is already used by {location(None, tuple(json.loads(earlier)))}",
            location(None, (*json.loads(later), "uuid")),
        )


def batches(stream: IO[bytes], decoder: json.JSONDecoder) -> Iterator[ClientBatch]:
    """Sub-documents of the export in ``stream``: the head fields with a batch of clients,
    then (if the file has any) each field after ``clients`` with no clients.  Raises
    NotStreamable for a file of another shape, BadJson for one that is not JSON."""
    text = _Text(stream, decoder)
    head: dict[str, Any] = {}
    text.expect("{")
    seen: set[str] = set()
    clients = 0
    while True:
        if text.peek() != '"':
            if not seen and text.peek() == "}":
                raise NotStreamable("an empty object")
            raise text.wrong_here('{"a": 0,' if seen else "{")
        key = text.value()
        if key in seen:
            raise BadJson("invalid JSON: a field appears twice in one object")
        seen.add(key)
        if text.peek() != ":":
            raise text.wrong_here('{"a"')
        text.at += 1
        if key == "clients":
            if any(name not in head for name in HEAD_KEYS) or text.peek() != "[":
                raise NotStreamable("clients before the head, or not an array")
            for batch in _clients(text, head, clients):
                clients += len(batch["clients"])
                yield batch
        else:
            value = text.value()
            if "clients" in seen:  # checked on its own (agreement_templates, or a stray key)
                yield ClientBatch({**head, "clients": [], key: value}, first_client=clients)
            else:
                head[key] = value
        after = text.peek()
        if after == "}":
            text.at += 1
            break
        if after != ",":
            raise text.wrong_here('{"a": 0')
        text.at += 1
    if text.peek() != "":
        raise text.bad("Extra data", text.at)
    if "clients" not in seen:
        raise NotStreamable("no clients")


def _clients(text: _Text, head: dict[str, Any], first: int) -> Iterator[ClientBatch]:
    text.expect("[")
    batch: list[Any] = []
    notes = 0
    if text.peek() == "]":
        text.at += 1
        yield ClientBatch({**head, "clients": []}, first_client=first)
        return
    while True:
        client = text.value()
        batch.append(client)
        if isinstance(client, dict) and isinstance(client.get("notes"), list):
            notes += len(client["notes"])
        if notes >= BATCH_NOTES or len(batch) >= BATCH_CLIENTS:
            yield ClientBatch({**head, "clients": batch}, first_client=first)
            first += len(batch)
            batch, notes = [], 0
        after = text.peek()
        if after == "]":
            text.at += 1
            break
        if after != ",":
            raise text.wrong_here("[0")
        text.at += 1
    if batch:
        yield ClientBatch({**head, "clients": batch}, first_client=first)
