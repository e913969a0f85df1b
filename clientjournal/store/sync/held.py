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

import json
import logging
import secrets
from pathlib import Path
from typing import Any

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


def keep(notes: list[dict[str, Any]]) -> None:
    """Keep ``notes`` (each ``uuid``, ``client``: its client's UUID, ``base``: the text it had
    when the round began, or None; ``body``: the text typed) until ``clear``."""
    folder = _folder()
    if folder is None:
        return
    data = json.dumps({"version": 1, "notes": notes}, ensure_ascii=False).encode("utf-8")
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


def _read(folder: Path) -> list[dict[str, Any]]:
    path = folder / HELD
    if not path.exists():
        return []
    passphrase = passphrase_of(database.obj)
    if passphrase is None:
        data = path.read_bytes()
    else:
        key = _key(folder, passphrase, create=False)
        if key is None:
            return []
        data = unseal(path, key)
    found = json.loads(data.decode("utf-8"))
    return [n for n in found.get("notes", []) if isinstance(n, dict)]


def restore() -> int:
    """Put back what a window held when it ended during a round: a note whose text is still
    what it was when the round began gets the text typed; one changed since (or gone) gets a
    new note beside it with that text, for its client.  Returns how many; the file is gone
    after."""
    from clientjournal.core.records import NoteData
    from clientjournal.store import notes

    folder = _folder()
    if folder is None:
        return 0
    try:
        held = _read(folder)
    except Exception as error:  # damaged, another passphrase: nothing to put back
        log.warning("held typing not read: %s", type(error).__name__)
        held = []
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
    clear()
    return restored


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
    import dataclasses

    return dataclasses.replace(note, body=body)
