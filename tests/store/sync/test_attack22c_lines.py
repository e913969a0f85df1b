"""attack22c: a snapshot line with a key after its state: another key
(``{"kind":…,"uuid":…,"s":{…},"x":1}``: a hostile computer, or a later version of the format
adding one) or a key repeated (``…,"s":{…},"s":{…}}``: JSON takes the last) passes every
check, and the reader keeps the text after ``"s":`` as the record's state
(``SnapshotRecord.packed_text``, stored as it is): ``{…},"x":1`` is no JSON value.  In memory
it goes into ``sync_record`` and every later round that touches the record fails ("malformed
JSON"); spooled, the round fails at every try with a JSONDecodeError (never reported as a
damaged file)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.sync.receive import spool
from tests.store.sync.replicas import Replica


def _forge(snapshot: Path, how: str) -> None:
    with gzip.open(snapshot, "rt", encoding="utf-8") as file:
        lines = file.read().splitlines()
    client = next(i for i, line in enumerate(lines) if line.startswith('{"kind":"client"'))
    line = lines[client]
    state = line[line.index('"s":') + 4 : -1]
    lines[client] = line[:-1] + (',"x":1}' if how == "other key" else f',"s":{state}}}')
    with gzip.open(snapshot, "wt", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("how", "spooled"),
    [
        pytest.param("other key", False, id="other key, in memory"),
        pytest.param("other key", True, id="other key, spooled"),
        pytest.param("key twice", False, id="key twice, in memory"),
        pytest.param("key twice", True, id="key twice, spooled"),
    ],
)
def test_a_line_with_a_key_after_its_state_does_not_break_the_journals_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, spooled: bool
):
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=4, notes=60, seed=3))
    laptop.round()
    (snapshot,) = (laptop.folder / "snapshots").iterdir()
    _forge(snapshot, how)
    monkeypatch.setattr(spool, "SPOOL_FROM", 20 if spooled else 10**9)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()  # takes the file, or refuses it as damaged: either, without an exception
    assert desk.sql("SELECT count(*) FROM sync_record WHERE NOT json_valid(fields)") == [(0,)]
    desk.sql("UPDATE client SET phone = '+49 30 1'")
    assert desk.round().sent > 0  # and its rounds go on
    close_journal()
