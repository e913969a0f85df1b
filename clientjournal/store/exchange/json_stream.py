"""Importing a big JSON export a batch of clients at a time, so memory stays flat.

Parsing a whole export of a million notes into Python objects took 1.3 GB (issue 18); read
here, the file is decoded a megabyte at a time and the ``clients`` array one client at a
time, and each batch of clients goes through the same checks and the same merge as a whole
document (``json_import.import_data``), all inside one transaction: all or nothing still.
A UUID used twice in the file is caught across batches too.

Only the shape every export has is streamed: an object whose ``format``, ``version`` and
``exported_at`` come before ``clients``.  Anything else (another order, a syntax error, a
top-level key twice, text that is not UTF-8) and any refusal of a batch makes the caller
import the whole file the old way instead, after the transaction was rolled back, so every
message is exactly the one the whole document gets (the place in the file counted from its
start, the earlier place of a duplicate UUID).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import IO, Any

CHUNK_CHARS = 1024 * 1024
BATCH_NOTES = 20_000  # about 6 MB of notes as Python objects
BATCH_CLIENTS = 500
HEAD_KEYS = ("format", "version", "exported_at")
_SPACE = re.compile(r"[ \t\n\r]*")


class NotStreamable(Exception):
    """The file is not an export of the usual shape, or not valid: import it whole."""


class _Text:
    """A UTF-8 stream as text, a window at a time, for ``json``'s ``raw_decode``."""

    def __init__(self, stream: IO[bytes], decoder: json.JSONDecoder) -> None:
        self._stream = stream
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = decoder
        self.text = ""
        self.at = 0
        self.ended = False

    def _more(self, size: int = CHUNK_CHARS) -> bool:
        if self.ended:
            return False
        chunk = self._stream.read(size)
        try:
            decoded = self._utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            raise NotStreamable("not UTF-8") from error
        self.text = self.text[self.at :] + decoded
        self.at = 0
        self.ended = not chunk
        return True

    def peek(self) -> str:
        while True:
            self.at = _SPACE.match(self.text, self.at).end()  # type: ignore[union-attr]
            if self.at < len(self.text) or not self._more():
                return self.text[self.at : self.at + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise NotStreamable(f"expected {char!r}")
        self.at += 1

    def value(self) -> Any:
        """The next JSON value; read on while the window ends inside it."""
        self.peek()
        size = CHUNK_CHARS
        while True:
            try:
                found, end = self._json.raw_decode(self.text, self.at)
            except json.JSONDecodeError as error:
                if self._more(size):
                    size *= 2  # one long value: fewer, bigger reads
                    continue
                raise NotStreamable("invalid JSON") from error
            except (ValueError, RecursionError) as error:  # a duplicate key, a NaN, too deep
                raise NotStreamable(str(error)) from error
            if end == len(self.text) and self._more(size):
                continue  # a number may go on in the next chunk
            self.at = end
            return found


def batches(stream: IO[bytes], decoder: json.JSONDecoder) -> Iterator[dict[str, Any]]:
    """Sub-documents of the export in ``stream``: the head fields with a batch of clients,
    then (if the file has any) the agreement templates with no clients.  Raises
    NotStreamable for a file of another shape."""
    text = _Text(stream, decoder)
    head: dict[str, Any] = {}
    text.expect("{")
    seen: set[str] = set()
    while True:
        key = text.value()
        if not isinstance(key, str) or key in seen:
            raise NotStreamable("a key twice, or not a key")
        seen.add(key)
        text.expect(":")
        if key == "clients":
            if any(name not in head for name in HEAD_KEYS):
                raise NotStreamable("clients before the head")
            yield from _clients(text, head)
        else:
            value = text.value()
            if "clients" in seen and key != "agreement_templates":
                raise NotStreamable("another key after the clients")
            if key == "agreement_templates":
                yield {**head, "clients": [], key: value}
            else:
                head[key] = value
        if text.peek() == "}":
            text.at += 1
            break
        text.expect(",")
    if text.peek() != "" or "clients" not in seen:
        raise NotStreamable("text after the end, or no clients")


def _clients(text: _Text, head: dict[str, Any]) -> Iterator[dict[str, Any]]:
    text.expect("[")
    batch: list[Any] = []
    notes = 0
    if text.peek() == "]":
        text.at += 1
        yield {**head, "clients": []}
        return
    while True:
        client = text.value()
        batch.append(client)
        if isinstance(client, dict) and isinstance(client.get("notes"), list):
            notes += len(client["notes"])
        if notes >= BATCH_NOTES or len(batch) >= BATCH_CLIENTS:
            yield {**head, "clients": batch}
            batch, notes = [], 0
        if text.peek() == "]":
            text.at += 1
            break
        text.expect(",")
    if batch:
        yield {**head, "clients": batch}
