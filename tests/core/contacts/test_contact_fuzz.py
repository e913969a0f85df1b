"""Thousands of damaged contact files and mails (seeded): each parser returns contacts or
raises its one clear error, never anything else, and what it returns is clean text."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from clientjournal.core.contacts.contact import ContactFileError
from clientjournal.core.contacts.csv_table import parse_csv
from clientjournal.core.contacts.eml import parse_eml
from clientjournal.core.contacts.vcard import parse_vcard

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"
_BAD_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_SNIPPETS = [
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"=\r\n", b";ENCODING=QUOTED-PRINTABLE:", b"=C3",
    b";CHARSET=bogus", b"\\", b"\\n", b"\"", b",", b";", b"\t", b"\r\n ", b"\xff\xfe", b"\x00",
    b"\xef\xbb\xbf", b"item1.", b"PREF=x", b"Content-Type: text/html; charset=x\r\n",
    b"=?utf-8?Q?=FF?=", b"=?bogus?B?////?=", b"--boundary\r\n", b"<p>", b"</script>", b"&#xFFFFFFF;",
]  # fmt: skip


def mutate(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(7)
        at = rng.randint(0, len(data))
        if choice == 0:
            data = data[:at]  # cut off
        elif choice == 1 and data:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
        elif choice == 2:
            data = data[:at] + rng.choice(_SNIPPETS) + data[at:]
        elif choice == 3:
            data = (
                data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 40))) + data[at:]
            )
        elif choice == 4:
            lines = data.splitlines(keepends=True)
            rng.shuffle(lines)
            data = b"".join(lines)
        elif choice == 5:
            lines = data.splitlines(keepends=True)
            if lines:
                del lines[rng.randrange(len(lines))]
            data = b"".join(lines)
        else:
            end = min(len(data), at + rng.randint(1, 200))
            data = data[:at] + data[at:end] * rng.randint(2, 5) + data[end:]
    return data


def check_contacts(parse: Callable, data: bytes) -> None:
    try:
        result = parse(data, "fuzz")
    except ContactFileError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz")
        return
    for contact in result.contacts:
        assert contact.name and not _BAD_TEXT.search(contact.name)
        client = contact.client()
        for text in (client.name, client.company, client.email, client.phone, *client.tags):
            assert not _BAD_TEXT.search(text)
            text.encode("utf-8")  # what SQLite will be given


@pytest.mark.parametrize(
    ("parse", "pattern", "count"),
    [(parse_vcard, "*.vcf", 3000), (parse_csv, "*.csv", 3000)],
)
def test_damaged_contact_files(parse: Callable, pattern: str, count: int) -> None:
    samples = [path.read_bytes() for path in sorted(DATA.glob(pattern))]
    rng = random.Random(20240501)
    for _ in range(count):
        check_contacts(parse, mutate(rng.choice(samples), rng))


def test_damaged_mails() -> None:
    samples = [path.read_bytes() for path in sorted(DATA.glob("*.eml"))]
    rng = random.Random(7)
    for _ in range(1500):
        data = mutate(rng.choice(samples), rng)
        try:
            mail = parse_eml(data, "fuzz")
        except ContactFileError as error:
            assert "\n" not in str(error)
            continue
        for text in (mail.sender, mail.subject, mail.body, *mail.recipients):
            assert not _BAD_TEXT.search(text)
            text.encode("utf-8")
