"""Issue 18, leaks: after encrypt or rekey nothing in the journal folder or the backup folders
opens without the current passphrase, whatever cut the run short before.

The kill rounds stop a real process (SIGKILL, from inside, at a named step of a named file)
at every step of an encrypt and of a rekey, then run the same command again from the command
line and check every file there.  The races run a backup beside the re-encryption."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.paths import journal_file
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety import backup, reencrypt
from clientjournal.store.safety.encryption import remember
from clientjournal.store.safety.integrity import inspect_file
from clientjournal.store.safety.restore import restore

OLD = "alter Schluessel fuer den Test"
NEW = "neuer Schluessel fuer den Test"
NOTES = 40

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLER = """
import os, signal, sys
from pathlib import Path
from clientjournal.store.safety.reencrypt import change_passphrase
data_dir, old, new, when = Path(sys.argv[1]), sys.argv[2] or None, sys.argv[3] or None, int(sys.argv[4])
steps = []
def step(path, name):
    steps.append((path.name, name))
    print(path.name, name, flush=True)
    if len(steps) == when:
        os.kill(os.getpid(), signal.SIGKILL)
change_passphrase(data_dir, old, new, step=step)
print("finished", flush=True)
"""


def make_journal(data_dir: Path, passphrase: str | None) -> None:
    """A journal with two backups and the journal an earlier restore replaced, all plain or
    all under ``passphrase``."""
    open_journal(data_dir)
    fill(generate(3, NOTES, seed=5))
    close_journal()
    made = backup.backup_journal(data_dir, label="manual")
    restore(data_dir, made.path)  # a second backup, and the journal moved aside as replaced
    remember(data_dir, None)
    if passphrase is not None:
        reencrypt.change_passphrase(data_dir, None, passphrase)
        remember(data_dir, None)


def readable_without(path: Path, current: str) -> list[str]:
    """How ``path`` opens other than with ``current``: "plain" or "old" (empty: it does not)."""
    found = []
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("SELECT COUNT(*) FROM note").fetchone()
        found.append("plain")
    except sqlite3.DatabaseError:
        pass
    finally:
        connection.close()
    if current != OLD and inspect_file(path, passphrase=OLD).ok:
        found.append("old")
    return found


def every_file(data_dir: Path) -> list[Path]:
    return sorted(path for path in data_dir.rglob("*") if path.is_file() and path.name != ".lock")


def assert_nothing_readable_but_with(data_dir: Path, current: str) -> None:
    files = every_file(data_dir)
    names = [path.name for path in files]
    assert not [name for name in names if name.endswith((".partial", ".rekeying"))], names
    assert not [name for name in names if "-mj" in name], names
    databases = [path for path in files if path.name.endswith(".sqlite3")]
    assert len(databases) == 4, names  # the journal, two backups, the replaced journal
    for path in databases:
        assert readable_without(path, current) == [], path
        found = inspect_file(path, passphrase=current)
        assert found.ok and found.notes == NOTES, (path, found.problem)


def cli(data_dir: Path, command: str, old: str | None, new: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_P")}
    env.pop("CLIENTJOURNAL_NEW_PASSPHRASE", None)
    env.pop("CLIENTJOURNAL_BACKUP_DIR", None)
    env["CLIENTJOURNAL_NEW_PASSPHRASE"] = new
    if old is not None:
        env["CLIENTJOURNAL_PASSPHRASE"] = old
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), command],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def kill_at(data_dir: Path, old: str | None, new: str, when: int) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(data_dir), old or "", new, str(when)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != -signal.SIGKILL:
        assert "finished" in done.stdout, done.stderr
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    made = {}
    for name, passphrase in (("plain", None), ("old", OLD)):
        folder = tmp_path_factory.mktemp(name) / "journal"
        make_journal(folder, passphrase)
        made[name] = folder
    return made


def copy_of(template: Path, target: Path) -> Path:
    subprocess.run(["cp", "-a", str(template), str(target)], check=True)
    return target


STEPS = 4 * 3  # four files, each exported, verified, renamed


@pytest.mark.parametrize(
    ("template", "command", "old"), [("plain", "encrypt", None), ("old", "rekey", OLD)]
)
def test_a_run_killed_at_any_step_is_finished_by_the_same_command(
    templates: dict[str, Path], tmp_path: Path, template: str, command: str, old: str | None
):
    steps_seen = 0
    for when in range(1, STEPS + 1):
        data_dir = copy_of(templates[template], tmp_path / f"round-{when}")
        said = kill_at(data_dir, old, NEW, when)
        assert "finished" not in said, said
        steps_seen = max(steps_seen, len(said))
        # killed: the journal opens, in the old state until its own rename (it goes last)
        swapped = said[-1] == "journal.sqlite3 renamed"
        journal = inspect_file(journal_file(data_dir), passphrase=NEW if swapped else old)
        assert journal.ok and journal.notes == NOTES, (when, journal.problem)
        again = cli(data_dir, command, old, NEW)
        if swapped and command == "encrypt":  # all done but the end: nothing left to do
            assert again.returncode == 2 and "encrypted already" in again.stderr, again.stderr
        else:
            assert again.returncode == 0, (when, again.stderr)
        assert_nothing_readable_but_with(data_dir, NEW)
        assert NEW not in again.stdout + again.stderr
    assert steps_seen == STEPS


def test_leftovers_of_an_encrypt_cut_short_before_this_fix_are_encrypted_by_encrypt(
    templates: dict[str, Path], tmp_path: Path
):
    """As the earlier order left it: the journal encrypted first, then killed before the
    backups; a second encrypt used to say "encrypted already" and leave them plain."""
    data_dir = copy_of(templates["plain"], tmp_path / "journal")
    reencrypt.reencrypt_file(journal_file(data_dir), None, NEW)
    (data_dir / "backups" / "journal-20240101T000000Z.sqlite3.partial").write_bytes(b"plain")
    assert len(reencrypt.plain_copies(data_dir)) == 3
    done = cli(data_dir, "encrypt", NEW, NEW)
    assert done.returncode == 0, done.stderr
    assert "(it was already) and 3 copies of it" in done.stdout
    assert "deleted, an unfinished copy" in done.stdout
    assert_nothing_readable_but_with(data_dir, NEW)
    nothing_left = cli(data_dir, "encrypt", NEW, NEW)
    assert nothing_left.returncode == 2 and "encrypted already" in nothing_left.stderr


def test_rekey_re_encrypts_plain_leftovers_too(templates: dict[str, Path], tmp_path: Path):
    data_dir = copy_of(templates["plain"], tmp_path / "journal")
    reencrypt.reencrypt_file(journal_file(data_dir), None, OLD)
    done = cli(data_dir, "rekey", OLD, NEW)
    assert done.returncode == 0, done.stderr
    assert "and 3 copies of it" in done.stdout
    assert_nothing_readable_but_with(data_dir, NEW)


def test_a_symlinked_journal_is_encrypted_where_it_lives(tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    make_journal(elsewhere, None)
    data_dir = tmp_path / "journal"
    data_dir.mkdir()
    (data_dir / "journal.sqlite3").symlink_to(journal_file(elsewhere))
    done = reencrypt.change_passphrase(data_dir, None, NEW)
    remember(data_dir, None)
    assert done.journal_changed
    assert (data_dir / "journal.sqlite3").is_symlink()
    assert readable_without(journal_file(elsewhere), NEW) == []
    assert inspect_file(journal_file(elsewhere), passphrase=NEW).notes == NOTES
    open_journal(data_dir, NEW)
    close_journal()
    remember(data_dir, None)


def test_a_backup_written_while_the_journal_is_re_encrypted_is_encrypted_too(tmp_path: Path):
    data_dir = tmp_path / "journal"
    make_journal(data_dir, None)
    late: list[Path] = []

    def step(path: Path, name: str) -> None:
        if path.name == "journal.sqlite3" and name == "verified":
            late.append(backup.backup_journal(data_dir, label="late").path)  # plain still

    done = reencrypt.change_passphrase(data_dir, None, NEW, step=step)
    remember(data_dir, None)
    assert late and late[0] in done.backups
    assert readable_without(late[0], NEW) == []


def test_a_backup_whose_journal_changes_encryption_meanwhile_is_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The other order of the same race: the journal is swapped after the backup read it
    plain and after the re-encryption looked at the backups."""
    data_dir = tmp_path / "journal"
    make_journal(data_dir, None)
    written = backup.write_copy

    def and_meanwhile(source, target, passphrase=None):
        written(source, target, passphrase)
        reencrypt.reencrypt_file(journal_file(data_dir), None, NEW)

    monkeypatch.setattr(backup, "write_copy", and_meanwhile)
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(backup.BackupError, match="re-encrypted"):
        backup.backup_journal(data_dir, target=target)
    assert not target.exists()


def test_restoring_a_plain_backup_keeps_an_encrypted_journal_encrypted(tmp_path: Path):
    data_dir = tmp_path / "journal"
    make_journal(data_dir, None)
    plain_copy = tmp_path / "plain.sqlite3"
    plain_copy.write_bytes(journal_file(data_dir).read_bytes())
    reencrypt.change_passphrase(data_dir, None, NEW)  # remembered, as after unlocking
    done = restore(data_dir, plain_copy)
    assert done.encrypted_now and not done.plain_now
    assert readable_without(journal_file(data_dir), NEW) == []
    assert inspect_file(journal_file(data_dir), passphrase=NEW).notes == NOTES
    remember(data_dir, None)


def test_restoring_a_plain_backup_from_the_command_line_keeps_the_encryption(tmp_path: Path):
    data_dir = tmp_path / "journal"
    make_journal(data_dir, NEW)
    plain_copy = tmp_path / "plain.sqlite3"
    make_journal(tmp_path / "other", None)
    plain_copy.write_bytes(journal_file(tmp_path / "other").read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_PASS")}
    env["CLIENTJOURNAL_PASSPHRASE"] = NEW
    line = [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "restore"]
    done = subprocess.run(
        [*line, str(plain_copy)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "has the journal's passphrase" in done.stdout
    assert readable_without(journal_file(data_dir), NEW) == []


def test_restoring_a_plain_backup_into_a_journal_whose_key_is_unknown_says_so(tmp_path: Path):
    data_dir = tmp_path / "journal"
    make_journal(data_dir, NEW)
    plain_copy = tmp_path / "plain.sqlite3"
    make_journal(tmp_path / "other", None)
    plain_copy.write_bytes(journal_file(tmp_path / "other").read_bytes())
    done = restore(data_dir, plain_copy)  # e.g. the journal is damaged: its key is not known
    assert done.plain_now and not done.encrypted_now


def test_backups_made_while_encrypt_runs_end_up_encrypted(tmp_path: Path):
    """Both sides for real: ``clientjournal backup`` again and again while ``encrypt`` runs."""
    data_dir = tmp_path / "journal"
    open_journal(data_dir)
    fill(generate(20, 3000, seed=9))
    close_journal()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_P")}
    env.pop("CLIENTJOURNAL_NEW_PASSPHRASE", None)
    env.pop("CLIENTJOURNAL_BACKUP_DIR", None)
    line = [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir)]
    encrypting = subprocess.Popen(
        [*line, "encrypt"],
        env={**env, "CLIENTJOURNAL_NEW_PASSPHRASE": NEW},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    made = 0
    while encrypting.poll() is None or made < 2:
        done = subprocess.run(
            [*line, "backup"],
            env={**env, "CLIENTJOURNAL_PASSPHRASE": NEW},
            capture_output=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        made += done.returncode == 0
        assert b"Traceback" not in done.stderr, done.stderr
    _, said = encrypting.communicate(timeout=120)
    assert encrypting.returncode == 0, said
    files = [p for p in every_file(data_dir) if p.name.endswith(".sqlite3")]
    assert len(files) >= 3  # the journal and the backups made before and after the swap
    for path in files:
        assert readable_without(path, NEW) == [], path
        assert inspect_file(path, passphrase=NEW).ok, path
    assert not [p for p in every_file(data_dir) if p.name.endswith((".partial", ".rekeying"))]


def test_a_failure_at_the_journal_says_how_many_copies_are_done(tmp_path: Path):
    data_dir = tmp_path / "journal"
    make_journal(data_dir, None)

    def refuse(path: Path, name: str) -> None:
        if path.name == "journal.sqlite3" and name == "exported":
            raise reencrypt.ReencryptError("the disk is full")

    with pytest.raises(reencrypt.ReencryptError) as caught:
        reencrypt.change_passphrase(data_dir, None, NEW, step=refuse)
    remember(data_dir, None)
    assert caught.value.copies_done == 3
    assert inspect_file(journal_file(data_dir)).notes == NOTES  # plain, as it was
