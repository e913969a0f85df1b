"""Issue 18 (attack18 finding 15): an empty or garbled ``.lock`` (what a power cut leaves of a
lock whose pid never reached the disk) is taken over, by the window and by every command that
writes, when no live process holds it; a lock a live process holds is never broken, also when
its file has been emptied or garbled meanwhile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.ui.shell.single_instance import (
    LEFTOVER_AGE_S,
    JournalLock,
    claim_journal,
    lock_path,
    locked_by,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock and POSIX modes")

LEFTOVERS = {
    "empty": b"",
    "garbled": b"\x00\x00\x00\x00\x00\x00",
    "text": b"garbage\n",
    "json": b'{"pid": 1}\n',
    "half a line": b"   \n",
}
STAMP = "2024-01-01T00:00:00.000000Z"


def leave_lock(data_dir: Path, content: bytes, age_s: float = 3600.0) -> Path:
    """A lock file as a crash left it, written ``age_s`` ago."""
    data_dir.mkdir(exist_ok=True)
    path = lock_path(data_dir)
    path.write_bytes(content)
    age(path, age_s)
    return path


def age(path: Path, seconds: float) -> None:
    then = os.stat(path, follow_symlinks=False).st_mtime - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def env(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    if "CLIENTJOURNAL_CONFIG_DIR" in os.environ:
        clean["CLIENTJOURNAL_CONFIG_DIR"] = os.environ["CLIENTJOURNAL_CONFIG_DIR"]
    return clean | {"QT_QPA_PLATFORM": "offscreen", "CLIENTJOURNAL_LOCK_WAIT": "0"} | extra


def cli(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env(**extra),
        stdin=subprocess.DEVNULL,
    )


def one_client(folder: Path) -> Path:
    client = {"uuid": "00000000-0000-4000-8000-0000000000c1", "name": "Kundin Lock"}
    client |= {"company": "", "email": "", "phone": "", "address_form": "sie"}
    client |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
    client |= {"created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    client |= {"agreements": [], "drafts": [], "payments": [], "notes": []}
    document = {"format": "clientjournal", "version": 1, "exported_at": STAMP}
    source = folder / "one.json"
    source.write_text(json.dumps(document | {"clients": [client]}))
    return source


@pytest.mark.parametrize("content", LEFTOVERS.values(), ids=LEFTOVERS.keys())
def test_an_unreadable_lock_nobody_holds_is_taken_over(data_dir: Path, content: bytes):
    leave_lock(data_dir, content)
    assert locked_by(data_dir) is None
    lock = JournalLock(data_dir)
    assert lock.try_acquire()
    assert lock.holder() == os.getpid()  # a lock of this process now, readable
    assert lock_path(data_dir).stat().st_mode & 0o777 == 0o600
    lock.release()
    assert not lock_path(data_dir).exists()


def test_the_window_claims_a_journal_behind_an_empty_lock(data_dir: Path):
    leave_lock(data_dir, b"")
    claim = claim_journal(data_dir)
    assert claim.lock is not None and not claim.signalled
    claim.lock.release()


def test_an_unreadable_lock_is_not_taken_while_it_may_be_being_written(data_dir: Path):
    """Qt creates the file and writes its pid a moment later: a fresh empty lock is left
    alone, and taken once it is older than that moment can be."""
    path = leave_lock(data_dir, b"", age_s=0)
    assert not JournalLock(data_dir).try_acquire()
    assert path.exists()
    age(path, LEFTOVER_AGE_S + 1)
    lock = JournalLock(data_dir)
    assert lock.try_acquire()
    lock.release()


@pytest.mark.parametrize("content", [b"", b"garbage\n"], ids=["emptied", "garbled"])
def test_a_live_holder_keeps_its_lock_even_when_its_file_was_emptied(
    data_dir: Path, journal_lock_held, content: bytes
):
    """The pid in the file is gone, the process is not: it still holds the lock."""
    with journal_lock_held(data_dir):
        path = lock_path(data_dir)
        path.write_bytes(content)  # the same file, truncated: its holder's flock stays
        age(path, 3600)
        assert not JournalLock(data_dir).try_acquire()
        assert locked_by(data_dir) == -1  # held, by a process it cannot name
        assert claim_journal(data_dir, signal_other=False).lock is None
        assert path.read_bytes() == content  # untouched
        refused = cli(data_dir, "import", str(one_client(data_dir.parent)))
        assert refused.returncode == 1, refused.stderr
        assert "in use by another process" in refused.stderr
        assert "Traceback" not in refused.stderr
    lock = JournalLock(data_dir)  # once it is gone, the journal is free
    assert lock.try_acquire()
    lock.release()


def test_a_lock_that_is_a_symbolic_link_is_never_taken_or_followed(data_dir: Path, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"garbage\n")
    data_dir.mkdir()
    lock_path(data_dir).symlink_to(elsewhere)
    age(lock_path(data_dir), 3600)
    assert not JournalLock(data_dir).try_acquire()
    assert lock_path(data_dir).is_symlink()
    assert elsewhere.read_bytes() == b"garbage\n"


@pytest.mark.parametrize("command", ["import", "demo"])
def test_a_writing_command_takes_over_an_empty_lock(data_dir: Path, tmp_path: Path, command):
    leave_lock(data_dir, b"")
    if command == "import":
        done = cli(data_dir, "import", str(one_client(tmp_path)))
    else:
        done = cli(data_dir, "demo", "--clients", "2", "--notes", "3")
    assert done.returncode == 0, done.stderr
    assert "in use" not in done.stderr
    assert not lock_path(data_dir).exists()  # released at the end


def test_the_window_starts_on_a_journal_behind_a_garbled_lock(data_dir: Path, tmp_path: Path):
    leave_lock(data_dir, b"\x00" * 40)
    started = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env(CLIENTJOURNAL_CONFIG_DIR=str(tmp_path / "config")),
    )
    assert started.returncode == 0, started.stderr
    assert "in use" not in started.stderr


def smoke(data_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env(CLIENTJOURNAL_CONFIG_DIR=str(tmp_path / "config")),
    )


@pytest.mark.parametrize("kind", ["a folder", "a symbolic link"])
def test_a_lock_the_app_never_makes_is_named_not_called_in_use(
    data_dir: Path, tmp_path: Path, kind: str
):
    """attack18 M5: a ``.lock`` that is a folder or a symbolic link is no process at work;
    the window names the file to remove (and asks no app to come forward)."""
    data_dir.mkdir()
    if kind == "a folder":
        lock_path(data_dir).mkdir()
    else:
        lock_path(data_dir).symlink_to(tmp_path / "nowhere")
    claim = claim_journal(data_dir)
    assert claim.lock is None and not claim.signalled
    started = smoke(data_dir, tmp_path)
    assert started.returncode == 1
    assert f"its lock file {lock_path(data_dir)} is {kind}" in started.stderr
    assert "remove it" in started.stderr and "in use" not in started.stderr
    assert started.stderr.count("\n") == 1


def test_the_window_says_a_held_journal_may_be_a_command_at_work(
    data_dir: Path, tmp_path: Path, journal_lock_held
):
    """attack18 M6: the holder that does not answer may be an import as well as a restore."""
    with journal_lock_held(data_dir) as holder:
        started = smoke(data_dir, tmp_path)
    assert started.returncode == 1
    assert f"in use by process {holder}: a Client Journal window" in started.stderr
    assert "a command at work (an import, a restore" in started.stderr


def test_the_dialog_names_a_folder_lock_and_a_busy_holder(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWidgets import QMessageBox

    from clientjournal.ui.shell.single_instance import report_in_use

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    data_dir.mkdir()
    report_in_use(data_dir, 4242, qapp)
    lock_path(data_dir).mkdir()
    report_in_use(data_dir, None, qapp)
    assert "(process 4242): a window that does not answer, or a command at work" in shown[0]
    assert str(data_dir) in shown[0]
    assert f"its lock file {lock_path(data_dir)} is no regular file" in shown[1]


@pytest.mark.parametrize("kind", ["a folder", "a symbolic link"])
def test_a_writing_command_names_a_lock_the_app_never_makes_at_once(
    data_dir: Path, tmp_path: Path, kind: str
):
    """attack18 M5: no 60 s wait for a process that is not there."""
    data_dir.mkdir()
    if kind == "a folder":
        lock_path(data_dir).mkdir()
    else:
        lock_path(data_dir).symlink_to(tmp_path / "nowhere")
    refused = cli(data_dir, "import", str(one_client(tmp_path)), CLIENTJOURNAL_LOCK_WAIT="3")
    assert refused.returncode == 1
    assert f"lock file {lock_path(data_dir)} is {kind}" in refused.stderr
    assert "remove it" in refused.stderr and "waiting" not in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert not (data_dir / "journal.sqlite3").exists()


def test_a_data_folder_that_is_a_file_is_one_line_for_the_window(tmp_path: Path):
    """attack18 M1: the window's start gave a traceback (FileExistsError)."""
    afile = tmp_path / "afile"
    afile.write_text("x")
    started = smoke(afile, tmp_path)
    assert started.returncode == 1
    assert "Traceback" not in started.stderr, started.stderr
    assert f"the journal folder {afile} is a file, not a folder" in started.stderr
    assert started.stderr.count("\n") == 1
    assert afile.read_text() == "x"


def test_the_dialog_says_the_data_folder_is_a_file(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWidgets import QMessageBox

    from clientjournal.ui.shell.single_instance import report_in_use

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[1:3]))
    afile = tmp_path / "afile"
    afile.write_text("x")
    claim = claim_journal(afile)
    assert claim.lock is None and not claim.signalled
    report_in_use(afile, claim.holder, qapp)
    assert shown == [
        (
            "The journal cannot be opened",
            f"The journal folder {afile} is a file, not a folder. Start Client Journal with "
            "another folder (--data-dir), or move the file away.",
        )
    ]


@pytest.mark.parametrize(
    "args", [("check",), ("export",), ("search", "x"), ("import", "x.json"), ("demo",)]
)
def test_a_data_folder_that_is_a_file_is_named_by_every_command(
    tmp_path: Path, args: tuple[str, ...]
):
    """attack18 M1: 'File exists' (import, demo) and 'there is no journal' (check, export)."""
    afile = tmp_path / "afile"
    afile.write_text("x")
    refused = cli(afile, *args)
    assert refused.returncode == 1
    assert f"the data folder {afile} is a file, not a folder" in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert afile.read_text() == "x"
