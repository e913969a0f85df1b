"""Issue 18 (attack18 minor findings M3, M4): the commands' words say what happened."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from cli_process import run

SECRET = "ein Satz als Passphrase fuer den Test"
NEW = "eine ganz andere Passphrase"
STAMP = "2024-01-01T00:00:00.000000Z"


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("words")
    source = folder / "empty.json"
    document = {"format": "clientjournal", "version": 1, "exported_at": STAMP, "clients": []}
    source.write_text(json.dumps(document))
    assert run(folder / "journal", "import", str(source)).returncode == 0
    return folder / "journal"


def test_rekey_says_re_encrypted(journal: Path, tmp_path: Path):
    data_dir = tmp_path / "journal"
    shutil.copytree(journal, data_dir)
    assert run(data_dir, "backup").returncode == 0
    assert run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET).returncode == 0
    done = run(data_dir, "rekey", CLIENTJOURNAL_PASSPHRASE=SECRET, CLIENTJOURNAL_NEW_PASSPHRASE=NEW)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert out.startswith("re-encrypted ") and "  re-encrypted: " in out, out


def test_a_missing_backup_folder_from_the_environment_is_named_so(journal: Path, tmp_path: Path):
    done = run(journal, "backup", CLIENTJOURNAL_BACKUP_DIR=str(tmp_path / "gone" / "away"))
    err = done.stderr.decode()
    assert done.returncode == 1 and "$CLIENTJOURNAL_BACKUP_DIR" in err, err
    assert "Settings" not in err


def test_restoring_random_bytes_names_the_file_not_the_journal(journal: Path, tmp_path: Path):
    """attack18 M12: the plain journal is not 'encrypted'; the file to restore may be."""
    noise = tmp_path / "binary.csv"
    noise.write_bytes(os.urandom(8192))
    done = run(journal, "restore", str(noise))
    err = done.stderr.decode()
    assert done.returncode == 2 and str(noise) in err, err
    assert "the journal is encrypted" not in err


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="Linux's /proc")
def test_a_backup_whose_copy_cannot_be_made_says_so(journal: Path):
    """attack18 M2: /proc/version exists; it is the copy beside it that cannot be made."""
    done = run(journal, "backup", "-o", "/proc/version")
    err = done.stderr.decode()
    assert done.returncode == 1 and "/proc/version.partial" in err, err
