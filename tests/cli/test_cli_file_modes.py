"""Issue 18: under umask 000 every file the app writes is 0600 and every folder it makes 0700
(SQLite's own companions and super-journals, the settings file and its folder, backups,
re-encrypted copies); a folder the user names and that exists keeps its mode."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")

SECRET = "ein Satz als Passphrase fuer den Test"

SETTINGS = """
import sys
from clientjournal.cli.main import parse
from clientjournal import settings
parse(["--data-dir", sys.argv[1], "check"])
settings.save(settings.Settings(backup_folder=sys.argv[1]))
"""


def run_open(args: list[str], config: Path, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env.update(CLIENTJOURNAL_CONFIG_DIR=str(config), **extra)
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
        preexec_fn=lambda: os.umask(0),  # the test is about the umask
    )


def modes(root: Path) -> dict[str, tuple[int, bool]]:
    found = {}
    for path in [root, *root.rglob("*")]:
        mode = path.lstat().st_mode
        found[str(path.relative_to(root.parent))] = (stat.S_IMODE(mode), stat.S_ISDIR(mode))
    return found


def test_everything_written_under_umask_000_is_private(tmp_path: Path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp: the user's folder, not the app's
    data = shared / "journal"
    config = tmp_path / "config" / "deep"
    commands = [
        ["demo", "--clients", "3", "--notes", "30"],
        ["backup"],
        ["encrypt"],
        ["backup"],
        ["export", "-o", str(shared / "out.json")],
    ]
    for command in commands:
        done = run_open(
            ["-m", "clientjournal", "--data-dir", str(data), *command],
            config,
            CLIENTJOURNAL_NEW_PASSPHRASE=SECRET,
            CLIENTJOURNAL_PASSPHRASE=SECRET,
        )
        assert done.returncode == 0, (command, done.stderr)
    made = run_open(["-c", SETTINGS, str(data)], config)
    assert made.returncode == 0, made.stderr
    assert (config / "settings.ini").is_file()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    found = {**modes(data), **modes(tmp_path / "config")}
    found["shared/out.json"] = (stat.S_IMODE((shared / "out.json").stat().st_mode), False)
    wrong = {
        name: oct(mode)
        for name, (mode, folder) in found.items()
        if mode != (0o700 if folder else 0o600)
    }
    assert wrong == {}, found
    assert len([name for name in found if "backups/journal-" in name]) == 2
