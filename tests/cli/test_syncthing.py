"""Two journals synced through the real engine: two Syncthing instances on this machine's
loopback (``syncthing_pair.py``), each the "computer" of one journal, sharing the sync folder.

Here, because it drives ``clientjournal sync FOLDER`` (``cli/sync.py``) as the user does, in
processes of its own, the way the other command tests in this folder do.  Runs in CI (``.ci/run``
installs Debian's ``syncthing``); elsewhere it is skipped when the binary is missing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.models import database
from clientjournal.store.sync import note_conflicts

sys.path.insert(0, str(Path(__file__).parent))
from syncthing_pair import Pair, binary, syncthing_pair

# A journal with a bit of every kind that hangs off a client; the laptop starts with it.
SMALL_JOURNAL = {
    "format": "clientjournal",
    "version": 1,
    "exported_at": "2026-11-30T18:00:00.000000Z",
    "clients": [
        {
            "uuid": "5b0c7f3e-2a41-4c1e-9d7a-0e6f1a2b3c4d",
            "name": "Ada Beispiel",
            "company": "Beispiel GmbH",
            "email": "ada@beispiel.example",
            "phone": "+49 30 555 0001",
            "address_form": "sie",
            "status": "active",
            "profile": {"wants": "Short meetings, decisions in writing."},
            "started_on": "2026-10-01",
            "ended_on": None,
            "created_at": "2026-10-01T09:00:00.000000Z",
            "updated_at": "2026-11-30T17:00:00.000000Z",
            "deleted_at": None,
            "cadence_days": 14,
            "tags": ["print"],
            "notes": [
                {
                    "uuid": "5b0c7f3e-2a41-4c1e-9d7a-0e6f1a2b3c01",
                    "created_at": "2026-11-30T10:00:00.000000Z",
                    "updated_at": "2026-11-30T10:00:00.000000Z",
                    "kind": "meeting",
                    "mood": 1,
                    "body": "Kick-off: the logo stays blue.",
                    "pinned": False,
                    "tags": ["logo"],
                }
            ],
            "projects": [
                {
                    "uuid": "5b0c7f3e-2a41-4c1e-9d7a-0e6f1a2b3c02",
                    "name": "Flyer",
                    "status": "active",
                    "started_on": "2026-11-30",
                    "ended_on": None,
                    "created_at": "2026-11-30T10:00:00.000000Z",
                    "updated_at": "2026-11-30T10:00:00.000000Z",
                }
            ],
            "agreements": [
                {
                    "uuid": "5b0c7f3e-2a41-4c1e-9d7a-0e6f1a2b3c03",
                    "title": "Two rounds of corrections",
                    "category": "scope",
                    "status": "agreed",
                    "due": None,
                    "note": "",
                    "project": "5b0c7f3e-2a41-4c1e-9d7a-0e6f1a2b3c02",
                    "agreed_on": "2026-11-30",
                    "source_note": None,
                    "position": 1,
                    "created_at": "2026-11-30T10:00:00.000000Z",
                    "updated_at": "2026-11-30T10:00:00.000000Z",
                    "history": [],
                }
            ],
            "drafts": [],
            "payments": [
                {
                    "uuid": "5b0c7f3e-2a41-4c1e-9d7a-0e6f1a2b3c04",
                    "number": "2026-017",
                    "amount_cents": 120000,
                    "currency": "EUR",
                    "issued_on": "2026-11-30",
                    "due_on": "2026-12-14",
                    "paid_on": None,
                    "project": "5b0c7f3e-2a41-4c1e-9d7a-0e6f1a2b3c02",
                    "note": "",
                    "created_at": "2026-11-30T10:00:00.000000Z",
                    "updated_at": "2026-11-30T10:00:00.000000Z",
                }
            ],
        }
    ],
    "agreement_templates": [],
}

ADA = SMALL_JOURNAL["clients"][0]["uuid"]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    if binary() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but no syncthing binary: .ci/run installs Debian's 'syncthing'")
        pytest.skip("no syncthing binary (Debian: apt-get install syncthing)")
    with syncthing_pair(tmp_path) as both:
        yield both


def clientjournal(data_dir: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def sync(data_dir: Path, folder: Path) -> tuple[int, int, int]:
    """One round by the command, as the user runs it: (sent, received, conflicts)."""
    line = clientjournal(data_dir, "sync", str(folder)).strip()
    found = re.fullmatch(r"sent (\d+), received (\d+), conflicts (\d+)", line)
    assert found, line
    sent, received, conflicts = (int(figure) for figure in found.groups())
    return sent, received, conflicts


def exported(data_dir: Path) -> dict:
    journal = json.loads(clientjournal(data_dir, "export"))
    del journal["exported_at"]
    return journal


@contextmanager
def opened(data_dir: Path) -> Iterator[None]:
    """The journal open in this process for a moment, as the window has it while one types."""
    open_journal(data_dir)
    try:
        yield
    finally:
        close_journal()


def client_id(uuid: str) -> int:
    return database.execute_sql("SELECT id FROM client WHERE uuid = ?", (uuid,)).fetchone()[0]


def note_id(uuid: str) -> int:
    return database.execute_sql("SELECT id FROM note WHERE uuid = ?", (uuid,)).fetchone()[0]


def notes_of(journal: dict, uuid: str) -> set[str]:
    client = next(client for client in journal["clients"] if client["uuid"] == uuid)
    return {note["body"] for note in client["notes"]}


def test_a_note_from_one_computer_arrives_on_the_other_and_edits_on_both_meet(
    pair: Pair, tmp_path: Path
):
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    (tmp_path / "small.json").write_text(json.dumps(SMALL_JOURNAL), encoding="utf-8")
    clientjournal(laptop, "import", str(tmp_path / "small.json"))
    with opened(laptop):
        note = notes.save(
            NoteData(client_id=client_id(ADA), created_at=utcnow(), body="Written on the laptop.")
        )

    sent, received, _ = sync(laptop, pair.a.folder)
    assert sent > 0 and received == 0
    pair.carry()
    sent, received, conflicts = sync(desktop, pair.b.folder)
    assert received > 0 and conflicts == 0
    assert "Written on the laptop." in notes_of(exported(desktop), ADA)
    assert exported(desktop) == exported(laptop)

    # Apart, both computers edit: the note's text on the laptop; on the desktop the client's
    # phone and a new note.
    with opened(laptop):
        note = notes.get(note.id)
        note.body = "Written on the laptop, corrected there."
        notes.save(note)
    with opened(desktop):
        there = clients.get(client_id(ADA))
        there.phone = "+49 30 555 0100"
        clients.update(there)
        notes.save(NoteData(client_id=there.id, created_at=utcnow(), body="From the desktop."))

    assert sync(laptop, pair.a.folder)[0] > 0
    assert sync(desktop, pair.b.folder)[0] > 0
    pair.carry()
    sync(laptop, pair.a.folder)
    sync(desktop, pair.b.folder)
    pair.carry()  # whatever the last rounds wrote, both folders end equal too

    on_the_laptop, on_the_desktop = exported(laptop), exported(desktop)
    assert on_the_laptop == on_the_desktop
    assert notes_of(on_the_laptop, ADA) >= {
        "Written on the laptop, corrected there.",
        "From the desktop.",
    }
    assert "Written on the laptop." not in notes_of(on_the_laptop, ADA)
    phone = next(c["phone"] for c in on_the_laptop["clients"] if c["uuid"] == ADA)
    assert phone == "+49 30 555 0100"
    # nothing more to do: one more round on each side sends and receives nothing
    assert sync(laptop, pair.a.folder) == (0, 0, 0)
    assert sync(desktop, pair.b.folder) == (0, 0, 0)

    # The same note's text edited on both while apart: both texts are kept, one as the note's
    # body, the other as a conflict beside it, the same on both computers.
    for data_dir, text in ((laptop, "The logo: blue."), (desktop, "The logo: green.")):
        with opened(data_dir):
            mine = notes.get(note_id(note.uuid))
            mine.body = text
            notes.save(mine)
    conflicts = {laptop: 0, desktop: 0}
    for _ in range(2):
        conflicts[laptop] += sync(laptop, pair.a.folder)[2]
        conflicts[desktop] += sync(desktop, pair.b.folder)[2]
        pair.carry()
    assert conflicts == {laptop: 1, desktop: 1}  # each computer shows it once
    assert exported(laptop) == exported(desktop)
    for data_dir in (laptop, desktop):
        with opened(data_dir):
            body = notes.get(note_id(note.uuid)).body
            kept = [c.body for c in note_conflicts([note_id(note.uuid)])]
        assert sorted([body, *kept]) == ["The logo: blue.", "The logo: green."]
