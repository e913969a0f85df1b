"""Demo data a user can explore and then remove in one step.

Every client the demo writes carries ``demo = 1`` (migration 7); notes, projects, agreements
with their history, drafts, invoices and tag links all hang off a client and go with it by
the foreign keys' cascades, and the search index's delete triggers take their index rows.
Clients the user added meanwhile have ``demo = 0`` and are never touched; a note the user
wrote on a demo client goes with that client (the confirmation says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from clientjournal.store.demo.presence import has_demo, is_empty
from clientjournal.store.models import database
from clientjournal.store.tags import prune

if TYPE_CHECKING:
    from clientjournal.store.demo.fill import Progress

__all__ = [
    "DemoCounts",
    "add_demo",
    "counts",
    "has_demo",
    "index_rows_left",
    "is_empty",
    "remove_demo",
]

WELCOME_CLIENTS = 25
WELCOME_NOTES = 500


@dataclass(frozen=True, slots=True)
class DemoCounts:
    clients: int = 0
    notes: int = 0


def counts() -> DemoCounts:
    """What removing the demo would delete (trashed demo clients included)."""
    row = database.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM((SELECT COUNT(*) FROM note n WHERE n.client_id = c.id)), 0)"
        " FROM client c WHERE c.demo = 1"
    ).fetchone()
    return DemoCounts(row[0], row[1])


def add_demo(
    german: bool,
    clients: int = WELCOME_CLIENTS,
    notes: int = WELCOME_NOTES,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoCounts:
    """The welcome's demo, in the UI's language, into the empty journal (refused otherwise by
    ``demo_fill``).  Safe to call from a worker thread: peewee gives it its own connection."""
    # The generator (its texts, the tone detector) is only needed here, never at start-up,
    # where the window asks ``has_demo`` (issue 21).
    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import fill

    journal = generate(clients, notes, seed=seed, german_share=1.0 if german else 0.0)
    written = fill(journal, progress)
    return DemoCounts(*written)


def remove_demo() -> DemoCounts:
    """Delete every demo client with all it holds, in one transaction; returns what went.

    Children go first, one statement per table, so SQLite walks each index once instead of
    once per client; the client delete then cascades to the tag links.  Tags nothing uses any
    more are pruned, as ``tags`` does after every change."""
    with database.atomic("IMMEDIATE"):
        removed = counts()
        if not removed.clients:
            return removed
        from clientjournal.store.search_bulk import bulk_note_deletes  # not with the window

        demo = "SELECT id FROM client WHERE demo = 1"
        for table in ("draft", "payment", "agreement", "project"):
            database.execute_sql(f"DELETE FROM {table} WHERE client_id IN ({demo})")
        with bulk_note_deletes(removed.notes):
            database.execute_sql(f"DELETE FROM note WHERE client_id IN ({demo})")
        database.execute_sql("DELETE FROM client WHERE demo = 1")
        prune()
    return removed


def index_rows_left() -> int:
    """Search-index rows whose record is gone (0 in a healthy journal; tests use it)."""
    from clientjournal.store.search import KINDS

    total = 0
    for kind in KINDS:
        total += database.execute_sql(
            f"SELECT COUNT(*) FROM {kind}_fts WHERE rowid NOT IN (SELECT id FROM {kind})"
        ).fetchone()[0]
    return total
