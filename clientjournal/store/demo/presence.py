"""Is there demo data in the journal, is the journal empty: the two looks the window takes.

The demo banner asks ``has_demo`` with every full window; the removal and its counts
(``store.demo.removal``, which re-exports both) are imported when the user removes the demo
(issue 21).
"""

from __future__ import annotations

from clientjournal.store.models import database


def has_demo() -> bool:
    """Cheap at every start: the partial index holds demo clients only."""
    row = database.execute_sql("SELECT EXISTS (SELECT 1 FROM client WHERE demo = 1)").fetchone()
    return bool(row[0])


def is_empty() -> bool:
    """No client (trash included) and no note: nothing the user could lose or mix demo into."""
    row = database.execute_sql(
        "SELECT NOT EXISTS (SELECT 1 FROM client) AND NOT EXISTS (SELECT 1 FROM note)"
    ).fetchone()
    return bool(row[0])
