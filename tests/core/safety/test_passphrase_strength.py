"""The strength hint: short and repetitive passphrases are called out, phrases of words pass."""

from __future__ import annotations

import pytest

from clientjournal.core.safety.passphrase import Strength, strength


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Strength.TOO_SHORT),
        ("1234567", Strength.TOO_SHORT),
        ("12345678", Strength.WEAK),
        ("aaaaaaaaaaaaaaaaaaaa", Strength.WEAK),  # long, but one character
        ("passwort", Strength.WEAK),
        ("Sommer2024", Strength.FAIR),
        ("korrekt pferd batterie heftklammer", Strength.STRONG),
        ("tR7#kd9!pQ2z", Strength.STRONG),
    ],
)
def test_strength(text: str, expected: Strength):
    assert strength(text) is expected
