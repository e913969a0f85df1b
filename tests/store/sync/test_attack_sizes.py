"""How much one file may hold, and how much one round reads (sync-attack finding 20: a file
of 3 million tiny changes took 98 s and gigabytes at every round on every computer)."""

from __future__ import annotations

import json

from clientjournal.core.sync import format as fmt
from clientjournal.core.sync.problems import MORE
from clientjournal.store.sync import incoming
from tests.store.sync.forged import EVIL, clock_now, forged_file
from tests.store.sync.replicas import AT, exchange_all, files_of, uid


def test_a_file_with_more_changes_than_a_file_may_hold_is_skipped(pair, monkeypatch):
    laptop, desktop = pair
    monkeypatch.setattr(fmt, "MAX_CHANGES", 10)
    desktop.round()
    changes = [("client", uid(f"e-{i}"), "name", f"Eve {i}") for i in range(11)]
    forged_file(desktop.folder, changes)
    laptop.add_client(uid("c-1"), "Anna")
    laptop.round()
    result = desktop.round()
    (skipped,) = result.skipped
    assert f"changes/{EVIL}/" in skipped and "too many changes in one file" in skipped
    assert desktop.sql("SELECT name FROM client") == [("Anna",)]


def test_a_round_with_more_than_a_file_may_hold_publishes_a_snapshot(pair, monkeypatch):
    laptop, desktop = pair
    laptop.add_client(uid("c-0"), "Anna")
    exchange_all([laptop, desktop])
    monkeypatch.setattr(fmt, "MAX_CHANGES", 10)
    for i in range(1, 8):
        laptop.add_client(uid(f"c-{i}"), f"Client {i}")
    sent = laptop.round()
    assert sent.sent > 10
    names = [path.name for path in files_of(laptop.folder) if "/changes/" in path.as_posix()]
    assert len(names) == 0 or max(names) < "0000000002"  # its number went to the snapshot
    laptop.add_client(uid("c-8"), "After")
    laptop.round()  # a change file again, numbered after the snapshot
    result = desktop.round()
    assert result.skipped == ()
    assert len(desktop.sql("SELECT id FROM client")) == 9
    assert laptop.export() == desktop.export()


def test_a_round_reads_a_bounded_amount_and_the_next_goes_on(pair, monkeypatch):
    laptop, desktop = pair
    desktop.round()
    for i in range(6):
        laptop.add_client(uid(f"c-{i}"), f"Client {i}")
        laptop.round()
    monkeypatch.setattr(incoming, "ROUND_BUDGET", 7)  # a client is more changes
    counts, more = [], []
    for _ in range(8):
        result = desktop.round()
        counts.append(len(desktop.sql("SELECT id FROM client")))
        more.append(MORE in [p.kind for p in result.problems])
    assert counts[0] < 6 and counts[-1] == 6, counts
    assert more[0] and not more[-1]  # told that the next round goes on
    assert laptop.export() == desktop.export()


def _forged_snapshot(folder, records: int, bad_last: bool) -> None:
    """A snapshot of the forged computer: ``records`` tiny valid clients, then a bad line."""
    stamp = clock_now()
    head = fmt.header(EVIL, "Evil", 1, snapshot=True)
    head["newest"] = stamp
    fields = {"name": ["Eve", 0, None], "created_at": [AT, 0, None], "updated_at": [AT, 0, None]}
    lines = [
        json.dumps({"kind": "client", "uuid": uid(f"e-{i}"), "s": {"c": [stamp], "f": fields}})
        for i in range(records)
    ]
    if bad_last:
        lines.append('{"kind": "client"}')
    path = folder / "snapshots" / f"{EVIL}.jsonl.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(fmt.encode(head, lines))


def test_a_refused_snapshot_is_not_read_again_by_the_next_process(pair, monkeypatch):
    """Sync-attack-20 finding 10: a snapshot of a million tiny valid records and one bad
    last line costs its whole reading to refuse; the refusal was remembered only inside the
    process, so every ``clientjournal sync`` paid it again."""
    _laptop, desktop = pair
    desktop.round()
    _forged_snapshot(desktop.folder, 50, bad_last=True)
    reads: list[str] = []
    real = incoming.open_file  # a snapshot is opened and read as a stream
    monkeypatch.setattr(incoming, "open_file", lambda *a: reads.append(a[1].name) or real(*a))
    first = desktop.round()
    incoming._REFUSED.clear()  # a new process
    second = desktop.round()
    assert first.skipped == second.skipped and len(first.skipped) == 1
    assert reads == [f"{EVIL}.jsonl.gz"]
    _forged_snapshot(desktop.folder, 50, bad_last=False)  # repaired: read again, applied
    assert not desktop.round().skipped
    assert len(desktop.sql("SELECT id FROM client")) == 50
