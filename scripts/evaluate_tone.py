"""Print the tone detector's figures: the table that goes into the README.

    .venv/bin/python scripts/evaluate_tone.py [--data ../shared/data/tone] [--split dev|heldout|all]

Pure Python (no numpy needed): it evaluates exactly what ships, through the public API
``clientjournal.core.tone.detector.assess``. Figures:

- GermEval 2018 (German tweets, OFFENSE vs OTHER): macro-F1 of ``assess(text, "de").heated`` on
  our own held-out 20 % of the training file (see :func:`germeval_split`; the shipped model never
  saw it), plus the model alone at its own decision point and the ROC AUC of ``score``.
- GoEmotions (English Reddit comments, Ekman labels): ROC AUC of ``assess(text, "en").score``,
  comments labelled anger (which includes annoyance and disapproval) against comments labelled
  only neutral, on the dev file (not used for training; used to pick among a handful of
  training set-ups, so expect the real test split to come out a little lower).
- The hand-written client replies (``tests/data/tone/client_replies.tsv``): macro-F1, the
  false-alarm rate (calm replies flagged heated) and the miss rate (heated replies let through),
  per language, on the ``heldout`` part by default.
- Latency of ``assess`` on a 2,000-character mail (p50/p99 over many runs, model loaded).

The official test splits of both corpora are deliberately not used (and must not be fetched).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tone"
CLIENT_REPLIES = ROOT / "tests" / "data" / "tone" / "client_replies.tsv"
GERMEVAL = "germeval2018.training.txt"
GOEMOTIONS_TRAIN = "goemotions_ekman_train.tsv"
GOEMOTIONS_DEV = "goemotions_ekman_dev.tsv"
GOEMOTIONS_ANGER = 0  # label ids: anger, disgust, fear, joy, neutral, sadness, surprise
GOEMOTIONS_NEUTRAL = 4
SPLIT_SEED = 2018
HELDOUT_FRACTION = 0.2


# --- data ------------------------------------------------------------------------------------


def load_germeval(data: Path) -> list[tuple[str, bool]]:
    """(tweet, offensive) for every line of the GermEval 2018 training file."""
    rows = []
    for line in (data / GERMEVAL).read_text(encoding="utf-8").splitlines():
        if line.strip():
            text, coarse, _fine = line.split("\t")
            rows.append((text, coarse == "OFFENSE"))
    return rows


def germeval_split(
    rows: Sequence[tuple[str, bool]],
) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """(train, held-out): a stratified 80/20 split of the file's rows, fixed seed 2018.

    Per class, the row numbers are shuffled with ``random.Random(2018)`` (OFFENSE first, then
    OTHER, from one generator) and the first fifth goes to held-out. File order is kept.
    """
    rng = random.Random(SPLIT_SEED)
    heldout: set[int] = set()
    for label in (True, False):
        numbers = [i for i, (_, y) in enumerate(rows) if y is label]
        rng.shuffle(numbers)
        heldout.update(numbers[: int(len(numbers) * HELDOUT_FRACTION)])
    train = [row for i, row in enumerate(rows) if i not in heldout]
    test = [row for i, row in enumerate(rows) if i in heldout]
    return train, test


def load_goemotions(path: Path) -> list[tuple[str, frozenset[int]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text, labels, _id = line.split("\t")
            rows.append((text, frozenset(int(x) for x in labels.split(","))))
    return rows


def anger_vs_neutral(rows: Iterable[tuple[str, frozenset[int]]]) -> list[tuple[str, bool]]:
    """Anger (any example carrying the label) against examples labelled only neutral."""
    return [
        (text, GOEMOTIONS_ANGER in labels)
        for text, labels in rows
        if GOEMOTIONS_ANGER in labels or labels == {GOEMOTIONS_NEUTRAL}
    ]


def load_client_replies(path: Path = CLIENT_REPLIES) -> list[dict[str, str]]:
    """Rows of the hand-written set; a literal backslash-n in the text is a line break."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if line.strip():
            row = dict(zip(header, line.split("\t"), strict=True))
            row["text"] = row["text"].replace("\\n", "\n")
            rows.append(row)
    return rows


# --- metrics ---------------------------------------------------------------------------------


def macro_f1(truth: Sequence[bool], predicted: Sequence[bool]) -> float:
    """Mean F1 of the positive and the negative class."""
    scores = []
    for cls in (True, False):
        tp = sum(t is cls and p is cls for t, p in zip(truth, predicted, strict=True))
        fp = sum(t is not cls and p is cls for t, p in zip(truth, predicted, strict=True))
        fn = sum(t is cls and p is not cls for t, p in zip(truth, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2


def roc_auc(truth: Sequence[bool], scores: Sequence[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    order = sorted(range(len(scores)), key=scores.__getitem__)
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    positives = sum(truth)
    negatives = len(truth) - positives
    rank_sum = sum(r for r, t in zip(ranks, truth, strict=True) if t)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def rates(truth: Sequence[bool], predicted: Sequence[bool]) -> tuple[float, float]:
    """(false-alarm rate among calm, miss rate among heated)."""
    calm = [p for t, p in zip(truth, predicted, strict=True) if not t]
    heated = [p for t, p in zip(truth, predicted, strict=True) if t]
    return sum(calm) / max(1, len(calm)), sum(not p for p in heated) / max(1, len(heated))


# --- the table -------------------------------------------------------------------------------


def sample_mail(length: int = 2000) -> str:
    """A realistic 2,000-character German/English reply, heated in the middle."""
    body = (
        "Hallo Herr Schulz,\n\nvielen Dank für Ihre Nachricht vom Dienstag. Ich habe mir die "
        "Anmerkungen zum zweiten Entwurf angesehen und die meisten Punkte schon umgesetzt. "
        "Sie schicken allerdings IMMER kurz vor Feierabend noch Änderungen, und das geht so "
        "nicht weiter!!! Die Rechnung vom 3. März ist seit 14 Tagen fällig. "
        "> Das ist doch ein Witz, wo bleibt die Seite?\n"
        "Thanks again for the quick feedback, I'll send the revised version by Thursday. "
    )
    return (body * (length // len(body) + 1))[:length]


def latency_ms(runs: int = 400) -> tuple[float, float]:
    from clientjournal.core.tone.detector import assess

    mail = sample_mail()
    assess(mail)  # load the models once
    timings = []
    for i in range(runs):
        text = mail[: len(mail) - (i % 7)]  # defeat any caching
        start = time.perf_counter()
        assess(text)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.99) - 1]


def client_reply_figures(split: str) -> list[tuple[str, float, float, float, int]]:
    from clientjournal.core.tone.detector import assess

    rows = [r for r in load_client_replies() if split == "all" or r["split"] == split]
    out = []
    for lang in ("de", "en", "both"):
        part = [r for r in rows if lang == "both" or r["lang"] == lang]
        truth = [r["label"] == "heated" for r in part]
        predicted = [assess(r["text"]).heated for r in part]
        false_alarms, misses = rates(truth, predicted)
        out.append((lang, macro_f1(truth, predicted), false_alarms, misses, len(part)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="../shared/data/tone")
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="heldout")
    parser.add_argument("--skip-corpora", action="store_true", help="only client replies, latency")
    args = parser.parse_args(argv)

    from clientjournal.core.tone.detector import assess
    from clientjournal.core.tone.model import load

    print("| figure | value | n |")
    print("|---|---|---|")
    if not args.skip_corpora:
        _, test = germeval_split(load_germeval(args.data))
        truth = [y for _, y in test]
        verdicts = [assess(t, "de") for t, _ in test]
        model = load("de")
        print(
            f"| GermEval 2018 held-out 20 %: macro-F1 (`heated`) "
            f"| {macro_f1(truth, [v.heated for v in verdicts]):.3f} | {len(test)} |"
        )
        print(
            f"| GermEval 2018 held-out 20 %: macro-F1 (model alone, logit > 0) "
            f"| {macro_f1(truth, [model.logit(t) > 0 for t, _ in test]):.3f} | {len(test)} |"
        )
        print(
            f"| GermEval 2018 held-out 20 %: ROC AUC (`score`) "
            f"| {roc_auc(truth, [v.score for v in verdicts]):.3f} | {len(test)} |"
        )
        dev = anger_vs_neutral(load_goemotions(args.data / GOEMOTIONS_DEV))
        truth = [y for _, y in dev]
        print(
            f"| GoEmotions dev, anger vs neutral: ROC AUC (`score`) "
            f"| {roc_auc(truth, [assess(t, 'en').score for t, _ in dev]):.3f} | {len(dev)} |"
        )
        model = load("en")
        print(
            f"| GoEmotions dev, anger vs neutral: ROC AUC (model alone) "
            f"| {roc_auc(truth, [model.logit(t) for t, _ in dev]):.3f} | {len(dev)} |"
        )
    for lang, f1, false_alarms, misses, n in client_reply_figures(args.split):
        label = f"client replies ({args.split}, {lang})"
        print(f"| {label}: macro-F1 | {f1:.3f} | {n} |")
        print(f"| {label}: false alarms (calm flagged) | {false_alarms:.1%} | |")
        print(f"| {label}: misses (heated let through) | {misses:.1%} | |")
    p50, p99 = latency_ms()
    print(f"| latency, 2,000-character mail: p50 | {p50:.2f} ms | |")
    print(f"| latency, 2,000-character mail: p99 | {p99:.2f} ms | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
