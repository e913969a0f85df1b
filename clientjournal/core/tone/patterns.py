"""Rules as data: a regular expression with a stable key, a readable label and a weight.

Matching 200 expressions against a 2,000-character mail costs milliseconds, so every rule also
carries "needles": lower-case literals of which any match must contain at least one, derived
from the pattern itself (:func:`needles`). A rule whose needles do not occur in the text is not
run. The derivation is conservative (optional parts, classes and lookarounds give nothing), and
tests/core/tone/test_tone.py checks that the shortcut never hides a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

FLAGS = re.IGNORECASE | re.MULTILINE


_NO_NEEDLE = ("",)  # marks "needles not derived yet" apart from None ("no pre-check")


class Rule:
    """A rule; its pattern is compiled, and its needles derived, on first use (most rules are
    never run for a given text, and compiling all of them would cost the first call ~40 ms)."""

    __slots__ = ("_needles", "_pattern", "_starts", "key", "label", "source", "weight")

    def __init__(self, key: str, label: str, weight: float, source: str) -> None:
        self.key, self.label, self.weight, self.source = key, label, weight, source
        self._pattern: re.Pattern[str] | None = None
        self._needles: tuple[str, ...] | None = _NO_NEEDLE
        self._starts: tuple[str, ...] | None = _NO_NEEDLE

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self.source, FLAGS)
        return self._pattern

    @property
    def needles(self) -> tuple[str, ...] | None:
        """Lower-case strings of which any match must contain one; None: no cheap pre-check."""
        if self._needles is _NO_NEEDLE:
            self._needles = needles(self.source)
        return self._needles

    @property
    def starts(self) -> tuple[str, ...] | None:
        """Lower-case literals one of which every match starts with (None: unknown)."""
        if self._starts is _NO_NEEDLE:
            self._starts = starts(self.source)
        return self._starts

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        """``pattern.search(text)``, faster: skipped unless a needle occurs, and when every match
        starts with one of a few literals, tried only where they occur (leftmost first)."""
        found = self.needles
        if found is not None and not any(n in lowered for n in found):
            return None
        return self.search_unchecked(text, lowered)

    def search_unchecked(self, text: str, lowered: str) -> re.Match[str] | None:
        """:meth:`search` once a needle is known to occur (see :class:`RuleSet`)."""
        heads = self.starts
        if heads is None or len(lowered) != len(text):
            return self.pattern.search(text)
        positions = []
        for head in heads:
            i = lowered.find(head)
            while i >= 0:
                positions.append(i)
                i = lowered.find(head, i + 1)
        match = self.pattern.match
        for i in sorted(set(positions)):
            hit = match(text, i)
            if hit:
                return hit
        return None


class RuleSet:
    """Rules in a fixed order with one index of all their needles: a text is searched once per
    distinct needle (some 550 for a language's ~160 rules), and only the rules one of whose
    needles occurs are run. Per rule, checking its needles cost 2,000-character mails more than
    running the few rules that can match. Built on first use (deriving the needles is what the
    rules' first use costs anyway)."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._index: tuple[tuple[tuple[str, tuple[int, ...]], ...], tuple[int, ...]] | None = None

    def _build(self) -> tuple[tuple[tuple[str, tuple[int, ...]], ...], tuple[int, ...]]:
        by_needle: dict[str, list[int]] = {}
        always = []
        for i, rule in enumerate(self.rules):
            if rule.needles is None:
                always.append(i)
            else:
                for needle in rule.needles:
                    by_needle.setdefault(needle, []).append(i)
        self._index = (tuple((n, tuple(i)) for n, i in by_needle.items()), tuple(always))
        return self._index

    def candidates(self, lowered: str) -> list[Rule]:
        """The rules that can match a text (given lower-cased), in their order."""
        by_needle, always = self._index or self._build()
        chosen = set(always)
        for needle, numbers in by_needle:
            if needle in lowered:
                chosen.update(numbers)
        rules = self.rules
        return [rules[i] for i in sorted(chosen)]

    def matches(self, text: str, lowered: str) -> list[tuple[Rule, re.Match[str]]]:
        """(rule, first match) of each rule that matches, in the rules' order: the same as
        ``rule.search`` of every rule."""
        out = []
        for rule in self.candidates(lowered):
            match = rule.search_unchecked(text, lowered)
            if match:
                out.append((rule, match))
        return out


def finditer_at_heads(
    pattern: re.Pattern[str], heads: tuple[str, ...] | None, text: str, lowered: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` (matches never empty), tried only where one of ``heads``
    (:func:`starts` of the pattern, lower-case) occurs in ``lowered``: a regular expression
    that begins with ``\\b`` and 30 alternatives is otherwise tried at every character."""
    if heads is None or len(lowered) != len(text):
        yield from pattern.finditer(text)
        return
    positions = set()
    for head in heads:
        i = lowered.find(head)
        while i >= 0:
            positions.add(i)
            i = lowered.find(head, i + 1)
    end = 0
    match = pattern.match
    for i in sorted(positions):
        if i >= end:
            hit = match(text, i)
            if hit:
                yield hit
                end = hit.end()


def rules(key: str, label: str, weight: float, *patterns: str) -> list[Rule]:
    return [Rule(key, label, weight, p) for p in patterns]


def _closing(pattern: str, start: int) -> int:
    """The index of the bracket closing the one at ``start`` (escapes and classes respected)."""
    opening, closing = pattern[start], ")" if pattern[start] == "(" else "]"
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[" and opening == "(":
            i = _closing(pattern, i) + 1
            continue
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced pattern: {pattern!r}")


def _top_level_split(pattern: str) -> list[str]:
    parts, depth, last, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _closing(pattern, i) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
        i += 1
    return [*parts, pattern[last:]]


def _required(pattern: str) -> list[tuple[str, ...]]:
    """Groups of lower-case literals; every match of ``pattern`` contains one of each group.

    Conservative: a piece that is optional, repeated from zero, a lookaround or a character
    class contributes nothing.
    """
    alternatives = _top_level_split(pattern)
    if len(alternatives) > 1:
        best = [_best(_required(alt)) for alt in alternatives]
        return [] if any(b is None for b in best) else [tuple(x for b in best for x in b)]
    found: list[tuple[str, ...]] = []
    word: list[str] = []

    def flush() -> None:
        if len(word) >= 3:
            found.append(("".join(word).lower(),))
        word.clear()

    i = 0
    while i < len(pattern):
        char = pattern[i]
        nxt = pattern[i + 1 : i + 2]
        if char == "\\":
            flush()
            i += 2
        elif char in "([":
            end = _closing(pattern, i)
            inner = pattern[i + 1 : end]
            optional = pattern[end + 1 : end + 2] in ("?", "*", "{")
            flush()
            if char == "(" and not optional and not inner.startswith(("?=", "?!", "?<")):
                group = _best(_required(inner[2:] if inner.startswith("?:") else inner))
                if group:
                    found.append(group)
            i = end + 1
        elif char in "?*{":
            if word:
                word.pop()
            flush()
            i = pattern.index("}", i) + 1 if char == "{" else i + 1
        elif char.isalnum() or char in "'-":
            word.append(char)
            i += 1
        else:
            flush()
            i += 1
        if nxt in ("?", "*", "{") and char in "\\)]":
            i += 1 if nxt != "{" else pattern.index("}", i) - i + 1
    flush()
    return found


def _best(groups: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The most selective group: the one whose shortest literal is longest."""
    return max(groups, key=lambda g: min(len(x) for x in g), default=None)


def needles(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literals, one of which occurs wherever ``pattern`` matches (None: unknown)."""
    return _best(_required(pattern))


def starts(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literals of which every match of ``pattern`` starts with one (None: unknown).

    Known when the pattern begins (after lookbehinds and ``\\b``) with a literal word or a
    group whose every alternative does; conservative otherwise.
    """
    alternatives = _top_level_split(pattern)
    if len(alternatives) > 1:
        out: list[str] = []
        for alternative in alternatives:
            found = starts(alternative)
            if found is None:
                return None
            out.extend(found)
        return tuple(dict.fromkeys(out))
    i = 0
    while True:
        if pattern.startswith("\\b", i):
            i += 2
        elif pattern.startswith("(?<", i):
            i = _closing(pattern, i) + 1
        else:
            break
    rest = pattern[i:]
    if rest.startswith("("):
        end = _closing(rest, 0)
        if rest[end + 1 : end + 2] in ("?", "*", "{") or (
            rest.startswith("(?") and not rest.startswith("(?:")
        ):
            return None
        inner = rest[3:end] if rest.startswith("(?:") else rest[1:end]
        return starts(inner)
    word = re.match(r"[A-Za-zÄÖÜäöüß']+", rest)
    if not word:
        return None
    literal = word.group(0)
    if rest[word.end() : word.end() + 1] in ("?", "*", "{"):
        literal = literal[:-1]
    return (literal.lower(),) if len(literal) >= 2 else None
