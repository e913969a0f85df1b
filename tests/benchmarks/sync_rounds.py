"""Sync rounds on the demo journal (issue 20): the first sync, a round with nothing new, a round
with 1,000 changes.

    python tests/benchmarks/sync_rounds.py [--clients 2000] [--notes 100000] [--changes 1000]

A row group of ``run.py``'s table too (on its imported copy of the demo journal).  Each round runs
in a child process of its own that opens the journal and times ``store.sync.run_round`` alone, as
the window runs it; the ``clientjournal sync`` command around a round with nothing new is timed
too (Python's start and opening the journal included), as what a user waits for in a terminal.

    python tests/benchmarks/sync_rounds.py --round JOURNAL FOLDER     (one timed round, JSON)
    python tests/benchmarks/sync_rounds.py --edit JOURNAL N           (N edits as the window makes them)
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
HERE = Path(__file__).resolve()

Row = tuple[str, str, str, bool]


def _child(*args: str) -> dict:
    output = subprocess.run(
        [PYTHON, str(HERE), *args], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def timed_round(journal: Path, folder: Path) -> dict:
    return _child("--round", str(journal), str(folder))


def cli_round(journal: Path, folder: Path) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(
        [PYTHON, "-m", "clientjournal", "--data-dir", str(journal), "sync", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, result.stdout.strip()


def _counts(figures: dict) -> str:
    """What the round did, and its CPU time: on a loaded machine the wall time drifts."""
    return f"sent {figures['sent']:,}, received {figures['received']:,}; CPU {figures['cpu']:.2f} s"


def _peak(figures: dict) -> str:
    """The round's process at its largest (issue 21: a first sync held the whole journal)."""
    return f"; peak RSS {figures['peak_mb']:,.0f} MB"


def measure(journal: Path, work: Path, changes: int = 1000, ten_times: bool = False) -> list[Row]:
    """Rounds between ``journal`` (changed: its edits are kept) and a new, empty journal.

    At ten times the demo journal the first syncs have no 15 s bar but must grow linearly
    (issue 21: the two sizes' CPU times side by side); a round with nothing new or with 1,000
    changes keeps its bar, as its work should not depend on the journal's size."""
    folder, empty = work / "sync-folder", work / "sync-empty"
    whole_bar = "linear (the two sizes side by side)" if ten_times else "≤ 15 s"
    folder.mkdir()
    rows: list[Row] = []

    first = timed_round(journal, folder)
    rows.append(
        (
            "sync: first round of the demo journal (publishes it)",
            f"{first['seconds']:.2f} s ({_counts(first)}{_peak(first)})",
            whole_bar,
            ten_times or first["seconds"] <= 15,
        )
    )
    into_empty = timed_round(empty, folder)
    rows.append(
        (
            "sync: first sync into an empty journal",
            f"{into_empty['seconds']:.2f} s ({_counts(into_empty)}{_peak(into_empty)})",
            whole_bar,
            ten_times or into_empty["seconds"] <= 15,
        )
    )

    timed_round(journal, folder)  # whatever the first rounds left to settle
    idle = timed_round(journal, folder)
    cli_seconds, cli_line = cli_round(journal, folder)
    rows.append(
        (
            "sync round, nothing new",
            f"{idle['seconds'] * 1000:.0f} ms ({_counts(idle)}); "
            f"'clientjournal sync' command {cli_seconds:.2f} s ({cli_line})",
            "≤ 0.2 s",
            idle["seconds"] <= 0.2 and idle["sent"] == 0 and idle["received"] == 0,
        )
    )

    edited = _child("--edit", str(journal), str(changes))
    publish = timed_round(journal, folder)
    receive = timed_round(empty, folder)
    what = f"{edited['notes']:,} notes and {edited['clients']:,} clients edited"
    rows.append(
        (
            f"sync round, {changes:,} changes: publish",
            f"{publish['seconds']:.2f} s ({what}; {_counts(publish)})",
            "≤ 2 s",
            publish["seconds"] <= 2,
        )
    )
    rows.append(
        (
            f"sync round, {changes:,} changes: receive",
            f"{receive['seconds']:.2f} s ({_counts(receive)})",
            "≤ 2 s",
            receive["seconds"] <= 2,
        )
    )
    return rows


# --- the child processes -------------------------------------------------------------------


def run_one_round(journal: Path, folder: Path) -> dict:
    from clientjournal.store.connection import close_journal, open_journal
    from clientjournal.store.sync import run_round

    open_journal(journal)
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        result = run_round(folder)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        close_journal()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "sent": result.sent,
        "received": result.received,
        "conflicts": result.conflicts,
        "skipped": len(result.skipped),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB on Linux
    }


def make_edits(journal: Path, count: int) -> dict:
    """``count`` records edited through the store, as the window saves them: nine in ten are
    note texts (spread over the journal), one in ten a client's phone number."""
    from clientjournal.store import clients, notes
    from clientjournal.store.connection import close_journal, open_journal
    from clientjournal.store.models import database

    open_journal(journal)
    try:
        client_count = count // 10
        note_count = count - client_count
        note_ids = [
            row[0]
            for row in database.execute_sql(
                "SELECT id FROM note ORDER BY (id * 7919) % 100003 LIMIT ?", (note_count,)
            ).fetchall()
        ]
        for note in notes.fetch(note_ids).values():
            note.body += " (edited on the laptop)"
            notes.save(note)
        client_ids = [
            row[0]
            for row in database.execute_sql(
                "SELECT id FROM client WHERE deleted_at IS NULL ORDER BY id LIMIT ?",
                (client_count,),
            ).fetchall()
        ]
        for number, client in enumerate(clients.fetch(client_ids).values()):
            client.phone = f"+49 30 555 {number:04d}"
            clients.update(client)
    finally:
        close_journal()
    return {"notes": len(note_ids), "clients": len(client_ids)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--round", nargs=2, type=Path, metavar=("JOURNAL", "FOLDER"))
    parser.add_argument("--edit", nargs=2, metavar=("JOURNAL", "N"))
    args = parser.parse_args()
    if args.round:
        print(json.dumps(run_one_round(*args.round)))
        return 0
    if args.edit:
        print(json.dumps(make_edits(Path(args.edit[0]), int(args.edit[1]))))
        return 0
    sys.path.insert(0, str(HERE.parent))
    from run import table

    with tempfile.TemporaryDirectory(prefix="cj-sync-bench-") as work:
        journal = Path(work) / "journal"
        size = ["--clients", str(args.clients), "--notes", str(args.notes)]
        subprocess.run(
            [PYTHON, "-m", "clientjournal", "--data-dir", str(journal), "demo", *size],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        print(table(measure(journal, Path(work), args.changes, args.clients >= 20_000)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
