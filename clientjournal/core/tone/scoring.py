"""The n-gram half of the detector at run time: three weight tables over one feature list,
packed for speed, and the two combiners (see ``detector.py`` for how they are used).

Pure Python; built from ``clientjournal/resources/tone/domain-<lang>.json.gz`` on the first
call for a language (``detector._combiner``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, mul, or_

from clientjournal.core.tone import model as tone_model
from clientjournal.core.tone import wordvec

GENRE = "genre"  # the name of the genre model's table (client reply or public text)
VECTORS = "vectors"  # the public model's word-vector part (wordvec.py), apart from "public"
WHOLE = "public_whole"  # the public model's log-odds as the public combiner reads them (below)
# Longer texts are judged on their start (detector.assess); it bounds the packed sums below.
MAX_CHARS = 20_000
# Per language: where the genre model's log-odds of a client reply are below this (the text goes
# mostly to the public combiner), the public combiner reads the public model on the whole text,
# quotes, salutation and sign-off included, as that model learnt tweets and comments; elsewhere
# on the writer's own words, as both combiners were trained (docs/tone.md, session 11). On the
# own words only, a Reddit comment quoting with ">" or in quotes lost what it said (3,000
# GoEmotions training rows: ROC AUC 0.836 on the own words, 0.854 on the whole text). A text
# the genre model takes for a reply keeps the own words and pays no second pass. German has
# none: on its public halves the whole text gained nothing (official macro-F1 0.766 -> 0.764).
WHOLE_TEXT_BELOW = {"en": 0.0}


@dataclass(frozen=True)
class Combiner:
    bias: float
    weights: dict[str, float]

    def logit(self, values: dict[str, float]) -> float:
        weights = self.weights
        return self.bias + sum(weights[n] * x for n, x in values.items() if x and n in weights)


def mix_logits(client: float, public: float, reply: float) -> float:
    """The log-odds of ``reply`` x sigmoid(client) + (1 - reply) x sigmoid(public): the two
    combiners mixed as probabilities (see ``detector.mix``; the training script computes the
    same)."""
    if reply >= 1.0:
        return client
    if reply <= 0.0:
        return public
    p = reply * tone_model.sigmoid(client) + (1 - reply) * tone_model.sigmoid(public)
    p = min(1 - 1e-9, max(1e-9, p))
    return math.log(p / (1 - p))


class Detector:
    """One language's trained parts: three n-gram tables over the same features (the public
    model, the domain model and the *genre* model, which tells a reply to a client from a tweet
    or a forum comment) and two combiners, one trained on client replies and one on public
    data. The score is their mixture, weighed by the genre model's probability of a client
    reply: each genre is judged by the weights learnt on it.

    The three tables share one dictionary, packed into one integer per feature (the stored
    16-bit weights: public + domain * 2**36 + genre * 2**72; the scales are applied to the
    sums): one look-up per feature gives all three, and ``sum`` adds them in C. On top, each
    distinct word's packed sum over its n-grams is kept (``_words``; the features count per
    distinct word, see model.py): a 2,000-character mail then needs a look-up per distinct word
    and per word pair instead of one per n-gram (~2,700), which were most of the time it took.
    """

    def __init__(
        self,
        tables: tone_model.Tables,
        client: Combiner,
        public: Combiner,
        vectors: wordvec.Weighted | None = None,
        whole_below: float = -math.inf,
    ) -> None:
        features, q = tables.features, tables.quantised
        domain = map(mul, q["domain"], repeat(_PACK))
        genre = map(mul, q[GENRE], repeat(_PACK * _PACK))
        packed = map(add, map(add, q["public"], domain), genre)
        present = map(or_, map(or_, q["public"], q["domain"]), q[GENRE])
        self.packed = dict(zip(compress(features, present), filter(None, packed), strict=True))
        self.biases, self.scales = tables.biases, tables.scales
        self.client, self.public = client, public
        self.vectors = vectors  # the public model's word-vector part (wordvec.py), if any
        self.whole_below = whole_below  # WHOLE_TEXT_BELOW of the language
        # distinct word -> (packed sum of its n-gram weights, number of its n-grams)
        self._words: dict[str, tuple[int, int]] = {}

    def _word(self, tok: str) -> tuple[int, int]:
        grams = tone_model._grams(tok)
        entry = (sum(map(self.packed.get, grams, repeat(0))), len(grams))
        if len(self._words) >= WORDS_CACHE:
            self._words.clear()
        self._words[tok] = entry
        return entry

    def sums(self, body: str) -> dict[str, float]:
        """Each table's log-odds for a text (the writer's own words without salutation and
        sign-off, see :func:`ngram_body`): exactly ``bias + weighted_sum(table,
        model.features(body))`` per table, from the cached sums per word; and (VECTORS) the
        public model's word-vector part, which the public model's log-odds add to "public"."""
        toks = tone_model.tokens(tone_model.normalise(body)) if body.strip() else []
        words = self._words
        total = count = 0
        distinct = set(toks)
        for tok in distinct:
            entry = words.get(tok) or self._word(tok)
            total += entry[0]
            count += entry[1]
        pairs = tone_model.word_pairs(toks)
        total += sum(map(self.packed.get, pairs, repeat(0)))
        count += len(pairs)
        norm = math.sqrt(count) if count else 1.0
        public = ((total + _HALF) & _MASK) - _HALF
        total = (total - public) >> _SHIFT
        domain = ((total + _HALF) & _MASK) - _HALF
        genre = (total - domain) >> _SHIFT
        biases, scales = self.biases, self.scales
        vectors = self.vectors.logit(distinct) if self.vectors is not None else 0.0
        return {
            "public": biases["public"] + public * scales["public"] / norm,
            VECTORS: vectors,
            "domain": biases["domain"] + domain * scales["domain"] / norm,
            GENRE: biases[GENRE] + genre * scales[GENRE] / norm,
        }

    def whole(self, text: str, body: str, sums: dict[str, float]) -> float:
        """The public model's log-odds as the public combiner reads them, given ``sums`` of
        ``body`` (the own words of ``text``): of the whole ``text`` where the genre model gives
        it mostly to the public side (WHOLE_TEXT_BELOW), else of ``body``."""
        if sums[GENRE] < self.whole_below and body != text:
            sums = self.sums(text)
        return sums["public"] + sums[VECTORS]


WORDS_CACHE = 20_000  # distinct words whose sums are kept per language (about 3 MB at most)
# Three signed sums in one integer, each in its own _SHIFT bits (the last one unbounded). Each
# sum is exact whatever the text: a text of at most MAX_CHARS characters is at most 3 x as long
# once lower-cased, and has fewer than 5 feature occurrences per character (a word of L letters
# gives at most 4 L n-grams and itself, plus one word pair), each weighing at most 32,767:
# 15 * MAX_CHARS * 32,767 = 9.8e9 < _HALF (3.4e10).
_SHIFT = 36
_PACK = 1 << _SHIFT
_HALF = 1 << (_SHIFT - 1)
_MASK = _PACK - 1
