"""vCard 2.1, 3.0 and 4.0 files (``.vcf``) as Thunderbird, Apple Contacts, Google Contacts and
Outlook write them, read into contacts.

What real exports do that the parser must follow: lines folded with a leading space (3.0, 4.0)
or with quoted-printable soft breaks (2.1, Outlook), values in another charset (``CHARSET=``),
unindented base64 photo blocks (2.1), Apple's ``item1.EMAIL`` groups, several cards per file,
a byte order mark, CRLF, LF or CR CR LF, UTF-8 or an older Windows encoding.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from clientjournal.core.contacts.contact import (
    PROGRESS_EVERY,
    Contact,
    ContactFileError,
    ParsedContacts,
    Problem,
    Progress,
    check_size,
    clean,
    decode_text,
    first_visible,
    fitting_name,
    looks_like_email,
    no_progress,
    within_limits,
)

VERSIONS = ("2.1", "3.0", "4.0")
_NAME = re.compile(r"(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)")
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
_CHARSET = re.compile(rb"(?i);CHARSET=([A-Za-z0-9_.:-]+)")
_LINE_BREAK = re.compile(r"\r*\n|\r")
"""CRLF, LF or CR; and CR CR LF, which a CRLF file written once more through a text-mode
Windows stream has (Cardme's iPhone sample): one line break, not one with an empty line
after it, which would end every folded line there."""
_GOOGLE_GROUPS = {"mycontacts", "my contacts", "starred"}
"""Google's own groups on every card, not the user's ("My Contacts" as Android exports it)."""
_TAG_SEPARATORS = re.compile(r"[,;]")
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


@dataclass(slots=True)
class Property:
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # keys upper case; 2.1's bare "WORK;PREF" under TYPE
    value: str  # transfer encoding undone, escapes still in

    def has_type(self, wanted: str) -> bool:
        return wanted.casefold() in (t.casefold() for t in self.params.get("TYPE", []))

    def rank(self) -> int:
        """Lower is preferred: 4.0's PREF=1, then 3.0's TYPE=pref and 2.1's bare PREF."""
        for value in self.params.get("PREF", []):
            if value.isdigit():
                return int(value)
        return 100 if self.has_type("pref") or "PREF" in self.params else 1000


def _is_base64(head: str) -> bool:
    upper = head.upper()
    return "BASE64" in upper or "ENCODING=B" in upper


def _physical_lines(text: str) -> Iterator[str]:
    """``_LINE_BREAK.split(text)``, one line at a time (the list of a 50 MB file's lines was
    the file once more in memory)."""
    start = 0
    for found in _LINE_BREAK.finditer(text):
        yield text[start : found.start()]
        start = found.end()
    yield text[start:]


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfold: a line starting with a space or tab continues the one before (its first
    character dropped), a quoted-printable value ending in "=" continues on the next line,
    and 2.1's base64 blocks run on unindented until a line that is not base64.

    Linear in the file: a logical line is kept as its pieces, joined once at the end (adding
    each piece to a growing string took 16 s for a 4 MB folded photo, 286 s for 16 MB).  One
    logical line at a time: all of a file's, joined, were the file once more in memory."""
    last: _Folded | None = None
    for number, raw in enumerate(_physical_lines(text), 1):
        if last is not None:
            head = last.head()
            if last.ends_with_equals() and "QUOTED-PRINTABLE" in head.upper():
                last.drop_last_char()  # a soft break: a leading space is text
                last.add(raw)
                continue
            if raw[:1] in (" ", "\t"):
                last.add(raw[1:])
                continue
            if raw and _BASE64_LINE.fullmatch(raw) and last.has_colon() and _is_base64(head):
                last.add(raw)
                continue
            yield last.number, "".join(last.pieces)
        last = _Folded(number, raw)
    if last is not None:
        yield last.number, "".join(last.pieces)


class _Folded:
    """One logical line being unfolded: its pieces, and what is asked of its text so far
    (the part before the first colon, whether it ends with "=") without joining them."""

    __slots__ = ("_head", "number", "pieces")

    def __init__(self, number: int, first: str) -> None:
        self.number = number
        self.pieces = [first]
        self._head: str | None = first.split(":", 1)[0] if ":" in first else None

    def add(self, piece: str) -> None:
        self.pieces.append(piece)
        if self._head is None and ":" in piece:
            self._head = "".join(self.pieces).split(":", 1)[0]

    def head(self) -> str:
        return self._head if self._head is not None else "".join(self.pieces)

    def has_colon(self) -> bool:
        return self._head is not None

    def ends_with_equals(self) -> bool:
        for piece in reversed(self.pieces):
            if piece:
                return piece.endswith("=")
        return False

    def drop_last_char(self) -> None:
        """Drop the soft break's "=" (never the colon the head was found by)."""
        for index in range(len(self.pieces) - 1, -1, -1):
            if self.pieces[index]:
                self.pieces[index] = self.pieces[index][:-1]
                return


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)  # the same, without a loop over every character
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _params(text: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for item in _split_outside_quotes(text, ";"):
        if not item:
            continue
        key, has_value, value = item.partition("=")
        if not has_value:  # 2.1: "WORK", "PREF", "QUOTED-PRINTABLE"
            key, value = ("ENCODING" if key.upper() in _BARE_ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"') for v in _split_outside_quotes(value, ",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def parse_line(line: str) -> Property | None:
    """One unfolded content line, or None when it is not one."""
    match = _NAME.match(line)
    if match is None:
        return None
    rest = line[match.end() :]
    colon = rest.find(":")
    if '"' in rest[: max(colon, 0)]:  # a quoted parameter value may hold a colon
        colon = -1
        quoted = False
        for index, char in enumerate(rest):
            if char == '"':
                quoted = not quoted
            elif char == ":" and not quoted:
                colon = index
                break
    if colon < 0 or (colon > 0 and rest[0] != ";"):
        return None
    group, name = match.group(1) or "", match.group(2).upper()
    return Property(group, name, _params(rest[1:colon]), rest[colon + 1 :])


_NOT_CHARSETS = frozenset(
    {
        "punycode",
        "idna",
        "unicode-escape",
        "raw-unicode-escape",
        "unicode_escape",
        "raw_unicode_escape",
        "utf-7",  # an obsolete mail encoding whose "+" starts base64: no address book writes it
        "undefined",
    }
)
"""Codecs Python has that are no character set of a text (they read escapes or domain names)."""
_TEXT_PROPERTIES = frozenset(
    {"FN", "N", "ORG", "EMAIL", "TEL", "CATEGORIES", "NOTE", "ADR", "TITLE", "BDAY"}
)
"""The properties a contact is read from; only these are decoded (a photo is left alone)."""


def text_charset(name: str) -> str | None:
    """Python's name for a CHARSET that is a character set of text, else None: ``rot13``,
    ``zlib`` and ``base64`` are codecs of bytes, ``punycode`` and ``idna`` of domain names."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _decode_value(prop: Property, record: str, problems: list[Problem]) -> None:
    """Undo quoted-printable (2.1) or base64 (``ENCODING=b``, 2.1 and 3.0) in the value's own
    charset; a CHARSET that is no character set is read as UTF-8, and said so.  Without a
    CHARSET the bytes are UTF-8 or else Windows-1252, what 2.1 writers without one use."""
    encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
    named = (prop.params.get("CHARSET") or [""])[0]
    charset = text_charset(named or "utf-8")
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(prop.value.encode("utf-8"))
    elif ("B" in encoding or "BASE64" in encoding) and prop.name in _TEXT_PROPERTIES:
        try:
            raw = base64.b64decode("".join(prop.value.split()), validate=True)
        except (binascii.Error, ValueError):
            prop.value = ""
            problems.append(Problem(record, prop.name, "not valid base64: left out"))
            return
    else:
        if charset is None and prop.name in _TEXT_PROPERTIES:
            # The file's text was read already (as UTF-8, or line by line where it is not);
            # the CHARSET is not quoted: a message never shows the file's text.
            message = "its CHARSET is no character set; read as UTF-8"
            problems.append(Problem(record, prop.name, message))
        return
    if charset is not None:
        try:
            prop.value = raw.decode(charset)
            return
        except ValueError:  # UnicodeError and what odd codecs raise
            pass
    try:
        prop.value = raw.decode("utf-8")
    except UnicodeDecodeError:
        prop.value = raw.decode("cp1252", errors="replace")
        if not named:  # 2.1 without a CHARSET: the writer's Windows code page, as expected
            return
    problems.append(
        Problem(record, prop.name, "not valid text in its CHARSET; read as well as possible")
    )


def split_value(value: str, separator: str) -> list[str]:
    """Split at separators not escaped with a backslash, and undo the escapes."""
    if "\\" not in value:
        return value.split(separator)  # the same, without a loop over every character
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            current.append("\n" if following in ("n", "N") else following)
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def text_value(value: str) -> str:
    return clean("".join(split_value(value, "\x00")))


def _words(parts: list[str]) -> str:
    """Name parts, each a list of values separated by commas ("Richter,James"), as words."""
    return " ".join(word for part in parts for word in clean(part.replace(",", " ")).split())


def _organization(value: str) -> str:
    """ORG's first part, the organization's name: its commas are part of the name ("Meier,
    Müller & Partner", "Company, The"; the escape is often missing), not a list of values."""
    return " ".join(clean(split_value(value, ";")[0]).split())


def _name_from_n(value: str) -> str:
    parts = (split_value(value, ";") + [""] * 5)[:5]
    family, given, additional, prefix, suffix = parts
    return _words([prefix, given, additional, family, suffix])


def _address(value: str) -> str:
    parts = [clean(p) for p in (split_value(value, ";") + [""] * 7)[:7]]
    box, extended, street, locality, region, code, country = parts
    lines = [
        ", ".join(p for p in (street, extended) if p),
        " ".join(p for p in (code, locality) if p),
        region,
        country,
        box,
    ]
    return ", ".join(line.replace("\n", ", ") for line in lines if line)


def _birthday(prop: Property) -> str:
    """ISO 8601: "1968-04-02", or "--04-02" without a year (vCard 4's "--0402", and Apple's
    placeholder year named in X-APPLE-OMIT-YEAR: "1604-04-02" is no one's birthday)."""
    text = text_value(prop.value)
    day = text.split("T")[0]
    digits = day.replace("-", "")
    if day.startswith("--") and len(digits) == 4 and digits.isdigit():
        digits = "2000" + digits  # a leap year, so that 29 February is a day
        omit = True
    else:
        omit = digits[:4] in prop.params.get("X-APPLE-OMIT-YEAR", [])
    if len(digits) == 8 and digits.isdigit():
        try:
            found = date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
        except ValueError:
            return text
        return "-" + found[4:] if omit else found
    return text


def _card_contact(record: str, props: list[Property], problems: list[Problem]) -> Contact | None:
    def all_of(name: str) -> list[Property]:
        return [p for p in props if p.name == name]

    def first(name: str) -> str:
        found = [text_value(p.value) for p in all_of(name)]
        return next((text for text in found if text), "")

    kinds = {first(name).casefold() for name in ("KIND", "X-ADDRESSBOOKSERVER-KIND")}
    if "group" in kinds:  # vCard 4's KIND, Apple's for iCloud and CardDAV: a list, no person
        message = "a contact group (its members are cards of their own): skipped"
        problems.append(Problem(record, "", message))
        return None
    emails: list[str] = []
    for prop in sorted(all_of("EMAIL"), key=Property.rank):
        address = text_value(prop.value).removeprefix("mailto:").strip()
        if looks_like_email(address):
            emails.append(address)
        elif address:
            problems.append(Problem(record, "EMAIL", "not an e-mail address: left out"))
    phones = [
        text_value(p.value).removeprefix("tel:").strip()
        for p in sorted(all_of("TEL"), key=Property.rank)
    ]
    phones = [phone for phone in phones if phone]
    orgs = [_organization(p.value) for p in all_of("ORG")]
    company = next((org for org in orgs if org), "")
    name = first_visible(
        *(text_value(p.value) for p in all_of("FN")),
        *(_name_from_n(p.value) for p in all_of("N")),
        company,
        *emails[:1],
    )
    if not name:
        problems.append(Problem(record, "", "no name, company or e-mail address: skipped"))
        return None
    # A tag holds no comma or semicolon (the tag field splits at both): "category1\, category2"
    # (an escape a Thunderbird add-on writes) is two tags, not one with a comma in it.
    tags = [
        clean(tag)
        for p in all_of("CATEGORIES")
        for value in split_value(p.value, ",")
        for tag in _TAG_SEPARATORS.split(value)
    ]
    tags = [t for t in tags if t.casefold() not in _GOOGLE_GROUPS]
    notes = "\n\n".join(text for text in (text_value(p.value) for p in all_of("NOTE")) if text)
    addresses = [
        a for a in (_address(p.value) for p in sorted(all_of("ADR"), key=Property.rank)) if a
    ]
    birthday = next((b for b in (_birthday(p) for p in all_of("BDAY")) if b), "")
    contact = Contact(
        record=record,
        name=fitting_name(record, name, problems),
        company=company,
        email=emails[0] if emails else "",
        phone=phones[0] if phones else "",
        tags=[t for t in tags if t],
        notes=notes,
        postal_address="\n".join(addresses),
        role=first("TITLE"),
        birthday=birthday,
        other_contacts=emails[1:] + phones[1:],
    )
    return within_limits(contact, problems)


def _read_card(number: int, lines: list[tuple[int, str]], result: ParsedContacts) -> None:
    record = f"card {number}"
    props: list[Property] = []
    for line_number, line in lines:
        prop = parse_line(line)
        if prop is None:
            message = f"line {line_number} is not a vCard property line: ignored"
            result.problems.append(Problem(record, "", message))
            continue
        _decode_value(prop, record, result.problems)
        props.append(prop)
    version = next((p.value.strip() for p in props if p.name == "VERSION"), "")
    if version and version not in VERSIONS:
        message = "not a vCard version this app knows; read as well as possible"
        result.problems.append(Problem(record, "VERSION", message))
    contact = _card_contact(record, props, result.problems)
    if contact is not None:
        result.contacts.append(contact)


def _decode_by_line(data: bytes) -> str:
    """A file that is not UTF-8 as a whole, line by line: cards merged from several address
    books mix UTF-8 with Windows-1252, and a 2.1 line may name its own CHARSET."""
    lines = []
    for raw in data.split(b"\n"):
        charset = _CHARSET.search(raw.split(b":", 1)[0])
        named = text_charset(charset.group(1).decode("ascii")) if charset else None
        names = [named] if named else []
        for name in [*names, "utf-8", "cp1252"]:
            try:
                lines.append(raw.decode(name))
                break
            except (LookupError, UnicodeDecodeError):
                continue
        else:
            lines.append(raw.decode("latin-1"))
    return "\n".join(lines)


def parse_vcard(
    data: bytes, source: str = "<vcard>", progress: Progress = no_progress
) -> ParsedContacts:
    """All cards of a vCard file; raises ``ContactFileError`` for a file that is not one, or
    is cut off (a card without END:VCARD): importing half of it would look like success.
    ``progress`` hears the line read, of the file's lines, every ``PROGRESS_EVERY`` lines."""
    check_size(source, len(data))
    text, encoding = decode_text(source, data)
    if encoding in ("cp1252", "latin-1"):
        text = _decode_by_line(data)
    result = ParsedContacts()
    card: list[tuple[int, str]] | None = None
    number = started = 0
    total, shown = max(text.count("\n"), text.count("\r")) + 1, 0
    for line_number, line in _logical_lines(text):
        if line_number - shown >= PROGRESS_EVERY:
            progress(line_number, total)
            shown = line_number
        word = line.strip().upper()
        if not word:
            continue
        if word == "BEGIN:VCARD":
            if card is not None:
                reason = "a new card begins before END:VCARD; the card is incomplete"
                raise ContactFileError(source, reason, f"card {number} (line {started})")
            number, started, card = number + 1, line_number, []
        elif word == "END:VCARD":
            if card is None:
                raise ContactFileError(
                    source, "END:VCARD without BEGIN:VCARD", f"line {line_number}"
                )
            _read_card(number, card, result)
            card = None
        elif card is not None:
            card.append((line_number, line))
        elif number == 0:
            reason = "not a vCard file: it does not start with BEGIN:VCARD"
            raise ContactFileError(source, reason, f"line {line_number}")
        else:
            reason = "text outside a card (between END:VCARD and BEGIN:VCARD)"
            raise ContactFileError(source, reason, f"line {line_number}")
    if card is not None:
        reason = "the file ends inside the card (END:VCARD missing): is the file cut off?"
        raise ContactFileError(source, reason, f"card {number} (line {started})")
    if number == 0:
        raise ContactFileError(source, "not a vCard file: no BEGIN:VCARD found")
    return result
