"""The statistical half of the tone detector: character n-gram logistic regression.

Pure Python at run time. The weights are trained offline by ``scripts/train_tone.py`` (which
uses this module's :func:`features`, so training and scoring see exactly the same n-grams) and
ship as ``clientjournal/resources/tone/model-<lang>.json.gz``.

Features: the lower-cased text, normalised (see :func:`normalise`), split into tokens; every
distinct token contributes its character n-grams (``N_MIN``..``N_MAX``, padded with a space on
both sides, like scikit-learn's ``char_wb``) and itself (``"w <token>"``), and the text
contributes its distinct word pairs (``"b <previous> <token>"``). A feature's value is how many
distinct tokens gave it (a word pair counts once), and the vector is divided by the square root
of the sum of the values, so the score of a text is::

    logit = bias + sum(weight[f] * count[f]) / sqrt(sum(count[f]))

Counting per distinct token (rather than a set of n-grams over the whole text) lets the detector
keep one cached sum per word (``detector.Detector``): a 2,000-character mail then costs a few
hundred look-ups instead of ~2,700. Only the features the model kept have a weight; all present
features count for the norm.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
import sys
from array import array
from dataclasses import dataclass
from functools import cache

from clientjournal.core.resources import resource
from clientjournal.core.tone import wordvec

FORMAT = "clientjournal-tone-model"
FORMAT_VERSION = 1
# Version 2 holds several weight tables over one feature list (see :func:`encode_tables`).
TABLES_VERSION = 2
N_MIN = 2
N_MAX = 5
# Long words add n-grams but no new information; cap the per-token n-gram work.
MAX_TOKEN = 24

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"@\w+")
_DIGITS = re.compile(r"\d+")
_TOKEN = re.compile(r"[^\W\d_]+|[!?]+|[.…]{2,}")


def normalise(text: str) -> str:
    """Lower-case; URLs, @mentions and numbers become placeholders; GermEval's |LBR| a newline.

    (Each replacement runs only when the text can hold what it replaces: most drafts hold no
    URL, mention or line-break marker, and a regular-expression pass costs a 2,000-character
    mail some 50 µs.)"""
    text = text.lower().replace("ß", "ss")
    if "|lbr|" in text:
        text = text.replace("|lbr|", "\n")
    if "http" in text or "www." in text:
        text = _URL.sub(" http ", text)
    if "@" in text:
        text = _MENTION.sub(" @user ", text)
    return _DIGITS.sub("0", text)


def tokens(text: str) -> list[str]:
    """Words and runs of ! and ? in a normalised text."""
    return _TOKEN.findall(text)


# A word's n-grams (and its "w " feature), kept for the words seen most recently: a draft is
# rated again and again while it is typed, and common words recur in every mail. Emptied when
# full (a few MB at most); the strings keep their hashes, which makes the look-ups cheaper too.
_GRAMS: dict[str, tuple[str, ...]] = {}
GRAMS_CACHE = 4000


def _grams(tok: str) -> tuple[str, ...]:
    padded = f" {tok[:MAX_TOKEN]} "
    length = len(padded)
    out = ["w " + tok]
    for n in range(N_MIN, N_MAX + 1):
        out.extend(padded[i : i + n] for i in range(length - n + 1))
    return tuple(out)


def token_grams(tok: str) -> tuple[str, ...]:
    """The features a token contributes (see the module docstring), cached (see ``_GRAMS``)."""
    grams = _GRAMS.get(tok)
    if grams is None:
        if len(_GRAMS) >= GRAMS_CACHE:
            _GRAMS.clear()
        grams = _GRAMS[tok] = _grams(tok)
    return grams


def word_pairs(toks: list[str]) -> set[str]:
    """The distinct word-pair features of a token list (the first word pairs with ``<s>``)."""
    return {f"b {a} {b}" for a, b in zip(["<s>", *toks], toks, strict=False)}


def features(text: str) -> dict[str, int]:
    """{feature: count} of a raw text (see the module docstring)."""
    toks = tokens(normalise(text))
    found: dict[str, int] = {}
    get = found.get
    for tok in set(toks):  # a word's n-grams once, however often it occurs
        for gram in token_grams(tok):
            found[gram] = get(gram, 0) + 1
    for pair in word_pairs(toks):
        found[pair] = 1
    return found


def weighted_sum(weights: dict[str, float], found: dict[str, int]) -> float:
    """sum(weight * count) / sqrt(sum(count)): the n-gram part of a log-odds."""
    total = sum(found.values())
    if not total:
        return 0.0
    return sum(weights.get(f, 0.0) * n for f, n in found.items()) / math.sqrt(total)


@dataclass(frozen=True)
class ToneModel:
    """One table of n-gram weights (``bias``, ``weights``), or, from a version-2 file, several
    (``tables``; ``bias`` is then 0 and ``weights`` empty)."""

    lang: str
    bias: float
    weights: dict[str, float]
    meta: dict[str, object]
    tables: Tables | None = None

    def logit(self, text: str) -> float:
        """Log-odds that the text is heated/offensive, per the model alone (with its word
        vectors where it has them, see ``wordvec.py``)."""
        found = self.logit_of(features(text))
        vectors = _vectors(self.lang, json.dumps(self.meta.get("vectors"), sort_keys=True))
        return found + (vectors.logit(set(tokens(normalise(text)))) if vectors else 0.0)

    def logit_of(self, found: dict[str, int]) -> float:
        """The same, from the text's :func:`features` (computed once for several models)."""
        return self.bias + weighted_sum(self.weights, found)

    def probability(self, text: str) -> float:
        return sigmoid(self.logit(text))


@dataclass(frozen=True)
class Tables:
    """The weight tables of a version-2 file as stored: one feature list and, per table, a
    bias, a scale and quantised weights aligned with the features (0: no weight). The detector
    builds its look-up dictionaries from these lists in one pass (see ``detector.Detector``)."""

    features: list[str]
    biases: dict[str, float]
    scales: dict[str, float]
    quantised: dict[str, array]

    def weights(self, name: str) -> dict[str, float]:
        """One table as {feature: weight} (for tests and diagnostics; slow)."""
        scale = self.scales[name]
        return {f: q * scale for f, q in zip(self.features, self.quantised[name], strict=True) if q}


@cache
def _vectors(lang: str, weights: str) -> wordvec.Weighted | None:
    return wordvec.weighted(lang, json.loads(weights))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def model_resource(lang: str, kind: str = "model"):  # noqa: ANN201 - a Traversable
    """``model``: the public-data model; ``domain``: the client-reply model and combiner."""
    return resource("tone", f"{kind}-{lang}.json.gz")


def decode(raw: bytes, lang: str) -> ToneModel:
    """A model from the bytes of a ``model-<lang>.json.gz`` file."""
    data = json.loads(gzip.decompress(raw).decode("utf-8"))
    if data.get("format") == FORMAT and data.get("version") == TABLES_VERSION:
        return _decode_tables(data, lang)
    if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
        raise ValueError(f"tone model for {lang!r}: unknown format")
    scale = float(data["scale"])
    weights = {f: q * scale for f, q in zip(data["features"], data["weights"], strict=True)}
    return ToneModel(lang, float(data["bias"]), weights, dict(data.get("meta", {})))


def encode(lang: str, bias: float, weights: dict[str, float], meta: dict[str, object]) -> bytes:
    """The bytes of a model file; weights are quantised to integers of 1/scale."""
    top = max((abs(w) for w in weights.values()), default=1.0) or 1.0
    scale = top / 32767
    items = sorted(weights.items())
    data = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "lang": lang,
        "bias": round(bias, 6),
        "scale": scale,
        "meta": meta,
        "features": [f for f, _ in items],
        "weights": [round(w / scale) for _, w in items],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def _decode_tables(data: dict, lang: str) -> ToneModel:
    raw = dict(data["tables"])
    tables = Tables(
        data["features"].split("\n"),
        {name: float(t["bias"]) for name, t in raw.items()},
        {name: float(t["scale"]) for name, t in raw.items()},
        {name: _unpack(t["weights"]) for name, t in raw.items()},
    )
    return ToneModel(lang, 0.0, {}, dict(data.get("meta", {})), tables)


def _pack(numbers: list[int]) -> str:
    packed = array("h", numbers)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def _unpack(text: str) -> array:
    packed = array("h", base64.b64decode(text))
    if sys.byteorder == "big":
        packed.byteswap()
    return packed


def encode_tables(
    lang: str, tables: dict[str, tuple[float, dict[str, float]]], meta: dict[str, object]
) -> bytes:
    """The bytes of a version-2 file: one sorted feature list and, per table, a bias and
    quantised weights aligned with it (0 where the table has no weight).

    For a quick first call, the features are one newline-separated string and the weights
    16-bit little-endian integers in base64: reading them is a split and an ``array``, not
    the parsing of 100,000 JSON strings and 300,000 numbers.
    """
    features = sorted({f for _, weights in tables.values() for f in weights})
    if any("\n" in f for f in features):
        raise ValueError("a feature holds a line break")
    scales, quantised = {}, {}
    for name, (_, weights) in tables.items():
        top = max((abs(w) for w in weights.values()), default=1.0) or 1.0
        scales[name] = top / 32767
        quantised[name] = [round(weights.get(f, 0.0) / scales[name]) for f in features]
    # A feature whose weights all round to 0 adds nothing: it is not stored.
    kept = [i for i in range(len(features)) if any(q[i] for q in quantised.values())]
    features = [features[i] for i in kept]
    out = {
        name: {
            "bias": round(bias, 6),
            "scale": scales[name],
            "weights": _pack([quantised[name][i] for i in kept]),
        }
        for name, (bias, _) in tables.items()
    }
    data = {
        "format": FORMAT,
        "version": TABLES_VERSION,
        "lang": lang,
        "meta": meta,
        "features": "\n".join(features),
        "tables": out,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


@cache
def load(lang: str, kind: str = "model") -> ToneModel:
    """The shipped model for ``lang`` ("de" or "en"), loaded once (``kind``: see above)."""
    return decode(model_resource(lang, kind).read_bytes(), lang)
