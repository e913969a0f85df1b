"""attack26c: hostile address-book files since UTF-16 without a byte order mark is read
(9f2ec60).  Its NUL bytes had refused such a file at the first megabyte; now a gigabyte of
it was read whole (1.9 GB of memory, 4.7 s) to be refused as larger than an address book:
a regular file over the limit is refused before it is read.  A named pipe no program writes
to kept the reading (the window's thread) waiting for ever: it is empty now."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from clientjournal.core.contacts.contact import MAX_FILE_BYTES
from clientjournal.store.exchange import common
from clientjournal.store.exchange.common import ImportFailed, read_import_file
from clientjournal.store.exchange.contacts import read_contacts

ROWS = "Name,E-mail\r\n" + "".join(f"Person {i},p{i}@example.org\r\n" for i in range(200))


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    read: list[int] = []
    real = common._read_capped

    def counted(source, stream):
        data = real(source, stream)
        read.append(len(data))
        return data

    monkeypatch.setattr(common, "_read_capped", counted)
    return read


def test_utf16_larger_than_an_address_book_is_refused_before_it_is_read(
    tmp_path: Path, whole_reads: list[int]
):
    book = tmp_path / "book.csv"
    with book.open("wb") as stream:  # UTF-16 text, then (sparse) zeros: no disk used
        stream.write(ROWS.encode("utf-16-le"))
        stream.truncate(MAX_FILE_BYTES + 2)
    with pytest.raises(ImportFailed, match="larger than 64 MB, not an address book"):
        read_contacts(book)
    assert whole_reads == []
    # the same size is no reason to refuse an export (a journal exports to hundreds of MB)
    export = tmp_path / "export.json"
    with export.open("wb") as stream:
        stream.write(b'{"format": "clientjournal", "clients": []}' + b" " * 100)
        stream.truncate(MAX_FILE_BYTES + 2)
    with pytest.raises(ImportFailed, match="binary data"):  # its zeros, past the size
        read_import_file(export)
    assert whole_reads == []  # refused in the first megabyte


def test_an_address_book_growing_while_it_is_read_is_read_no_further_than_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    book = tmp_path / "book.csv"
    book.write_bytes(ROWS.encode("utf-16-le"))
    read: list[int] = []
    real = common._read_capped

    def growing(source, stream):  # a program appends to it after its size was looked at
        with book.open("r+b") as grown:
            grown.truncate(2 * MAX_FILE_BYTES)
        data = real(source, stream)
        read.append(len(data))
        return data

    monkeypatch.setattr(common, "_read_capped", growing)
    with pytest.raises(ImportFailed, match="larger than 64 MB, not an address book"):
        read_contacts(book)
    assert read == [MAX_FILE_BYTES + 1]


def test_an_address_book_within_the_limit_is_read(tmp_path: Path):
    book = tmp_path / "book.csv"
    book.write_bytes(ROWS.encode("utf-16-be"))
    assert len(read_contacts(book).contacts) == 200


def test_a_named_pipe_nobody_writes_to_is_empty_not_waited_for(tmp_path: Path):
    fifo = tmp_path / "book.vcf"
    os.mkfifo(fifo)
    said: list[str] = []

    def read() -> None:
        try:
            read_contacts(fifo)
        except ImportFailed as error:
            said.append(str(error))

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():  # let it go: a writer that opens and closes at once
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(10)
        pytest.fail("the reading waited for a writer")
    assert said == [f"{fifo}: the file is empty"]
