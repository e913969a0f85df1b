"""trust26b: two backups with the same label in the same second (File → Back up now in the
window and ``clientjournal backup`` at once) each get a whole, verified backup under a name
of its own.  Both picked the same name (``_unique`` looked at the final names only) and the
same ``.partial``, which the second deleted and wrote over while the first wrote it.  Now a
backup claims its name by creating the partial copy with O_EXCL (and holds a lock on it while
it writes); a sweep of unfinished copies leaves a claimed one alone, however old it looks,
and still removes what a killed backup left."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.core.safety.backup_policy import backup_file_name
from clientjournal.paths import journal_file
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety import backup as backup_module
from clientjournal.store.safety.backup import backup_journal, sweep_unfinished
from clientjournal.store.safety.integrity import inspect_file
from tests.gates import held_before

NOW = datetime(2026, 12, 7, 18, 0, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("at-once") / "journal"
    open_journal(data_dir)
    fill(generate(8, 1500, seed=26))
    close_journal()
    return data_dir


def _whole(path: Path, journal: Path) -> None:
    found = inspect_file(path, thorough=True)
    expected = inspect_file(journal_file(journal))
    assert found.ok, (path, found.problem)
    assert (found.clients, found.notes) == (expected.clients, expected.notes)


def _backups(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_threads_backing_up_in_the_same_second_each_get_a_whole_backup(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "backups"
    folder.mkdir()
    count = 4
    all_named = threading.Barrier(count, timeout=20)  # every one has its name before any writes
    real = backup_module.connect

    def at_once(*args: Any, **kwargs: Any) -> Any:
        all_named.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_module, "connect", at_once)
    made: list[Path] = []
    failed: list[BaseException] = []

    def one() -> None:
        try:
            made.append(backup_journal(journal, label="manual", folder=folder, now=NOW).path)
        except BaseException as error:  # handed to the test
            failed.append(error)

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failed, failed
    assert len(set(made)) == count
    assert _backups(folder) == sorted(path.name for path in made)  # nothing else left
    first = backup_file_name(NOW, "manual")
    assert first in _backups(folder)
    for path in made:
        _whole(path, journal)


CHILD = """
import sys, time
from datetime import datetime
from pathlib import Path
from clientjournal.store.safety import backup

journal, folder, ready, count, how = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
now = datetime.fromisoformat(sys.argv[6])
real = backup.connect
def at_once(*args, **kwargs):  # every process has its name before any writes
    ready.mkdir(exist_ok=True)
    (ready / str(__import__("os").getpid())).touch()
    deadline = time.monotonic() + 20
    while len(list(ready.iterdir())) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return real(*args, **kwargs)
backup.connect = at_once
backup.utcnow = lambda: now
if how == "command":
    from clientjournal.app import main
    sys.argv = ["clientjournal", "--data-dir", str(journal), "backup"]
    sys.exit(main())
made = backup.backup_journal(journal, label="manual", folder=folder, now=now)
print(f"backed up to {made.path}: verified")
"""


@pytest.mark.parametrize("how", ["store", "command"])
def test_two_processes_backing_up_in_the_same_second_each_get_a_whole_backup(
    journal: Path, tmp_path: Path, how: str
):
    """Two real processes at once: ``backup_journal`` itself, and ``clientjournal backup``
    (the command's own backup folder, as the window's File → Back up now would use it)."""
    folder = tmp_path / "backups" if how == "store" else journal / "backups"
    folder.mkdir(exist_ok=True)
    before = set(_backups(folder))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env["CLIENTJOURNAL_CONFIG_DIR"] = str(tmp_path / "config")
    args = [str(journal), str(folder), str(tmp_path / "ready"), "2", how, NOW.isoformat()]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert "verified" in out and not err, (out, err)
    made = [Path(out.split("backed up to ", 1)[1].split(": ", 1)[0]) for out, _err in outputs]
    assert made[0] != made[1]
    new = set(_backups(folder)) - before
    assert new == {path.name for path in made}  # no partial copy left, nothing else
    for path in made:
        _whole(path, journal)


def test_a_claimed_copy_that_looks_old_is_not_swept_from_another_process(
    journal: Path, tmp_path: Path
):
    """A backup in another process has claimed its copy and not written it yet (its journal
    locked, an encrypted journal's key being derived, a stopped process): untouched for
    longer than ``STALE_AFTER_S`` it was deleted by the next backup's sweep (it held no
    SQLite lock yet), and then written again from nothing beside a backup that swept it."""
    folder = tmp_path / "backups"
    folder.mkdir()
    gate = tmp_path / "gate"
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from datetime import datetime\n"
        "from clientjournal.store.safety import backup\n"
        "real = backup.connect\n"
        "def held(*args, **kwargs):\n"
        "    print('claimed', flush=True)\n"
        "    while not Path(sys.argv[3]).exists():\n"
        "        time.sleep(0.01)\n"
        "    return real(*args, **kwargs)\n"
        "backup.connect = held\n"
        "made = backup.backup_journal(Path(sys.argv[1]), label='manual', folder=Path(sys.argv[2]),\n"
        "                             now=datetime.fromisoformat(sys.argv[4]))\n"
        "print(made.path, flush=True)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env["CLIENTJOURNAL_CONFIG_DIR"] = str(tmp_path / "config")
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(journal), str(folder), str(gate), NOW.isoformat()],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "claimed"
        (partial,) = folder.glob("*.partial")
        then = time.time() - 600
        os.utime(partial, (then, then))
        assert sweep_unfinished(folder) == []
        assert partial.exists()
        left = folder / "journal-20260101T000000Z-manual.sqlite3.partial"  # a killed one's
        left.write_bytes(b"\0" * 1024)
        os.utime(left, (then, then))
        assert sweep_unfinished(folder) == [left]
    finally:
        gate.touch()
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    made = Path(out.strip())
    assert made.name == backup_file_name(NOW, "manual")
    _whole(made, journal)
    assert _backups(folder) == [made.name]


def test_a_claimed_copy_that_looks_old_is_not_swept_by_another_thread(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The same in one process (the window's daily backup and File → Back up now): the
    other thread's copy is known without opening it."""
    folder = tmp_path / "backups"
    folder.mkdir()
    claimed, gate = held_before(monkeypatch, backup_module, "connect")
    made: list[Path] = []
    worker = threading.Thread(
        target=lambda: made.append(backup_journal(journal, folder=folder, now=NOW).path)
    )
    worker.start()
    try:
        assert claimed.wait(20)
        (partial,) = folder.glob("*.partial")
        then = time.time() - 600
        os.utime(partial, (then, then))
        assert sweep_unfinished(folder) == []
        assert partial.exists()
    finally:
        gate.set()
        worker.join(60)
    assert len(made) == 1
    _whole(made[0], journal)
    assert _backups(folder) == [made[0].name]


def test_a_named_target_another_backup_writes_is_refused_not_taken_over(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """``clientjournal backup -o FILE`` twice at once: the second says so and leaves the
    first's copy alone (it deleted it and wrote over it); a killed one's copy is replaced."""
    target = tmp_path / "copy.sqlite3"
    claimed, gate = threading.Event(), threading.Event()
    real = backup_module.connect

    def held(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            claimed.set()
            gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_module, "connect", held)
    made: list[Path] = []
    worker = threading.Thread(
        target=lambda: made.append(backup_journal(journal, target=target).path)
    )
    worker.start()
    try:
        assert claimed.wait(20)
        with pytest.raises(backup_module.BackupError, match="another backup is writing it now"):
            backup_journal(journal, target=target)
        assert Path(f"{target}.partial").exists()
    finally:
        gate.set()
        worker.join(60)
    assert made == [target]
    _whole(target, journal)
    Path(f"{target}.partial").write_bytes(b"left by a killed backup")
    assert backup_journal(journal, target=target).path == target
    _whole(target, journal)
    assert not Path(f"{target}.partial").exists()
