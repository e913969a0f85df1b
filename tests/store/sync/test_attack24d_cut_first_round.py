"""attack24d: pause24b cuts a running round short when an import (or a restore, a
re-encryption, the demo) begins, and does it again after.  A journal's first round in a
folder commits its whole-journal capture first (``_first_capture_durable``), then is cut:
the import writes meanwhile (new records, and edits of records that capture just clocked),
then the round is done again.  Every computer must end with the journal as it is after the
import, and the other computer's edits made in between kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import journal as exchange
from tests.store.sync.replicas import Replica, settle, uid


class CutShort(Exception):
    pass


def _cut_after_the_durable_capture(replica: Replica, at_step: int) -> None:
    replica.open()
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        steps.append(done)
        if len(steps) > at_step and sync.TAKING_JOURNAL in steps[:-1]:
            raise CutShort

    with pytest.raises(CutShort):
        sync.run_round(replica.folder, progress=progress)


@pytest.mark.parametrize("at_step", [0, 1, 3])
def test_a_first_round_cut_by_an_import_and_done_again_publishes_the_journal_as_it_is(
    tmp_path: Path, at_step: int
):
    source = Replica(tmp_path, "source")
    source.open()
    fill(generate(clients=4, notes=60, seed=6))
    export = tmp_path / "more.json"
    source.sql("UPDATE client SET phone = '+49 30 1'")
    exchange.export_file(export)  # the same records, one field changed: the import merges
    shared = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", folder=shared)
    laptop.open()
    fill(generate(clients=4, notes=60, seed=6))
    laptop.add_client(uid("anna"), "Anna")
    _cut_after_the_durable_capture(laptop, at_step)
    laptop.open()
    exchange.import_file(export)  # the import that cut it
    laptop.sql("UPDATE client SET name = 'Anna B' WHERE uuid = ?", uid("anna"))
    expected = laptop.export()
    desk = Replica(tmp_path, "desk", folder=shared)
    settle(laptop, desk)
    assert laptop.export() == expected
    assert desk.export() == expected
