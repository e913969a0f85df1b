"""Three journals, a random schedule of edits and rounds, a folder engine that delivers late,
partly, twice and as conflict copies: after a final full exchange the three journals are
identical (their JSON exports and their open note conflicts)."""

from __future__ import annotations

import random
import sqlite3
import uuid as uuid_module
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clientjournal.core.sync.format import parse_change_file_name
from clientjournal.store.models import database
from clientjournal.store.sync import conflicts as sync_conflicts
from clientjournal.store.sync import local
from tests.store.sync.replicas import Replica, carry, exchange_all

STEPS = 300


class Schedule:
    """Random edits with raw SQL (what the triggers see is what any writer does)."""

    def __init__(self, seed: int, replicas: list[Replica]) -> None:
        self.rng = random.Random(seed)
        self.replicas = replicas
        self.tick = 0
        self.deleted_notes: dict[str, tuple] = {}

    def time(self) -> str:
        self.tick += 1
        return f"2026-0{1 + self.tick // 28000}-{1 + (self.tick // 1000) % 28:02d}T{(self.tick // 60) % 24:02d}:{self.tick % 60:02d}:00.000000Z"

    def uuid(self) -> str:
        return str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, replica: Replica, sql: str) -> object | None:
        rows = replica.sql(sql)
        return self.rng.choice(rows)[0] if rows else None

    def step(self) -> None:
        rng = self.rng
        replica = rng.choice(self.replicas)
        action = rng.choices(
            [
                "client", "edit_client", "trash", "note", "edit_note", "delete_note",
                "undelete_note", "tag", "project", "agreement", "event", "draft", "payment",
                "template", "setting", "resolve", "round", "carry", "purge_client",
            ],
            weights=[6, 6, 2, 10, 12, 2, 1, 4, 2, 3, 2, 2, 2, 1, 1, 2, 20, 20, 1],
        )[0]  # fmt: skip
        getattr(self, f"do_{action}")(replica)

    def client_id(self, replica: Replica) -> object | None:
        return self.pick(replica, "SELECT id FROM client")

    def do_client(self, r: Replica) -> None:
        at = self.time()
        r.sql(
            "INSERT INTO client (uuid, name, company, email, created_at, updated_at, profile) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.uuid(), f"Client {self.tick}", self.rng.choice(["", "ACME", "Kühne"]),
            self.rng.choice(["", f"c{self.tick}@example.org"]), at, at,
            '{"goals": "grow"}',
        )  # fmt: skip

    def do_edit_client(self, r: Replica) -> None:
        client = self.client_id(r)
        if client is None:
            return
        column, value = self.rng.choice(
            [
                ("name", f"Renamed {self.tick}"),
                ("email", f"x{self.tick}@example.org"),
                ("cadence_days", self.rng.choice([None, 7, 30])),
                ("profile", f'{{"goals": "g{self.tick}", "family": "f{self.tick % 3}"}}'),
                ("status", self.rng.choice(["active", "paused"])),
            ]
        )
        r.sql(
            f"UPDATE client SET {column} = ?, updated_at = ? WHERE id = ?",
            value,
            self.time(),
            client,
        )

    def do_trash(self, r: Replica) -> None:
        client = self.client_id(r)
        if client is not None:
            deleted = self.rng.choice([None, self.time()])
            r.sql("UPDATE client SET deleted_at = ? WHERE id = ?", deleted, client)

    def do_purge_client(self, r: Replica) -> None:
        client = self.client_id(r)
        if client is not None:
            r.sql("DELETE FROM client WHERE id = ?", client)

    def do_note(self, r: Replica) -> None:
        client = self.client_id(r)
        if client is not None:
            at = self.time()
            r.sql(
                "INSERT INTO note (uuid, client_id, created_at, updated_at, body, mood) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                self.uuid(), client, at, at, f"note {self.tick}", self.rng.randint(-2, 2),
            )  # fmt: skip

    def do_edit_note(self, r: Replica) -> None:
        note = self.pick(r, "SELECT id FROM note")
        if note is not None:
            column, value = self.rng.choice(
                [("body", f"edited on {r.name} at {self.tick}")] * 3
                + [("pinned", self.rng.randint(0, 1)), ("mood", self.rng.randint(-2, 2))]
            )
            r.sql(
                f"UPDATE note SET {column} = ?, updated_at = ? WHERE id = ?",
                value,
                self.time(),
                note,
            )

    def do_delete_note(self, r: Replica) -> None:
        rows = r.sql("SELECT uuid, client_id, created_at, updated_at, body FROM note")
        if rows:
            row = self.rng.choice(rows)
            self.deleted_notes[row[0]] = (r, row)
            r.sql("DELETE FROM note WHERE uuid = ?", row[0])

    def do_undelete_note(self, r: Replica) -> None:
        """An undo: the same note, same UUID, back."""
        if not self.deleted_notes:
            return
        uuid = self.rng.choice(sorted(self.deleted_notes))
        where, row = self.deleted_notes.pop(uuid)
        where.sql(
            "INSERT OR IGNORE INTO note (uuid, client_id, created_at, updated_at, body) "
            "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM client WHERE id = ?)",
            *row, row[1],
        )  # fmt: skip

    def do_tag(self, r: Replica) -> None:
        name = self.rng.choice(["vip", "Lead", "later"])
        r.sql("INSERT OR IGNORE INTO tag (name) VALUES (?)", name)
        tag = r.sql("SELECT id FROM tag WHERE name = ?", name)[0][0]
        if self.rng.random() < 0.5:
            client = self.client_id(r)
            if client is not None:
                if self.rng.random() < 0.7:
                    r.sql("INSERT OR IGNORE INTO client_tag VALUES (?, ?)", client, tag)
                else:
                    r.sql("DELETE FROM client_tag WHERE client_id = ?", client)
        else:
            note = self.pick(r, "SELECT id FROM note")
            if note is not None:
                if self.rng.random() < 0.7:
                    r.sql("INSERT OR IGNORE INTO note_tag VALUES (?, ?)", note, tag)
                else:
                    r.sql("DELETE FROM note_tag WHERE note_id = ?", note)

    def do_project(self, r: Replica) -> None:
        client = self.client_id(r)
        if client is not None:
            at = self.time()
            r.sql(
                "INSERT INTO project (uuid, client_id, name, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                self.uuid(), client, f"Project {self.tick}", at, at,
            )  # fmt: skip

    def do_agreement(self, r: Replica) -> None:
        row = r.sql(
            "SELECT c.id, (SELECT p.id FROM project p WHERE p.client_id = c.id LIMIT 1), "
            "(SELECT n.id FROM note n WHERE n.client_id = c.id LIMIT 1) FROM client c "
            "ORDER BY c.id"
        )  # the seed picks (SQLite's random() made one seed run differently each time)
        if row:
            row = [self.rng.choice(row)]
            at = self.time()
            r.sql(
                "INSERT INTO agreement (uuid, client_id, project_id, source_note_id, title, "
                "created_at, updated_at, due_on, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.uuid(), *row[0], f"Agreement {self.tick}", at, at, "2026-03-01",
                self.tick,
            )  # fmt: skip

    def do_event(self, r: Replica) -> None:
        agreement = self.pick(r, "SELECT id FROM agreement")
        if agreement is not None:
            r.sql(
                "INSERT INTO agreement_event (uuid, agreement_id, at, field, old, new) "
                "VALUES (?, ?, ?, 'status', 'open', 'done')",
                self.uuid(), agreement, self.time(),
            )  # fmt: skip
            r.sql("UPDATE agreement SET status = 'done' WHERE id = ?", agreement)

    def do_draft(self, r: Replica) -> None:
        client = self.client_id(r)
        if client is not None:
            at = self.time()
            r.sql(
                "INSERT INTO draft (uuid, client_id, subject, body, created_at, updated_at, "
                "status, hold_until, tone_score, tone_signals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?)",
                self.uuid(), client, "Re: offer", "Thanks!", at, at, "held", at, 0.25,
                '["caps"]',
            )  # fmt: skip

    def do_payment(self, r: Replica) -> None:
        client = self.client_id(r)
        if client is not None:
            at = self.time()
            r.sql(
                "INSERT INTO payment (uuid, client_id, number, amount_cents, issued_on, due_on, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                self.uuid(), client, f"R-{self.tick}", 12345, "2026-01-01", "2026-01-15", at, at,
            )  # fmt: skip
            if self.rng.random() < 0.5:
                r.sql("UPDATE payment SET paid_on = '2026-01-10' WHERE client_id = ?", client)

    def do_template(self, r: Replica) -> None:
        template = self.pick(r, "SELECT id FROM agreement_template")
        if template is None or self.rng.random() < 0.4:
            at = self.time()
            r.sql(
                "INSERT INTO agreement_template (uuid, name, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                self.uuid(), f"Template {self.tick}", at, at,
            )  # fmt: skip
            template = r.sql("SELECT max(id) FROM agreement_template")[0][0]
        r.sql(
            "INSERT INTO agreement_template_item (template_id, position, title) VALUES (?, ?, ?)",
            template, self.tick, f"Item {self.tick}",
        )  # fmt: skip

    def do_setting(self, r: Replica) -> None:
        r.open()
        from clientjournal.store import sync

        sync.set_journal_settings({"cooling/morning_hour": str(self.rng.randint(5, 10))})

    def do_resolve(self, r: Replica) -> None:
        rows = r.sql("SELECT uuid FROM note_conflict")
        if rows:
            r.open()
            from clientjournal.store import sync

            keep = self.rng.choice(["mine", "theirs", "both"])
            sync.resolve_conflict(self.rng.choice(rows)[0], keep)  # type: ignore[arg-type]

    def do_round(self, r: Replica) -> None:
        result = r.round()
        assert result.skipped == () or all("cut off" in s or "gzip" in s for s in result.skipped)

    def do_carry(self, r: Replica) -> None:
        other = self.rng.choice([x for x in self.replicas if x is not r])
        carry(r.folder, other.folder, self.rng, share=self.rng.random(), copies=0.2)


class FixedClock:
    """The journals' clock in a seeded run: SQLite's ``julianday('now')`` (the time the
    dirty-marking triggers give a change, so the clock that decides which edit wins) one
    millisecond further at each call, and device ids (which order clocks of one
    millisecond) from the seed.  With the real clock a seed was a different run each time."""

    def __init__(self, seed: int) -> None:
        self.ms = 1_767_225_600_000  # 2026-01-01
        self.rng = random.Random(f"devices {seed}")
        self.real = sqlite3.connect(":memory:")

    def julianday(self, text: object) -> float | None:
        if text == "now":
            self.ms += 1
            return self.ms / 86_400_000 + 2440587.5
        return self.real.execute("SELECT julianday(?)", (text,)).fetchone()[0]

    def device_id(self) -> str:
        return f"{self.rng.getrandbits(64):016x}"

    def utcnow(self) -> datetime:
        """Resolving a conflict as two notes dates the new one."""
        self.ms += 1
        return datetime.fromtimestamp(self.ms / 1000, UTC)


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch):
    def install(seed: int) -> FixedClock:
        clock = FixedClock(seed)
        opened = Replica.open

        def open_with_clock(self: Replica) -> None:
            opened(self)
            database.connection().create_function("julianday", 1, clock.julianday)

        monkeypatch.setattr(Replica, "open", open_with_clock)
        monkeypatch.setattr(local, "new_device_id", clock.device_id)
        monkeypatch.setattr(sync_conflicts, "utcnow", clock.utcnow)
        return clock

    return install


@pytest.mark.parametrize("seed", [1, 2])
def test_three_replicas_end_identical(tmp_path: Path, seed: int, fixed_clock):
    fixed_clock(seed)
    replicas = [Replica(tmp_path, name) for name in ("laptop", "desktop", "tablet")]
    first = replicas[0]
    first.round()
    for other in replicas[1:]:
        carry(first.folder, other.folder)
    schedule = Schedule(seed, replicas)
    for _ in range(STEPS):
        schedule.step()
    exchange_all(replicas)
    exports = [replica.export() for replica in replicas]
    assert exports[0]["clients"], "the schedule made clients"
    assert exports[0] == exports[1] == exports[2]
    conflicts = [replica.conflicts() for replica in replicas]
    assert conflicts[0] == conflicts[1] == conflicts[2]
    settings = [replica.sql("SELECT key, value FROM journal_setting") for replica in replicas]
    assert settings[0] == settings[1] == settings[2]
    # the copies and duplicates were there and changed nothing
    copies = [p for r in replicas for p in r.folder.rglob("*sync-conflict*")]
    assert copies and all(parse_change_file_name(p.name) for p in copies)
    again = [replica.round() for replica in replicas]
    assert [(r.sent, r.received, r.conflicts) for r in again] == [(0, 0, 0)] * 3


def test_a_record_brought_back_here_lets_in_what_waited_for_it(pair):
    """Found by the property run (an undo raced an agreement made elsewhere): the note came
    back by an undo on this computer while an agreement from another one waited for it as
    its source, and for its conflict.  The computers that received the undo filled both in;
    this one, where no round wrote the note, never did, so the journals stayed different."""
    laptop, desktop = pair
    client, note = str(uuid_module.uuid4()), str(uuid_module.uuid4())
    at = "2026-01-01T00:00:00.000000Z"
    laptop.add_client(client, "Ada", at)
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'first' FROM client",
        note, at, at,
    )  # fmt: skip
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE note SET body = 'mine' WHERE uuid = ?", note)
    laptop.round()
    row = laptop.sql("SELECT uuid, client_id, created_at, updated_at, body FROM note")[0]
    desktop.sql("UPDATE note SET body = 'theirs' WHERE uuid = ?", note)
    desktop.sql(
        "INSERT INTO agreement (uuid, client_id, source_note_id, title, created_at, "
        "updated_at) SELECT ?, client_id, id, 'Call back', ?, ? FROM note",
        str(uuid_module.uuid4()), at, at,
    )  # fmt: skip
    laptop.sql("DELETE FROM note WHERE uuid = ?", note)
    desktop.round()
    laptop.round()  # the agreement and the other body wait for the note here
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)",
        *row,
    )  # the undo
    laptop.round()
    desktop.round()
    assert laptop.export() == desktop.export()
    source = "SELECT n.uuid FROM agreement a JOIN note n ON n.id = a.source_note_id"
    assert laptop.sql(source) == desktop.sql(source) == [(note,)]
    assert laptop.conflicts() == desktop.conflicts() != []


def test_a_record_brought_back_here_as_another_computers_edit_of_it_arrives(tmp_path: Path):
    """As above, but a change of the note from a third computer arrives in the round that
    publishes the undo (the round writes the note then, yet as an update, not an arrival)."""
    laptop, desktop, tablet = (Replica(tmp_path, name) for name in ("laptop", "desktop", "tablet"))
    at = "2026-01-01T00:00:00.000000Z"
    laptop.add_client(str(uuid_module.uuid4()), "Ada", at)
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'first' FROM client",
        str(uuid_module.uuid4()), at, at,
    )  # fmt: skip
    laptop.round()
    for other in (desktop, tablet):
        carry(laptop.folder, other.folder)
        other.round()
    row = laptop.sql("SELECT uuid, client_id, created_at, updated_at, body FROM note")[0]
    tablet.sql("UPDATE note SET mood = 2")
    laptop.sql("DELETE FROM note")
    laptop.round()
    carry(laptop.folder, desktop.folder)
    desktop.sql(
        "INSERT INTO agreement (uuid, client_id, source_note_id, title, created_at, "
        "updated_at) SELECT ?, client_id, id, 'Call back', ?, ? FROM note",
        str(uuid_module.uuid4()), at, at,
    )  # fmt: skip
    desktop.round()
    carry(desktop.folder, laptop.folder)
    laptop.round()  # the agreement waits for the note here
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)",
        *row,
    )  # the undo
    tablet.round()
    carry(tablet.folder, laptop.folder)
    laptop.round()
    exchange_all([laptop, desktop, tablet])
    exports = [replica.export() for replica in (laptop, desktop, tablet)]
    assert exports[0] == exports[1] == exports[2]
    source = "SELECT n.uuid FROM agreement a JOIN note n ON n.id = a.source_note_id"
    assert laptop.sql(source) == [(row[0],)]
