"""Does a draft read as heated? German and English, offline, pure Python.

    >>> from clientjournal.core.tone.detector import assess
    >>> result = assess("Sie schicken IMMER kurz vor Feierabend noch Änderungen!!!")
    >>> result.heated, result.signal_keys
    (True, ['accusation', 'exclamations', 'shouting'])

The score combines, in log-odds, three things:

1. a small statistical model per language (``tone_model``: NB-weighted logistic regression on
   character n-grams, trained offline by ``scripts/train_tone.py`` on GermEval 2018 and
   GoEmotions), scaled by ``MODEL_WEIGHT_UP``/``_DOWN``;
2. rules for what makes a reply to a client heated (``tone_rules``: accusations, "schon
   wieder", ultimatums, threats, insults aimed at the reader, sarcasm, rhetorical questions,
   exasperation, blunt commands, exaggeration) plus shouting in capitals, "!!!" and "?!";
3. calming cues (please/thanks, hedges, an apology, understanding), capped at ``CALMING_CAP``
   so that "please" does not excuse an insult.

Quoted text (lines starting with ">", quotes after "you wrote"/"Sie schrieben", longer quoted
passages) counts ``QUOTE_FACTOR`` as much, and at most ``QUOTE_CAP``: quoting the client's anger
is not being angry.

The threshold: see :func:`explain_threshold`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clientjournal.core.tone import lang as tone_lang
from clientjournal.core.tone import model as tone_model
from clientjournal.core.tone import quotes as tone_quotes
from clientjournal.core.tone import rules as tone_rules

THRESHOLD = 0.5
# Every key ``signal_keys`` can hold (stable ids; the UI translates them), strongest kinds first.
SIGNAL_KEYS = (
    "threat",
    "insult",
    "ultimatum",
    "accusation",
    "sarcasm",
    "exasperation",
    "rhetorical",
    "schon_wieder",
    "shouting",
    "harsh_words",
    "command",
    "exclamations",
    "interrobang",
    "exaggeration",
    "wording",
)
CALMING_KEYS = ("courtesy", "hedge", "apology", "empathy")
# A prior towards calm, in log-odds: false alarms annoy more than misses.
BIAS = {"de": -0.4, "en": -0.4}
# How much the model's log-odds count when it says "offensive/angry" (UP) and when it says "not"
# (DOWN). Trained on tweets and Reddit comments, it finds most business e-mail very unlike an
# offensive tweet, heated ones included, so its "calm" says little about a reply to a client,
# while its "offensive" is strong evidence (more so for the German model, which rarely says it
# about an e-mail). Chosen on a validation slice of the GermEval training part and the dev half
# of the client replies, not on any held-out data.
MODEL_WEIGHT_UP = {"de": 1.5, "en": 1.0}
MODEL_WEIGHT_DOWN = {"de": 0.5, "en": 0.5}
QUOTE_FACTOR = 0.1
QUOTE_CAP = 0.3  # however angry the quote, it adds less than BIAS takes away
CALMING_CAP = -1.6
# A second hit of the same kind adds this share of its weight, up to REPEAT_CAP x the first.
REPEAT_SHARE = 0.35
REPEAT_CAP = 1.5
WORDING_SIGNAL = 1.0  # the model's share (log-odds) from which it is named as a signal
MAX_CHARS = 20_000  # longer texts are judged on their start (a 2,000-char mail takes ~1 ms)

_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
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
    "TODO FAQS AGBS USB PDFS SEO CMS CEO CTO CFO PDF EUR USD AGB IT OK UI UX"
)
_ACRONYMS = frozenset(_ACRONYM_LIST.split())
_EXCLAIM = re.compile(r"!{2,}")
_INTERROBANG = re.compile(r"(?:\?+!+|!+\?+)[?!]*|\?{3,}")
_VOWELS = frozenset("AEIOUYÄÖÜ")


@dataclass(frozen=True)
class ToneAssessment:
    """What the detector thinks of a draft.

    ``signals`` are short English reasons, strongest first; ``signal_keys`` the matching stable
    ids (one per signal, same order) for the UI to translate. ``calming`` lists the calming cues
    found (keys). ``model_score`` is the statistical model's own probability (for diagnostics).
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


def explain_threshold() -> str:
    """Why a draft counts as heated at ``score >= THRESHOLD`` (0.5), in plain words."""
    return (
        "A draft counts as heated when its score is at least 0.5, that is when the evidence "
        "for 'heated' (the rules that fired, plus the statistical model when it leans towards "
        "'offensive') outweighs the evidence against it (a prior of -0.4 log-odds towards "
        "calm, calming cues such as please, thanks or an apology, and, weakly, the model when "
        "it leans towards 'calm'). The prior is there because false alarms annoy more than "
        "misses: a plainly worded, firm reply without any heated signal stays below 0.5. One "
        "clear signal (an insult at the reader, a threat, an ultimatum, an accusation such as "
        "'you always') is enough on its own; weaker ones (one word in capitals, '!!', "
        "exaggeration) need company. The numbers were chosen on the dev half of the "
        "hand-written client replies and a validation slice of the GermEval 2018 training "
        "part; scripts/evaluate_tone.py prints the false-alarm and miss rates on held-out data."
    )


def assess(text: str, lang: str | None = None) -> ToneAssessment:
    """Rate a draft: ``score`` 0..1 (higher is more heated), ``heated``, readable ``signals``.

    ``lang`` is "de" or "en"; anything else (or None) means: detect it from the text.
    """
    text = (text or "")[:MAX_CHARS]
    code = (lang or "").strip().lower()[:2]
    if code not in tone_lang.LANGS:
        code = tone_lang.detect(text)
    if not text.strip():
        return ToneAssessment(0.0, False, [], [], code, [], 0.5)

    parts = tone_quotes.split_quotes(text)
    own = parts.own
    model = tone_model.load(code)
    model_logit = model.logit(own) if own.strip() else model.bias
    weighting = MODEL_WEIGHT_UP if model_logit > 0 else MODEL_WEIGHT_DOWN
    model_part = model_logit * weighting[code]

    hits = _rule_hits(own, code) + _surface_hits(own, parts.scare_quotes, code)
    heat = _combine(hits)
    quoted_heat = _combine(_rule_hits(parts.quoted, code)) if parts.quoted else 0.0
    calming = _calming(own, code, sarcastic=any(h.key == "sarcasm" for h in hits))
    calm_total = max(CALMING_CAP, sum(weight for _, weight in calming))

    logit = BIAS[code] + model_part + heat + min(QUOTE_CAP, QUOTE_FACTOR * quoted_heat) + calm_total
    score = tone_model.sigmoid(logit)
    # The model has no words to point at; name it when it carries the verdict or weighs much.
    if model_part >= WORDING_SIGNAL or (score >= THRESHOLD and not hits and model_part > 0):
        hits.append(_Hit("wording", "wording reads as heated", model_part))
    shown = _strongest_per_key(hits)
    return ToneAssessment(
        score=score,
        heated=score >= THRESHOLD,
        signals=[h.label for h in shown],
        signal_keys=[h.key for h in shown],
        lang=code,
        calming=[key for key, _ in calming],
        model_score=tone_model.sigmoid(model_logit),
    )


def _matched(match: re.Match[str]) -> str:
    words = " ".join(match.group(0).split()).lstrip(".!?,;: ")
    return words if len(words) <= 32 else words[:31] + "…"


def _rule_hits(text: str, lang: str) -> list[_Hit]:
    hits = []
    lowered = text.lower()
    for rule in tone_rules.RULES[lang]:
        match = rule.search(text, lowered)
        if match:
            label = rule.label.format(_matched(match)) if "{}" in rule.label else rule.label
            hits.append(_Hit(rule.key, label, rule.weight))
    hits.extend(_harsh_hits(text, lang))
    return hits


_HARSH = {
    lang: (
        re.compile(tone_rules.HARSH_STRONG[lang], re.I),
        re.compile(tone_rules.HARSH_MILD[lang], re.I),
    )
    for lang in tone_lang.LANGS
}


def _harsh_hits(text: str, lang: str) -> list[_Hit]:
    strong, mild = _HARSH[lang]
    second_person = tone_rules.SECOND_PERSON[lang]
    hits = []
    for sentence in _SENTENCE.findall(text):
        for pattern, at_reader, elsewhere in ((strong, 2.4, 1.4), (mild, 1.4, 0.7)):
            match = pattern.search(sentence)
            if not match:
                continue
            word = _matched(match)
            if second_person.search(sentence):
                hits.append(_Hit("insult", f"insult aimed at the reader: “{word}”", at_reader))
            else:
                hits.append(_Hit("harsh_words", f"harsh words: “{word}”", elsewhere))
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


def _combine(hits: list[_Hit]) -> float:
    """Sum over kinds; within a kind the strongest counts fully, the rest a share, capped."""
    by_key: dict[str, list[float]] = {}
    for hit in hits:
        by_key.setdefault(hit.key, []).append(hit.weight)
    total = 0.0
    for weights in by_key.values():
        weights.sort(reverse=True)
        top = weights[0]
        total += min(top * REPEAT_CAP, top + REPEAT_SHARE * sum(weights[1:]))
    return total


def _strongest_per_key(hits: list[_Hit]) -> list[_Hit]:
    best: dict[str, _Hit] = {}
    for hit in hits:
        if hit.key not in best or hit.weight > best[hit.key].weight:
            best[hit.key] = hit
    return sorted(best.values(), key=lambda h: -h.weight)


def _calming(text: str, lang: str, *, sarcastic: bool) -> list[tuple[str, float]]:
    """(key, weight) of each kind of calming cue found, each kind once."""
    found: dict[str, float] = {}
    lowered = text.lower()
    for rule in tone_rules.CALMING[lang]:
        if rule.key in found or (sarcastic and rule.key == "courtesy"):
            continue
        if rule.search(text, lowered):
            found[rule.key] = rule.weight
    return list(found.items())
