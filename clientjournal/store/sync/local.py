"""This device's own sync settings and counters (table ``sync_local``, never synced), and the
journal settings that do sync (table ``journal_setting``)."""

from __future__ import annotations

import json
import socket
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from clientjournal.core.sync.problems import Problem
from clientjournal.core.sync.records import SYNCED_SETTINGS
from clientjournal.store.models import database

FOLDER = "folder"  # the configured folder (absolute path text)
DEVICE_ID = "device_id"
DEVICE_NAME = "device_name"
CLOCK = "clock"  # the last clock written or seen
FOLDER_ID = "folder_id"  # the id in sync.json of the folder this journal last published to
NEXT_SEQ = "next_seq"  # the next change file's number in that folder
RESERVED = "reserved_seq"  # the number a round took before writing its file (see round.py)
LAST_ROUND = "last_round"
LAST_RESULT = "last_result"
LAST_OUTCOME = "last_outcome"  # the last round's counts or its problem, as JSON
FIRST_ROUND_PREFIX = "first_round/"  # first_round/<folder id>: see first_round_started
OWED_PREFIX = "owed_snapshot/"  # owed_snapshot/<folder id>: its next round publishes all:
# a first round in another folder made its capture durable, taking the marks of edits that
# folder had not had yet, and may not commit (round.py, attack21y F1)
USED_PREFIX = "used/"  # used/<folder path>: a folder a round of this journal committed in


def used_key(folder: Path) -> str:
    """Where it is noted that this journal synced through ``folder`` (its id as value): that
    folder without its ``sync.json`` is then not taken for a new one (a disk not mounted
    leaves an empty mount point); choosing the folder again clears it (``configure``)."""
    return f"{USED_PREFIX}{folder}"


def first_round_started(folder_id: str) -> tuple[int, int] | None:
    """(number, changes) of a first round in the folder that made its capture durable and
    did not commit (round.py, attack21x F1): its retry is numbered after it, and reports the
    changes it published (found in the state by then, not made again)."""
    value = get(FIRST_ROUND_PREFIX + folder_id)
    if value is None:
        return None
    try:
        seq, sent = json.loads(value)
        return int(seq), int(sent)
    except (ValueError, TypeError):  # not of this version: as if none
        return None


def put_first_round_started(folder_id: str, started: tuple[int, int] | None) -> None:
    put(FIRST_ROUND_PREFIX + folder_id, None if started is None else json.dumps(list(started)))


def get(key: str) -> str | None:
    row = database.execute_sql("SELECT value FROM sync_local WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def put(key: str, value: str | None, db: Any = database) -> None:
    if value is None:
        db.execute_sql("DELETE FROM sync_local WHERE key = ?", (key,))
    else:
        db.execute_sql("INSERT OR REPLACE INTO sync_local (key, value) VALUES (?, ?)", (key, value))


def extra_key(kind: str, uuid: str, name: str) -> str:
    """Where a record's field that is no column is kept (``Kind.extra``, e.g. a merged
    client's ``merged_into``), as this journal set it; "" once cleared (published as null)."""
    return f"field/{kind}/{uuid}/{name}"


def extra_fields(kind: str, db: Any = database) -> dict[str, dict[str, str | None]]:
    """uuid -> the record's extra fields as this journal set them (records and fields it
    never set are left out: another computer's value stays as it is).  ``db``: a journal
    other than the models' (a restore's copy, read through its own connection)."""
    prefix = f"field/{kind}/"
    rows = db.execute_sql(
        "SELECT key, value FROM sync_local WHERE key >= ? AND key < ?", (prefix, prefix + "\uffff")
    ).fetchall()
    found: dict[str, dict[str, str | None]] = {}
    for key, value in rows:
        uuid, _slash, name = key[len(prefix) :].rpartition("/")
        found.setdefault(uuid, {})[name] = value or None
    return found


Counts = tuple[int, int, int]


def put_last_outcome(
    counts: Counts | None, problem: Problem | None, warnings: Sequence[Problem] = ()
) -> None:
    """The last round's counts and warnings, or why it failed, kept so the window can word
    them (the English line of ``LAST_RESULT`` is for the command line)."""
    value: dict[str, object] = {"warnings": [asdict(warning) for warning in warnings]}
    if counts is not None:
        value["counts"] = list(counts)
    if problem is not None:
        value["problem"] = asdict(problem)
    put(LAST_OUTCOME, json.dumps(value))


def last_outcome() -> tuple[Counts | None, Problem | None, tuple[Problem, ...]]:
    try:
        value = json.loads(get(LAST_OUTCOME) or "{}")
        counts = value.get("counts")
        problem = value.get("problem")
        return (
            None if counts is None else (int(counts[0]), int(counts[1]), int(counts[2])),
            None if problem is None else Problem(**problem),
            tuple(Problem(**warning) for warning in value.get("warnings", ())),
        )
    except (ValueError, TypeError, IndexError, AttributeError):
        return None, None, ()


def new_device_id() -> str:
    """64 random bits: unique among one journal's computers, short in every clock."""
    return uuid_module.uuid4().hex[:16]


def device_id() -> str:
    """This journal's device id, made on first use (a copied journal gets a new one when the
    clash is noticed, see round.py)."""
    value = get(DEVICE_ID)
    if value is None:
        value = new_device_id()
        with database.atomic():
            put(DEVICE_ID, value)
    return value


def device_name() -> str:
    return get(DEVICE_NAME) or default_device_name()


def default_device_name() -> str:
    try:
        return socket.gethostname() or "this computer"
    except OSError:
        return "this computer"


def journal_settings() -> dict[str, str]:
    rows = database.execute_sql("SELECT key, value FROM journal_setting").fetchall()
    return {key: value for key, value in rows if key in SYNCED_SETTINGS}


def set_journal_settings(values: Mapping[str, str]) -> None:
    unknown = sorted(set(values) - set(SYNCED_SETTINGS))
    if unknown:
        raise ValueError(f"not a journal setting: {', '.join(unknown)}")
    current = journal_settings()
    with database.atomic():
        for key, value in values.items():
            if current.get(key) != str(value):
                database.execute_sql(
                    "INSERT INTO journal_setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, str(value)),
                )
