"""attack23c: hostile cases for the restore's baseline (restore23a, ``store/safety/restore.py``
and ``store/sync/restored.py``): every kind of field typed back after a restore, a restore
onto a computer with no journal yet, three computers.  Every case: what the user typed last
wins on every journal, and nothing another computer did after the backup is overwritten."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.restore import restore
from tests.store.sync.replicas import Replica, settle, uid

Step = Callable[[Replica], None]


def _sql(statement: str, *params: object) -> Step:
    def step(replica: Replica) -> None:
        time.sleep(0.003)  # a later millisecond than the change before (the marks' times)
        replica.sql(statement, *params)

    return step


def _journal(tmp_path: Path) -> tuple[Replica, Replica]:
    folder = tmp_path / "shared"
    laptop = Replica(tmp_path, "laptop", folder=folder)
    desk = Replica(tmp_path, "desk", folder=folder)
    laptop.add_client(uid("c-1"), "Client 1")
    laptop.add_client(uid("c-2"), "Client 2")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, created_at, created_at, 'Erstgespräch' FROM client WHERE uuid = ?",
        uid("n-1"), uid("c-1"),
    )  # fmt: skip
    laptop.sql(
        "INSERT INTO payment (uuid, client_id, amount_cents, issued_on, due_on, created_at, "
        "updated_at) SELECT ?, id, 10000, '2026-01-01', '2026-01-31', created_at, created_at "
        "FROM client WHERE uuid = ?",
        uid("p-1"), uid("c-1"),
    )  # fmt: skip
    laptop.sql(
        "INSERT INTO agreement (uuid, client_id, title, created_at, updated_at) "
        "SELECT ?, id, 'Homework', created_at, created_at FROM client WHERE uuid = ?",
        uid("a-1"), uid("c-1"),
    )  # fmt: skip
    return laptop, desk


def _tag(name: str) -> Step:
    def step(replica: Replica) -> None:
        time.sleep(0.003)
        replica.sql("INSERT OR IGNORE INTO tag (name) VALUES (?)", name)
        replica.sql(
            "DELETE FROM client_tag WHERE client_id = (SELECT id FROM client WHERE uuid = ?)",
            uid("c-1"),
        )
        replica.sql(
            "INSERT INTO client_tag (client_id, tag_id) SELECT c.id, t.id FROM client c, tag t "
            "WHERE c.uuid = ? AND t.name = ?",
            uid("c-1"), name,
        )  # fmt: skip

    return step


def _client(column: str, value: object) -> Step:
    return _sql(f"UPDATE client SET {column} = ? WHERE uuid = ?", value, uid("c-1"))


def _note(column: str, value: object) -> Step:
    return _sql(f"UPDATE note SET {column} = ? WHERE uuid = ?", value, uid("n-1"))


CLIENT_ROW = (
    "SELECT name, status, phone, profile, cadence_days, deleted_at FROM client WHERE uuid = ?"
)
# Each case: the laptop's edit after the backup (published), the desk's later one
# (published), and what the user types on the restored laptop before its first round: the
# laptop's earlier value again, the latest edit of all.
CASES: dict[str, tuple[Step, Step, Step]] = {
    "name": (_client("name", "Anna Berg"), _client("name", "Anna Cramer"),
             _client("name", "Anna Berg")),
    "status set back": (_client("status", "paused"), _client("status", "ended"),
                        _client("status", "paused")),
    "phone typed back": (_client("phone", "0151 1"), _client("phone", "0151 2"),
                         _client("phone", "0151 1")),
    "profile entry": (_client("profile", '{"Beruf": "Lehrerin"}'),
                      _client("profile", '{"Beruf": "Ärztin"}'),
                      _client("profile", '{"Beruf": "Lehrerin"}')),
    "cadence (a number)": (_client("cadence_days", 14), _client("cadence_days", 30),
                           _client("cadence_days", 14)),
    "tags": (_tag("Paar"), _tag("Einzel"), _tag("Paar")),
    "trashed again": (_client("deleted_at", "2026-05-01T10:00:00Z"),
                      _client("deleted_at", None),
                      _client("deleted_at", "2026-05-01T10:00:00Z")),
    "note pinned (boolean)": (_note("pinned", 1), _note("pinned", 0), _note("pinned", 1)),
    "note mood": (_note("mood", 2), _note("mood", -1), _note("mood", 2)),
    "note body": (_note("body", "Zweiter Text"), _note("body", "Dritter Text"),
                  _note("body", "Zweiter Text")),
    "payment paid": (_sql("UPDATE payment SET paid_on = '2026-02-01' WHERE uuid = ?", uid("p-1")),
                     _sql("UPDATE payment SET paid_on = NULL WHERE uuid = ?", uid("p-1")),
                     _sql("UPDATE payment SET paid_on = '2026-02-01' WHERE uuid = ?",
                          uid("p-1"))),
    "agreement done": (_sql("UPDATE agreement SET status = 'done' WHERE uuid = ?", uid("a-1")),
                       _sql("UPDATE agreement SET status = 'open' WHERE uuid = ?", uid("a-1")),
                       _sql("UPDATE agreement SET status = 'done' WHERE uuid = ?",
                            uid("a-1"))),
}  # fmt: skip

STATE = (
    "SELECT c.name, c.status, c.phone, c.profile, c.cadence_days, c.deleted_at, "
    "(SELECT group_concat(t.name) FROM client_tag ct JOIN tag t ON t.id = ct.tag_id "
    " WHERE ct.client_id = c.id), n.pinned, n.mood, n.body, p.paid_on, a.status "
    "FROM client c JOIN note n ON n.client_id = c.id JOIN payment p ON p.client_id = c.id "
    "JOIN agreement a ON a.client_id = c.id WHERE c.uuid = ?"
)


def _run_case(tmp_path: Path, case: str, restore_onto: Replica | None = None) -> None:
    laptop_edit, desk_edit, typed_again = CASES[case]
    laptop, desk = _journal(tmp_path)
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")  # before the 1st sync
    laptop.round()
    desk.round()
    laptop_edit(laptop)
    laptop.round()
    desk_edit(desk)
    desk.round()
    target = restore_onto or laptop
    close_journal()
    restore(target.data_dir, made.path)
    typed_again(target)  # after the restore, before its first round: the latest edit
    expected = target.sql(STATE, uid("c-1"))
    settle(target, desk)
    assert desk.sql(STATE, uid("c-1")) == expected
    close_journal()


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_value_of_any_kind_typed_back_after_the_restore_wins(tmp_path: Path, case: str):
    """attack22c F4 for every kind of field restore23a's baseline has to tell apart."""
    _run_case(tmp_path, case)


def test_a_backup_restored_on_a_new_computer_keeps_the_value_typed_after_it(tmp_path: Path):
    """attack23c R1 (fixed in e28c947: no journal replaced counts as one that may sync): the
    laptop's disk died; its backup from before its first sync is restored on a new laptop
    (no journal there yet), the user types the name she remembers giving (her latest
    edit), then sets up sync in the shared folder again."""
    new = Replica(tmp_path, "new-laptop", folder=tmp_path / "shared")
    _run_case(tmp_path, "name", restore_onto=new)


def test_a_backup_restored_over_a_new_empty_journal_keeps_the_value_typed_after_it(
    tmp_path: Path,
):
    """As above, the new laptop's app started once first (an empty journal), then the
    restore from the window or the command."""
    new = Replica(tmp_path, "new-laptop", folder=tmp_path / "shared")
    open_journal(new.data_dir)  # the app's first start
    close_journal()
    _run_case(tmp_path, "name", restore_onto=new)


def test_a_backup_restored_over_a_new_journal_with_demo_data_keeps_the_value_typed_after_it(
    tmp_path: Path,
):
    """As above, the new laptop's user first looked at the demo data."""
    new = Replica(tmp_path, "new-laptop", folder=tmp_path / "shared")
    new.sql(
        "INSERT INTO client (uuid, name, created_at, updated_at, demo) VALUES (?, ?, ?, ?, 1)",
        uid("demo-1"), "Demo Kundin", "2026-03-04T05:06:07Z", "2026-03-04T05:06:07Z",
    )  # fmt: skip
    close_journal()
    _run_case(tmp_path, "name", restore_onto=new)


def test_three_computers_the_value_typed_after_the_restore_wins_and_later_edits_stay(
    tmp_path: Path,
):
    """Laptop, desk and tablet: the laptop publishes "Anna Berg", the desk "Anna Cramer",
    the tablet a phone number; the laptop is restored from a backup before its first sync
    and its user types "Anna Berg" again and an e-mail; the tablet then (later still) sets
    the status.  All three end with the typed name, the tablet's phone and status, the
    typed e-mail."""
    laptop, desk = _journal(tmp_path)
    tablet = Replica(tmp_path, "tablet", folder=laptop.folder)
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")
    for replica in (laptop, desk, tablet):
        replica.round()
    _client("name", "Anna Berg")(laptop)
    laptop.round()
    _client("name", "Anna Cramer")(desk)
    desk.round()
    _client("phone", "0170 3")(tablet)
    tablet.round()
    close_journal()
    restore(laptop.data_dir, made.path)
    _client("name", "Anna Berg")(laptop)
    _client("email", "anna@laptop.example")(laptop)
    _client("status", "paused")(tablet)
    tablet.round()
    settle(laptop, desk, tablet)
    row = tablet.sql("SELECT name, phone, email, status FROM client WHERE uuid = ?", uid("c-1"))
    assert row == [("Anna Berg", "0170 3", "anna@laptop.example", "paused")]
    close_journal()


def test_a_really_encrypted_journal_restored_keeps_the_value_typed_after_it(tmp_path: Path):
    """As test_restored_baseline's encrypted case, whose Replica(passphrase) journals are
    plain (a new journal is made plain; see test_encrypted.encrypted_replica)."""
    from clientjournal.store.safety.encryption import is_plain_sqlite
    from tests.store.sync.test_encrypted import encrypted_replica

    folder = tmp_path / "shared"
    laptop = encrypted_replica(tmp_path, "laptop", folder, "altes Passwort")
    desk = encrypted_replica(tmp_path, "desk", folder, "altes Passwort")
    laptop.add_client(uid("c-1"), "Client 1")
    assert not is_plain_sqlite(laptop.data_dir / "journal.sqlite3")
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")
    laptop.round()
    desk.round()
    _client("name", "Anna Berg")(laptop)
    laptop.round()
    _client("name", "Anna Cramer")(desk)
    desk.round()
    close_journal()
    restore(laptop.data_dir, made.path)
    assert not is_plain_sqlite(laptop.data_dir / "journal.sqlite3")
    _client("name", "Anna Berg")(laptop)
    settle(laptop, desk)
    assert desk.sql("SELECT name FROM client WHERE uuid = ?", uid("c-1")) == [("Anna Berg",)]
    close_journal()


BASELINE_ROWS = "SELECT COUNT(*) FROM sync_local WHERE key >= 'restored' AND key < 'restoree'"


def test_the_baseline_goes_with_the_first_round_after_the_restore_whatever_round_it_is(
    tmp_path: Path,
):
    laptop, desk = _journal(tmp_path)
    laptop.round()
    desk.round()
    _client("name", "Not yet published")(laptop)  # marked in the backup: in the baseline
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")
    close_journal()
    restore(laptop.data_dir, made.path)
    assert laptop.sql(BASELINE_ROWS)[0][0] >= 2  # "restored" and one part
    laptop.round()
    _client("phone", "0151 9")(desk)
    desk.round()
    laptop.round()
    assert laptop.sql("SELECT name, phone FROM client WHERE uuid = ?", uid("c-1")) == [
        ("Not yet published", "0151 9")
    ]
    assert laptop.sql(BASELINE_ROWS) == [(0,)]
    close_journal()


KILLER = """
import os, pathlib, signal, sys
from pathlib import Path

data_dir, backup, k = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
calls = [0]

def counted(real):
    def call(*args, **kwargs):
        if calls[0] == k:
            os.kill(os.getpid(), signal.SIGKILL)
        calls[0] += 1
        return real(*args, **kwargs)
    return call

from clientjournal.store.safety.restore import restore

for name in ("replace", "rename", "fsync", "unlink"):
    setattr(os, name, counted(getattr(os, name)))
pathlib.Path.unlink = counted(pathlib.Path.unlink)
restore(data_dir, backup)
print(calls[0])
"""


def test_a_restore_killed_at_each_file_step_leaves_the_old_or_the_restored_journal_whole(
    tmp_path: Path,
):
    """SIGKILL before each rename, replace, fsync and unlink the restore makes (its copy,
    the copy's preparation and baseline, the safety backup, the swap): after the next
    start's finish_interrupted_restore the journal is the old one (its unpublished edit
    there, no baseline, nothing of the copy left) or the restored one with its baseline, and
    then the value typed back after the restore wins on both computers."""
    import subprocess
    import sys

    from clientjournal.store.safety.restore import finish_interrupted_restore

    def prepared(root: Path) -> tuple[Replica, Replica, Path]:
        laptop, desk = _journal(root)
        close_journal()
        made = backup_journal(laptop.data_dir, folder=root / "backups")
        laptop.round()
        desk.round()
        _client("name", "Anna Berg")(laptop)
        laptop.round()
        _client("name", "Anna Cramer")(desk)
        desk.round()
        _sql("UPDATE client SET name = 'Kept' WHERE uuid = ?", uid("c-2"))(laptop)
        close_journal()
        return laptop, desk, made.path

    def killed_at(root: Path, step: int) -> tuple[Replica, Replica, int, str]:
        laptop, desk, made = prepared(root)
        done = subprocess.run(
            [sys.executable, "-c", KILLER, str(laptop.data_dir), str(made), str(step)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        return laptop, desk, done.returncode, done.stdout

    _l, _d, code, out = killed_at(tmp_path / "whole", -1)
    assert code == 0, out
    steps = int(out.split()[-1])
    assert steps >= 10
    for step in range(steps):
        laptop, desk, code, _out = killed_at(tmp_path / f"k{step}", step)
        assert code == -9
        finish_interrupted_restore(laptop.data_dir)
        left = [p.name for p in laptop.data_dir.iterdir() if "restoring" in p.name]
        assert left == [], step
        names = [row[0] for row in laptop.sql("SELECT name FROM client ORDER BY uuid")]
        rows = laptop.sql(BASELINE_ROWS)[0][0]
        if names[1] == "Kept":  # the old journal
            assert names[0] == "Anna Berg" and rows == 0, step  # the desk's not read yet
            continue
        assert names[:2] == ["Client 1", "Client 2"] and rows >= 1, (step, names)
        _client("name", "Anna Berg")(laptop)
        settle(laptop, desk)
        typed = desk.sql("SELECT name FROM client WHERE uuid = ?", uid("c-1"))
        assert typed == [("Anna Berg",)], step
    close_journal()


def test_a_value_typed_back_to_the_backups_synced_value_after_the_restore_wins(tmp_path: Path):
    """Status "active" synced; the laptop sets "paused" (not yet published) and is backed
    up; its round publishes "paused"; the desk sets "ended" later.  The laptop is restored
    (showing "paused") and its user sets "active" again: the latest edit of all."""
    laptop, desk = _journal(tmp_path)
    laptop.round()
    desk.round()
    _client("status", "paused")(laptop)  # marked in the backup
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")
    laptop.round()
    _client("status", "ended")(desk)
    desk.round()
    close_journal()
    restore(laptop.data_dir, made.path)
    _client("status", "active")(laptop)  # typed after the restore: the latest edit
    settle(laptop, desk)
    assert desk.sql("SELECT status FROM client WHERE uuid = ?", uid("c-1")) == [("active",)]
    close_journal()


def test_a_note_text_typed_back_after_the_restore_leaves_no_conflict_of_the_same_text(
    tmp_path: Path,
):
    """The F4 case for a note's text: it wins (above); the desk's later text is rightly kept
    as a conflict beside it, but no conflict may hold the text the note shows."""
    _run_case(tmp_path, "note body")
    laptop = Replica(tmp_path, "laptop", folder=tmp_path / "shared")
    ((body,),) = laptop.sql("SELECT body FROM note WHERE uuid = ?", uid("n-1"))
    texts = [row[2] for row in laptop.conflicts()]
    assert "Dritter Text" in texts
    assert body not in texts
    close_journal()


def test_a_journal_setting_typed_back_after_the_restore_wins(tmp_path: Path):
    """A setting that belongs to the journal (synced, keyed by its name, not a UUID)."""
    setting = "UPDATE journal_setting SET value = ? WHERE key = 'cooling/min_rest_hours'"
    laptop, desk = _journal(tmp_path)
    laptop.sql("INSERT INTO journal_setting (key, value) VALUES ('cooling/min_rest_hours', '8')")
    close_journal()
    made = backup_journal(laptop.data_dir, folder=tmp_path / "backups")
    laptop.round()
    desk.round()
    _sql(setting, "10")(laptop)
    laptop.round()
    _sql(setting, "12")(desk)
    desk.round()
    close_journal()
    restore(laptop.data_dir, made.path)
    _sql(setting, "10")(laptop)
    settle(laptop, desk)
    assert desk.sql("SELECT value FROM journal_setting WHERE key = 'cooling/min_rest_hours'") == [
        ("10",)
    ]
    close_journal()
