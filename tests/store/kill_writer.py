"""The kill test's two halves: a writer that is SIGKILLed at random moments, and its checker.

Run as a script, this is the writer (the child): it opens the journal and writes in a loop, the
way the app does (one transaction per action): new notes, note edits, new drafts, draft edits
and imports of small JSON exports.  Around every write it reports on stdout, unbuffered:

    begin <kind> <uuid> <text>   before the write starts
    done <kind> <uuid> <text>    after the commit has returned

(an import: ``begin import <file>`` / ``done import <file>``; its records' uuids are in the
file).  ``run_rounds`` is the parent: it starts the writer on one journal again and again,
SIGKILLs it after a random time, and finally checks the journal: every reported commit is
there, a write that was under way when the kill came is there whole or not at all, every
import file is in the journal whole or not at all, and SQLite finds the file sound.

Used by tests/store/test_kill.py (a short run) and tests/benchmarks/kill_rounds.py (200 rounds).
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

WRITER_CLIENT = "0c0ffee0-0000-4000-8000-00000000c0de"
STAMP = "2024-01-01T00:00:00.000000Z"
_KINDS = ("note", "draft")


# --- the writer (child process) -----------------------------------------------------------


def _say(*words: str) -> None:
    os.write(1, (" ".join(words) + "\n").encode("utf-8"))  # unbuffered: lands before a kill


def import_document(token: str) -> dict:
    """One new client with notes, an agreement, a draft and a payment, all fresh uuids."""

    def new() -> str:
        return str(uuid.uuid4())

    notes = [
        {"uuid": new(), "created_at": STAMP, "kind": "call", "mood": 0,
         "body": f"{token} imported note {j}", "pinned": False, "updated_at": STAMP}
        for j in range(random.randint(1, 40))
    ]  # fmt: skip
    client = {
        "uuid": new(), "name": f"Imported {token}", "company": "", "email": "", "phone": "",
        "address_form": "sie", "status": "active", "profile": {"wants": token},
        "started_on": None, "ended_on": None, "created_at": STAMP, "updated_at": STAMP,
        "deleted_at": None, "notes": notes,
        "agreements": [{"uuid": new(), "title": f"{token} scope", "category": "scope",
                        "status": "open", "due": "2025-01-31", "note": ""}],
        "drafts": [{"uuid": new(), "created_at": STAMP, "hold_until": None, "status": "writing",
                    "body": f"{token} imported draft", "tone_score": None}],
        "payments": [{"uuid": new(), "amount_cents": 12345, "currency": "EUR",
                      "issued_on": "2024-01-01", "due_on": "2024-01-31", "paid_on": None}],
    }  # fmt: skip
    return {"format": "clientjournal", "version": 1, "exported_at": STAMP, "clients": [client]}


def import_uuids(document: dict) -> dict[str, list[str]]:
    """The uuids an import file brings, by table."""
    found: dict[str, list[str]] = defaultdict(list)
    for client in document["clients"]:
        found["client"].append(client["uuid"])
        for table, key in (
            ("note", "notes"),
            ("agreement", "agreements"),
            ("draft", "drafts"),
            ("payment", "payments"),
        ):
            found[table] += [record["uuid"] for record in client[key]]
    return found


def write_forever(data_dir: Path, work: Path, seed: int) -> None:
    from clientjournal.core.cooling import DraftData
    from clientjournal.core.records import NoteData
    from clientjournal.core.timeutil import utcnow
    from clientjournal.store import drafts, notes
    from clientjournal.store.connection import open_journal
    from clientjournal.store.exchange import journal as exchange
    from clientjournal.store.models import Client, Draft, Note

    random.seed(seed)
    open_journal(data_dir)
    client_id = Client.get(Client.uuid == WRITER_CLIENT).id
    mine = {
        "note": {row.uuid: row.id for row in Note.select().where(Note.client == client_id)},
        "draft": {row.uuid: row.id for row in Draft.select().where(Draft.client == client_id)},
    }
    _say("ready")
    deadline = time.monotonic() + 60  # never outlive a parent that forgot it
    counter = 0
    while time.monotonic() < deadline:
        counter += 1
        token = f"w{seed}x{counter}"
        action = random.choices(
            ["new note", "edit note", "new draft", "edit draft", "import"], [3, 4, 1, 2, 1]
        )[0]
        if action == "import":
            path = work / f"import-{token}.json"
            path.write_text(json.dumps(import_document(token)), encoding="utf-8")
            _say("begin", "import", path.name)
            exchange.import_file(path)
            _say("done", "import", path.name)
            continue
        verb, kind = action.split()
        known = mine[kind]
        if verb == "edit" and known:
            record_uuid = random.choice(list(known))
            record_id: int | None = known[record_uuid]
        else:
            record_uuid, record_id = str(uuid.uuid4()), None
        _say("begin", kind, record_uuid, token)
        if kind == "note":
            note = notes.get(record_id) if record_id else NoteData(client_id, utcnow())
            note.body, note.uuid = token, record_uuid
            saved: NoteData | DraftData = notes.save(note)
        else:
            draft = drafts.get(record_id) if record_id else DraftData(client_id, uuid=record_uuid)
            saved = drafts.save(dataclasses.replace(draft, body=token))
        known[record_uuid] = saved.id
        _say("done", kind, record_uuid, token)


# --- the parent ---------------------------------------------------------------------------


@dataclass
class Figures:
    rounds: int = 0
    killed_before_ready: int = 0
    commits_reported: int = 0
    commits_verified: int = 0
    in_flight: int = 0  # writes under way when the kill came (there whole, or not at all)
    imports_reported: int = 0
    imports_in_flight: int = 0  # begun but not reported when the kill came
    imports_complete: int = 0  # import files whose records are all there (reported or not)
    imports_absent: int = 0  # import files of which nothing is there (never finished)
    imports_partial: int = 0  # must stay 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.rounds} rounds ({self.killed_before_ready} killed while opening), "
            f"{self.commits_reported} commits reported, {self.commits_verified} verified, "
            f"{self.in_flight} edits and {self.imports_in_flight} imports under way at the kill; "
            f"{self.imports_reported} imports reported; import files found complete "
            f"{self.imports_complete}, absent {self.imports_absent}, partial "
            f"{self.imports_partial}; "
            f"{self.seconds:.1f} s"
        )


def prepare(data_dir: Path) -> None:
    """A journal with the writer's client, made without the store (the parent keeps no
    connection open while children write)."""
    subprocess.run(
        [sys.executable, "-c", _PREPARE, str(data_dir), WRITER_CLIENT],
        check=True,
        env=_child_env(),
    )


_PREPARE = """
import sys
from pathlib import Path
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
open_journal(Path(sys.argv[1]))
clients.create(ClientData(name="Writer", uuid=sys.argv[2]))
close_journal()
"""


def _child_env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": root + (os.pathsep + path if path else "")}


def one_round(data_dir: Path, work: Path, seed: int, rng: random.Random, log: Path) -> bool:
    """Start the writer, SIGKILL it at a random moment; True if it was killed before ready."""
    offset = log.stat().st_size if log.exists() else 0
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, __file__, str(data_dir), str(work), str(seed)],
            stdout=out,
            stderr=subprocess.PIPE,
            env=_child_env(),
        )
    early = rng.random() < 0.1  # now and then while it opens the journal (recovery, pragmas)
    if early:
        time.sleep(rng.uniform(0.0, 0.4))
    else:
        started = time.monotonic()
        while not _is_ready(log, offset) and process.poll() is None:
            if time.monotonic() - started > 60:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.35))
    process.kill()
    _, errors = process.communicate()
    if process.returncode != -9:
        raise AssertionError(
            f"the writer ended by itself ({process.returncode}):\n{errors.decode(errors='replace')}"
        )
    with log.open("ab") as out:
        out.write(b"\nkilled\n")  # a half-written last line stays apart from the next round's
    return early


def _is_ready(log: Path, offset: int) -> bool:
    with log.open("rb") as handle:
        handle.seek(offset)
        return handle.read(6) == b"ready\n"


def run_rounds(folder: Path, rounds: int, seed: int = 1) -> Figures:
    data_dir, work, log = folder / "journal", folder / "imports", folder / "writer.log"
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    prepare(data_dir)
    rng = random.Random(seed)
    figures = Figures()
    for number in range(rounds):
        figures.killed_before_ready += one_round(data_dir, work, seed * 1000 + number, rng, log)
        figures.rounds += 1
    check(data_dir, work, log, figures)
    figures.seconds = time.perf_counter() - started
    return figures


def check(data_dir: Path, work: Path, log: Path, figures: Figures) -> None:
    """Open the journal once more (as the app would, recovering the WAL) and compare."""
    from clientjournal.store.connection import close_journal, open_journal

    open_journal(data_dir)  # the next start must work, whatever the kill left behind
    close_journal()
    from clientjournal.paths import journal_file

    db = sqlite3.connect(journal_file(data_dir))
    try:
        _check_file(db, figures)
        _check_records(db, log.read_text(encoding="utf-8"), figures)
        _check_imports(db, work, log.read_text(encoding="utf-8"), figures)
    finally:
        db.close()


def _check_file(db: sqlite3.Connection, figures: Figures) -> None:
    result = db.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        figures.problems.append(f"integrity_check: {result[:5]}")
    if db.execute("PRAGMA foreign_key_check").fetchall():
        figures.problems.append("foreign_key_check found rows without their parent")
    triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    if "note_fts_insert" not in triggers:
        figures.problems.append("the search index trigger note_fts_insert is gone")
    for table in ("note", "client", "agreement", "draft"):
        missing = db.execute(
            f"SELECT count(*) FROM {table} WHERE id NOT IN (SELECT rowid FROM {table}_fts)"
        ).fetchone()[0]
        if missing:
            figures.problems.append(f"{missing} {table} rows are not in the search index")


def _parse(text: str) -> list[list[str]]:
    events = []
    for line in text.splitlines():
        words = line.split(" ")
        if words[0] in ("begin", "done") and len(words) == (3 if words[1] == "import" else 4):
            events.append(words)
    return events


def _check_records(db: sqlite3.Connection, text: str, figures: Figures) -> None:
    """Per note and draft: the text of its last reported commit, or of a write begun after it
    (killed after the commit but before the report); never anything older."""
    history: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for words in _parse(text):
        if words[1] in _KINDS:
            history[(words[1], words[2])].append((words[0], words[3]))
    for (kind, record_uuid), events in history.items():
        row = db.execute(f"SELECT body FROM {kind} WHERE uuid = ?", (record_uuid,)).fetchone()
        done = [i for i, (step, _) in enumerate(events) if step == "done"]
        last_done = done[-1] if done else -1
        allowed = {body for step, body in events[last_done + 1 :] if step == "begin"}
        figures.commits_reported += len(done)
        figures.in_flight += len(allowed)
        if done:
            allowed.add(events[last_done][1])
        elif row is None:
            continue  # its creation was under way when the kill came and never committed
        if row is not None and row[0] in allowed:
            figures.commits_verified += len(done)
        else:
            found = "missing" if row is None else repr(row[0])
            figures.problems.append(f"{kind} {record_uuid}: {found}, expected one of {allowed}")


def _check_imports(db: sqlite3.Connection, work: Path, text: str, figures: Figures) -> None:
    events = _parse(text)
    reported = {words[2] for words in events if words[:2] == ["done", "import"]}
    begun = {words[2] for words in events if words[:2] == ["begin", "import"]}
    figures.imports_reported = len(reported)
    figures.imports_in_flight = len(begun - reported)
    for path in sorted(work.glob("import-*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # killed while writing the file itself: it was never imported
        present = total = 0
        for table, uuids in import_uuids(document).items():
            total += len(uuids)
            for record_uuid in uuids:
                present += db.execute(
                    f"SELECT count(*) FROM {table} WHERE uuid = ?", (record_uuid,)
                ).fetchone()[0]
        if present == total:
            figures.imports_complete += 1
        elif present == 0 and path.name not in reported:
            figures.imports_absent += 1
        else:
            figures.imports_partial += present > 0
            figures.problems.append(f"{path.name}: {present} of {total} records in the journal")


if __name__ == "__main__":
    write_forever(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
