"""Print the tone detector's figures: the table that goes into the README.

    .venv/bin/python scripts/evaluate_tone.py [--data ../shared/data/tone] [--skip-writers]

It evaluates what ships, through the public API ``clientjournal.core.tone.detector.assess``,
except for the first figure, which retrains (so it needs the ``train`` extras). Figures, in
this order:

- In-domain, writer held out (FIRST, the figure that matters): the replies to clients in
  ``tests/data/tone/writers/`` (one file per independent writer). For each writer, the domain
  model and the combiner are trained without that writer (``train_tone.writer_cv``) and judged
  on all of that writer's replies; per language: macro-F1, calm replies flagged, heated let
  through. At the end, the same per kind of reply.
- GermEval 2018 (German tweets, OFFENSE vs OTHER) on our own held-out 20 % of the training file
  (:func:`germeval_split`; never trained on): the official figure (F1 of macro-averaged
  precision and recall) of ``assess(text, "de").heated`` and of the public model alone, and the
  ROC AUC of ``score``.
- GoEmotions (English Reddit comments, Ekman labels) dev file: ROC AUC of ``score``, anger
  (anger, annoyance, disapproval) against neutral-only.
- TweetEval irony and offensive (validation files) and GermEval 2021 toxic comments (its
  training file, which we only evaluate on: it has no licence): ROC AUC and macro-F1.
- The team's own hand-written replies (held-out half): the rules were written looking at them,
  so this says little about generalisation.
- Latency of ``assess`` on different 2,000-character mails (p50/p99, models loaded), the time
  to import the package and make the first call in a fresh process, and the size of the model
  files.

The official test splits of the corpora are deliberately not used (and must not be fetched).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tone"
CLIENT_REPLIES = ROOT / "tests" / "data" / "tone" / "client_replies.tsv"
WRITERS = ROOT / "tests" / "data" / "tone" / "writers"
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
            rows.append((csv_unquote(text), frozenset(int(x) for x in labels.split(","))))
    return rows


def csv_unquote(text: str) -> str:
    """A GoEmotions text as written: the files keep CSV quoting in 2.5 % of the rows (the
    comment wrapped in quotes, each quote inside it doubled: ``"Pretty sure you don't know what
    ""hurt"" means"``). Read raw, the whole comment was one quotation to ``quotes.split_quotes``,
    which the detector hardly reads (quoted text counts far less): an angry comment with a
    quote in it scored as if empty (docs/tone.md, session 6)."""
    inner = text[1:-1]
    if len(text) > 1 and text[0] == text[-1] == '"' and '"' not in inner.replace('""', ""):
        return inner.replace('""', '"')
    return text


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


def load_writers(folder: Path = WRITERS) -> list[dict[str, str]]:
    """Rows of every writer's file (lang, label, kind, text) plus ``writer`` (the file name).

    A line that does not have four columns or a known label is skipped (the files are being
    written while we read them: the last line may be incomplete).
    """
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            cells = line.split("\t")
            if (
                len(cells) != 4
                or cells[1] not in ("heated", "calm")
                or cells[0] not in ("de", "en")
            ):
                continue
            lang, label, kind, text = cells
            if text.strip():
                rows.append(
                    {"writer": path.stem, "lang": lang, "label": label, "kind": kind,
                     "text": text.replace("\\n", "\n")}
                )  # fmt: skip
    return rows


def load_germeval2021(data: Path) -> list[tuple[str, bool]]:
    """(comment, toxic) of the GermEval 2021 training file: for evaluation only (no licence)."""
    import csv

    with (data / "germeval2021_toxic_train.csv").open(encoding="utf-8", newline="") as handle:
        return [(r["comment_text"], r["Sub1_Toxic"] == "1") for r in csv.DictReader(handle)]


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


# --- the table ---------------------------------------------------------------------------


def germeval_official_f1(truth: Sequence[bool], predicted: Sequence[bool]) -> float:
    """GermEval 2018's official figure: F1 of the macro-averaged precision and recall."""
    precisions, recalls = [], []
    for cls in (True, False):
        tp = sum(t is cls and p is cls for t, p in zip(truth, predicted, strict=True))
        fp = sum(t is not cls and p is cls for t, p in zip(truth, predicted, strict=True))
        fn = sum(t is cls and p is not cls for t, p in zip(truth, predicted, strict=True))
        precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        recalls.append(tp / (tp + fn) if tp + fn else 0.0)
    p, r = sum(precisions) / 2, sum(recalls) / 2
    return 2 * p * r / (p + r) if p + r else 0.0


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


def sample_mails(count: int, length: int = 2000) -> list[str]:
    """``count`` different 2,000-character mails stitched from the team's client replies."""
    texts = [r["text"] for r in load_client_replies()]
    rng = random.Random(7)
    mails = []
    for _ in range(count):
        lang = rng.choice(("de", "en"))
        pool = [t for t, r in zip(texts, load_client_replies(), strict=True) if r["lang"] == lang]
        mail = ""
        while len(mail) < length:
            mail += rng.choice(pool) + "\n\n"
        mails.append(mail[:length])
    return mails


def latency_ms(
    runs: int = 400, mails: list[str] | None = None
) -> tuple[float, float, float, float]:
    """(p50, p99) of ``assess`` on different 2,000-character mails, models loaded: wall-clock
    time, then the CPU time of the calling thread (on a shared machine the wall-clock time also
    counts the waits for a free CPU; the CPU time is what the call itself costs)."""
    from clientjournal.core.tone.detector import assess

    mails = mails or sample_mails(runs) + [sample_mail()] * 50
    assess("Hallo, danke!", "de")
    assess("Hi, thanks!", "en")
    wall, cpu = [], []
    for mail in mails:
        start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
        assess(mail)
        cpu.append((time.thread_time_ns() - start_cpu) / 1e6)
        wall.append((time.perf_counter_ns() - start) / 1e6)

    def p50_p99(timings: list[float]) -> tuple[float, float]:
        timings.sort()
        return statistics.median(timings), timings[int(len(timings) * 0.99) - 1]

    return (*p50_p99(wall), *p50_p99(cpu))


def first_call_ms() -> tuple[float, ...]:
    """(import, import + first call, the CPU time of both) in a fresh interpreter, the slower
    language of the two, the best of three runs each (the CPU time does not count the waits
    for a free CPU on a shared machine)."""
    import subprocess

    worst: tuple[float, ...] = (0.0, 0.0, 0.0)
    for text in ("Vielen Dank, ich melde mich morgen.", "Thanks, I'll get back to you tomorrow."):
        code = (
            "import time; t0 = time.perf_counter(); c0 = time.process_time(); "
            "from clientjournal.core.tone import assess; t1 = time.perf_counter(); "
            f"assess({text!r}); t2 = time.perf_counter(); c2 = time.process_time(); "
            "print((t1 - t0) * 1000, (t2 - t0) * 1000, (c2 - c0) * 1000)"
        )
        runs = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            runs.append(tuple(float(x) for x in out.stdout.split()))
        best = min(runs, key=lambda r: r[1])
        worst = max(worst, best, key=lambda r: r[1])
    return worst


def model_size() -> int:
    """Every shipped file of the detector's folder but its README (weights and word vectors)."""
    folder = ROOT / "clientjournal" / "resources" / "tone"
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file() and p.suffix != ".md")


def client_reply_figures(split: str) -> list[tuple[str, float, float, float, int]]:
    from clientjournal.core.tone.detector import assess

    rows = [r for r in load_client_replies() if split == "all" or r["split"] == split]
    out = []
    for lang in ("de", "en"):
        part = [r for r in rows if r["lang"] == lang]
        truth = [r["label"] == "heated" for r in part]
        predicted = [assess(r["text"], lang).heated for r in part]
        false_alarms, misses = rates(truth, predicted)
        out.append((lang, macro_f1(truth, predicted), false_alarms, misses, len(part)))
    return out


def writer_held_out(data: Path) -> tuple[list[str], list[str]]:
    """Table rows: per language, and per kind, with each writer judged by a model without them."""
    import train_tone as tt  # needs the train extras (numpy, scipy, scikit-learn)

    from clientjournal.core.tone import wordvec as tone_wordvec
    from clientjournal.core.tone.model import load

    rows = tt.domain_rows()
    main, kinds = [], []
    for lang in ("de", "en"):
        if lang in tt.VEC_LANGS:  # the shipped word vectors (train_tone.main sets its own)
            tt.VECTORS.setdefault(lang, tone_wordvec.load(lang))
        domain = tt.make_domain(data, rows, lang, load(lang))
        scored, predicted = tt.writer_cv(domain)
        truth = domain.y[scored].tolist()
        guess = predicted[scored].tolist()
        false_alarms, misses = rates(truth, guess)
        writers = sorted(set(domain.writer[scored].tolist()))
        n = len(truth)
        label = f"in-domain, writer held out ({len(writers)} writers, {lang})"
        main.append(f"| {label}: macro-F1 | {macro_f1(truth, guess):.3f} | {n} |")
        main.append(f"| {label}: calm flagged | {false_alarms:.1%} | {truth.count(False)} |")
        main.append(f"| {label}: heated let through | {misses:.1%} | {truth.count(True)} |")
        by_kind: dict[tuple[str, str], list[bool]] = {}
        for i in [int(i) for i, s in enumerate(scored) if s]:
            row = domain.rows[i]
            right = bool(predicted[i]) == (row["label"] == "heated")
            by_kind.setdefault((row["label"], row["kind"]), []).append(right)
        for (label_, kind), right in sorted(by_kind.items()):
            kinds.append(
                f"| {lang} | {label_} | {kind} | {sum(right) / len(right):.0%} | {len(right)} |"
            )
    return main, kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="../shared/data/tone")
    parser.add_argument("--skip-corpora", action="store_true", help="no public data sets")
    parser.add_argument("--skip-writers", action="store_true", help="no writer-held-out figure")
    args = parser.parse_args(argv)

    from clientjournal.core.tone.detector import assess
    from clientjournal.core.tone.model import load

    print("| figure | value | n |")
    print("|---|---|---|")
    kinds: list[str] = []
    if not args.skip_writers:
        try:
            main_rows, kinds = writer_held_out(args.data)
        except ImportError:
            main_rows = ["| in-domain, writer held out | needs `pip install -e '.[train]'` | |"]
        for line in main_rows:
            print(line, flush=True)
    if not args.skip_corpora:
        _, test = germeval_split(load_germeval(args.data))
        truth = [y for _, y in test]
        verdicts = [assess(t, "de") for t, _ in test]
        heated = [v.heated for v in verdicts]
        model = load("de")
        alone = [model.logit(t) > 0 for t, _ in test]
        label = "GermEval 2018, own held-out 20 %"
        print(
            f"| {label}: official macro-F1 (`heated`) | {germeval_official_f1(truth, heated):.3f} | {len(test)} |"
        )
        print(
            f"| {label}: official macro-F1 (public model alone) | {germeval_official_f1(truth, alone):.3f} | {len(test)} |"
        )
        print(
            f"| {label}: mean of class F1 (`heated`) | {macro_f1(truth, heated):.3f} | {len(test)} |"
        )
        print(
            f"| {label}: ROC AUC (`score`) | {roc_auc(truth, [v.score for v in verdicts]):.3f} | {len(test)} |"
        )
        dev = anger_vs_neutral(load_goemotions(args.data / GOEMOTIONS_DEV))
        truth = [y for _, y in dev]
        print(
            f"| GoEmotions dev, anger vs neutral: ROC AUC (`score`) "
            f"| {roc_auc(truth, [assess(t, 'en').score for t, _ in dev]):.3f} | {len(dev)} |"
        )
        model = load("en")
        print(
            f"| GoEmotions dev, anger vs neutral: ROC AUC (public model alone) "
            f"| {roc_auc(truth, [model.logit(t) for t, _ in dev]):.3f} | {len(dev)} |"
        )
        for task, positive, name in (("irony", 1, "irony"), ("offensive", 1, "offensive")):
            texts = (
                (args.data / f"tweeteval_{task}_val_text.txt")
                .read_text(encoding="utf-8")
                .splitlines()
            )
            labels = (
                (args.data / f"tweeteval_{task}_val_labels.txt")
                .read_text(encoding="utf-8")
                .splitlines()
            )
            truth = [int(x) == positive for x in labels]
            verdicts = [assess(t, "en") for t in texts]
            print(
                f"| TweetEval {name} val: ROC AUC (`score`) | {roc_auc(truth, [v.score for v in verdicts]):.3f} | {len(texts)} |"
            )
            print(
                f"| TweetEval {name} val: macro-F1 (`heated`) | {macro_f1(truth, [v.heated for v in verdicts]):.3f} | {len(texts)} |"
            )
        toxic = load_germeval2021(args.data)
        truth = [y for _, y in toxic]
        verdicts = [assess(t, "de") for t, _ in toxic]
        print(
            f"| GermEval 2021 toxic (evaluation only): ROC AUC (`score`) | {roc_auc(truth, [v.score for v in verdicts]):.3f} | {len(toxic)} |"
        )
        print(
            f"| GermEval 2021 toxic (evaluation only): macro-F1 (`heated`) | {macro_f1(truth, [v.heated for v in verdicts]):.3f} | {len(toxic)} |"
        )
    for lang, f1, false_alarms, _misses, n in client_reply_figures("heldout"):
        label = f"team's client replies (held-out half, rules were tuned on it, {lang})"
        print(f"| {label}: macro-F1 | {f1:.3f} | {n} |")
        print(f"| {label}: calm flagged | {false_alarms:.1%} | |")
    load_before = os.getloadavg()[0]
    p50, p99, cpu50, cpu99 = latency_ms()
    label = "latency, 2,000-character mails (400 different + 50)"
    print(f"| {label}: p50 | {p50:.2f} ms | 450 |")
    print(f"| {label}: p99 | {p99:.2f} ms | 450 |")
    print(f"| {label}, CPU time of the call: p50 / p99 | {cpu50:.2f} / {cpu99:.2f} ms | 450 |")
    mail = sample_mail()
    p50, p99, cpu50, cpu99 = latency_ms(mails=[mail[: len(mail) - (i % 7)] for i in range(400)])
    print(
        f"| latency, the earlier benchmark's one repeated mail: p50 / p99 | {p50:.2f} / {p99:.2f} ms | 400 |"
    )
    print(f"| the same, CPU time of the call: p50 / p99 | {cpu50:.2f} / {cpu99:.2f} ms | 400 |")
    print(
        f"| (machine load before / after the latency runs: {load_before:.1f} / "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; this process's nice: "
        f"{os.nice(0)}) | | |"
    )
    imported, first, first_cpu = first_call_ms()
    print(f"| import of `clientjournal.core.tone` (fresh process) | {imported:.0f} ms | |")
    print(f"| import + first call (loads one language) | {first:.0f} ms | |")
    print(f"| import + first call, CPU time | {first_cpu:.0f} ms | |")
    print(
        f"| model files in clientjournal/resources/tone | {model_size() / 1024 / 1024:.2f} MB | |"
    )
    if kinds:
        print()
        print("Writer held out, by kind (share on the right side):")
        print()
        print("| lang | label | kind | right | n |")
        print("|---|---|---|---|---|")
        for line in kinds:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
