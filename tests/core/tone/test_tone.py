"""The tone detector (clientjournal.core.tone): clear cases, each kind of heat and of calm,
quotes, context, speed, model files.

Reads only files inside the repository (clientjournal/resources/tone, tests/data/tone), never ../shared; the
writers' corpus (tests/data/tone/writers) is training data and not read here either.
"""

from __future__ import annotations

import math
import subprocess
import sys
import time
from datetime import datetime
from importlib.resources import files
from pathlib import Path

import pytest

from clientjournal.core.tone import detector as tone_detector
from clientjournal.core.tone import lang as tone_lang
from clientjournal.core.tone import model as tone_model
from clientjournal.core.tone import rules as tone_rules
from clientjournal.core.tone import wordvec as tone_wordvec
from clientjournal.core.tone.detector import (
    BORDERLINE,
    GENRE,
    INPUTS,
    RULE_PART,
    SIGNAL_KEYS,
    THRESHOLD,
    ToneAssessment,
    ToneContext,
    assess,
    explain_threshold,
    ngram_body,
    ngram_features,
)
from clientjournal.core.tone.patterns import RuleSet, finditer_at_heads, starts
from clientjournal.core.tone.quotes import split_quotes
from clientjournal.core.tone.scoring import VECTORS, WHOLE, WHOLE_TEXT_BELOW

REPLIES = Path(__file__).resolve().parents[2] / "data" / "tone" / "client_replies.tsv"
# One example of each kind of heat and each kind of calm, per language (written for this test,
# not taken from the training data): each must stay on its side.
KINDS = Path(__file__).resolve().parents[2] / "data" / "tone" / "kinds.tsv"
HEATED_KINDS = {
    "sarcasm", "passive_aggression", "blame", "ultimatum", "rhetorical_question", "guilt",
    "exaggeration", "threat", "quitting_in_anger", "condescension", "accusation",
    "shouting_and_punctuation", "insult",
}  # fmt: skip
CALM_KINDS = {
    "thanks", "status_update", "refusal", "payment_reminder", "negotiation", "curt_neutral",
    "boundary", "apology", "scope_change", "quoted_anger", "ending_calmly", "calm_complaint",
}  # fmt: skip


def kind_examples() -> list[tuple[str, str, str, str]]:
    lines = KINDS.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line.strip()]  # type: ignore[misc]


HEATED = [
    ("de", "Sie melden sich NIE pünktlich und jetzt soll ich wieder alles ausbaden?!"),
    (
        "de",
        "Schon wieder keine Zahlung. Letzte Chance: bis Freitag, sonst geht das an meinen Anwalt.",
    ),
    (
        "de",
        "Das ist eine Frechheit. Sie haben offensichtlich keine Ahnung, was Sie da verlangen!!!",
    ),
    ("de", "Na toll, danke auch. Dann machen Sie Ihren Kram doch selbst."),
    ("de", "Du änderst ständig alles und zahlst nie pünktlich. Mir reicht's."),
    ("en", "You ALWAYS do this! Every single time you change the brief at the last minute!!!"),
    ("en", "Pay the invoice by Monday or else my lawyer will take it from there."),
    ("en", "Your feedback is useless and frankly you have no idea what you're doing."),
    ("en", "Great, just great. Thanks for nothing."),
    (
        "en",
        "How many times do I have to say it? You never read my emails. I'm sick and tired of it.",
    ),
]

CALM = [
    ("de", "Hallo Frau Schmitt, vielen Dank für die Unterlagen. Ich melde mich bis Mittwoch."),
    ("de", "Anbei die Rechnung für den Mai. Melden Sie sich gern, wenn Sie Fragen haben."),
    ("de", "Passt, dann sehen wir uns am Donnerstag um 10 Uhr im Büro."),
    ("en", "Hi Tom, thanks for the notes. I'll send the next draft on Wednesday."),
    ("en", "Attached is the invoice for May. Let me know if you have any questions."),
    ("en", "Sounds good, see you on Thursday at 10 in the office."),
]

FIRM_BUT_CALM = [
    # The payment reminder from DESIGN/issue 5, verbatim: firm and professional is not heated.
    (
        "de",
        "Die Rechnung vom 3. März ist seit 14 Tagen fällig. Bitte überweisen Sie den Betrag bis Freitag.",
    ),
    ("de", "Leider kann ich das Projekt in diesem Zeitrahmen nicht übernehmen."),
    ("de", "Dringend: Bitte geben Sie die Druckdaten heute noch frei, die Druckerei wartet."),
    (
        "de",
        "Nein, ein weiterer Rabatt ist nicht möglich. Der Preis entspricht dem vereinbarten Umfang.",
    ),
    (
        "de",
        "Zweite Zahlungserinnerung: Die Rechnung 2024-17 ist weiterhin offen. Bitte begleichen Sie sie innerhalb von 7 Tagen.",
    ),
    ("en", "Unfortunately I have to decline. The timeline doesn't work for me."),
    ("en", "Urgent: the SSL certificate expires tomorrow. Could you renew it today?"),
    (
        "en",
        "This is a reminder that invoice 2024-17 is now 21 days overdue. Please arrange payment this week.",
    ),
    (
        "en",
        "I'm not able to add the extra pages at the current price. I'm happy to send a quote for them.",
    ),
    ("en", "Sorry for the delay, I was ill last week. The files will be with you by Friday."),
]


def macro_f1(truth: list[bool], predicted: list[bool]) -> float:
    scores = []
    for cls in (True, False):
        tp = sum(t is cls and p is cls for t, p in zip(truth, predicted, strict=True))
        fp = sum(t is not cls and p is cls for t, p in zip(truth, predicted, strict=True))
        fn = sum(t is cls and p is not cls for t, p in zip(truth, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2


def client_replies(split: str) -> list[dict[str, str]]:
    lines = REPLIES.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]
    for row in rows:
        row["text"] = row["text"].replace("\\n", "\n")
    return [row for row in rows if row["split"] == split]


@pytest.mark.parametrize(("lang", "text"), HEATED)
def test_clear_heated_cases(lang, text):
    result = assess(text)
    assert result.lang == lang
    assert result.heated, (result.score, result.signals)
    assert result.signals, "a heated draft must say why"
    assert len(result.signals) == len(result.signal_keys)
    assert set(result.signal_keys) <= set(SIGNAL_KEYS)
    assert all(isinstance(s, str) and 0 < len(s) <= 60 for s in result.signals)


@pytest.mark.parametrize(("lang", "text"), CALM + FIRM_BUT_CALM)
def test_calm_and_firm_but_professional_replies_pass(lang, text):
    result = assess(text)
    assert result.lang == lang
    assert not result.heated, (result.score, result.signals)


def test_signals_name_what_reads_as_heated():
    keys = assess("Sie schicken IMMER kurz vor Feierabend noch Änderungen!!!").signal_keys
    assert {"accusation", "shouting", "exclamations"} <= set(keys)
    result = assess("If this isn't paid by Friday, my lawyer will be in touch. Last chance.")
    assert {"threat", "ultimatum"} <= set(result.signal_keys)
    assert any("threat" in s for s in result.signals)
    assert "schon_wieder" in assess("Schon wieder fehlt die Freigabe?!").signal_keys
    assert "insult" in assess("You are an idiot.").signal_keys
    assert "sarcasm" in assess("Na toll. Danke auch, wirklich hilfreich.").signal_keys


def test_quoted_anger_counts_much_less():
    angry = "This is unacceptable!!! You NEVER deliver on time, you are useless."
    own = assess(angry)
    assert own.heated
    for reply in (
        f'You wrote "{angry}" — I understand your frustration. Could we talk tomorrow at 10?',
        f"> {angry}\n\nHi Sam, I hear you. The new build is live since this morning.",
        f"You wrote: {angry}\nI understand. Here is the plan for this week.",
    ):
        quoted = assess(reply)
        assert not quoted.heated, (reply, quoted.score, quoted.signals)
        assert quoted.score < own.score - 0.3
    german = "Das ist doch lächerlich!!! Sie haben KEINE Ahnung."
    assert assess(german).heated
    reply = f"Sie schrieben „{german}“ – ich verstehe Ihren Ärger. Können wir morgen telefonieren?"
    assert not assess(reply).heated


def test_german_quotes_closed_as_typed_are_a_quotation_too():
    """„…" closed with the keyboard's straight quote, as German mails often are (writer anna's
    calm replies quoting an insult were flagged for it): a quotation, as „…“ is."""
    from clientjournal.core.tone import quotes

    words = "du hast uns total hängen lassen, super unprofessionell"
    for closing in ("“", '"'):
        parts = quotes.split_quotes(f"Du schreibst „{words}{closing} Ich sehe das anders.")
        assert words in parts.quoted, (closing, parts)
        assert "unprofessionell" not in parts.own, (closing, parts)
    german = "Das ist doch lächerlich!!! Sie haben KEINE Ahnung."
    reply = f'Sie schrieben „{german}" – ich verstehe Ihren Ärger. Können wir morgen telefonieren?'
    assert not assess(reply).heated
    scare = quotes.split_quotes('Ihre „Korrekturen" kamen wieder erst nach der Frist.')
    assert scare.scare_quotes == ["Korrekturen"]  # a short one stays a scare-quote


def test_scare_quotes_are_not_mistaken_for_quoted_speech():
    result = assess('Your "urgent" requests are only urgent because you ignore everything.')
    assert "sarcasm" in result.signal_keys


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vielen Dank für die schnelle Rückmeldung, ich schaue es mir morgen an.", "de"),
        ("Thanks for the quick reply, I'll look at it tomorrow.", "en"),
        ("Grüße aus München", "de"),
        ("ok", "en"),
    ],
)
def test_language_detection(text, lang):
    assert tone_lang.detect(text) == lang
    assert assess(text).lang == lang


def test_given_language_wins_and_unknown_codes_fall_back_to_detection():
    assert assess("Thanks, see you Monday.", lang="de").lang == "de"
    assert assess("Danke, bis Montag.", lang="EN").lang == "en"
    assert assess("Danke, bis Montag.", lang="fr").lang == "de"


@pytest.mark.parametrize(
    "text",
    ["", "   \n", "!!!", "ÄÖÜ" * 50, "😡" * 100, "a" * 50_000, "x\ty\r\nz", "> only a quote"],
)
def test_score_is_a_probability_for_any_input(text):
    result = assess(text)
    assert isinstance(result, ToneAssessment)
    assert 0.0 <= result.score <= 1.0
    assert result.heated == (result.score >= THRESHOLD)
    assert result.lang in ("de", "en")


def test_a_heated_verdict_always_names_a_reason():
    """The banner must be able to say why, even when the statistical model carried the verdict."""
    texts = [row["text"] for split in ("dev", "heldout") for row in client_replies(split)]
    texts += ["I hate to say it, but the new logo is a step back.", "> You are idiots!!!\nNoted."]
    for text in texts:
        result = assess(text)
        if result.heated:
            assert result.signals, text
    assert "wording" in SIGNAL_KEYS


def test_empty_draft_is_calm_and_silent():
    result = assess("")
    assert (result.score, result.heated, result.signals, result.signal_keys) == (0.0, False, [], [])


def test_same_text_same_verdict():
    text = "You always send changes late. Not happening!!"
    assert assess(text) == assess(text)


def test_threshold_is_explained():
    text = explain_threshold()
    assert "0.5" in text and "false alarm" in text


def test_model_files_load_from_resources_and_stay_small():
    folder = files("clientjournal.resources") / "tone"
    total = sum(len(entry.read_bytes()) for entry in folder.iterdir() if entry.is_file())
    assert total < 3 * 1024 * 1024
    for lang in ("de", "en"):
        model = tone_model.load(lang)
        assert model.lang == lang
        assert len(model.weights) > 10_000
        assert -10 < model.bias < 10
    assert (folder / "README.md").is_file()  # credits GermEval 2018 and GoEmotions


def test_run_time_is_pure_python():
    code = (
        "import sys; from clientjournal.core.tone.detector import assess; "
        "assess('Hallo, danke!'); assess('You never pay!!!'); "
        "bad = [m for m in ('numpy', 'scipy', 'sklearn', 'PySide6', 'peewee', 'sqlite3') "
        "if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_long_mail_is_rated_quickly():
    paragraph = (
        "Hallo Herr Schulz, vielen Dank für Ihre Nachricht. Sie schicken IMMER kurz vor "
        "Feierabend noch Änderungen!!! > Das ist doch ein Witz. Thanks, I'll send it Thursday. "
    )
    mail = (paragraph * 20)[:2000]
    assess(mail)  # the first call loads the models
    start = time.perf_counter()
    for _ in range(5):
        assess(mail)
    per_call = (time.perf_counter() - start) / 5
    # Very generous so a busy shared machine does not flake; the real figure (p99 of a few
    # milliseconds) is measured by scripts/evaluate_tone.py.
    assert per_call < 0.2


def test_client_reply_set_is_big_enough_and_split():
    rows = client_replies("dev") + client_replies("heldout")
    for lang in ("de", "en"):
        assert sum(r["lang"] == lang for r in rows) >= 120
    assert {r["label"] for r in rows} == {"heated", "calm"}
    assert len(client_replies("heldout")) >= 120


def test_held_out_client_replies_reach_a_floor():
    rows = client_replies("heldout")
    truth = [r["label"] == "heated" for r in rows]
    verdicts = [assess(r["text"]).heated for r in rows]
    # Measured 0.938 (both languages, scripts/evaluate_tone.py); the floor sits a little
    # below so that small, deliberate rule changes do not break the build, while a real
    # regression does.
    assert macro_f1(truth, verdicts) >= 0.88
    false_alarms = sum(v and not t for t, v in zip(truth, verdicts, strict=True))
    calm = truth.count(False)
    # Measured 2 of 83 (2.4 %); false alarms annoy more than misses: they get their own bar.
    assert false_alarms / calm <= 0.05


def test_rule_prefilter_never_hides_a_match():
    """Each rule is skipped unless one of its literal needles occurs; that must be exact."""
    rules = [*tone_rules.EN, *tone_rules.DE, *tone_rules.CALMING["en"], *tone_rules.CALMING["de"]]
    assert sum(rule.needles is None for rule in rules) <= 5  # nearly every rule has a needle
    texts = [row["text"] for split in ("dev", "heldout") for row in client_replies(split)]
    texts += [text for _, text in HEATED + CALM + FIRM_BUT_CALM]
    for text in texts:
        lowered = text.lower()
        for rule in rules:
            assert (rule.search(text, lowered) is None) == (rule.pattern.search(text) is None)
        # The harsh-word lexicons, tried only where their first words occur, find the same.
        for lang in ("de", "en"):
            for pattern in tone_detector._HARSH[lang]:
                heads = starts(pattern.pattern)
                assert heads is not None
                fast = finditer_at_heads(pattern, heads, text, lowered)
                assert [m.span() for m in fast] == [m.span() for m in pattern.finditer(text)]
        # The needle index of a language's rules runs exactly the rules that match.
        for group in (tone_rules.RULES, tone_rules.CALMING):
            for lang in ("de", "en"):
                expected = [
                    (r, m.span()) for r in group[lang] if (m := r.pattern.search(text)) is not None
                ]
                found = RuleSet(group[lang]).matches(text, lowered)
                assert [(r, m.span()) for r, m in found] == expected


def test_every_kind_has_an_example_in_both_languages():
    found = {(lang, label, kind) for lang, label, kind, _ in kind_examples()}
    for lang in ("de", "en"):
        assert {k for la, lb, k in found if la == lang and lb == "heated"} == HEATED_KINDS
        assert {k for la, lb, k in found if la == lang and lb == "calm"} == CALM_KINDS


# Until session 9 two of these were marked as known wrong (xfail): the calm English boundary
# about evenings and weekends (0.81) and the English passive-aggressive reply (0.10). They pass
# since the client combiner shrinks the rules' weights towards their hand-set strength and the
# boundary cue (calm:boundary) and more passive-aggressive families exist, in both languages.
@pytest.mark.parametrize(
    ("lang", "label", "kind", "text"), kind_examples(), ids=lambda v: v if len(v) < 30 else ""
)
def test_each_kind_stays_on_its_side(lang, label, kind, text):
    result = assess(text)
    assert result.lang == lang
    assert result.heated == (label == "heated"), (kind, result.score, result.signals)
    if result.heated:
        assert result.signal_keys


def test_new_kinds_are_named():
    cases = {
        "sarcasm": "Oh great, another tiny tweak at 6pm. It's not like I had plans.",
        "ultimatum": "Last chance: either you pay by Friday or I stop all work.",
        "quitting": "Suchen Sie sich jemand anderen, ich bin raus.",
        "blame": "Dass der Termin platzt, ist allein Ihre Schuld.",
        "condescension": "Let me explain this slowly, these are basics.",
        "passive_aggression": "Ich wiederhole mich gern, vielleicht klappt es ja diesmal.",
        "guilt": "After everything I've done for you, I gave up my whole weekend.",
    }
    for key, text in cases.items():
        assert key in assess(text).signal_keys, (key, assess(text).signals)
        assert key in SIGNAL_KEYS


def test_context_tips_only_a_borderline_draft():
    late = ToneContext(written_at=datetime(2026, 3, 4, 23, 40), minutes_since_client=3)
    calm = "Hi Tom, thanks for the notes. I'll send the next draft on Wednesday."
    assert not assess(calm, context=late).heated
    for _, _label, _, text in kind_examples():
        plain = assess(text)
        with_context = assess(text, context=late)
        if plain.score < BORDERLINE:  # a calm text is never flagged for context alone
            assert not with_context.heated
            assert with_context.signal_keys == plain.signal_keys
        assert with_context.score >= plain.score
        if plain.heated:
            assert with_context.heated
    day = ToneContext(written_at=datetime(2026, 3, 4, 11, 0), minutes_since_client=300)
    text = "You always send changes late. Not happening!!"
    assert assess(text, context=day) == assess(text)


def test_context_is_named_when_it_tips_the_balance():
    late = ToneContext(written_at=datetime(2026, 3, 4, 1, 15), negative_notes=3)
    tipped = 0
    for _, _, _, text in kind_examples():
        plain, with_context = assess(text), assess(text, context=late)
        if with_context.heated and not plain.heated:
            tipped += 1
            assert {"context_late", "context_mood"} <= set(with_context.signal_keys)
            assert with_context.signal_keys[-1].startswith("context_")
    assert ToneContext().factors() == []
    assert ToneContext(written_at=datetime(2026, 1, 1, 12, 0)).factors() == []
    assert late.factors() == ["context_late", "context_mood"]


def test_every_signal_has_a_readable_label():
    from clientjournal.ui.replies.labels import signal_label

    labels = {key: signal_label(key) for key in SIGNAL_KEYS}
    assert all(label and "_" not in label for label in labels.values())
    assert labels["sarcasm"] == "reads as sarcastic"
    assert labels["ultimatum"] == "sounds like an ultimatum"


def test_nothing_loads_at_import_and_the_first_call_is_quick():
    code = (
        "import sys, time; t0 = time.perf_counter(); "
        "from clientjournal.core.tone import assess; "
        "from clientjournal.core.tone import model; "
        "loaded = model.load.cache_info().currsize; t1 = time.perf_counter(); "
        "assess('Sie melden sich NIE!!!'); t2 = time.perf_counter(); "
        "print(loaded, model.load.cache_info().currsize, t2 - t1)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after, first = out.stdout.split()
    assert (before, after) == ("0", "1")  # one language's file, on the first call
    assert float(first) < 1.0  # generous on a busy machine; evaluate_tone.py measures ~0.1 s


def test_shipped_files_stay_within_the_budget():
    folder = files("clientjournal.resources") / "tone"
    total = sum(len(e.read_bytes()) for e in folder.iterdir() if e.name.endswith(".json.gz"))
    assert total <= 5 * 1024 * 1024
    for lang in ("de", "en"):
        meta = tone_model.load(lang, "domain").meta
        assert set(meta["combiner"]["weights"]) <= set(INPUTS)
        # The combiner for public texts reads the n-gram models and the rules only as one sum
        # (weighed as on client replies): a short client reply the genre model takes for a tweet
        # is never judged by rule weights learnt one by one on tweets, nor without its rules.
        assert set(meta["public_combiner"]["weights"]) == {"public", "domain", RULE_PART}


def test_one_look_up_gives_each_table_its_own_sum():
    """The three tables share one dictionary (packed into one integer) and the detector keeps
    each word's sum; the sums must be exactly those of the tables read apart, over the
    features that training sees (``model.features``), also when a word comes back from the
    cache."""
    for lang, text in [*HEATED, *CALM, *FIRM_BUT_CALM][::3]:
        tables = tone_model.load(lang, "domain").tables
        assert tables is not None
        parts = split_quotes(text)
        found = ngram_features(parts)
        assert found
        for _ in range(2):
            sums = tone_detector._combiner(lang).sums(ngram_body(parts))
            for name in ("public", "domain", GENRE):
                weights = tables.weights(name)
                assert len(weights) > 1000
                expected = tables.biases[name] + tone_model.weighted_sum(weights, found)
                assert sums[name] == pytest.approx(expected, abs=1e-9)
            expected = _vector_part(lang, ngram_body(parts))
            assert sums[VECTORS] == pytest.approx(expected, abs=1e-9)


def _vector_part(lang: str, body: str) -> float:
    """The public model's word-vector part (wordvec.py) the slow way: its weights times the
    features that training sees (``WordVectors.features``); 0 for a language without vectors."""
    raw = tone_model.load(lang, "domain").meta.get("vectors")
    vectors = tone_wordvec.load(lang)
    if not raw or vectors is None:
        return 0.0
    weights = [*raw["mean"], *raw["max"], raw["count"]]
    found = vectors.features(set(tone_model.tokens(tone_model.normalise(body))))
    return sum(w * x for w, x in zip(weights, found, strict=True))


def test_features_count_per_distinct_word():
    """A word's n-grams count once however often the word occurs, and once per distinct word
    that holds them (what lets the detector cache a sum per word); word pairs count once."""
    found = tone_model.features("nie nie nie wieder")
    assert found["w nie"] == 1 and found[" ni"] == 1 and found["b nie nie"] == 1
    assert found["ie"] == 1 + 1  # in "nie" and in "wieder"
    assert tone_model.features("") == {}


def test_model_tables_survive_the_file_format():
    tables = {
        "public": (0.5, {"w du": 1.25, " id": -0.5}),
        "domain": (-1.0, {"w du": 0.75, "b <s> du": 2.0}),
        GENRE: (0.0, {" id": 3.0}),
    }
    model = tone_model.decode(tone_model.encode_tables("en", tables, {"k": 1}), "en")
    assert model.meta == {"k": 1} and model.tables is not None
    for name, (bias, weights) in tables.items():
        assert model.tables.biases[name] == bias
        decoded = model.tables.weights(name)
        assert set(decoded) == set(weights)
        for feature, weight in weights.items():
            assert decoded[feature] == pytest.approx(weight, rel=1e-4)


# Tweets and forum comments (written for this test in the style of GermEval 2018, GoEmotions
# and TweetEval) and replies to clients: the genre model must tell them apart, so that each is
# judged by the combiner trained on its kind of text.
TWEETS = [
    ("de", "@user Die ganze Regierung ist ein Haufen Versager. #Merkelmussweg"),
    ("de", "@user @user Genau so ist es! Die Medien lügen doch nur noch. #Lügenpresse"),
    ("en", "lol this ref is such a clown, worst call of the season"),
    ("en", "@user I can't believe they cancelled the show, I'm so mad right now #RenewIt"),
]


def test_the_genre_model_tells_client_replies_from_tweets():
    for lang, text in TWEETS:
        genre = tone_detector._combiner(lang).sums(ngram_body(split_quotes(text)))[GENRE]
        assert genre < 0, (text, genre)
    replies = [(la, t) for la, _, _, t in kind_examples()] + [
        (r["lang"], r["text"]) for r in client_replies("heldout")
    ]
    as_replies = [
        tone_detector._combiner(lang).sums(ngram_body(split_quotes(text)))[GENRE] > 0
        for lang, text in replies
    ]
    # A few one-line replies read like tweets: measured 5 of these 211 (19 before the genre
    # model also learnt from single sentences of replies); nearly all must go to the combiner
    # trained on client replies.
    assert sum(as_replies) >= 0.95 * len(replies)


def test_the_two_combiners_are_mixed_as_probabilities():
    """A text the genre model half takes for a reply gets P(reply) x P(heated as a reply) +
    P(public) x P(heated as a public text): the client combiner, which reads forum comments
    close to chance with large log-odds, can no longer outvote a confident public verdict by
    its log-odds alone (mixed as log-odds, 0.5 x -8 + 0.5 x 3 gave a score of 0.08; as
    probabilities it is 0.48)."""
    detector = tone_detector._combiner("en")
    values = dict.fromkeys(INPUTS, 0.0)
    values["public"], values["domain"] = 1.5, -2.0
    client = detector.client.logit(values)
    rules = 0.0  # no rule input is set
    public = detector.public.logit({"public": 1.5, "domain": -2.0, RULE_PART: rules})
    for genre in (-3.0, 0.0, 2.0):
        g = tone_model.sigmoid(genre)
        logit, _, reply = tone_detector.mix(detector, values, genre)
        assert reply == pytest.approx(g)
        expected = g * tone_model.sigmoid(client) + (1 - g) * tone_model.sigmoid(public)
        assert tone_model.sigmoid(logit) == pytest.approx(expected, abs=1e-9)
    assert tone_model.sigmoid(tone_detector.mix_logits(-8.0, 3.0, 0.5)) == pytest.approx(
        0.5 * tone_model.sigmoid(-8.0) + 0.5 * tone_model.sigmoid(3.0)
    )
    # A text read wholly as a reply keeps the client combiner's verdict exactly.
    assert tone_detector.mix_logits(2.5, -4.0, 1.0) == 2.5
    assert tone_detector.mix_logits(2.5, -4.0, 0.0) == -4.0


# Session 9: the calming cue of a working boundary stated as fact, and families of passive
# aggression, in both languages (sentences written for this test, not from the writers' corpus).
BOUNDARY_CUES = [
    ("en", "I'm only available for calls on Tuesdays and Thursdays."),
    ("en", "I check my emails twice a day, so expect an answer by the afternoon."),
    ("en", "I don't take calls after six, but email works any time."),
    ("de", "Ich bin donnerstags und freitags nur vormittags erreichbar."),
    ("de", "Anfragen am Wochenende beantworte ich am nächsten Werktag."),
    ("de", "Abends nehme ich grundsätzlich keine Anrufe an."),
]


@pytest.mark.parametrize(("lang", "text"), BOUNDARY_CUES)
def test_a_stated_working_boundary_is_a_calming_cue(lang, text):
    result = assess(text, lang)
    assert "boundary" in result.calming
    assert not result.heated, (result.score, result.signals)


PASSIVE_AGGRESSION_CUES = [
    ("en", "Sure, I'll just rewrite the intro again. As usual."),
    ("en", "I'm sure it was just an oversight that the deposit never arrived."),
    ("en", "I've taken the liberty of attaching the brief you approved in May."),
    ("de", "Gut, dann schreibe ich die Einleitung halt wieder neu."),
    ("de", "Kein Stress, ich hab ja sonst nichts zu tun."),
    ("de", "Ich habe mir erlaubt, Ihnen das freigegebene Briefing noch einmal anzuhängen."),
]


@pytest.mark.parametrize(("lang", "text"), PASSIVE_AGGRESSION_CUES)
def test_passive_aggression_families_are_found(lang, text):
    values = tone_detector.rule_inputs(text, lang)
    assert values["rule:passive_aggression"] > 0


def test_repeated_calming_cues_of_one_kind_add_up_like_heat():
    one = tone_detector.rule_inputs("I'm not available on Fridays.", "en")["calm:boundary"]
    three = tone_detector.rule_inputs(
        "I'm not available on Fridays. I answer emails on weekdays. My office hours are 9 to 5.",
        "en",
    )["calm:boundary"]
    assert one == 1.0
    assert one < three <= tone_detector.REPEAT_CAP


def test_the_public_combiner_reads_a_public_text_whole():
    """The public model learnt whole tweets and comments; on the writer's own words only, a
    comment quoting with ">" or in quotes lost what it said (session 11). Where the genre model
    gives a text mostly to the public side, the public combiner reads the public model on the
    whole text; a reply keeps the own words (and pays no second pass)."""
    detector = tone_detector._combiner("en")
    text = "> any progressive would be against that. You thought wrong, you absolute moron."
    parts = split_quotes(text)
    body = ngram_body(parts)
    sums = detector.sums(body)
    assert body != text and sums[GENRE] < WHOLE_TEXT_BELOW["en"] == detector.whole_below
    whole = detector.sums(text)
    read = detector.whole(text, body, sums)
    assert read == whole["public"] + whole[VECTORS] != sums["public"] + sums[VECTORS]
    values = tone_detector.inputs(parts, "en")[0]
    values["public"], values["domain"] = sums["public"] + sums[VECTORS], sums["domain"]
    values[WHOLE] = read
    logit = tone_detector.mix(detector, values, sums[GENRE])[0]
    assert assess(text, "en").score == pytest.approx(tone_model.sigmoid(logit), abs=1e-12)
    mail = "Hi Anna,\n\nthe invoice is attached, due in 14 days.\n\nBest,\nTom"
    mail_body = ngram_body(split_quotes(mail))
    mail_sums = detector.sums(mail_body)
    assert mail_body != mail and mail_sums[GENRE] >= WHOLE_TEXT_BELOW["en"]
    own = mail_sums["public"] + mail_sums[VECTORS]
    assert detector.whole(mail, mail_body, mail_sums) == own
    # German has none (on its public halves the whole text gained nothing)
    german = tone_detector._combiner("de")
    tweet = "@user „Die Regierung lügt doch nur“ – genau so ist es, ihr Versager."
    tweet_body = ngram_body(split_quotes(tweet))
    tweet_sums = german.sums(tweet_body)
    assert tweet_body != tweet and german.whole_below == -math.inf
    assert german.whole(tweet, tweet_body, tweet_sums) == tweet_sums["public"]
