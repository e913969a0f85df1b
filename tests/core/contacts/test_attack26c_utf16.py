"""attack26c: UTF-16 without a byte order mark is told by the zero bytes of the first 4 KB
only (9f2ec60); the rest of the file must be such text too.  A file of such text followed by
the same text in the other byte order was read as text: one more "contact" named in
Chinese-looking signs (U+4E00 ...), with the rest of the file in it.  Binary data or a lone
surrogate after the first 4 KB was refused as "line 1: a NUL byte", pointing at the text's
own zero bytes; now the line where the text stops being UTF-16 is named.  (Zero bytes after
the text, and a vCard in both byte orders, were refused before, in other words: at the CSV's
NUL character, at the text between two cards.)"""

from __future__ import annotations

import os

import pytest

from clientjournal.core.contacts.contact import ContactFileError, decode_text
from clientjournal.core.contacts.csv_table import parse_csv
from clientjournal.core.contacts.vcard import parse_vcard

ROWS = "Name,E-mail\r\n" + "".join(f"Person {i},p{i}@example.org\r\n" for i in range(200))
LE, BE = ROWS.encode("utf-16-le"), ROWS.encode("utf-16-be")
FROM_LINE_202 = "line 202: UTF-16 text without a byte order mark, but from here on it is not"


@pytest.mark.parametrize(
    "data",
    [LE + BE, BE + LE, LE + b"\x00" * 9000, LE + os.urandom(9000), LE + bytes(range(256)) * 40],
    ids=["le-then-be", "be-then-le", "zeros", "random", "binary"],
)
def test_utf16_text_and_then_something_else_is_refused_at_its_line(data: bytes) -> None:
    assert len(LE) > 4096
    with pytest.raises(ContactFileError) as raised:
        parse_csv(data, "book.csv")
    assert FROM_LINE_202 in str(raised.value)


def test_an_odd_byte_count_or_a_lone_surrogate_is_named_by_its_line() -> None:
    for data, line in (
        (LE + b"A", 202),
        (LE[:-4] + "\ud800".encode("utf-16-le", "surrogatepass") + LE[-4:], 201),
    ):
        with pytest.raises(ContactFileError) as raised:
            decode_text("book.csv", data)
        assert f"line {line}: UTF-16 text without a byte order mark" in str(raised.value)


def test_a_vcard_in_both_byte_orders_is_not_read_as_one_more_card() -> None:
    card = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.org\r\nEND:VCARD\r\n"
        for i in range(60)
    )
    with pytest.raises(ContactFileError, match="from here on it is not"):
        parse_vcard(card.encode("utf-16-le") + card.encode("utf-16-be"), "book.vcf")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_text_with_signs_whose_one_byte_is_zero_is_still_read(codec: str) -> None:
    """U+4E00 (一), U+3000 (ideographic space), U+0100 (Ā): a zero byte on the letters' side,
    alone or a few in a row, as names have them."""
    rows = ROWS + "".join(
        f"山田\u3000一郎{i},y{i}@example.jp\r\nĀina\u3000\u3000\u3000一,a{i}@example.org\r\n"
        for i in range(100)
    )
    parsed = parse_csv(rows.encode(codec), "book.csv")
    assert len(parsed.contacts) == 400
    assert parsed.contacts[-1].name == "Āina\u3000\u3000\u3000一"
