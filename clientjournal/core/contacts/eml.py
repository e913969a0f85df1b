"""A saved e-mail (``.eml``, RFC 5322) read for "add as a note": who, when, subject and text.

The standard library parses the mail; this module only makes the result safe to use: encoded
headers decoded (RFC 2047), the plain-text part preferred, an HTML-only mail turned into text
without a browser, and anything malformed reported as a problem instead of an exception.
"""

from __future__ import annotations

import email
import email.utils
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, MIMEPart
from html.parser import HTMLParser

from clientjournal.core.contacts.contact import ContactFileError, Problem, check_size, clean

MAX_BODY_CHARS = 200_000  # a note is for reading; a novel-length mail is cut, and says so
_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"}
_SKIPPED = {"script", "style", "head", "title"}
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(slots=True)
class Mail:
    sender: str  # the address
    sender_name: str
    recipients: list[str]  # addresses in To and Cc
    date: datetime | None  # aware, UTC; None when missing or unreadable
    subject: str
    body: str
    problems: list[Problem] = field(default_factory=list)

    def addresses(self) -> list[str]:
        return [a for a in [self.sender, *self.recipients] if a]

    def note_text(self) -> str:
        """The note's text: who wrote to whom about what, then the message."""
        sender = f"{self.sender_name} <{self.sender}>" if self.sender_name else self.sender
        head = [
            line
            for line in (
                f"From: {sender}" if sender else "",
                f"To: {', '.join(self.recipients)}" if self.recipients else "",
                f"Subject: {self.subject}" if self.subject else "",
            )
            if line
        ]
        return "\n".join(head) + ("\n\n" if head else "") + self.body


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(_SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(markup: str) -> str:
    """Readable text from an HTML mail: paragraphs and line breaks kept, scripts and styles
    dropped, entities decoded."""
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup the parser gives up on
        return clean(html.unescape(re.sub(r"<[^>]*>", " ", markup)))
    text = "\n".join(line.strip() for line in "".join(parser.parts).split("\n"))
    return clean(_BLANK_LINES.sub("\n\n", text))


def _header(message: EmailMessage, name: str, problems: list[Problem]) -> str:
    try:
        value = message.get(name)
        return clean(str(value)) if value is not None else ""
    except Exception:  # the header parser has many ways to fail on junk
        raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
        problems.append(Problem("mail", name, "could not be decoded; shown as written"))
        return clean(str(raw))


def _addresses(message: EmailMessage, name: str, problems: list[Problem]) -> list[tuple[str, str]]:
    text = _header(message, name, problems)
    try:
        pairs = email.utils.getaddresses([text])
    except Exception:
        problems.append(Problem("mail", name, "not a list of addresses"))
        return []
    return [(clean(n), clean(a)) for n, a in pairs if "@" in a]


def _date(message: EmailMessage, problems: list[Problem]) -> datetime | None:
    text = _header(message, "Date", problems)
    if not text:
        problems.append(Problem("mail", "Date", "missing; the note gets today's date"))
        return None
    try:
        when = email.utils.parsedate_to_datetime(text)
        return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        problems.append(Problem("mail", "Date", "not a date; the note gets today's"))
        return None


def _part_text(part: MIMEPart, problems: list[Problem]) -> str:
    try:
        return str(part.get_content())
    except Exception:  # unknown charset, broken transfer encoding, ...
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            return str(part.get_payload())
        charset = part.get_content_charset() or "utf-8"
        problems.append(
            Problem("mail", "body", f"not valid {charset} text; read as well as possible")
        )
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            return payload.decode("utf-8", errors="replace")


def _body(message: EmailMessage, problems: list[Problem]) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is None:
        if message.is_multipart():
            problems.append(Problem("mail", "body", "no text part (only attachments?)"))
            return ""
        part = message
    text = _part_text(part, problems)
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    text = clean(text)
    if len(text) > MAX_BODY_CHARS:
        text = text[:MAX_BODY_CHARS] + "\n[…]"
        problems.append(Problem("mail", "body", "very long; cut to the first 200,000 characters"))
    return text


def parse_eml(data: bytes, source: str = "<mail>") -> Mail:
    """Raises ``ContactFileError`` for a file that is no mail at all (no From, To, Date or
    Subject header); everything else wrong with it becomes a problem on the result."""
    check_size(source, len(data))
    if not data.strip():
        raise ContactFileError(source, "the file is empty")
    message = email.message_from_bytes(data, policy=policy.default)
    if not any(name in message for name in ("From", "To", "Date", "Subject")):
        raise ContactFileError(source, "not an e-mail: no From, To, Date or Subject header")
    problems: list[Problem] = []
    senders = _addresses(message, "From", problems)
    recipients = [a for name in ("To", "Cc") for _, a in _addresses(message, name, problems)]
    sender_name, sender = senders[0] if senders else ("", "")
    return Mail(
        sender=sender,
        sender_name=sender_name,
        recipients=recipients,
        date=_date(message, problems),
        subject=_header(message, "Subject", problems),
        body=_body(message, problems),
        problems=problems,
    )
