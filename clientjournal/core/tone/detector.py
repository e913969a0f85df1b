"""Does a draft read as heated? German and English, offline, pure Python.

    >>> from clientjournal.core.tone.detector import assess
    >>> result = assess("Sie schicken IMMER kurz vor Feierabend noch Änderungen!!!")
    >>> result.heated, "accusation" in result.signal_keys
    (True, True)

The score is a mixture of two logistic regressions per language (the *combiners*) over a few
dozen inputs, all computed here in pure Python:

1. three n-gram models (``model.py``, the same features for all): the *public* model, trained
   on offensive tweets / angry Reddit comments (GermEval 2018, GoEmotions), the *domain* model,
   trained on replies to clients written by several independent writers
   (``tests/data/tone/writers``), and the *genre* model, which tells a reply to a client from
   a tweet or a forum comment;
2. the rules (``rules*.py``): for each kind of heat (accusation, sarcasm, ultimatum, threat,
   blame, guilt, condescension, ...) the strength of its hits, plus shouting in capitals, "!!!"
   and "?!", scare quotes; calming cues (please/thanks, hedges, an apology, understanding, a working
   boundary stated as fact);
3. how much heat sits in quoted text (quoting the client's anger is not being angry).

The *client* combiner reads all of them and is trained (``scripts/train_tone.py``) on the
writers' replies, with the domain model's log-odds taken out-of-fold (leave one writer out) so
that it is not trusted more than it deserves (each rule's weight drawn towards its hand-set
strength, not 0: docs/tone.md, session 9), and its bias is shifted so that ``score >= 0.5``
keeps calm replies flagged at a low rate (see :func:`explain_threshold`). The *public* combiner
reads the two models' log-odds and the client combiner's rule part (its weighted sum of the
rule inputs, as one input: how far the rules carry to public texts) and is trained on public
data (an English text the genre model gives mostly to it is read whole: ``scoring.WHOLE``).
The genre model's probability of a client reply weighs the two, so that neither genre is
judged by weights learnt on the other. Everything ships in
``clientjournal/resources/tone/domain-<lang>.json.gz``; nothing loads before the first call.

Context the text cannot give (late at night, minutes after the client's message, recent
negative notes) can tip a *borderline* draft over, never a calm one: see :class:`ToneContext`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from clientjournal.core.tone import lang as tone_lang
from clientjournal.core.tone import model as tone_model
from clientjournal.core.tone import patterns as tone_patterns
from clientjournal.core.tone import quotes as tone_quotes
from clientjournal.core.tone import rules as tone_rules
from clientjournal.core.tone import scoring as tone_scoring
from clientjournal.core.tone import wordvec as tone_wordvec
from clientjournal.core.tone.scoring import GENRE, MAX_CHARS, WHOLE, Combiner, Detector, mix_logits

THRESHOLD = 0.5
# Every key ``signal_keys`` can hold (stable ids; the UI translates them), strongest kinds first.
RULE_KEYS = (
    "threat",
    "insult",
    "ultimatum",
    "quitting",
    "accusation",
    "blame",
    "sarcasm",
    "condescension",
    "passive_aggression",
    "guilt",
    "exasperation",
    "rhetorical",
    "schon_wieder",
    "shouting",
    "harsh_words",
    "command",
    "exclamations",
    "interrobang",
    "exaggeration",
)
SURFACE_KEYS = frozenset({"shouting", "exclamations", "interrobang"})
CONTEXT_KEYS = ("context_late", "context_quick", "context_mood")
SIGNAL_KEYS = (*RULE_KEYS, "wording", *CONTEXT_KEYS)
CALMING_KEYS = ("courtesy", "hedge", "apology", "empathy", "boundary")
# The names of the combiner's inputs, in a fixed order (the training script uses this list).
INPUTS = (
    "public",
    "domain",
    *(f"rule:{key}" for key in RULE_KEYS),
    *(f"calm:{key}" for key in CALMING_KEYS),
    "quoted",
)
# The n-gram models' inputs; the client combiner's weighted sum of all its other inputs (rules,
# calming cues, quoted heat) is one input of the public combiner, RULE_PART.
NGRAM_INPUTS = ("public", "domain")
RULE_PART = "rules"
QUOTED_CAP = 4.0
QUOTED_SCAN = 400  # characters of quoted text the rules read (a long quoted mail costs time)
# A second hit of the same kind adds this share of its weight, up to REPEAT_CAP x the first.
REPEAT_SHARE = 0.35
REPEAT_CAP = 1.5
SIGNAL_MIN = 0.25  # a rule is named when it adds at least this much (log-odds) to the score
WORDING_SIGNAL = 1.0  # the n-gram models' share from which "the wording" is named

# Context: a borderline draft is one whose score is at least BORDERLINE (and below THRESHOLD);
# each kind of context adds its log-odds, together at most CONTEXT_CAP. A draft below
# BORDERLINE stays calm whatever the context.
BORDERLINE = 0.3
CONTEXT_WEIGHTS = {"context_late": 0.5, "context_quick": 0.5, "context_mood": 0.4}
CONTEXT_CAP = 1.0
LATE_HOURS = frozenset({22, 23, 0, 1, 2, 3, 4})
QUICK_MINUTES = 15.0

_CAPS_WORD = re.compile(r"(?<![\w#@\[])[A-ZÄÖÜ]{2,}(?![\wäöüß\]])")
_CAPS_LABEL = re.compile(r"(?:^|\n)\s*[A-ZÄÖÜ ]{2,20}:")  # "WICHTIG:", "URGENT:", "PS:"
# Capitalised words that count as shouting although short, and acronyms that never count.
_SHORT_CAPS = (
    "NOT NO YOU ALL NOW WHY WHO SO ME MY AND THE BUT ARE WAS NIE NIX WER WIE JA ICH UND DAS "
    "DER DIE MAL WO SIE DU EIN HER HIM OUT OFF"
)
_SHORT_CAPS_WORDS = frozenset(_SHORT_CAPS.split())
_ACRONYM_LIST = (
    "ASAP HTML HTTP HTTPS JSON GDPR DSGVO NATO UEFA FIFA NASA IKEA SEPA IBAN BAFIN WLAN XING "
    "TODO FAQS AGBS USB PDFS SEO CMS CEO CTO CFO PDF EUR USD AGB IT OK UI UX CSS PHP SQL API "
    "URL DNS SSL FTP CRM ERP CI CD PR HR KPI ROI NDA GMBH UG AG KG USA UK EU MWST UST RAW JPG "
    "JPEG PNG SVG TIFF RGB CMYK DPI PPT DOC DOCX XLS XLSX CSV ZIP AWS IOS MVP QA FYI CC BCC"
)
_ACRONYMS = frozenset(_ACRONYM_LIST.split())
_EXCLAIM = re.compile(r"!{2,}")
_INTERROBANG = re.compile(r"(?:\?+!+|!+\?+)[?!]*|\?{3,}")
_VOWELS = frozenset("AEIOUYÄÖÜ")


@dataclass(frozen=True)
class ToneContext:
    """What the text alone cannot tell (all optional).

    ``written_at``: local time the draft is written; ``minutes_since_client``: minutes since
    the client's last message; ``negative_notes``: how many of the last few notes about this
    client were negative.
    """

    written_at: datetime | None = None
    minutes_since_client: float | None = None
    negative_notes: int = 0

    def factors(self) -> list[str]:
        found = []
        if self.written_at is not None and self.written_at.hour in LATE_HOURS:
            found.append("context_late")
        if (
            self.minutes_since_client is not None
            and 0 <= self.minutes_since_client <= QUICK_MINUTES
        ):
            found.append("context_quick")
        if self.negative_notes >= 2:
            found.append("context_mood")
        return found


@dataclass(frozen=True)
class ToneAssessment:
    """What the detector thinks of a draft.

    ``signals`` are short English reasons, strongest first; ``signal_keys`` the matching stable
    ids (one per signal, same order) for the UI to translate. ``calming`` lists the calming cues
    found (keys). ``model_score`` is the n-gram models' own probability (for diagnostics).
    """

    score: float
    heated: bool
    signals: list[str]
    signal_keys: list[str]
    lang: str
    calming: list[str] = field(default_factory=list)
    model_score: float = 0.5


@dataclass
class _Hit:
    key: str
    label: str
    weight: float
    span: tuple[int, int] | None = None  # where a rule's words are (None: no one place)


def explain_threshold() -> str:
    """Why a draft counts as heated at ``score >= THRESHOLD`` (0.5), in plain words."""
    return (
        "A draft counts as heated when its score is at least 0.5. The score is a logistic "
        "regression over the rules that fired (per kind: accusation, sarcasm, ultimatum, "
        "threat, blame, ...), calming cues (please, thanks, an apology), heat in quoted text, "
        "and two statistical models' log-odds (one trained on public data, one on replies to "
        "clients written by independent writers). Its weights are trained, not set by hand (a "
        "rule's weight is drawn towards its hand-set strength where the training replies rarely"
        " trip it), and its bias is shifted so that at most 3 % of the calm training replies "
        "reach 0.5 (with the domain model's part taken from models that had not seen their "
        "writer): false alarms annoy more than misses, so a firm, plainly worded reply stays "
        "below it. A third model tells a reply to a client from a tweet or a forum comment; "
        "text that reads like the latter is judged by a second regression, trained on public "
        "data. scripts/evaluate_tone.py prints the false alarm and miss rates on writers the "
        "model never saw."
    )


def _read_combiner(raw: object) -> Combiner:
    data: dict[str, Any] = dict(raw) if isinstance(raw, dict) else {}
    weights = {str(name): float(w) for name, w in dict(data.get("weights", {})).items()}
    return Combiner(float(data.get("bias", 0.0)), weights)


@cache
def _combiner(lang: str) -> Detector:
    """The language's file, ``clientjournal/resources/tone/domain-<lang>.json.gz`` (loaded once)."""
    ngrams = tone_model.load(lang, "domain")
    if ngrams.tables is None:
        raise ValueError(f"tone model for {lang!r}: no weight tables")
    return Detector(
        ngrams.tables,
        _read_combiner(ngrams.meta.get("combiner")),
        _read_combiner(ngrams.meta.get("public_combiner")),
        tone_wordvec.weighted(lang, ngrams.meta.get("vectors")),
        tone_scoring.WHOLE_TEXT_BELOW.get(lang, -math.inf),
    )


def mix(detector: Detector, values: dict[str, float], genre: float) -> tuple[float, float, float]:
    """(logit, share of the n-gram models in it, weight of a client reply) of a text whose
    inputs (``values``, with the models' log-odds; WHOLE: what the public combiner reads) and
    genre log-odds are known.

    The two combiners are mixed as probabilities, not as log-odds: P(heated) = P(reply) x
    P(heated | read as a reply) + P(public) x P(heated | read as a public text). A forum
    comment the genre model half takes for a reply then gets at most that half of a
    probability from the client combiner, which reads such comments close to chance (ROC AUC
    0.59) and, as log-odds of up to about 5, used to outweigh the public combiner's verdict
    (docs/tone.md, session 5)."""
    g = tone_model.sigmoid(genre)
    client, public = detector.client, detector.public
    weights = client.weights
    rules = sum(
        weights[n] * x for n, x in values.items() if x and n in weights and n not in NGRAM_INPUTS
    )
    read = values.get(WHOLE, values["public"])  # the public model, as the public combiner reads it
    public_values = {"public": read, "domain": values["domain"], RULE_PART: rules}
    logit = mix_logits(client.logit(values), public.logit(public_values), g)
    cw, pw = client.weights, public.weights
    models = g * cw.get("public", 0.0) * values["public"] + (1 - g) * pw.get("public", 0.0) * read
    models += (g * cw.get("domain", 0.0) + (1 - g) * pw.get("domain", 0.0)) * values["domain"]
    return logit, models, g


def assess(
    text: str, lang: str | None = None, *, context: ToneContext | None = None
) -> ToneAssessment:
    """Rate a draft: ``score`` 0..1 (higher is more heated), ``heated``, readable ``signals``.

    ``lang`` is "de" or "en"; anything else (or None) means: detect it from the text.
    ``context`` (optional) can make a borderline draft count as heated, never a calm one; the
    reasons then name it.
    """
    text = (text or "")[:MAX_CHARS]
    code = (lang or "").strip().lower()[:2]
    if code not in tone_lang.LANGS:
        code = tone_lang.detect(text)
    if not text.strip():
        return ToneAssessment(0.0, False, [], [], code, [], 0.5)

    detector = _combiner(code)
    parts = tone_quotes.split_quotes(text)
    values, hits, calming = inputs(parts, code)
    sums = detector.sums(body := ngram_body(parts))
    # the public model's log-odds: its n-gram part and its word-vector part (wordvec.py)
    values["public"], values["domain"] = sums["public"] + sums[tone_scoring.VECTORS], sums["domain"]
    values[WHOLE] = detector.whole(text, body, sums)  # the same, as the public combiner reads it
    logit, model_part, _ = mix(detector, values, sums[GENRE])

    # What a rule found is named by the weight learnt on client replies, whatever the genre:
    # the public combiner weighs the rules only as one sum.
    weights = detector.client.weights
    shown = [
        _Hit(h.key, h.label, weights.get(f"rule:{h.key}", 0.0) * h.weight)
        for h in _strongest_per_key(hits)
    ]
    score = tone_model.sigmoid(logit)
    # Capitals, "!!!" and "?!" are tokens of the n-gram models too, which carry most of their
    # weight; in a heated draft they are named even when the rule's own share is small. So are
    # the words of any other rule that fired, unless the combiner learnt that they speak
    # against heat: the n-gram models read the same words ("schon wieder") and took over the
    # rule's weight, but the rule is what can point at them.
    surface = score >= THRESHOLD
    shown = [
        h
        for h in shown
        if h.weight >= SIGNAL_MIN or (surface and (h.key in SURFACE_KEYS or h.weight > -SIGNAL_MIN))
    ]
    if context is not None and BORDERLINE <= score < THRESHOLD and (shown or model_part > 0):
        factors = context.factors()
        bump = min(CONTEXT_CAP, sum(CONTEXT_WEIGHTS[k] for k in factors))
        if factors:
            logit += bump
            score = tone_model.sigmoid(logit)
            shown += [_Hit(k, _CONTEXT_LABELS[k], CONTEXT_WEIGHTS[k]) for k in factors]
    # The models have no words to point at; name them when they carry the verdict or weigh much.
    if model_part >= WORDING_SIGNAL or (score >= THRESHOLD and not shown and model_part > 0):
        shown.append(_Hit("wording", "wording reads as heated", model_part))
    if score >= THRESHOLD and not shown:
        shown.append(_Hit("wording", "wording reads as heated", 0.0))
    # The kinds of heat first (strongest first), then "the wording", then the context.
    shown.sort(key=lambda h: (h.key in CONTEXT_KEYS, h.key == "wording", -h.weight))
    return ToneAssessment(
        score=score,
        heated=score >= THRESHOLD,
        signals=[h.label for h in shown],
        signal_keys=[h.key for h in shown],
        lang=code,
        calming=[key for key, _ in calming],
        model_score=tone_model.sigmoid(model_part),
    )


_CONTEXT_LABELS = {
    "context_late": "written late at night",
    "context_quick": "written minutes after the client's message",
    "context_mood": "the last notes about this client were negative",
}


def inputs(
    parts: tone_quotes.Parts, code: str
) -> tuple[dict[str, float], list[_Hit], list[tuple[str, float]]]:
    """The combiner's rule inputs of a split draft (the models' are added by the caller)."""
    own = parts.own
    hits = _rule_hits(own, code) + _surface_hits(own, parts.scare_quotes, code)
    values = dict.fromkeys(INPUTS, 0.0)
    for key, strength in _combine(hits).items():
        values[f"rule:{key}"] = strength
    if parts.quoted:
        quoted = parts.quoted[:QUOTED_SCAN]
        values["quoted"] = min(QUOTED_CAP, sum(_combine(_rule_hits(quoted, code)).values()))
    heat = [h.span for h in hits if h.span is not None]
    calming = _calming(own, code, sarcastic=any(h.key == "sarcasm" for h in hits), heat=heat)
    for key, strength in calming:
        values[f"calm:{key}"] = strength
    return values, hits, calming


def ngram_body(parts: tone_quotes.Parts) -> str:
    """What the n-gram models read: the writer's own text without salutation and sign-off."""
    return tone_quotes.strip_envelope(parts.own)


def ngram_features(parts: tone_quotes.Parts) -> dict[str, int]:
    """The n-gram features of :func:`ngram_body` (for training and tests; ``assess`` sums the
    same through ``Detector.sums``)."""
    body = ngram_body(parts)
    return tone_model.features(body) if body.strip() else {}


def rule_inputs(text: str, lang: str) -> dict[str, float]:
    """The rule inputs of a raw text (for training: the same path as :func:`assess`)."""
    return inputs(tone_quotes.split_quotes(text), lang)[0]


def _matched(match: re.Match[str]) -> str:
    words = " ".join(match.group(0).split()).lstrip(".!?,;: ")
    return words if len(words) <= 32 else words[:31] + "…"


_RULE_SETS = {lang: tone_patterns.RuleSet(tone_rules.RULES[lang]) for lang in tone_lang.LANGS}
_CALMING_SETS = {lang: tone_patterns.RuleSet(tone_rules.CALMING[lang]) for lang in tone_lang.LANGS}


def _rule_hits(text: str, lang: str) -> list[_Hit]:
    hits = []
    for rule, match in _RULE_SETS[lang].matches(text, text.lower()):
        label = rule.label.format(_matched(match)) if "{}" in rule.label else rule.label
        hits.append(_Hit(rule.key, label, rule.weight, match.span()))
    hits.extend(_harsh_hits(text, lang))
    return hits


_HARSH = {
    lang: (
        re.compile(tone_rules.HARSH_STRONG[lang], re.I),
        re.compile(tone_rules.HARSH_MILD[lang], re.I),
    )
    for lang in tone_lang.LANGS
}


@cache
def _harsh_heads(lang: str) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """The literals every harsh-word match starts with, per lexicon (derived on first use)."""
    strong, mild = _HARSH[lang]
    return tone_patterns.starts(strong.pattern), tone_patterns.starts(mild.pattern)


def _harsh_hits(text: str, lang: str) -> list[_Hit]:
    """Per sentence and lexicon, the first harsh word: an insult if the sentence addresses the
    reader. (One scan of the whole text per lexicon; the sentence is found around a match.)"""
    strong, mild = _HARSH[lang]
    second_person = tone_rules.SECOND_PERSON[lang]
    hits = []
    lowered = text.lower()
    strong_heads, mild_heads = _harsh_heads(lang)
    for pattern, heads, at_reader, elsewhere in (
        (strong, strong_heads, 2.4, 1.4),
        (mild, mild_heads, 1.4, 0.7),
    ):
        seen: set[int] = set()
        for match in tone_patterns.finditer_at_heads(pattern, heads, text, lowered):
            start = max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1
            if start in seen:
                continue
            seen.add(start)
            ends = [i for i in (text.find(c, match.end()) for c in ".!?\n") if i >= 0]
            sentence = text[start : min(ends, default=len(text))]
            word = _matched(match)
            if second_person.search(sentence):
                hits.append(
                    _Hit("insult", f"insult aimed at the reader: “{word}”", at_reader, match.span())
                )
            else:
                hits.append(_Hit("harsh_words", f"harsh words: “{word}”", elsewhere, match.span()))
    return hits


def _surface_hits(text: str, scare_quotes: list[str], lang: str) -> list[_Hit]:
    hits = []
    labels = {m.group(0) for m in _CAPS_LABEL.finditer(text)}
    label_words = {w for label in labels for w in _CAPS_WORD.findall(label)}
    shouted = [
        w
        for w in _CAPS_WORD.findall(text)
        if w not in label_words
        and w not in _ACRONYMS
        and (w in _SHORT_CAPS_WORDS or (len(w) >= 4 and _VOWELS.intersection(w)))
    ]
    if shouted:
        weight = 1.0 if len(shouted) == 1 else 1.5 if len(shouted) <= 3 else 2.0
        hits.append(_Hit("shouting", "shouting (CAPS)", weight))
    bangs = [m.group(0) for m in _EXCLAIM.finditer(text)]
    if bangs:
        weight = 1.2 if max(len(b) for b in bangs) >= 3 or len(bangs) > 1 else 0.8
        hits.append(_Hit("exclamations", "!!!" if weight > 1 else "!!", weight))
    mixed = [m.group(0) for m in _INTERROBANG.finditer(text)]
    if mixed:
        hits.append(_Hit("interrobang", "?!" if "!" in mixed[0] else "???", 1.0))
    if scare_quotes:
        hits.append(_Hit("sarcasm", f"scare quotes: “{scare_quotes[0][:30]}”", 0.8))
    return hits


def _combine(hits: list[_Hit]) -> dict[str, float]:
    """Strength per kind: the strongest hit counts fully, the rest a share, capped."""
    by_key: dict[str, list[float]] = {}
    for hit in hits:
        by_key.setdefault(hit.key, []).append(hit.weight)
    total = {}
    for key, weights in by_key.items():
        weights.sort(reverse=True)
        top = weights[0]
        total[key] = min(top * REPEAT_CAP, top + REPEAT_SHARE * sum(weights[1:]))
    return total


def _strongest_per_key(hits: list[_Hit]) -> list[_Hit]:
    best: dict[str, _Hit] = {}
    for hit in hits:
        if hit.key not in best or hit.weight > best[hit.key].weight:
            best[hit.key] = hit
    return list(best.values())


def _calming(
    text: str, lang: str, *, sarcastic: bool, heat: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, float]]:
    """(key, strength) of each kind of calming cue found: 1 for one of its patterns, more for
    several, as a heated kind's hits add up (until session 9 always 1). A cue inside a heated
    rule's match (``heat``: their spans) does not count: the "maybe" of "maybe this time it
    will stick" or the "happy to" of "happy to repeat it once more" belong to the jab."""
    found: dict[str, int] = {}
    lowered = text.lower()
    for rule in _CALMING_SETS[lang].candidates(lowered):
        if (sarcastic and rule.key == "courtesy") or found.get(rule.key, 0) >= _CALM_FULL:
            continue
        first = rule.search_unchecked(text, lowered)  # most candidates do not match: cheap
        if first is None:
            continue
        matches = rule.pattern.finditer(text, first.start())
        if heat and all(any(m.start() < b and a < m.end() for a, b in heat) for m in matches):
            continue
        found[rule.key] = found.get(rule.key, 0) + 1
    return [(key, min(REPEAT_CAP, 1 + REPEAT_SHARE * (n - 1))) for key, n in found.items()]


_CALM_FULL = 1 + math.ceil((REPEAT_CAP - 1) / REPEAT_SHARE)  # patterns to reach REPEAT_CAP
