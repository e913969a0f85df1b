"""``core.lazy_pattern.LazyPattern``: the regular expressions of validation, mood and
search_text are compiled on first use, not at import (issue 21: ~10 M instructions of every
start), and answer as the compiled patterns do."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from clientjournal.core import mood, search_text, validation
from clientjournal.core.lazy_pattern import LazyPattern

MODULES = (validation, mood, search_text)
TEXTS = [
    "",
    "plain words",
    "**bold** and _it_ [a link](http://x) ~~gone~~ `code`",
    "# Heading\n> quote\n- [x] done\n1. first\n---",
    "a@b.de",
    "no mail@",
    "ctrl\x00\x07 chars\x7f",
    "surrogate \ud800 here",
    "lines\r\nbreak\u2028here\x85",
    r"escaped \* \_ \[",
]


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    return [
        (f"{module.__name__}.{name}", value)
        for module in MODULES
        for name, value in vars(module).items()
        if isinstance(value, LazyPattern)
    ]


def test_the_modules_patterns_are_lazy():
    assert len(_lazy_patterns()) == 13


@pytest.mark.parametrize("named", _lazy_patterns(), ids=lambda named: named[0])
def test_a_lazy_pattern_answers_as_the_compiled_one(named):
    _, lazy = named
    compiled = re.compile(lazy.pattern, lazy.flags)
    assert lazy.compiled().pattern == compiled.pattern
    assert lazy.compiled().flags == compiled.flags
    for text in TEXTS:
        assert lazy.sub("#", text) == compiled.sub("#", text)
        assert lazy.sub(lambda m: m.group(0).upper(), text, 1) == compiled.sub(
            lambda m: m.group(0).upper(), text, 1
        )
        assert lazy.findall(text) == compiled.findall(text)
        assert lazy.split(text) == compiled.split(text)
        for method in ("search", "match", "fullmatch"):
            found, expected = getattr(lazy, method)(text), getattr(compiled, method)(text)
            assert (found and found.span()) == (expected and expected.span())
        assert [m.span() for m in lazy.finditer(text, 1)] == [
            m.span() for m in compiled.finditer(text, 1)
        ]
    assert lazy.compiled() is lazy.compiled()  # compiled once


def test_importing_the_modules_compiles_none_of_them():
    code = (
        "from clientjournal.core import mood, search_text, validation\n"
        "from clientjournal.core.lazy_pattern import LazyPattern\n"
        "done = [n for m in (mood, search_text, validation) for n, v in vars(m).items()\n"
        "        if isinstance(v, LazyPattern) and v._compiled is not None]\n"
        "print(done)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
