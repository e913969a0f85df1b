"""Separate what the writer says from what they quote.

A reply that quotes the client's anger ("You wrote 'this is unacceptable' — ...", or a line
starting with ">") is not itself angry. :func:`split_quotes` returns the writer's own text, with
quoted passages replaced by a neutral placeholder, and the quoted text on its own, which the
detector counts much less. Short quotes that are not reported speech (your "final" version) stay
in the writer's text and are returned as scare-quote candidates: a sarcasm marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PLACEHOLDER = " … "
# A quote of at most this many words that is not reported speech is a scare-quote candidate.
SCARE_MAX_WORDS = 3

_QUOTED_LINE = re.compile(r"^[ \t]*(?:>|\|)[^\n]*$", re.MULTILINE)
_QUOTED = re.compile(
    r"\"(?P<a>[^\"\n]{1,400})\""
    r"|“(?P<b>[^”\n]{1,400})”"
    r"|„(?P<c>[^“”\"\n]{1,400})[“”\"]"  # German, closed as typed too: „Zitat"
    r"|«(?P<d>[^»\n]{1,400})»"
    r"|»(?P<e>[^«\n]{1,400})«"
    r"|‚(?P<f>[^‘’\n]{1,400})[‘’]"
    r"|‘(?P<g>[^’\n]{1,400})’"
    r"|(?<![\w'])'(?P<h>[^'\n]{3,400})'(?![\w'])"
)
# Reported speech: a quote shortly after one of these words is the other person's wording.
_REPORTING = re.compile(
    r"\b(?:wrote|write|writes|written|said|say|says|called|call|mentioned|complained|claimed"
    r"|comment|comments|words|quote|quoted|quoting|asked|told|replied|subject|reply\s+with"
    r"|schrieben|schreiben|schrieb|schreibt|schriebst|geschrieben|sagten|sagte|sagen|sagt"
    r"|gesagt|meinten|meinte|meint|meinst|nannten|nannte|Aussage|Kommentar|Worte|Wort"
    r"|Zitat|zitiere|Formulierung|Betreff|fragten|fragte|antworten|mit)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_REPORTED_COLON = re.compile(
    r"\b(?:you|Sie|du|they|he|she)\s+(?:wrote|said|schrieben|schriebst|schrieb|sagten|sagtest"
    r"|sagte|meinten|meintest|meinte)\s*:\s*(?P<q>[^\n]+)",
    re.IGNORECASE,
)
_SCARE_CUE = re.compile(
    r"\b(?:your|yours|another|so-called|ihre?[nmrs]?|deine?[nmrs]?|noch|angeblich\w*"
    r"|sogenannt\w*|you|sie|du)\b(?:\W+\w+){0,2}\W*$",
    re.IGNORECASE,
)
_PLAIN_ANSWERS = frozenset({"ok", "okay", "yes", "no", "ja", "nein", "go", "passt"})


@dataclass
class Parts:
    own: str
    quoted: str
    scare_quotes: list[str] = field(default_factory=list)


def split_quotes(text: str) -> Parts:
    quoted: list[str] = []
    scare: list[str] = []

    def drop_line(match: re.Match[str]) -> str:
        quoted.append(match.group(0).lstrip(" \t>|"))
        return ""

    own = _QUOTED_LINE.sub(drop_line, text)

    def reported_colon(match: re.Match[str]) -> str:
        quoted.append(match.group("q"))
        return match.group(0)[: match.start("q") - match.start()] + PLACEHOLDER

    own = _REPORTED_COLON.sub(reported_colon, own)

    def quote(match: re.Match[str]) -> str:
        inner = next(g for g in match.groups() if g is not None)
        before = own[max(0, match.start() - 60) : match.start()]
        words = inner.split()
        if _REPORTING.search(before) or len(words) > SCARE_MAX_WORDS:
            quoted.append(inner)
            return PLACEHOLDER
        if inner.strip().lower() not in _PLAIN_ANSWERS and _SCARE_CUE.search(before):
            scare.append(inner.strip())
        return match.group(0)

    own = _QUOTED.sub(quote, own)
    return Parts(own, "\n".join(quoted), scare)


# The envelope of a mail: the salutation ("Hallo Jan,", "Dear Ms Smith,") and a sign-off that is
# only a formula ("Viele Grüße\nAnna", "Best,\nTom"). They say nothing about the tone, but
# whether a writer bothered with them varies, and a model would learn that instead.
_GREETING = re.compile(
    r"\A\s*(?:hallo|hi|hey|hej|moin|servus|liebe[rs]?|sehr\s+geehrte[rs]?|guten\s+(?:tag|morgen|abend)"
    r"|grüß\s+Gott|dear|hello|good\s+(?:morning|afternoon|evening))\b[^\n,!.:]{0,40}[,!.:]?",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(?:\A|\n)[ \t]*(?:(?:viele|beste|freundliche|liebe|herzliche|schöne|sonnige)\s+grüße"
    r"|mit\s+(?:freundlichen|besten|herzlichen)\s+grüßen|grüße|gruß|lg|vg|mfg|beste|best"
    r"|best\s+(?:regards|wishes)|kind\s+regards|warm(?:est)?\s+regards|regards|cheers|thanks"
    r"|thank\s+you|many\s+thanks|all\s+the\s+best|danke|vielen\s+dank|bis\s+bald|ciao"
    r"|take\s+care|talk\s+soon)(?-i:[ \t]+[A-ZÄÖÜ][\w.-]*){0,2}[ \t]*[,!.]?[ \t]*"
    r"(?:\n[^\n]{0,40}){0,2}\s*\Z",
    re.IGNORECASE,
)
# A last line of one to three capitalised words and nothing else: a name under the text.
_NAME_LINE = re.compile(r"\n[ \t]*[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w.-]*){0,2}[ \t]*\s*\Z")


def strip_envelope(text: str) -> str:
    """The text without its salutation and a formula-only sign-off (see above)."""
    body = _GREETING.sub("", text, count=1)
    body = _CLOSING.sub("", body, count=1)
    return _NAME_LINE.sub("", body, count=1)
