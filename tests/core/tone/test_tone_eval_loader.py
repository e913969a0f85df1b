"""The evaluation script reads the GoEmotions files as the comments were written: 2.5 % of their
rows keep CSV quoting (the comment in quotes, inner quotes doubled), which made the whole
comment one quotation to the detector (docs/tone.md, session 6)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "evaluate_tone.py"


def _evaluate_tone():
    spec = importlib.util.spec_from_file_location("evaluate_tone_for_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_csv_quoted_comments_are_read_as_written(tmp_path: Path) -> None:
    ev = _evaluate_tone()
    rows = [
        '"Pretty sure you don\'t know what ""hurt"" means"\t4\ted2a8al',
        "You said it wrong.\t0\tabc",
        '"Quoted" and then my own words\t0\tdef',
    ]
    path = tmp_path / "go.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    texts = [text for text, _ in ev.load_goemotions(path)]
    assert texts == [
        'Pretty sure you don\'t know what "hurt" means',
        "You said it wrong.",
        '"Quoted" and then my own words',  # not wrapped as a whole: left alone
    ]


def test_a_comment_that_merely_starts_and_ends_with_quotes_is_left_alone() -> None:
    ev = _evaluate_tone()
    assert ev.csv_unquote('"A" and "B"') == '"A" and "B"'
    assert ev.csv_unquote('"x"') == "x"
