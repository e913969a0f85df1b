"""Word vectors of the public model (clientjournal.core.tone.wordvec): the run-time sum with its
cached per-word parts must be exactly the weights times the features training sees."""

from __future__ import annotations

import math
import random

import pytest

from clientjournal.core.tone import model as tone_model
from clientjournal.core.tone import wordvec


def _vectors(dim: int = 4) -> wordvec.WordVectors:
    rng = random.Random(5)
    words = ["idiot", "moron", "thanks", "please", "again"]
    codes = bytes(rng.randrange(256) for _ in range(len(words) * dim))
    scale = [0.01 * (d + 1) for d in range(dim)]
    raw = wordvec.encode("en", words, codes, scale, {})
    return wordvec.decode(raw)


def _slow(vectors: wordvec.WordVectors, weights: dict, toks: set[str]) -> float:
    w = [*weights["mean"], *weights["max"], weights["count"]]
    return sum(a * b for a, b in zip(w, vectors.features(toks), strict=True))


def test_logit_is_the_weights_times_the_features():
    vectors = _vectors()
    weights = {"mean": [0.5, -1.0, 2.0, 0.1], "max": [-0.3, 0.7, 0.0, 1.5], "count": 0.4}
    weighted = wordvec.Weighted(vectors, weights)
    for toks in [{"idiot"}, {"idiot", "moron", "unknown"}, {"thanks", "please", "again", "x"}]:
        for _ in range(2):  # the second time from the kept per-word parts
            assert weighted.logit(toks) == pytest.approx(_slow(vectors, weights, toks), abs=1e-12)


def test_no_known_word_adds_nothing():
    vectors = _vectors()
    weighted = wordvec.Weighted(vectors, {"mean": [1.0] * 4, "max": [1.0] * 4, "count": 3.0})
    assert weighted.logit(set()) == 0.0
    assert weighted.logit({"unknown", "words"}) == 0.0
    assert vectors.features({"unknown"}) == [0.0] * 9


def test_features_mean_max_count():
    vectors = _vectors(dim=2)
    a, b = vectors.row(vectors.index["idiot"]), vectors.row(vectors.index["moron"])
    found = vectors.features({"idiot", "moron"})
    assert found[0] == pytest.approx((a[0] + b[0]) / 2 * vectors.scale[0])
    assert found[3] == pytest.approx(max(a[1], b[1]) * vectors.scale[1])
    assert found[4] == pytest.approx(math.log1p(2) / 5)


def test_shipped_vectors_are_small_and_only_where_trained():
    """English ships vectors (with the public model's weights on them); German has none: they
    made the German public model worse in cross-validation (docs/tone.md)."""
    assert wordvec.load("de") is None
    english = wordvec.load("en")
    assert english is not None and 10_000 <= len(english.index) <= 30_000
    meta = tone_model.load("en", "domain").meta["vectors"]
    assert len(meta["mean"]) == english.dim and len(meta["max"]) == wordvec.MAX_DIMS < english.dim
    assert wordvec.weighted("de", meta) is None
