"""Several journals in one process, switched by reopening ``database``, each with its own copy
of the sync folder; ``carry`` plays the folder engine between two copies (late, partial,
duplicated, as conflict copies)."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

from clientjournal.core.sync.format import parse_change_file_name
from clientjournal.store import sync
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.exchange.json_export import export_data
from clientjournal.store.models import database

AT = "2026-03-04T05:06:07.123456Z"  # a time of the tests' records, fixed so exports compare


def uid(label: str) -> str:
    """A record id for a test: the UUID whose hex digits spell ``label`` (at most 16
    characters), e.g. ``uid("c-1")`` = ``00000000-0000-0000-0000-000000632d31``.  Sync takes
    only UUIDs (what the journal's export and import take); the tests' ids written as
    literals are these, so ``bytes.fromhex`` of the last digits reads them back."""
    digits = label.encode().hex().rjust(32, "0")
    assert len(digits) == 32, label
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


class Replica:
    def __init__(
        self, root: Path, name: str, passphrase: str | None = None, folder: Path | None = None
    ) -> None:
        self.name = name
        self.data_dir = root / name
        self.folder = folder or root / f"{name}-sync"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.passphrase = passphrase

    def open(self) -> None:
        close_journal()
        open_journal(self.data_dir, self.passphrase)

    def round(self) -> sync.RoundResult:
        self.open()
        return sync.run_round(self.folder)

    def sql(self, statement: str, *params: Any) -> list[tuple]:
        self.open()
        with database.atomic():
            return database.execute_sql(statement, params).fetchall()

    def add_client(self, uuid: str, name: str, at: str = AT) -> None:
        """A client written as any writer of the journal would, for sync to notice."""
        self.sql(
            "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            uuid, name, at, at,
        )  # fmt: skip

    def export(self) -> Any:
        self.open()
        return canonical_export()

    def conflicts(self) -> list[tuple]:
        return self.sql(
            "SELECT c.uuid, n.uuid, c.body, c.device_id, c.at FROM note_conflict c "
            "JOIN note n ON n.id = c.note_id ORDER BY c.uuid"
        )


def canonical_export() -> Any:
    """The JSON export without its time stamp, lists of records ordered by their UUIDs where
    the export's own order (by time) ties: row ids, which break those ties in the export,
    are each journal's own."""
    data = export_data()
    data.pop("exported_at")
    return canonical(data)


def canonical(value: Any) -> Any:
    """An export (without ``exported_at``) in an order that does not depend on row ids."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical(item) for item in value]
        if items and all(isinstance(item, dict) for item in items):
            return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
        return items
    return value


def files_of(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.name.startswith(".") and path.name != "sync.json"
    )


def carry(source: Path, target: Path, rng: random.Random | None = None, share: float = 1.0,
          copies: float = 0.0) -> int:  # fmt: skip
    """Copy files the target lacks (or has older) from ``source``, as Syncthing would: all,
    or with ``rng`` a share of them in random order, some also as conflict copies.  A
    device's own change folder is never written by the engine on the device's side."""
    count = 0
    info = source / "sync.json"
    if info.exists() and not (target / "sync.json").exists():
        shutil.copy2(info, target / "sync.json")
    files = files_of(source)
    if rng is not None:
        rng.shuffle(files)
    for path in files:
        if rng is not None and rng.random() > share:
            continue
        rel = path.relative_to(source)
        goal = target / rel
        if goal.exists() and goal.stat().st_mtime_ns == path.stat().st_mtime_ns:
            continue
        if goal.exists() and rel.parts[0] == "changes":
            continue  # the same name from two writers: left to the clash test
        goal.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, goal)
        count += 1
        parsed = parse_change_file_name(path.name)
        if rng is not None and rng.random() < copies and parsed and not parsed.copy:
            # (a copy of a copy grew its name at every carry, up to "File name too long")
            stem, _dot, rest = path.name.partition(".")
            twin = goal.with_name(f"{stem}.sync-conflict-20261206-101010-ABCDEFG.{rest}")
            shutil.copy2(path, twin)
            os.utime(twin, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1))
    return count


def exchange_all(replicas: list[Replica], rounds: int = 2) -> None:
    """Everything to everyone, twice: afterwards every replica has read every file."""
    for _ in range(rounds):
        for replica in replicas:
            replica.round()
            for other in replicas:
                if other is not replica:
                    carry(replica.folder, other.folder)
        for replica in replicas:
            replica.round()


def settle(*replicas: Replica) -> None:
    """Two rounds each in their shared folder; then every journal exports the same."""
    for _ in range(2):
        for replica in replicas:
            replica.round()
    first = replicas[0].export()
    for replica in replicas[1:]:
        assert replica.export() == first


def desk_before_its_first_sync(root: Path, clients: int, notes: int, seed: int) -> Replica:
    """A laptop's demo journal published into its folder, and an empty desk on the same
    folder, open, whose next round is its first sync."""
    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import fill

    laptop = Replica(root, "laptop")
    laptop.open()
    fill(generate(clients=clients, notes=notes, seed=seed))
    sync.run_round(laptop.folder)
    desk = Replica(root, "desk", folder=laptop.folder)
    desk.open()
    return desk


def spy_on_state_saves(monkeypatch: Any) -> list[int]:
    """From now on (until ``monkeypatch`` undoes it) the number of records of each
    ``state.save``, in order: a round that streams saves a batch at a time."""
    from clientjournal.store.sync import state

    saved: list[int] = []
    save = state.save

    def spy(records: Any, progress: Any = None) -> None:
        records = list(records)
        saved.append(len(records))
        save(records, progress)

    monkeypatch.setattr(state, "save", spy)
    return saved
