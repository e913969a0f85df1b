"""Held-out kind examples (issue 17, session 9): calm boundary setting and heated passive
aggression, 18 per language and kind, written by one more writer (helper tone25b) *before* the
session-9 change of how rules and models are combined, and not looked at while making it.

They are not training data (``scripts/train_tone.py`` reads ``tests/data/tone`` only) and no rule
was written from their words. Each kind must keep most of its examples on its side: the floor
pins what the shipped detector reaches, not every sentence (a kind test, not a score test).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.core.tone.detector import assess

HELDOUT = Path(__file__).with_name("heldout_kinds.tsv")
# The share of each language's kind that must sit on its side.
FLOOR = 0.8


def heldout_examples() -> list[tuple[str, str, str, str]]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line.strip()]  # type: ignore[misc]


def test_heldout_file_has_enough_varied_examples():
    rows = heldout_examples()
    for lang in ("de", "en"):
        for label, kind in (("calm", "boundary"), ("heated", "passive_aggression")):
            texts = [r[3] for r in rows if r[:3] == (lang, label, kind)]
            assert len(texts) >= 15
            assert len(set(texts)) == len(texts)


BELOW = pytest.mark.xfail(
    reason="below the floor, also after session 9's change (de 14/18, en 10/18)", strict=True
)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(
    ("label", "kind"),
    [("calm", "boundary"), pytest.param("heated", "passive_aggression", marks=BELOW)],
)
def test_heldout_kind_mostly_on_its_side(lang, label, kind):
    texts = [r[3] for r in heldout_examples() if r[:3] == (lang, label, kind)]
    results = [assess(t, lang) for t in texts]
    wrong = [
        (round(r.score, 2), t)
        for r, t in zip(results, texts, strict=True)
        if r.heated != (label == "heated")
    ]
    assert len(texts) - len(wrong) >= FLOOR * len(texts), wrong
