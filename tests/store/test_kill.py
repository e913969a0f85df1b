"""The kill test, short: a writer SIGKILLed at random moments loses no reported commit.

The writer and the checks are in kill_writer.py; tests/benchmarks/kill_rounds.py runs 200
rounds.  Each round starts a new writer process on the same journal, so every round also opens
a journal that the last kill left behind (WAL recovery).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import kill_writer

ROUNDS = int(os.environ.get("CLIENTJOURNAL_KILL_ROUNDS", "20"))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_every_reported_commit_survives_random_kills(tmp_path):
    figures = kill_writer.run_rounds(tmp_path, ROUNDS, seed=8)
    assert figures.problems == [], figures.summary()
    assert figures.rounds == ROUNDS
    assert figures.commits_reported > 0 and figures.imports_reported > 0, figures.summary()
    assert figures.commits_verified == figures.commits_reported
    assert figures.imports_partial == 0
    assert figures.imports_complete >= figures.imports_reported


def test_the_checker_notices_a_lost_commit_and_a_partial_import(tmp_path):
    """The checks themselves can fail: a reported note that is not there, an import half in."""
    figures = kill_writer.run_rounds(tmp_path, 2, seed=3)
    assert figures.problems == []
    log = tmp_path / "writer.log"
    lost = "0badc0de-0000-4000-8000-000000000001"
    log.write_text(log.read_text() + f"begin note {lost} gone\ndone note {lost} gone\n")
    document = kill_writer.import_document("half")
    (tmp_path / "imports" / "import-half.json").write_text(json.dumps(document))
    from clientjournal.store.connection import close_journal, open_journal
    from clientjournal.store.exchange import journal as exchange

    document["clients"][0]["notes"] = []  # the client goes in, its notes do not
    open_journal(tmp_path / "journal")
    exchange.import_data(document)
    close_journal()
    again = kill_writer.Figures()
    kill_writer.check(tmp_path / "journal", tmp_path / "imports", log, again)
    assert any(lost in problem for problem in again.problems)
    assert again.imports_partial == 1
