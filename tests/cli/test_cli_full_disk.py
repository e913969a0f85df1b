"""Issue 18 (attack18 findings 2 and 11): on a nearly or completely full disk the commands that
only read (check, export, search) work and leave no ``-wal``/``-shm``; the others say "the
disk is full" (never "the passphrase is wrong", never damage, never SQLite's "disk I/O
error"); a ``demo`` that fails on a full disk leaves nothing behind.

The disks are small tmpfs mounts (tests/cli/mounts.py), skipped with the reason where they
cannot be mounted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from cli_process import as_another_user, run
from mounts import fill_up, small_disk

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file systems")

SECRET = "ein Satz als Passphrase fuer den Test"
STAMP = "2024-01-01T00:00:00.000000Z"


def one_line(done: subprocess.CompletedProcess, status: int, *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == status, (done.returncode, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err, err
    return err


def client(i: int) -> dict:
    note = {"uuid": f"10000000-{i:04d}-4000-8000-000000000000", "created_at": STAMP}
    note |= {"updated_at": STAMP, "kind": "note", "mood": 0, "pinned": False}
    note |= {"body": "Zebranotiz " + "Text " * 60}
    made = {"uuid": f"00000000-0000-4000-8000-{i:012d}", "name": f"Kunde {i}"}
    made |= {"company": "", "email": "", "phone": "", "address_form": "sie"}
    made |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
    made |= {"created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    return made | {"agreements": [], "drafts": [], "payments": [], "notes": [note]}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain journal of 30 clients and 30 notes (a few hundred KB), closed: no -wal."""
    folder = tmp_path_factory.mktemp("template")
    source = folder / "small.json"
    clients = [client(i) for i in range(30)]
    source.write_text(
        json.dumps(
            {"format": "clientjournal", "version": 1, "exported_at": STAMP, "clients": clients}
        )
    )
    made = run(folder / "journal", "import", str(source))
    assert made.returncode == 0, made.stderr
    assert not (folder / "journal" / "journal.sqlite3-wal").exists()
    return folder / "journal"


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("free_kb", [0, 16])
def test_reading_commands_work_on_a_full_disk_and_leave_nothing(
    template: Path, tmp_path: Path, free_kb: int
):
    with small_disk(tmp_path / "disk", 2048) as disk:
        data_dir = disk / "journal"
        shutil.copytree(template, data_dir)
        fill_up(disk, free_kb)
        before = files(data_dir)
        checked = run(data_dir, "check")
        assert checked.returncode == 0, (checked.stdout, checked.stderr)
        assert b"ok, 30 clients, 30 notes" in checked.stdout
        assert files(data_dir) == before  # no -wal, no -shm
        exported = run(data_dir, "export", "--format", "csv")
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout.count(b"Kunde ") == 30
        assert files(data_dir) == before
        found = run(data_dir, "search", "Zebranotiz", "--limit", "100")
        assert found.returncode == 0, found.stderr
        assert found.stdout.count(b"\n") == 30
        assert files(data_dir) == before


def test_writers_on_a_completely_full_disk_say_the_disk_is_full(template: Path, tmp_path: Path):
    with small_disk(tmp_path / "disk", 2048) as disk:
        data_dir = disk / "journal"
        shutil.copytree(template, data_dir)
        fill_up(disk, 0)
        before = files(data_dir)
        said = one_line(
            run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET), 1, "the disk is full"
        )
        assert "passphrase" not in said and "nothing was changed" in said
        assert files(data_dir) == before
        said = one_line(run(data_dir, "backup"), 1, "the disk is full")
        assert "I/O" not in said and "cannot be opened" not in said
        assert files(data_dir) == before
        one_line(run(data_dir, "import", str(tmp_path / "missing.json")), 1, "the disk is full")
        said = one_line(run(data_dir, "demo"), 1, "the disk is full")
        assert files(data_dir) == before
        assert sorted(path.name for path in data_dir.iterdir()) == ["journal.sqlite3"]


@pytest.mark.parametrize("free_kb", [0, 150, 300])
def test_demo_into_an_empty_folder_on_a_full_disk_leaves_nothing(tmp_path: Path, free_kb: int):
    with small_disk(tmp_path / "disk", 2048) as disk:
        data_dir = disk / "journal"
        fill_up(disk, free_kb)
        for _ in range(2):  # a second try must not find a half-made journal to back up
            said = one_line(run(data_dir, "demo", "--clients", "40", "--notes", "3000"), 1, "full")
            assert "rollback" not in said
            assert not data_dir.exists() or not list(data_dir.rglob("*")), list(data_dir.rglob("*"))


def test_reading_a_read_only_journal_file_leaves_no_companions(template: Path):
    """A journal file the user cannot write (mode 0400) in a folder they can: SQLite opens it
    read-only and made a -wal and -shm that no read-only connection removes again."""
    as_user = as_another_user()
    import tempfile

    reachable = Path(tempfile.mkdtemp())  # pytest's own folders are 0700: not for another user
    reachable.chmod(0o755)
    data_dir = reachable / "journal"
    shutil.copytree(template, data_dir)
    for path in (data_dir, *data_dir.iterdir()):
        os.chown(path, 65534, 65534)
    (data_dir / "journal.sqlite3").chmod(0o400)
    before = files(data_dir)
    for args in (("check",), ("export", "--format", "csv"), ("search", "Zebranotiz")):
        done = subprocess.run(
            [*as_user, sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
            capture_output=True,
            timeout=120,
            env={k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")},
        )
        assert done.returncode == 0, (args, done.stderr)
        assert files(data_dir) == before, args
    shutil.rmtree(reachable)


def test_a_wal_with_commits_on_a_read_only_disk_is_named(template: Path, tmp_path: Path):
    """attack18 M15: a -wal with commits but no -shm (a writer killed, the disk then mounted
    read-only) cannot be read; the words say why, not "no permission"."""
    import sqlite3

    from mounts import make_read_only

    with small_disk(tmp_path / "disk", 4096) as disk:
        data_dir = disk / "journal"
        shutil.copytree(template, data_dir)
        journal = data_dir / "journal.sqlite3"
        writer = sqlite3.connect(journal)
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("CREATE TABLE scratch (x)")
        writer.commit()
        kept = {end: Path(f"{journal}{end}").read_bytes() for end in ("", "-wal")}
        writer.close()
        for end, data in kept.items():  # as a killed writer leaves them, without the -shm
            Path(f"{journal}{end}").write_bytes(data)
        Path(f"{journal}-shm").unlink(missing_ok=True)
        make_read_only(disk)
        for args in (("check",), ("export",)):
            done = run(data_dir, *args)
            said = (done.stdout + done.stderr).decode()
            assert done.returncode == 1 and "Traceback" not in said, said
            assert "-wal holds changes" in said and "no permission" not in said, said
