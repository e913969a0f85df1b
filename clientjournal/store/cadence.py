"""Contacts per client as the rhythm counts them, and the clients the rhythm points at.

A contact is a note of kind call, meeting, e-mail or lunch, or a reply sent from the app whose
note is gone (a sent reply normally becomes an e-mail note, which must not count twice).  Only
clients being worked with follow a rhythm: active ones and prospects, not paused or ended ones
and nothing in the trash.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from clientjournal.core.cadence import CadenceState, CadenceStatus, cadence_state
from clientjournal.core.collation import sort_key
from clientjournal.core.domain import ClientStatus, FrozenValue
from clientjournal.core.timeutil import from_iso, to_iso
from clientjournal.store.clients import CONTACT_KIND_SQL
from clientjournal.store.models import database

_FOLLOWED = f"'{ClientStatus.ACTIVE.value}', '{ClientStatus.PROSPECT.value}'"
# The window read for "too often": the rhythm's days plus a margin for any time zone.
_MARGIN = timedelta(days=2)

_RECENT_SQL = (
    f"SELECT client_id, created_at FROM note WHERE client_id = ? AND kind IN ({CONTACT_KIND_SQL}) "
    "AND created_at >= ? "
    "UNION ALL SELECT client_id, sent_at FROM draft WHERE client_id = ? AND sent_at >= ? "
    "AND sent_note_id IS NULL"
)
_LAST_SQL = (
    "SELECT MAX(t) FROM ("
    f"SELECT MAX(created_at) AS t FROM note WHERE client_id = ? AND kind IN ({CONTACT_KIND_SQL}) "
    "UNION ALL SELECT MAX(sent_at) FROM draft WHERE client_id = ? AND sent_note_id IS NULL)"
)
# A client without a rhythm of its own follows the default rhythm (the parameter; NULL: none).
_FOLLOWED_SQL = (
    "SELECT id, name, COALESCE(cadence_days, ?) AS days, created_at FROM client "
    "WHERE deleted_at IS NULL "
    f"AND days > 0 AND status IN ({_FOLLOWED})"
)
_ALL_LAST_SQL = (
    "SELECT client_id, MAX(t) FROM ("
    f"SELECT client_id, MAX(created_at) AS t FROM note WHERE kind IN ({CONTACT_KIND_SQL}) GROUP BY client_id "
    "UNION ALL SELECT client_id, MAX(sent_at) FROM draft WHERE sent_at IS NOT NULL "
    "AND sent_note_id IS NULL GROUP BY client_id) GROUP BY client_id"
)
_ALL_RECENT_SQL = (
    f"SELECT client_id, created_at FROM note WHERE kind IN ({CONTACT_KIND_SQL}) AND created_at >= ? "
    "UNION ALL SELECT client_id, sent_at FROM draft WHERE sent_at >= ? AND sent_note_id IS NULL"
)


class RhythmRow(FrozenValue):
    _fields = ("client_id", "name", "state")
    __slots__ = _fields
    client_id: int
    name: str
    state: CadenceState

    def __init__(self, client_id: int, name: str, state: CadenceState) -> None:
        self._set(client_id=client_id, name=name, state=state)


def _contacts(client_id: int, since: datetime) -> list[datetime]:
    stamp = to_iso(since)
    rows = database.execute_sql(_RECENT_SQL, (client_id, stamp, client_id, stamp)).fetchall()
    found = {from_iso(row[1]) for row in rows}
    last = database.execute_sql(_LAST_SQL, (client_id, client_id)).fetchone()[0]
    if last:
        found.add(from_iso(last))
    return list(found)


def client_state(
    client_id: int,
    cadence_days: int | None,
    now: datetime,
    zone: tzinfo | None = None,
    default_days: int | None = None,
) -> CadenceState:
    """One client's rhythm: for its pane, and for the composer's "don't nag" hint.
    ``default_days`` applies when the client has no rhythm of its own."""
    cadence_days = cadence_days or default_days or None
    since = now - timedelta(days=cadence_days or 0) - _MARGIN
    return cadence_state(cadence_days, _contacts(client_id, since), now, zone, _added(client_id))


def _added(client_id: int) -> datetime | None:
    """When the client was added: a client never in touch counts its rhythm from then."""
    row = database.execute_sql(
        "SELECT created_at FROM client WHERE id = ?", (client_id,)
    ).fetchone()
    return from_iso(row[0]) if row and row[0] else None


def followed(
    now: datetime, zone: tzinfo | None = None, default_days: int | None = None
) -> list[RhythmRow]:
    """Every followed client with a rhythm and where it stands, by name.

    ``default_days`` is the rhythm of clients without one of their own (the user's setting).
    A handful of queries for the whole journal, however many clients, so the "get in touch"
    list opens instantly on a journal of thousands.
    """
    clients = database.execute_sql(_FOLLOWED_SQL, (default_days or None,)).fetchall()
    if not clients:
        return []
    longest = max(row[2] for row in clients)
    added = {row[0]: from_iso(row[3]) if row[3] else None for row in clients}
    since = to_iso(now - timedelta(days=longest) - _MARGIN)
    contacts: dict[int, set[datetime]] = {}
    for client_id, last in database.execute_sql(_ALL_LAST_SQL).fetchall():
        if last:
            contacts.setdefault(client_id, set()).add(from_iso(last))
    for client_id, moment in database.execute_sql(_ALL_RECENT_SQL, (since, since)).fetchall():
        contacts.setdefault(client_id, set()).add(from_iso(moment))
    rows = [
        RhythmRow(
            client_id,
            name,
            cadence_state(days, contacts.get(client_id, ()), now, zone, added[client_id]),
        )
        for client_id, name, days, _ in clients
    ]
    rows.sort(key=lambda row: sort_key(row.name))
    return rows


def overview(
    now: datetime, zone: tzinfo | None = None, default_days: int | None = None
) -> list[RhythmRow]:
    """The followed clients whose rhythm asks for something: the most overdue first, then
    those due soon, then those contacted too often."""
    order = {CadenceStatus.DUE: 0, CadenceStatus.DUE_SOON: 1, CadenceStatus.TOO_OFTEN: 2}
    rows = [row for row in followed(now, zone, default_days) if row.state.status in order]
    rows.sort(key=lambda row: (order[row.state.status], row.state.days_until_due or 0))
    return rows
