"""Word vectors: a third view of the wording for the public model, beside its n-grams.

N-grams only know the words seen in training; a vector puts a word near others of like meaning
("moron" near "idiot"), which is what the best GermEval 2018 systems added to their n-grams.
Pure Python at run time. ``clientjournal/resources/tone/wordvec-<lang>.bin`` holds the most
frequent words of the training texts with one ``DIM``-dimensional vector each (int8, one scale
per dimension); they were made offline (``scripts/train_tone.py``: each word embedded on its
own by multilingual-e5-small, reduced by PCA). A language without that file has no vectors.

A text's vector features are the mean and the per-dimension maximum (of the first MAX_DIMS
dimensions) of the vectors of its distinct known words, and log(1 + number of them) / 5 (all 0 without a known word); the public
model weighs them linearly (``weights``: ``mean``, ``max``, ``count``). The mean's part is one
number per word (kept), so only the maximum costs per text: one ``max`` per dimension.
"""

from __future__ import annotations

import json
import math
from array import array
from functools import cache
from operator import mul
from typing import Any

from clientjournal.core.resources import resource

FORMAT = "clientjournal-tone-wordvec"
FORMAT_VERSION = 1
# The maximum is taken over the first MAX_DIMS dimensions only (the PCA's largest): over all 64
# it cost 1-2 ms per 2,000-character mail; cross-validated (GoEmotions inner 80/20 of the train
# file), 16 gave the same ROC AUC as 64 (0.840 / 0.839).
MAX_DIMS = 16


class WordVectors:
    """One language's words and their int8 vectors (``scale`` per dimension)."""

    def __init__(self, words: list[str], codes: bytes, scale: list[float]) -> None:
        self.dim = len(scale)
        if len(codes) != len(words) * self.dim:
            raise ValueError("word vectors: size does not match the words")
        self.index = dict(zip(words, range(len(words)), strict=True))
        self.codes = array("b", codes)
        self.scale = scale
        self._rows: dict[int, tuple[int, ...]] = {}
        self._heads: dict[int, tuple[int, ...]] = {}
        self.top_dims = min(MAX_DIMS, self.dim)  # dimensions whose maximum counts

    def row(self, i: int) -> tuple[int, ...]:
        """Word ``i``'s int8 codes (kept once read)."""
        got = self._rows.get(i)
        if got is None:
            got = self._rows[i] = tuple(self.codes[i * self.dim : (i + 1) * self.dim])
        return got

    def head(self, i: int) -> tuple[int, ...]:
        """Word ``i``'s first ``top_dims`` codes (kept once read)."""
        got = self._heads.get(i)
        if got is None:
            start = i * self.dim
            got = self._heads[i] = tuple(self.codes[start : start + self.top_dims])
        return got

    def known(self, toks: set[str]) -> list[int]:
        get = self.index.get
        return [i for i in map(get, toks) if i is not None]

    def features(self, toks: set[str]) -> list[float]:
        """mean (dim), max (MAX_DIMS), count (1) of the distinct tokens ``toks`` (training)."""
        ids = self.known(toks)
        if not ids:
            return [0.0] * (self.dim + self.top_dims + 1)
        rows = [self.row(i) for i in ids]
        n = len(rows)
        cols = list(zip(*rows, strict=True))
        mean = [sum(col) / n * s for col, s in zip(cols, self.scale, strict=True)]
        top = [max(col) * s for col, s in zip(cols, self.scale[: self.top_dims], strict=False)]
        return [*mean, *top, math.log1p(n) / 5]


class Weighted:
    """Word vectors with the public model's weights on their features: ``logit(toks)``."""

    def __init__(self, vectors: WordVectors, weights: dict[str, Any]) -> None:
        self.vectors = vectors
        mean = [float(w) for w in weights["mean"]]
        top = [float(w) for w in weights["max"]]
        self.count = float(weights["count"])
        # weights on the int8 codes: the scale is folded in
        self.mean_w = [w * s for w, s in zip(mean, vectors.scale, strict=True)]
        self.max_w = [w * s for w, s in zip(top, vectors.scale[: vectors.top_dims], strict=True)]
        self._mean: dict[int, float] = {}  # word -> its part of the mean's sum

    def _mean_of(self, i: int) -> float:
        got = self._mean.get(i)
        if got is None:
            got = self._mean[i] = sum(map(mul, self.mean_w, self.vectors.row(i)))
        return got

    def logit(self, toks: set[str]) -> float:
        """The vector features' part of the public model's log-odds for distinct ``toks``."""
        ids = self.vectors.known(toks)
        if not ids:
            return 0.0
        n = len(ids)
        mean = self._mean
        total = sum(mean.get(i) or self._mean_of(i) for i in ids) / n
        head = self.vectors.head
        top = head(ids[0]) if n == 1 else tuple(map(max, *map(head, ids)))
        return total + sum(map(mul, self.max_w, top)) + self.count * math.log1p(n) / 5


def encode(lang: str, words: list[str], codes: bytes, scale: list[float], meta: dict) -> bytes:
    """The bytes of a ``wordvec-<lang>.bin`` file: one line of JSON (format, scale, meta), one
    line of the words separated by spaces, then the int8 codes. Not compressed: int8 vectors
    hardly compress, and the first call reads them without gzip, base64 or JSON parsing of
    the bulk (a JSON/gzip version took ~60 ms more)."""
    if any(c.isspace() for w in words for c in w):
        raise ValueError("a word holds a space")
    head = {"format": FORMAT, "version": FORMAT_VERSION, "lang": lang, "scale": scale}
    head["meta"] = meta
    line = json.dumps(head, ensure_ascii=True, separators=(",", ":"))
    return b"\n".join([line.encode("ascii"), " ".join(words).encode("utf-8"), codes])


def decode(raw: bytes) -> WordVectors:
    first = raw.index(b"\n")
    second = raw.index(b"\n", first + 1)
    head = json.loads(raw[:first])
    if head.get("format") != FORMAT or head.get("version") != FORMAT_VERSION:
        raise ValueError("word vectors: unknown format")
    words = raw[first + 1 : second].decode("utf-8").split()
    return WordVectors(words, raw[second + 1 :], [float(s) for s in head["scale"]])


@cache
def load(lang: str) -> WordVectors | None:
    """The shipped vectors of ``lang``, or None where there are none (loaded once)."""
    found = resource("tone", f"wordvec-{lang}.bin")
    if not found.is_file():
        return None
    return decode(found.read_bytes())


def weighted(lang: str, weights: object) -> Weighted | None:
    """The vectors of ``lang`` with ``weights`` (a model's ``meta["vectors"]``), if both exist."""
    if not isinstance(weights, dict):
        return None
    vectors = load(lang)
    return None if vectors is None else Weighted(vectors, weights)
