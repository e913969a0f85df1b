"""Reading and writing clients; each public write is one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from clientjournal.core.collation import binary_key
from clientjournal.core.domain import CONTACT_KINDS, AddressForm, ClientSort, ClientStatus
from clientjournal.core.records import ClientData
from clientjournal.core.timeutil import from_iso, utcnow
from clientjournal.store import tags as tag_store
from clientjournal.store.models import Client, database, new_uuid

# The contact kinds as an SQL list, for "kind IN (...)"; the rhythm counts the same contacts.
CONTACT_KIND_SQL = ", ".join(f"'{kind.value}'" for kind in sorted(CONTACT_KINDS))
# The newest contact per client; uses the (client_id, kind, created_at) index.
LAST_CONTACT_SQL = (
    "SELECT client_id, MAX(created_at) AS last_contact FROM note "
    f"WHERE kind IN ({CONTACT_KIND_SQL}) GROUP BY client_id"
)


# Read with plain SQL: a client switch reads a page of clients, and building peewee queries
# and model objects cost more than the queries themselves.
_FETCH_SQL = (
    "SELECT id, uuid, name, company, email, phone, address_form, status, started_on, ended_on, "
    "profile, created_at, updated_at, deleted_at, cadence_days FROM client WHERE id IN ({marks})"
)
# With the newest contact of each kind, each one seek in the (client_id, kind, created_at)
# index: "MAX(created_at) ... GROUP BY client_id" over the contact kinds walked every contact
# note of each client of a page (~35 a client in the demo journal), ~30 % more time for the
# page a jump in the list reads (perf21r, issue 21).
_FETCH_WITH_CONTACT_SQL = _FETCH_SQL.replace(
    " FROM client WHERE",
    "".join(
        f", (SELECT MAX(created_at) FROM note WHERE client_id = client.id AND kind = '{kind.value}')"
        for kind in sorted(CONTACT_KINDS)
    )
    + " FROM client WHERE",
)
_FETCHED_COLUMNS = 15


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _time(value: str | None) -> datetime | None:
    return None if value is None else from_iso(value)


def _to_record(
    row: tuple, last_contact: datetime | None = None, tags: list[str] | None = None
) -> ClientData:
    (client_id, uuid, name, company, email, phone, form, status, started, ended, profile) = row[:11]
    created, updated, deleted, cadence = row[11:]
    return ClientData(
        id=client_id,
        uuid=uuid,
        name=name,
        company=company,
        email=email,
        phone=phone,
        address_form=AddressForm(form),
        status=ClientStatus(status),
        started_on=_date(started),
        ended_on=_date(ended),
        profile=json.loads(profile) if profile else {},
        created_at=_time(created),
        updated_at=_time(updated),
        deleted_at=_time(deleted),
        last_contact=last_contact,
        cadence_days=cadence,
        tags=tags or [],
    )


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_ids(
    text: str = "", sort: ClientSort = ClientSort.NAME, trashed: bool = False, tag: str = ""
) -> list[int]:
    """Ids of the clients to show, in display order; the list fetches rows lazily by id.
    Names sort as people read them (core/collation.py, registered by store/search.py).

    ``tag`` keeps only the clients carrying that tag (compared without case).
    """
    where = ["c.deleted_at IS NOT NULL" if trashed else "c.deleted_at IS NULL"]
    params: list[str] = []
    if tag.strip():
        where.append(
            "c.id IN (SELECT ct.client_id FROM client_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(tag.strip())
    needle = text.strip()
    if needle:
        where.append(
            "(c.name LIKE ? ESCAPE '\\' OR c.company LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\')"
        )
        params += [_like_pattern(needle)] * 3
    if sort == ClientSort.LAST_CONTACT:
        sql = (
            f"SELECT c.id FROM client c LEFT JOIN ({LAST_CONTACT_SQL}) lc ON lc.client_id = c.id "
            f"WHERE {' AND '.join(where)} "
            "ORDER BY lc.last_contact IS NULL, lc.last_contact DESC, "
            "cj_sort_key(c.name), c.id"
        )
    elif sort == ClientSort.SURNAME:
        sql = (
            f"SELECT c.id FROM client c WHERE {' AND '.join(where)} "
            "ORDER BY cj_sort_key(cj_surname(c.name, c.company)), cj_sort_key(c.name), c.id"
        )
    else:
        # The same order as "ORDER BY cj_sort_key(c.name), c.id" (SQLite compares the keys'
        # UTF-8 bytes, Python their code points: the same order), sorted here: SQLite calls
        # back into Python once per client, which at 20,000 clients (each start) costs a
        # fifth more than the keys themselves.
        rows = database.execute_sql(
            f"SELECT c.id, c.name FROM client c WHERE {' AND '.join(where)}", params
        ).fetchall()
        rows.sort(key=lambda row: (binary_key(row[1] or ""), row[0]))
        return [row[0] for row in rows]
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


def fetch(ids: Iterable[int]) -> dict[int, ClientData]:
    """Clients by id with their last contact, in one query for a page of the list."""
    wanted = list(ids)
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    tags = tag_store.client_tags(wanted)
    result = {}
    sql = _FETCH_WITH_CONTACT_SQL.format(marks=marks)
    for row in database.execute_sql(sql, wanted).fetchall():
        last = max((at for at in row[_FETCHED_COLUMNS:] if at is not None), default=None)
        result[row[0]] = _to_record(
            row[:_FETCHED_COLUMNS], from_iso(last) if last else None, tags.get(row[0])
        )
    return result


def get(client_id: int) -> ClientData:
    found = fetch([client_id])
    if client_id not in found:
        raise KeyError(client_id)
    return found[client_id]


def count(trashed: bool = False) -> int:
    condition = Client.deleted_at.is_null(not trashed)
    return Client.select().where(condition).count()


def _field_values(client: ClientData) -> dict:
    return {
        "name": client.name.strip(),
        "company": client.company.strip(),
        "email": client.email.strip(),
        "phone": client.phone.strip(),
        "address_form": AddressForm(client.address_form).value,
        "status": ClientStatus(client.status).value,
        "started_on": client.started_on,
        "ended_on": client.ended_on,
        "profile": client.profile,
        "cadence_days": client.cadence_days or None,
    }


def create(client: ClientData) -> int:
    """One prepared INSERT, the values as the model's fields store them: peewee built the
    query anew for every client, four fifths of a contact import's time (100,000 contacts:
    57 of 71 s).  The columns are named from ``_field_values``' keys, so the two cannot
    drift apart."""
    now = Client.created_at.db_value(utcnow())
    fields = Client._meta.fields
    named = _field_values(client)
    columns = ", ".join(["uuid", "created_at", "updated_at", *named])
    values = [fields[key].db_value(value) for key, value in named.items()]
    with database.atomic():
        client_id = database.execute_sql(
            f"INSERT INTO client ({columns}) VALUES ({', '.join('?' * (len(values) + 3))})",
            (client.uuid or new_uuid(), now, now, *values),
        ).lastrowid
        tag_store.write_client_tags(client_id, client.tags)
    return client_id


def update(client: ClientData) -> None:
    if client.id is None:
        raise ValueError("update needs a client id")
    with database.atomic():
        Client.update(updated_at=utcnow(), **_field_values(client)).where(
            Client.id == client.id
        ).execute()
        tag_store.write_client_tags(client.id, client.tags)
        tag_store.prune()


def trash(*client_ids: int) -> None:
    """Move to the trash: hidden everywhere, kept with all notes until the trash is emptied.
    Several clients go in one step (undoing a contact import)."""
    _set_deleted(client_ids, utcnow())


def restore(*client_ids: int) -> None:
    _set_deleted(client_ids, None)


def _set_deleted(client_ids: tuple[int, ...], when: datetime | None) -> None:
    with database.atomic():
        for start in range(0, len(client_ids), tag_store.CHUNK):
            part = client_ids[start : start + tag_store.CHUNK]
            Client.update(deleted_at=when).where(Client.id.in_(part)).execute()


def empty_trash() -> int:
    """Delete trashed clients for good (their notes go with them); returns how many."""
    with database.atomic():
        removed = Client.delete().where(Client.deleted_at.is_null(False)).execute()
        tag_store.prune()
        return removed
