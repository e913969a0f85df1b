"""A contact read from another address book (vCard, CSV), before it becomes a client.

The parsers return these plain records and a list of problems with single records (skipped or
partly read), so a preview can show both before anything is written.  A file that cannot be
read at all raises ``ContactFileError``, whose one line names the file, the record and the field.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from clientjournal.core.domain import AddressForm
from clientjournal.core.profile import MAX_FIELD_LENGTH
from clientjournal.core.records import ClientData
from clientjournal.core.tags import MAX_TAGS, normalize_tags
from clientjournal.core.validation import (
    MAX_COMPANY_LENGTH,
    MAX_NAME_LENGTH,
    MAX_PHONE_LENGTH,
    is_email,
    is_visible,
    one_line,
)

Progress = Callable[[int, int], None]
"""How far a long step is (done, of total): a preview shows it, and may stop the step by
raising from it (nothing of the step is kept)."""
PROGRESS_EVERY = 2000  # records or lines between two reports


def no_progress(_done: int, _total: int) -> None:
    """A ``Progress`` that shows nothing (the command line)."""


MAX_FILE_BYTES = (
    64 * 1024 * 1024
)  # an address book of a lifetime is a few MB; more is no address book
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"[\s\x85\u2028\u2029]+")
_EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+")
_FORMS = {
    "du": AddressForm.DU,
    "sie": AddressForm.SIE,
    "first_name": AddressForm.FIRST_NAME,
    "first name": AddressForm.FIRST_NAME,
    "vorname": AddressForm.FIRST_NAME,
    "formal": AddressForm.FORMAL,
    "förmlich": AddressForm.FORMAL,
}


def _one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", _CONTROL.sub("", text)).strip()


class ContactFileError(ValueError):
    """The file cannot be imported at all; ``str()`` is one line: file, record, field, reason."""

    def __init__(self, source: str, reason: str, record: str = "", field: str = "") -> None:
        super().__init__(source, reason, record, field)
        self.source = _one_line(source)
        self.reason = _one_line(reason)
        self.record = _one_line(record)
        self.field = _one_line(field)

    def __str__(self) -> str:
        where = " ".join(part for part in (self.record, self.field) if part)
        return ": ".join(part for part in (self.source, where, self.reason) if part)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one record; the record was skipped or read in part."""

    record: str  # "card 3", "line 12"
    field: str  # "EMAIL", "E-mail 1 - Value"; "" for the whole record
    message: str

    def __str__(self) -> str:
        where = " ".join(part for part in (self.record, self.field) if part)
        return f"{where}: {self.message}"


@dataclass(slots=True)
class Contact:
    record: str  # where it came from, for messages: "card 3", "line 12"
    name: str
    company: str = ""
    email: str = ""
    phone: str = ""
    address_form: str = ""  # an AddressForm value, "" for the journal's default
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    postal_address: str = ""
    role: str = ""
    birthday: str = ""
    other_contacts: list[str] = field(default_factory=list)  # further e-mails and phones

    def client(self) -> ClientData:
        """The client this contact becomes: what has no field of its own goes to the profile."""
        profile: dict[str, str] = {}
        background = "\n\n".join(part for part in (self.notes, self.postal_address) if part)
        for key, value in (
            ("background", background),
            ("role", self.role),
            ("birthday", self.birthday),
            ("reachability", ", ".join(self.other_contacts)),
        ):
            if value.strip():
                profile[key] = value.strip()[:MAX_FIELD_LENGTH]
        return ClientData(
            name=self.name,
            company=self.company,
            email=self.email,
            phone=self.phone,
            address_form=AddressForm(self.address_form or AddressForm.SIE),
            profile=profile,
            tags=normalize_tags(self.tags),
        )


@dataclass(slots=True)
class ParsedContacts:
    contacts: list[Contact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def clean(text: str) -> str:
    """Control characters (and lone surrogates, which no database takes) removed, trimmed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def looks_like_email(text: str) -> bool:
    """The address check the client dialog makes, so an import stores nothing it would refuse."""
    return bool(_EMAIL.fullmatch(text.strip())) and is_email(text)


def first_visible(*candidates: str) -> str:
    """The first candidate for a name that shows something: a name of spaces or zero-width
    characters is no name (the client dialog refuses it), the next best is taken."""
    return next((text for text in candidates if is_visible(text)), "")


def within_limits(contact: Contact, problems: list[Problem]) -> Contact:
    """The contact within the client dialog's limits (core/validation.py, one set for every
    way in): a company too long is cut, a phone number too long left out, tags beyond the
    number a record keeps dropped; each said as a problem of the record."""
    record = contact.record
    contact.company, contact.email, contact.phone = (
        one_line(contact.company),
        one_line(contact.email),
        one_line(contact.phone),
    )
    contact.other_contacts = [one_line(text) for text in contact.other_contacts]
    if len(contact.company) > MAX_COMPANY_LENGTH:
        message = f"longer than {MAX_COMPANY_LENGTH} characters: cut"
        problems.append(Problem(record, "company", message))
        contact.company = contact.company[:MAX_COMPANY_LENGTH].rstrip()
    if len(contact.phone) > MAX_PHONE_LENGTH:
        message = f"longer than {MAX_PHONE_LENGTH} characters: left out"
        problems.append(Problem(record, "phone", message))
        contact.phone = ""
    kept = [text for text in contact.other_contacts if len(text) <= MAX_PHONE_LENGTH]
    if len(kept) < len(contact.other_contacts):
        message = f"longer than {MAX_PHONE_LENGTH} characters: left out"
        problems.append(Problem(record, "phone", message))
        contact.other_contacts = kept
    if len(contact.tags) > MAX_TAGS and len(normalize_tags(contact.tags)) == MAX_TAGS:
        message = f"more than a record keeps: the first {MAX_TAGS} kept"
        problems.append(Problem(record, "tags", message))
        contact.tags = normalize_tags(contact.tags)
    return contact


def fitting_name(record: str, name: str, problems: list[Problem]) -> str:
    """A name as long as the client dialog allows, on one line; a longer one is cut, and said
    so."""
    name = one_line(name)
    if len(name) <= MAX_NAME_LENGTH:
        return name
    problems.append(Problem(record, "name", f"longer than {MAX_NAME_LENGTH} characters: cut"))
    return name[:MAX_NAME_LENGTH].rstrip()


def address_form(text: str) -> str | None:
    """The address form a cell or property names ("Du", "Sie", "formal"), or None."""
    return _FORMS.get(text.strip().casefold())


def check_size(source: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise ContactFileError(source, f"the file is larger than {limit} MB, not an address book")


def decode_text(source: str, data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read with: a byte order mark decides, else
    UTF-16 without a mark (``utf16_without_mark``), else UTF-8, else Windows-1252 (what older
    Windows tools write), else Latin-1."""
    if not data.strip():
        raise ContactFileError(source, "the file is empty")
    for mark, name, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
        (b"\xff\xfe", "utf-16", "utf-16-le"),
        (b"\xfe\xff", "utf-16", "utf-16-be"),
    ):
        if data.startswith(mark):
            body = data[len(mark) :]
            try:
                return body.decode(codec), name
            except UnicodeDecodeError as error:
                newline = "\n".encode(codec)
                line = body.count(newline, 0, error.start) + 1
                label = name.removesuffix("-sig").upper()
                reason = f"starts with a {label} byte order mark, but line {line} is not {label}"
                raise ContactFileError(source, reason) from None
    unmarked = utf16_without_mark(data)
    if unmarked is not None:  # UTF-16 without its mark: every other byte of plain text is zero
        return _unmarked_text(source, data, unmarked), unmarked
    if b"\x00" in data:  # said where: one in a long address book is damage, not a binary file
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        reason = "a NUL byte: binary data or a damaged file, not text"
        raise ContactFileError(source, reason, f"line {line}")
    for name in ("utf-8", "cp1252"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


_UTF16_SAMPLE = 4096
_OTHER_ORDER = b"\x00" * 8  # of the letters' side: see _unmarked_text


def _unmarked_text(source: str, data: bytes, codec: str) -> str:
    """The text of UTF-16 ``data`` without a mark, whose first 4 KB only were looked at: the
    whole file must be so (attack26c: a file of that text and then binary data, or text in
    the other byte order, was read as text; 201 "contacts", the last named in Chinese-looking
    signs).  Eight characters in a row whose letters' byte is zero (U+0000, Ā U+0100, the
    ideographic space U+3000, 一 U+4E00: one here and there in names, never eight in a row)
    are binary data or the other byte order; bytes that do not decode are damage.  Both are
    refused with the line where they start."""
    letters = data[0::2] if codec == "utf-16-le" else data[1::2]
    other = letters.find(_OTHER_ORDER)
    end = other * 2 if other >= 0 else len(data)
    try:
        text = data.decode(codec) if other < 0 else data[:end].decode(codec)
    except UnicodeDecodeError as error:
        end = error.start
    else:
        if other < 0:
            return text
    line = data[: end - end % 2].decode(codec, "replace").count("\n") + 1
    reason = (
        "UTF-16 text without a byte order mark, but from here on it is not "
        "(binary data, a damaged file or text in the other byte order)"
    )
    raise ContactFileError(source, reason, f"line {line}")


def utf16_without_mark(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the file's first bytes are UTF-16 text without
    a byte order mark (Windows tools write "Unicode" so), else None.  Text of Latin letters
    has a zero byte in every other place, on one side only (little-endian: the second byte of
    each pair): at least half of that side is zero and next to none of the other, and the
    sample decodes.  Binary data has zeros on both sides."""
    sample = data[:_UTF16_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    first, second = sample[0::2], sample[1::2]
    half = len(first)
    for zeros, letters, codec in ((second, first, "utf-16-le"), (first, second, "utf-16-be")):
        if zeros.count(0) * 2 >= half and letters.count(0) * 64 <= half:
            try:  # not final: the sample may end inside a surrogate pair
                codecs.getincrementaldecoder(codec)().decode(sample)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def file_kind(name: str, head: bytes) -> str:
    """ "json", "vcard", "csv" or "eml": by the file's extension, else by its first bytes."""
    suffix = name.rsplit(".", 1)[-1].casefold() if "." in name else ""
    by_suffix = {"json": "json", "vcf": "vcard", "vcard": "vcard", "csv": "csv", "tsv": "csv"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    if suffix == "eml":
        return "eml"
    text = head[:4096].decode("utf-8", errors="ignore").replace("\x00", "").lstrip("\ufeff \r\n\t")
    if text.startswith(("{", "[")):
        return "json"
    if "BEGIN:VCARD" in text.upper():
        return "vcard"
    if re.match(r"(?im)^(from|received|return-path|message-id|date|subject):", text):
        return "eml"
    return "csv"
