"""Issue 18 (attack18 findings 1, 10, 16, 17, 18): no command leaves an unfinished copy of the
journal behind, or writes one where the user did not ask for it.

- ``backup -o`` / ``export -o`` naming a folder, a pipe or a device is refused up front (the
  copy was written beside it as ``<name>.partial`` and stayed there; a pipe became a file);
- ``-o ""`` is one line, never a traceback or the current folder;
- the unfinished copies a killed backup left in the backup folder (``.partial`` and its
  ``.partial-journal``) go at the next backup and at ``encrypt``, except one being written;
- the unfinished copy a killed restore left (``journal.sqlite3.restoring.partial``) goes at
  the next command."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_process import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file systems")

SECRET = "ein Satz als Passphrase fuer den Test"
STAMP = "2024-01-01T00:00:00.000000Z"


def one_line(done: subprocess.CompletedProcess, status: int, *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == status, (done.returncode, err)
    assert "Traceback" not in err, err
    for word in words:
        assert word in err, err
    return err


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    client = {"uuid": "00000000-0000-4000-8000-000000000001", "name": "Kundin Zebra"}
    client |= {"company": "", "email": "", "phone": "", "address_form": "sie"}
    client |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
    client |= {"created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    client |= {"agreements": [], "drafts": [], "payments": [], "notes": []}
    source = folder / "one.json"
    document = {"format": "clientjournal", "version": 1, "exported_at": STAMP}
    source.write_text(json.dumps(document | {"clients": [client]}))
    made = run(folder / "journal", "import", str(source))
    assert made.returncode == 0, made.stderr
    return folder / "journal"


@pytest.fixture
def data_dir(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    shutil.copytree(template, folder)
    return folder


def test_a_backup_into_an_existing_folder_is_refused_and_leaves_no_copy(
    data_dir: Path, tmp_path: Path
):
    target = tmp_path / "target"
    target.mkdir()
    for output in (target, data_dir / "backups", data_dir):
        output.mkdir(exist_ok=True)
        inside = sorted(output.iterdir())
        one_line(run(data_dir, "backup", "-o", str(output)), 2, "a folder")
        assert not Path(f"{output}.partial").exists()
        assert sorted(output.iterdir()) == inside
    assert sorted(path.name for path in tmp_path.iterdir()) == ["journal", "target"]


def test_a_pipe_is_not_replaced_by_a_file(data_dir: Path, tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for args in (("export", "-o", str(fifo)), ("export", "--format", "csv", "-o", str(fifo))):
        one_line(run(data_dir, *args), 2, "not a regular file")
    one_line(run(data_dir, "backup", "-o", str(fifo)), 2, "not a regular file")
    assert fifo.is_fifo()
    assert not list(tmp_path.glob("pipe.*"))


@pytest.mark.parametrize(
    "args",
    [
        ("export", "-o", ""),
        ("export", "--format", "csv", "-o", ""),
        ("export", "--format", "markdown", "-o", ""),
        ("backup", "-o", ""),
    ],
)
def test_an_empty_output_path_is_refused(data_dir: Path, tmp_path: Path, args: tuple[str, ...]):
    here = tmp_path / "here"
    here.mkdir()
    done = run(data_dir, *args, cwd=here)
    one_line(done, 2, "empty path")
    assert not list(here.iterdir())


def unfinished(folder: Path, name: str, journal: Path, age_s: float) -> tuple[Path, Path]:
    """What a backup killed while it wrote leaves: a copy and SQLite's -journal of it."""
    copy = folder / f"{name}.partial"
    shutil.copyfile(journal, copy)
    companion = folder / f"{name}.partial-journal"
    companion.write_bytes(b"\0" * 512)
    then = time.time() - age_s
    for path in (copy, companion):
        os.utime(path, (then, then))
    return copy, companion


def test_the_next_backup_removes_what_killed_backups_left(data_dir: Path):
    folder = data_dir / "backups"
    folder.mkdir(mode=0o700)
    journal = data_dir / "journal.sqlite3"
    stale = unfinished(folder, "journal-20260101T000000Z-manual.sqlite3", journal, 600)
    young = unfinished(folder, "journal-20260101T000001Z-manual.sqlite3", journal, 0)
    busy = unfinished(folder, "journal-20260101T000002Z-manual.sqlite3", journal, 600)
    other = folder / "notes.partial"  # not ours: never touched
    other.write_text("mine")
    writer = sqlite3.connect(busy[0], isolation_level=None)  # a backup writing it right now
    try:
        writer.execute("BEGIN EXCLUSIVE")
        done = run(data_dir, "backup")
        assert done.returncode == 0, done.stderr
    finally:
        writer.close()
    assert not any(path.exists() for path in stale)
    assert all(path.exists() for path in (*young, *busy, other))
    made = [p for p in folder.glob("*-manual.sqlite3") if "20260101" not in p.name]
    assert len(made) == 1


def test_encrypt_removes_unfinished_backups_with_their_journal(data_dir: Path):
    folder = data_dir / "backups"
    folder.mkdir(mode=0o700)
    left = unfinished(folder, "journal-20260101T000000Z.sqlite3", data_dir / "journal.sqlite3", 0)
    done = run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET)
    assert done.returncode == 0, done.stderr
    assert not any(path.exists() for path in left)
    for path in left:
        assert str(path) in done.stdout.decode()


@pytest.mark.parametrize("command", [("check",), ("export",), ("import", "/dev/null")])
def test_an_unfinished_restore_copy_goes_at_the_next_command(
    data_dir: Path, command: tuple[str, ...]
):
    incoming = data_dir / "journal.sqlite3.restoring"
    copy = Path(f"{incoming}.partial")
    shutil.copyfile(data_dir / "journal.sqlite3", copy)  # plaintext, perhaps
    companion = Path(f"{incoming}.partial-journal")
    companion.write_bytes(b"\0" * 512)
    done = run(data_dir, *command)
    assert b"Traceback" not in done.stderr, done.stderr
    assert not copy.exists() and not companion.exists()
    checked = run(data_dir, "check")
    assert checked.returncode == 0 and b"ok, 1 clients" in checked.stdout


def test_a_backup_killed_while_it_writes_is_swept_by_the_next(tmp_path: Path, export_with_notes):
    """The real thing: a backup killed while its copy is half written leaves the copy (and
    SQLite's -journal of it); the next backup, once that copy is stale, deletes both."""
    import signal

    source = export_with_notes(tmp_path / "big.json", 60, 60, 1500, STAMP)
    data_dir = tmp_path / "journal"
    assert run(data_dir, "import", str(source)).returncode == 0
    folder = data_dir / "backups"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    left: list[Path] = []
    for _ in range(20):
        killed = subprocess.Popen(
            [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "backup"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        while killed.poll() is None and not list(folder.glob("*.partial")):
            time.sleep(0.001)
        if killed.poll() is None:
            killed.send_signal(signal.SIGKILL)
        killed.wait()
        left = list(folder.glob("*.partial*"))
        if left:
            break
    if not left:
        pytest.skip("the backup was always done before it could be killed (a fast disk)")
    then = time.time() - 120  # a minute later: no backup writes it any more
    for path in left:
        os.utime(path, (then, then))
    done = run(data_dir, "backup")
    assert done.returncode == 0, done.stderr
    assert not list(folder.glob("*.partial*"))
