"""What the window's note editor holds unsaved while a sync round has the journal, kept in a
small file beside the journal so that a crash during the round's transaction (a SIGKILL, a
power cut) loses no more than an autosave would (attack-20c N2: everything typed since the
round took the journal, tens of seconds in a first sync).

The window writes it while it waits for the round (``keep``), removes it when the round has
ended and the saves are made (``clear``), and puts what it holds back at its next start
(``restore``).  An encrypted journal's file is sealed with the journal's passphrase like its
sync files (an SQLCipher file; the salt in a file beside it), so no text lies in plain.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import secrets
from pathlib import Path
from typing import Any

from clientjournal.core.agreements.checklist import HELD_FIELDS, from_held_text, held_text
from clientjournal.core.timeutil import utcnow
from clientjournal.store.models import database
from clientjournal.store.safety.encryption import passphrase_of
from clientjournal.store.sync.folder import derive_key, seal, unseal, write_durably

log = logging.getLogger(__name__)

HELD = "held-typing"
SALT = "held-typing.salt"


def _folder() -> Path | None:
    name = database.database
    if not name or name == ":memory:" or str(name).startswith("file:"):
        return None
    return Path(name).absolute().parent


def _key(folder: Path, passphrase: str, create: bool) -> bytes | None:
    salt_path = folder / SALT
    try:
        salt = salt_path.read_bytes()
    except OSError:
        if not create:
            return None
        salt = secrets.token_bytes(16)
        write_durably(salt_path, salt)
    return derive_key(passphrase, salt)


def keep(notes: list[dict[str, Any]], records: list[dict[str, Any]] | None = None) -> None:
    """Keep ``notes`` (each ``uuid``, ``client``: its client's UUID, ``base``: the text the
    editor last read or saved, or None; ``body``: the text typed) and ``records`` (each
    ``kind``: agreement, draft or client; ``uuid``; ``fields``: the typed values of its text
    fields, a client's profile entries as ``profile/<key>``; ``base``: those fields as stored
    when the window first held them) until ``clear``."""
    folder = _folder()
    if folder is None:
        return
    kept = {"version": 1, "notes": notes, "records": records or []}
    data = json.dumps(kept, ensure_ascii=False).encode("utf-8")
    passphrase = passphrase_of(database.obj)
    if passphrase is not None:
        key = _key(folder, passphrase, create=True)
        assert key is not None
        data = seal(data, key, folder)
    write_durably(folder / HELD, data)


def clear() -> None:
    folder = _folder()
    if folder is not None:
        (folder / HELD).unlink(missing_ok=True)


def _read(folder: Path) -> dict[str, Any]:
    path = folder / HELD
    if not path.exists():
        return {}
    passphrase = passphrase_of(database.obj)
    if passphrase is None:
        data = path.read_bytes()
    else:
        key = _key(folder, passphrase, create=False)
        if key is None:
            return {}
        data = unseal(path, key)
    found = json.loads(data.decode("utf-8"))
    return found if isinstance(found, dict) else {}


def _items(found: dict[str, Any], name: str) -> list[dict[str, Any]]:
    items = found.get(name)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def restore() -> tuple[int, int]:
    """Put back what a window held when it ended during a round: a note whose text is still
    the one the editor last read or saved gets the text typed; one changed since (or gone)
    gets a new note beside it with that text, for its client.  An agreement's, reply's or
    client profile's field gets what was typed if it is still as stored then (see
    ``_restore_record``).  Returns how many notes and how many other records; the file is
    gone after."""
    folder = _folder()
    if folder is None:
        return 0, 0
    try:
        found = _read(folder)
    except Exception as error:  # damaged, another passphrase: nothing to put back
        log.warning("held typing not read: %s", type(error).__name__)
        found = {}
    restored = _restore_notes(_items(found, "notes"))
    records = 0
    for item in _items(found, "records"):
        try:
            records += _restore_record(item)
        except Exception as error:  # one damaged entry: the others still come back
            log.warning("held typing of a record not restored: %s", type(error).__name__)
    clear()
    return restored, records


def _restore_notes(held: list[dict[str, Any]]) -> int:
    from clientjournal.core.records import NoteData
    from clientjournal.store import notes

    restored = 0
    for item in held:
        uuid, body, base = item.get("uuid"), item.get("body"), item.get("base")
        if not isinstance(body, str) or not body.strip():
            continue
        row = database.execute_sql(
            "SELECT id, body FROM note WHERE uuid = ?", (uuid if isinstance(uuid, str) else "",)
        ).fetchone()
        if row is not None and row[1] == body:
            continue  # saved after all
        if row is not None and base is not None and row[1] == base:
            notes.save(_with_body(notes.get(row[0]), body))
            restored += 1
            continue
        client = database.execute_sql(
            "SELECT id FROM client WHERE uuid = ?", (str(item.get("client", "")),)
        ).fetchone()
        if client is not None:
            notes.save(NoteData(client_id=client[0], body=body, created_at=utcnow()))
            restored += 1
    return restored


_TABLES = {"agreement": "agreement", "draft": "draft", "client": "client"}
_TEXT_FIELDS = {"agreement": HELD_FIELDS, "draft": ("subject", "body")}


def stored_fields(kind: str, record_id: int, names: list[str]) -> dict[str, str] | None:
    """The text fields ``names`` of the window's record ``record_id`` of ``kind`` as stored
    now (a client's profile entries as ``profile/<key>``); None when it is gone.  The base
    that typing held for a round is put back onto (``restore``)."""
    record = _record(kind, record_id)
    if record is None:
        return None
    return {name: _field(kind, record, name) for name in names}


def _record(kind: str, record_id: int) -> Any:
    from clientjournal.store import clients, drafts
    from clientjournal.store.agreements import checklist as agreements

    found: dict[int, Any]
    if kind == "agreement":
        found = dict(agreements.fetch([record_id]))
    elif kind == "draft":
        found = dict(drafts.fetch([record_id]))
    else:
        found = dict(clients.fetch([record_id]))
    return found.get(record_id)


def _field(kind: str, record: Any, name: str) -> str:
    if kind == "client":
        value = record.profile.get(name.removeprefix("profile/"), "")
        return "" if value is None else str(value)
    if kind == "agreement":
        return held_text(record)[name]
    return str(getattr(record, name))


def _agreement_values(record: Any, typed: dict[str, str]) -> dict[str, Any]:
    """The held agreement fields as values; a project deleted meanwhile (or its id now
    another client's project: attack21 A9), or text a cut-off file left, keeps the stored
    value of that field."""
    values: dict[str, Any] = {}
    for name, text in typed.items():
        try:
            value = from_held_text(name, text)
        except ValueError:
            continue
        if name == "project_id" and value is not None:
            found = database.execute_sql("SELECT client_id FROM project WHERE id = ?", (value,))
            owner = found.fetchone()
            if owner is None or owner[0] != record.client_id:
                continue
        values[name] = value
    return values


def _restore_record(item: dict[str, Any]) -> int:
    """One agreement, reply draft or client profile: each field typed whose stored value is
    still its ``base`` gets the typed value; a reply another computer sealed (held, sent,
    discarded) keeps the typing as a new writing draft, as the composer does.  1 when
    something was written."""
    from clientjournal.core.cooling import DraftStatus
    from clientjournal.core.profile import with_field
    from clientjournal.store import clients, drafts
    from clientjournal.store.agreements import checklist as agreements

    kind, uuid = item.get("kind"), item.get("uuid")
    fields, base = item.get("fields"), item.get("base")
    if kind not in _TABLES or not isinstance(uuid, str) or not isinstance(fields, dict):
        return 0
    base = base if isinstance(base, dict) else {}
    row = database.execute_sql(f"SELECT id FROM {_TABLES[kind]} WHERE uuid = ?", (uuid,))
    found = row.fetchone()
    record = _record(kind, found[0]) if found is not None else None
    if record is None:
        return 0  # gone (the deletion was the user's own step, lost with the crash too)
    allowed = _TEXT_FIELDS.get(kind)
    typed = {
        name: value
        for name, value in fields.items()
        if isinstance(value, str)
        and (name in allowed if allowed else name.startswith("profile/"))
        and _field(kind, record, name) != value
        and _field(kind, record, name) == base.get(name, _field(kind, record, name))
    }
    if not typed:
        return 0
    if kind == "client":
        profile = record.profile
        for name, value in typed.items():
            profile = with_field(profile, name.removeprefix("profile/"), value)
        clients.update(dataclasses.replace(record, profile=profile))
    elif kind == "agreement":
        values = _agreement_values(record, typed)
        if not values:
            return 0
        agreements.save(dataclasses.replace(record, **values))
    elif DraftStatus(record.status) == DraftStatus.WRITING:
        drafts.save(dataclasses.replace(record, **typed))
    else:
        drafts.save(dataclasses.replace(record, id=None, uuid="", **typed))
    return 1


def _opened(folder: Path, passphrase: str | None) -> bytes | None:
    """The held file's JSON under ``passphrase`` (None: plain), or None if it does not open."""
    path = folder / HELD
    try:
        if passphrase is None:
            data = path.read_bytes()
            json.loads(data.decode("utf-8"))  # plain JSON, not a sealed file
            return data
        key = _key(folder, passphrase, create=False)
        return None if key is None else unseal(path, key)
    except Exception:  # another passphrase, damaged: the caller decides
        return None


def reseal(folder: Path, old: str | None, new: str | None) -> bool:
    """encrypt, rekey, decrypt: typing a window kept from a round cut short (a crash) follows
    the journal's passphrase, so no plain text stays beside an encrypted journal and the next
    start can still put it back.  Safe to run again (already under ``new``: left).  Whether a
    held file was there."""
    path = folder / HELD
    if not path.exists():
        return False
    if _opened(folder, new) is not None:
        return True  # done by an earlier run
    data = _opened(folder, old)
    if data is None:  # opens with neither: text nobody can read; gone rather than left
        path.unlink(missing_ok=True)
        return True
    if new is None:
        write_durably(path, data)
        (folder / SALT).unlink(missing_ok=True)
    else:
        key = _key(folder, new, create=True)
        assert key is not None
        write_durably(path, seal(data, key, folder))
    return True


def _with_body(note: Any, body: str) -> Any:
    return dataclasses.replace(note, body=body)
