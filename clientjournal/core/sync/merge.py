"""Merging changes into the replicated state of one record, and finding note conflicts.

A record's state is, per field, ``[value, clock, base]``: the value with the later clock wins
(``base`` is the clock of the value it replaced where it was written).  Two changes with the
same clock only happen after a device id clash (a journal copied to a second computer before
it noticed); the larger value (as canonical JSON) wins then, so every replica picks the same.

A note's body also keeps its versions: ``{clock: [base, value]}``, every body ever written.
A version nobody built on (no other version has it as base) is a *head*.  Normally there is one
head, the current body.  When two devices edited the same body without seeing each other's
edit, both versions are heads: the later clock is the body, every other head is a conflict,
kept with its text until the user resolves it, unless it is the same edit as the body or as a
version built on (the same text on the same base, written on two computers: they agree, no
conflict, then or after the next edit).  Heads depend only on the set of versions, not on the
order in which files arrived, so every replica finds the same conflicts; the conflict's
UUID is derived from the note and the losing version's clock.  A version that was built on keeps
only a digest of its text (an int: enough to tell a later-arriving equal edit, never shown);
the current body's text is not stored twice.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuid_module
from typing import Any

CONFLICT_NAMESPACE = uuid_module.UUID("6d1f4c0e-8f7a-4b5e-9c41-2a9d3e7b5f10")

Fields = dict[str, list[Any]]  # field -> [value, clock, base]
Versions = dict[str, list[Any]]  # clock -> [base, value or None]


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_EXACT = frozenset({str, int, bool, type(None)})  # one JSON text per value (not floats: -0.0)


def same_value(one: Any, other: Any) -> bool:
    """``canonical(one) == canonical(other)``, without encoding strings, integers, booleans
    and nulls: a first round of a journal that holds what the folder holds (a copy, a
    restored backup, the same import on two computers) compares every field of every
    record, and the encoding was a fifth of such a round (issue 21)."""
    if type(one) in _EXACT and type(other) in _EXACT:
        return type(one) is type(other) and one == other
    return canonical(one) == canonical(other)


def wins(value: Any, clock: str, current: list[Any] | None) -> bool:
    """Whether a change (value, clock) replaces ``current`` ([value, clock, base] or None)."""
    if current is None:
        return True
    if clock != current[1]:
        return clock > current[1]
    return not same_value(value, current[0]) and canonical(value) > canonical(current[0])


def merge_field(
    fields: Fields, name: str, value: Any, clock: str, base: str | None, versions: Versions | None
) -> bool:
    """Merge one change into ``fields`` (and a note body's ``versions``); True when the
    record's state changed."""
    current = fields.get(name)
    changed = False
    if versions is not None:
        changed = add_version(versions, clock, base, value, current)
    if wins(value, clock, current):
        if current is not None and versions is not None and current[1] in versions:
            entry = versions[current[1]]
            if entry[1] is None and not _built_on(versions, current[1]):
                entry[1] = current[0]  # the displaced body may be a conflict: keep its text
        fields[name] = [value, clock, base]
        if versions is not None and clock in versions:
            versions[clock][1] = None  # stored once, as the body
        return True
    return changed


def digest(text: Any) -> Any:
    """What a built-on version keeps of its text: enough to tell that another version wrote
    the same text (an int, so it is never taken for a text)."""
    if not isinstance(text, str):
        return text
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def _built_on(versions: Versions, clock: str) -> bool:
    return any(entry[0] == clock for entry in versions.values())


def add_version(
    versions: Versions, clock: str, base: str | None, value: Any, current: list[Any] | None
) -> bool:
    if clock in versions:
        return False
    versions[clock] = [base, value]
    if base is not None and base in versions:
        entry = versions[base]  # built on: never a conflict; its text only as a digest
        if entry[1] is None and current is not None and current[1] == base:
            entry[1] = digest(current[0])
        else:
            entry[1] = digest(entry[1])
    return True


def merge_versions(versions: Versions, incoming: Versions, current: list[Any] | None) -> bool:
    """Union with a snapshot's versions."""
    changed = False
    for clock, (base, value) in incoming.items():
        if clock not in versions:
            versions[clock] = [base, value]
            changed = True
        elif (
            versions[clock][1] is None
            and value is not None
            and not _built_on(versions, clock)
            and (current is None or current[1] != clock)
        ):
            versions[clock][1] = value
            changed = True
    for clock, entry in versions.items():
        if current and current[1] == clock:
            entry[1] = None
        elif isinstance(entry[1], str) and _built_on(versions, clock):
            entry[1] = digest(entry[1])
    return changed


def losers(versions: Versions, current: list[Any] | None) -> list[tuple[str, str]]:
    """The conflicting versions (clock, text) of a note body: heads other than the body,
    except a head that is the same edit as the body or as a version built on (the same text
    on the same base, written on two computers: they agree)."""
    bases = {entry[0] for entry in versions.values()}
    winner = current[1] if current else None
    found = []
    settled: dict[str | None, set[Any]] | None = None
    for clock, (base, value) in versions.items():
        if clock != winner and clock not in bases and isinstance(value, str):
            if settled is None:
                settled = _settled(versions, bases, current)
            if digest(value) not in settled.get(base, ()):
                found.append((clock, value))
    return sorted(found)


def _settled(
    versions: Versions, bases: set[str | None], current: list[Any] | None
) -> dict[str | None, set[Any]]:
    """Per base, the digests of the texts of its versions that are the body or built on."""
    settled: dict[str | None, set[Any]] = {}
    for clock, (base, value) in versions.items():
        if current is not None and clock == current[1]:
            found = digest(current[0])
        elif clock in bases and value is not None:
            found = digest(value)
        else:
            continue
        settled.setdefault(base, set()).add(found)
    return settled


def conflict_uuid(note_uuid: str, clock: str) -> str:
    return str(uuid_module.uuid5(CONFLICT_NAMESPACE, f"{note_uuid}/{clock}"))
