"""How strong a passphrase is, roughly: enough to warn before a journal is locked with "1234".

A rough guess of the search space (characters from the classes used, or words for a phrase
of several words), not a promise: a real attacker tries dictionaries first.  SQLCipher's
256,000 PBKDF2 rounds slow each guess down, so "fair" here already costs a lot to break.
"""

from __future__ import annotations

import math
import string
from enum import Enum

MIN_LENGTH = 8
WORD_BITS = 11.0  # a word drawn from ~2,000 common ones


class Strength(Enum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def _pool(text: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in text):
        pool += 26
    if any(c in string.ascii_uppercase for c in text):
        pool += 26
    if any(c in string.digits for c in text):
        pool += 10
    if any(not c.isascii() or c in string.punctuation or c == " " for c in text):
        pool += 33
    return pool


def bits(text: str) -> float:
    """Estimated bits of guessing work: the larger of the character and the word estimate,
    counting a character repeated many times ("aaaaaaaa") only once per distinct character."""
    if not text:
        return 0.0
    distinct = len(set(text))
    characters = min(len(text), distinct * 2) * math.log2(max(_pool(text), 2))
    words = len([w for w in text.split() if len(w) >= 3]) * WORD_BITS
    return max(characters, words)


def strength(text: str) -> Strength:
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    estimate = bits(text)
    if estimate < 40:
        return Strength.WEAK
    if estimate < 60:
        return Strength.FAIR
    return Strength.STRONG
