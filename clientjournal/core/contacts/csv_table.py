"""Contacts from a CSV table (Google Contacts, Outlook in English or German, Excel, this app's
own CSV export), with a suggested mapping of its columns that a person can change.

Reading is split in two steps so a preview can redo the second one as the mapping changes:
``read_table`` finds the encoding, the delimiter and the header; ``contacts_from_table`` turns
the rows into contacts with a mapping (one ``Column`` per column).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from clientjournal.core.contacts.contact import (
    PROGRESS_EVERY,
    Contact,
    ContactFileError,
    ParsedContacts,
    Problem,
    Progress,
    address_form,
    check_size,
    clean,
    decode_text,
    first_visible,
    fitting_name,
    looks_like_email,
    no_progress,
    within_limits,
)
from clientjournal.core.contacts.csv_columns import (
    ADDRESS_PARTS,
    NAME_COLUMNS,
    Column,
    address_group,
    addresses,
    birthday_text,
    header_key,
    known_column,
    name_prefix,
)
from clientjournal.core.exchange.markdown import CSV_COLUMNS, plain_csv_cell

DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = ("utf-8-sig", "utf-16", "cp1252", "latin-1")
_SAMPLE_LINES = 50
_SEPARATOR_LINE = re.compile(r"sep=([,;\t|])[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
_PREAMBLE_LINES = 5  # lines of one field before the header that are read as a note on top
_MULTI = re.compile(r"\s*:::\s*")  # Google joins several values of one column so
_TAG_SPLIT = re.compile(r"\s*(?::::|[,;])\s*")


@dataclass(slots=True)
class CsvTable:
    header: list[str]
    rows: list[list[str]]  # every row as long as the header
    lines: list[int]  # the line each row starts on, for messages
    encoding: str
    delimiter: str
    has_header: bool


def _decode(source: str, data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding is None:
        return decode_text(source, data)
    check_size(source, len(data))
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ContactFileError(source, f"not {encoding.upper()} text", f"line {line}") from None
    except LookupError:
        raise ContactFileError(source, f"unknown encoding {encoding!r}") from None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns, the same number on
    (nearly) every line: a comma inside a German address must not win over the semicolons."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            continue
        counts = [count for count in counts if count] or [0]
        ones = next((i for i, count in enumerate(counts) if count != 1), 0)
        if 0 < ones <= _PREAMBLE_LINES:
            counts = counts[ones:]  # a note on top of the table (see _preamble)
        steady = sum(1 for count in counts if count == counts[0]) / len(counts)
        score = (1 if counts[0] > 1 and steady >= 0.8 else 0, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _preamble(rows: list[list[str]]) -> int:
    """How many lines of one field each come before the header: LinkedIn's Connections.csv
    starts with "Notes:" and a quoted paragraph, then an empty line, then its header.  Only
    when a header the app knows follows (a table of one column has no preamble)."""
    for index, row in enumerate(rows[: _PREAMBLE_LINES + 1]):
        if len(row) > 1:
            return index if index and any(known_column(cell) for cell in row) else 0
    return 0


def _looks_like_header(row: list[str], rows: list[list[str]]) -> bool:
    if any(known_column(cell) for cell in row):
        return True
    if any("@" in cell or any(ch.isdigit() for ch in cell) for cell in row):
        return False
    cells = [header_key(cell) for cell in row]
    return all(cells) and len(set(cells)) == len(cells) and len(rows) > 1


def read_table(
    data: bytes,
    source: str = "<csv>",
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: Progress = no_progress,
) -> CsvTable:
    """The file's rows; encoding and delimiter are found unless given.  ``progress`` hears
    the line read, of the file's lines."""
    check_size(source, len(data))
    text, used = _decode(source, data, encoding)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ContactFileError(source, "the file is empty")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        reason = "a NUL character: binary data or a damaged file, not a CSV table"
        raise ContactFileError(source, reason, f"line {line}")
    hint = _SEPARATOR_LINE.match(text)
    skipped = 0
    if hint is not None:  # Excel's first line naming the delimiter ("sep=;"): no row
        delimiter = delimiter or hint.group(1)
        text, skipped = text[hint.end() :], 1
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1 + skipped
    total = max(text.count("\n"), text.count("\r")) + 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append(row)
                lines.append(start)
                if not len(rows) % PROGRESS_EVERY:
                    progress(start, total)
            start = reader.line_num + 1 + skipped
    except csv.Error as error:
        raise ContactFileError(
            source, f"not a readable CSV table: {error}", f"line {start}"
        ) from None
    if not rows:
        raise ContactFileError(source, "the file holds no rows, only empty lines")
    unclosed = _unclosed_quote_line(text, delimiter, lines)
    if unclosed is not None:
        reason = (
            'a field in quotes is never closed (a " missing?): '
            "the rest of the file would be one field"
        )
        raise ContactFileError(source, reason, f"line {unclosed}")
    preamble = _preamble(rows)
    rows, lines = rows[preamble:], lines[preamble:]
    has_header = _looks_like_header(rows[0], rows)
    width = len(rows[0])
    header = rows[0] if has_header else [f"Column {i + 1}" for i in range(width)]
    if has_header:
        rows, lines = rows[1:], lines[1:]
        if not rows:
            raise ContactFileError(source, "only a header row, no contacts", "line 1")
    shown = "tab" if delimiter == "\t" else repr(delimiter)
    for index, row in enumerate(rows):
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            reason = (
                f"{len(row)} fields, but the header has {width}: "
                f"is there a {shown} inside a field that is not in quotes?"
            )
            raise ContactFileError(source, reason, f"line {lines[index]}")
        rows[index] = (row + [""] * width)[:width]
    return CsvTable(header, rows, lines, used, delimiter, has_header)


def _mostly(values: list[str], test: Callable[[str], bool]) -> bool:
    filled = [v for v in values if v.strip()]
    return bool(filled) and sum(1 for v in filled if test(v)) >= 0.8 * len(filled)


def suggest_mapping(table: CsvTable) -> list[Column]:
    """A column per known header name (English and German); the app's own export's "notes"
    column is a count, not text.  Without a header: e-mail and name columns by their content."""
    if table.has_header:
        own = {"uuid", "address_form"} <= {header_key(h) for h in table.header}
        mapping = [known_column(h) or Column.IGNORE for h in table.header]
        if own:
            mapping = [
                Column.IGNORE if header_key(h) == "notes" and h in CSV_COLUMNS else m
                for h, m in zip(table.header, mapping, strict=True)
            ]
        return mapping
    columns = list(zip(*table.rows, strict=True)) if table.rows else []
    mapping = [Column.IGNORE] * len(table.header)
    for index, values in enumerate(columns):
        if _mostly(list(values), looks_like_email):
            mapping[index] = Column.EMAIL
            break
    for index, values in enumerate(columns):
        if mapping[index] is Column.IGNORE and _mostly(
            list(values), lambda v: "@" not in v and not any(ch.isdigit() for ch in v)
        ):
            mapping[index] = Column.NAME
            break
    return mapping


def column_label(index: int, title: str) -> str:
    """A column as a message names it: a header the app knows by its name (an address book's
    standard one), any other by its place, for a header may be a row of data taken for one
    and a message never shows the file's text (issue 18)."""
    return title.strip() if known_column(title) else f"column {index + 1}"


def _tags(text: str) -> list[str]:
    return [t for t in _TAG_SPLIT.split(text) if t.strip() and not t.startswith("* ")]


def _row_contact(
    record: str,
    labels: list[str],
    row: list[str],
    mapping: list[Column],
    problems: list[Problem],
    groups: list[str] | None = None,
) -> Contact | None:
    """``labels``: each column as a message names it (``column_label``); ``groups``: each
    column's address group (``address_group``)."""
    values: dict[Column, list[tuple[str, str]]] = {}
    parts: list[tuple[str, Column, str]] = []
    for index, (label, cell, column) in enumerate(zip(labels, row, mapping, strict=True)):
        text = clean(plain_csv_cell(cell.replace("\r\n", "\n")))
        if text and column in ADDRESS_PARTS:
            parts.append((groups[index] if groups else "", column, text))
        elif text and column is not Column.IGNORE:
            values.setdefault(column, []).append((label, text))

    def joined(column: Column, separator: str = " ") -> str:
        return separator.join(text for _, text in values.get(column, []))

    emails: list[str] = []
    for title, text in values.get(Column.EMAIL, []):
        for address in _MULTI.split(text):
            if looks_like_email(address):
                emails.append(address.strip())
            elif address:
                problems.append(Problem(record, title, "not an e-mail address: left out"))
    phones = [p for _, text in values.get(Column.PHONE, []) for p in _MULTI.split(text) if p]
    form = ""
    for title, text in values.get(Column.ADDRESS_FORM, []):
        form = address_form(text) or ""
        if not form:
            message = "not an address form (du, Sie, first name, formal)"
            problems.append(Problem(record, title, message))
    company = joined(Column.COMPANY, ", ")
    given = " ".join(part for part in (joined(Column.FIRST_NAME), joined(Column.LAST_NAME)) if part)
    if given:  # with its prefix and suffix, as a vCard's N is read
        prefix, suffix = name_prefix(joined(Column.NAME_PREFIX)), joined(Column.NAME_SUFFIX)
        given = " ".join(part for part in (prefix, given, suffix) if part)
    name = first_visible(joined(Column.NAME), given, company, *emails[:1])
    if not name:
        problems.append(Problem(record, "", "no name, company or e-mail address: skipped"))
        return None
    contact = Contact(
        record=record,
        name=fitting_name(record, name, problems),
        company=company,
        email=emails[0] if emails else "",
        phone=phones[0] if phones else "",
        address_form=form,
        tags=[t for _, text in values.get(Column.TAGS, []) for t in _tags(text)],
        notes=joined(Column.NOTES, "\n\n"),
        postal_address="\n".join(
            [text for _, text in values.get(Column.POSTAL_ADDRESS, [])] + addresses(parts)
        ),
        role=joined(Column.ROLE, ", "),
        birthday=next(
            (b for _, text in values.get(Column.BIRTHDAY, []) if (b := birthday_text(text))), ""
        ),
        other_contacts=emails[1:] + phones[1:],
    )
    return within_limits(contact, problems)


def contacts_from_table(
    table: CsvTable, mapping: list[Column], source: str = "<csv>", progress: Progress = no_progress
) -> ParsedContacts:
    """The table's rows as contacts; raises ``ContactFileError`` when no column holds a name.
    ``progress`` hears the row done, of the table's rows."""
    if len(mapping) != len(table.header):
        raise ValueError("one mapping entry per column")
    if not NAME_COLUMNS & set(mapping):
        reason = (
            "no column holds a name: none of its "
            f"{len(table.header)} columns is called Name, First name or Last name"
        )
        raise ContactFileError(source, reason, "line 1" if table.has_header else "")
    result = ParsedContacts()
    # once, not for every cell of every row (a third of the time of a 100,000-row table)
    labels = [column_label(index, title) for index, title in enumerate(table.header)]
    groups = [address_group(title) for title in table.header]
    total = len(table.rows)
    for done, (line, row) in enumerate(zip(table.lines, table.rows, strict=True)):
        if done and not done % PROGRESS_EVERY:
            progress(done, total)
        contact = _row_contact(f"line {line}", labels, row, mapping, result.problems, groups)
        if contact is not None:
            result.contacts.append(contact)
    return result


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _unclosed_quote_line(text: str, delimiter: str, lines: list[int]) -> int | None:
    """The line where a field in quotes opens that the file never closes, or None.

    The lenient reader (the one that reads the rows: Excel, LibreOffice, Google and Outlook
    write quoted fields with line breaks in them, and a stray quote in the middle of a field
    must not stop an import) takes the rest of the file into such a field and says nothing.
    A strict reader would stop at the first formatting error instead, so an unclosed quote
    after a stray one went unseen.  So the same lenient reader reads the text once more with
    a line of its own appended (a NUL, which no accepted text holds): that line comes back as
    a row of its own unless a field is still open at the end, and then the open field is the
    one that holds it, so its line is the row's first line plus the line breaks before it.
    """
    marker = "\x00"  # never in the text: a file with NUL characters was refused before
    reader = csv.reader(io.StringIO(f"{text}\n{marker}\n", newline=""), delimiter=delimiter)
    last: list[str] = []
    for row in reader:
        if any(cell.strip() for cell in row):
            last = row
    if last == [marker]:
        return None
    line = lines[-1]  # the lenient reader read the same rows, so the last one starts here
    for cell in last:
        if marker in cell:
            return line
        line += len(_LINE_BREAK.findall(cell))
    return line


def parse_csv(data: bytes, source: str = "<csv>") -> ParsedContacts:
    """Contacts with the suggested mapping (the command line has no preview)."""
    table = read_table(data, source)
    return contacts_from_table(table, suggest_mapping(table), source)
