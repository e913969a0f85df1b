"""The moods of notes over time: one client's chart points, and which relationships' moods are falling.

Both are read on paths that must feel instant (a client switch, opening "Needs attention"),
so each is a single indexed query; the mood trend rule itself is core's, fed with SQL sums.
"""

from __future__ import annotations

from datetime import datetime

from clientjournal.core.domain import ClientStatus
from clientjournal.core.mood import (
    MIN_NOTES,
    NEGATIVE_STREAK,
    FallingMoodRow,
    MoodPoint,
    falling_rank,
    note_title,
    trend_from_sums,
    trend_windows,
)
from clientjournal.core.timeutil import from_iso, to_iso
from clientjournal.store.models import database

# Enough of the body for its first line; a title never needs the whole note.
_TITLE_CHARS = 250

# The newest notes of one client, walked backwards along note_client_created.  No body: a
# point's title is only shown in its tooltip, so it is read then (``point_title``); reading
# and shortening every note's first line was over a third of the chart's share of a client
# switch (issue 21).
_POINTS_SQL = (
    "SELECT id, created_at, mood FROM note "
    "WHERE client_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"
)
_TITLE_SQL = f"SELECT substr(body, 1, {_TITLE_CHARS}) FROM note WHERE id = ?"

# Per client over the last year: sums and counts of the recent and the earlier moods, the
# length of the negative run at the end inside the recent period (notes after the newest
# non-negative one), and the newest note.  One pass along note_client_created; the window only
# spreads each client's newest non-negative time over its rows, so nothing is sorted.
_FALLING_MOOD_SQL = f"""
SELECT c.id, c.name, s.recent_sum, s.recent_count, s.earlier_sum, s.earlier_count,
       s.streak, s.last_at
FROM client c JOIN (
    SELECT client_id,
           TOTAL(CASE WHEN created_at >= :recent THEN mood END) AS recent_sum,
           SUM(created_at >= :recent) AS recent_count,
           TOTAL(CASE WHEN created_at < :recent THEN mood END) AS earlier_sum,
           SUM(created_at < :recent) AS earlier_count,
           SUM(created_at >= :recent AND (last_ok IS NULL OR created_at > last_ok)) AS streak,
           MAX(created_at) AS last_at
    FROM (
        SELECT client_id, created_at, mood,
               MAX(CASE WHEN mood >= 0 THEN created_at END)
                   OVER (PARTITION BY client_id) AS last_ok
        FROM note WHERE created_at >= :earlier
    )
    GROUP BY client_id
    HAVING recent_count >= {MIN_NOTES}
) s ON s.client_id = c.id
WHERE c.deleted_at IS NULL AND c.status != '{ClientStatus.ENDED.value}'
"""


def mood_points(client_id: int, limit: int = 400) -> list[MoodPoint]:
    """The newest ``limit`` notes of a client as chart points, oldest first."""
    rows = database.execute_sql(_POINTS_SQL, (client_id, limit)).fetchall()
    return [
        MoodPoint(note_id, _utc(created_at), mood) for note_id, created_at, mood in reversed(rows)
    ]


def point_title(note_id: int) -> str:
    """The title of a chart point's note (its first line as plain text), "" for a note that
    is gone: asked when the point's tooltip is shown, not for every point of a switch."""
    row = database.execute_sql(_TITLE_SQL, (note_id,)).fetchone()
    return note_title(row[0]) if row is not None and row[0] else ""


def _utc(text: str) -> datetime:
    """``from_iso`` for the store's own stamps, a fifth of its time: ``to_iso`` writes a fixed
    "…Z" form that ``fromisoformat`` reads as UTC by itself; anything else (an offset, no
    zone) goes through ``from_iso``."""
    if text.endswith("Z"):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    return from_iso(text)


def falling_moods(now: datetime, limit: int = 100) -> list[FallingMoodRow]:
    """Clients not in the trash and not ended whose mood is falling (core's rule,
    ``trend_from_sums``), the worst first (``falling_rank``), then by name."""
    earlier_start, recent_start = trend_windows(now)
    params = {"recent": to_iso(recent_start), "earlier": to_iso(earlier_start)}
    found: list[tuple[float, str, FallingMoodRow]] = []
    for row in database.execute_sql(_FALLING_MOOD_SQL, params).fetchall():
        client_id, name, recent_sum, recent_count, earlier_sum, earlier_count, streak, last = row
        trend = trend_from_sums(
            int(recent_sum),
            recent_count,
            int(earlier_sum),
            earlier_count,
            streak >= NEGATIVE_STREAK,
        )
        if not trend.falling or trend.recent_average is None:
            continue
        item = FallingMoodRow(
            client_id=client_id,
            name=name,
            recent_average=trend.recent_average,
            earlier_average=trend.earlier_average,
            change=trend.change,
            last_note_at=from_iso(last) if last else None,
        )
        found.append((falling_rank(trend), name.casefold(), item))
    found.sort(key=lambda entry: (entry[0], entry[1], entry[2].client_id))
    return [entry[2] for entry in found[:limit]]
