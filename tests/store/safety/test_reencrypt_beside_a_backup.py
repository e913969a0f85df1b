"""A re-encryption while a backup runs in another process (`clientjournal backup`, or the
window's daily backup beside `clientjournal encrypt`): the re-encryption's clean-up of
partial copies left by killed runs deleted the running backup's copy (trust26b's note), and
the backup then failed, or went on writing into a file no longer in the folder.  A copy a
backup is writing is left to it (the backup holds the journal open meanwhile, so the
re-encryption itself waits and then says the journal is in use)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety.partial_copies import being_written
from clientjournal.store.safety.reencrypt import ReencryptError, change_passphrase, remove_strays

ROOT = Path(__file__).resolve().parents[3]
HELD_BACKUP = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from clientjournal.store.safety import backup\n"
    "name = sys.argv[4]\n"
    "real = getattr(backup, name)\n"
    "def held(*args, **kwargs):\n"
    "    print('claimed', flush=True)\n"
    "    while not Path(sys.argv[3]).exists():\n"
    "        time.sleep(0.01)\n"
    "    return real(*args, **kwargs)\n"
    "setattr(backup, name, held)\n"
    "try:\n"
    "    made = backup.backup_journal(Path(sys.argv[1]), label='manual', folder=Path(sys.argv[2]))\n"
    "except backup.BackupError as error:\n"
    "    print('failed:', error, flush=True)\n"
    "else:\n"
    "    print('made:', made.path, flush=True)\n"
)


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    data_dir = tmp_path / "journal"
    open_journal(data_dir)
    fill(generate(4, 200, seed=26))
    close_journal()
    return data_dir


def _held_backup(
    journal: Path, folder: Path, gate: Path, at: str = "connect"
) -> subprocess.Popen[str]:
    """A backup in a child process, its copy claimed and held until ``gate`` exists: at
    ``connect`` (the copy's: the journal is open for reading then) or ``connect_read_only``
    (the journal's: not yet open)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env["CLIENTJOURNAL_CONFIG_DIR"] = str(gate.parent / "config")
    child = subprocess.Popen(
        [sys.executable, "-c", HELD_BACKUP, str(journal), str(folder), str(gate), at],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "claimed"
    return child


def test_the_clean_up_leaves_the_copy_a_backup_is_writing(journal: Path, tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    gate = tmp_path / "gate"
    child = _held_backup(journal, folder, gate)
    try:
        (partial,) = folder.glob("*.partial")
        assert being_written(partial)
        left = folder / "journal-20260101T000000Z-manual.sqlite3.partial"  # a killed one's
        left.write_bytes(b"\0" * 1024)
        assert not being_written(left)
        removed = remove_strays(journal, [folder])
        assert left in removed and not left.exists()
        assert partial.exists(), removed
    finally:
        gate.touch()
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out.startswith("made: "), (out, err)
    assert Path(out.removeprefix("made: ").strip()).is_file()


def test_encrypting_while_a_backup_runs_is_refused_and_the_backup_is_made(
    journal: Path, tmp_path: Path
):
    """``clientjournal encrypt`` while ``clientjournal backup`` copies the journal: the
    encryption waits for the journal and then says it is in use (nothing changed); its
    clean-up must not have taken the backup's copy meanwhile, and the backup is made."""
    folder = tmp_path / "backups"
    folder.mkdir()
    gate = tmp_path / "gate"
    child = _held_backup(journal, folder, gate)
    try:
        (partial,) = folder.glob("*.partial")
        with pytest.raises(ReencryptError, match="in use"):
            change_passphrase(journal, None, "correct horse battery", folders=[folder])
        assert partial.exists()
    finally:
        gate.touch()
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out.startswith("made: "), (out, err)
    made = Path(out.removeprefix("made: ").strip())
    assert made.is_file() and not list(folder.glob("*.partial*"))
