"""A round of a few hundred changes does as much SQLite work whatever the journal's size
(issue 21: a round receiving 1,000 changes took 0.69 s of CPU at the demo journal's size and
1.46 s at ten times, as it read every note's uuid and every client's to find the rows of
the records it wrote).

The work is counted in SQLite's virtual machine instructions (a progress handler), not
timed: a whole table read costs instructions per row, an index lookup a handful.  The notes'
pins are edited, not their texts: the search index's segment merges, which a text's update
sets off, depend on how its segments happen to lie (SQLite's, not the round's)."""

from __future__ import annotations

from pathlib import Path

from clientjournal.store import sync
from clientjournal.store.models import database
from tests.store.sync.replicas import desk_before_its_first_sync

EDITED_NOTES = 220  # more than the projector's bulk threshold (200), few against the journal
EDITED_CLIENTS = 20
STEP = 100  # instructions per call of the progress handler


def _instructions_receiving(root: Path, clients: int, notes: int) -> int:
    """SQLite instructions of the desk's round that receives the laptop's edits."""
    desk = desk_before_its_first_sync(root, clients, notes, seed=21)
    sync.run_round(desk.folder)  # its first sync
    laptop = type(desk)(root, "laptop")
    laptop.open()
    with database.atomic():
        note_ids = [
            row[0]
            for row in database.execute_sql(
                "SELECT id FROM note ORDER BY id LIMIT ?", (EDITED_NOTES,)
            ).fetchall()
        ]
        for note_id in note_ids:  # not their texts: the search index's merges vary
            database.execute_sql("UPDATE note SET pinned = 1 - pinned WHERE id = ?", (note_id,))
        database.execute_sql(
            "UPDATE client SET phone = '+49 30 555 0000' WHERE id IN "
            "(SELECT id FROM client ORDER BY id LIMIT ?)",
            (EDITED_CLIENTS,),
        )
    sent = sync.run_round(laptop.folder).sent
    assert sent >= EDITED_NOTES + EDITED_CLIENTS
    desk.open()
    counted = [0]

    def count() -> int:
        counted[0] += 1
        return 0

    connection = database.connection()
    connection.set_progress_handler(count, STEP)
    try:
        result = sync.run_round(desk.folder)
    finally:
        connection.set_progress_handler(None, STEP)
    assert result.received == sent
    return counted[0] * STEP


def test_a_round_of_edits_costs_the_same_in_a_journal_eight_times_the_size(
    tmp_path: Path,
) -> None:
    small = _instructions_receiving(tmp_path / "small", clients=40, notes=1_000)
    large = _instructions_receiving(tmp_path / "large", clients=320, notes=8_000)
    # Before: the notes' and clients' tables read whole, large / small = 1.87 here; now
    # the same count of instructions (a B-tree a level deeper costs no more of them).
    assert large < small * 1.1, (small, large)
