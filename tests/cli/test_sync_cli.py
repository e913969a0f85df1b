"""``clientjournal sync FOLDER``: one line on stdout and exit 0; a folder it cannot use is one
line on stderr, exit 2, nothing changed; garbled change files are listed and skipped."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.models import database
from tests.store.sync.replicas import canonical, uid

SECRET = "Nordsee im November"


def run(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CLIENTJOURNAL_") or k == "CLIENTJOURNAL_CONFIG_DIR"
    }
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**clean, "CLIENTJOURNAL_LOCK_WAIT": "0", **env},
        stdin=subprocess.DEVNULL,
    )


def export(data_dir: Path, **env: str) -> dict:
    done = run(data_dir, "export", **env)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    document.pop("exported_at")
    return canonical(document)


def small_journal(data_dir: Path, clients: int = 3) -> Path:
    """A journal with a few clients, notes and tags, written here (not by ``demo``: this file
    tests sync, not the demo's generator)."""
    at = "2026-03-04T05:06:07.123456Z"
    open_journal(data_dir)
    try:
        with database.atomic():
            for i in range(clients):
                database.execute_sql(
                    "INSERT INTO client (uuid, name, email, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (uid(f"c-{i}"), f"Client {i}", f"c{i}@example.org", at, at),
                )
                for j in range(5):
                    database.execute_sql(
                        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
                        "SELECT ?, id, ?, ?, ? FROM client WHERE uuid = ?",
                        (uid(f"n-{i}-{j}"), at, at, f"Note {j} of client {i}", uid(f"c-{i}")),
                    )
    finally:
        close_journal()
    return data_dir


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    return small_journal(tmp_path / "laptop")


def test_two_journals_sync_through_a_folder(tmp_path: Path, laptop: Path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    first = run(laptop, "sync", str(folder))
    assert first.returncode == 0 and first.stderr == ""
    sent = int(first.stdout.split()[1].rstrip(","))
    assert first.stdout.strip() == f"sent {sent}, received 0, conflicts 0" and sent > 0
    desktop = tmp_path / "desktop"
    second = run(desktop, "sync", str(folder))
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == f"sent 0, received {sent}, conflicts 0"
    assert export(desktop) == export(laptop)
    again = run(desktop, "sync", str(folder))
    assert again.stdout == "sent 0, received 0, conflicts 0\n"


def _one_line_refusal(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("clientjournal: sync ")
    for word in words:
        assert word in done.stderr, done.stderr


def test_a_folder_it_cannot_use_changes_nothing(tmp_path: Path, laptop: Path):
    before = export(laptop)
    missing = tmp_path / "missing"
    _one_line_refusal(run(laptop, "sync", str(missing)), "does not exist")
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    _one_line_refusal(run(laptop, "sync", str(a_file)), "not a folder")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "sync.json").write_text('{"format": "something else"}')
    _one_line_refusal(run(laptop, "sync", str(foreign)), "not a Client Journal sync folder")
    (foreign / "sync.json").write_bytes(b"\x00\xff garbled")
    _one_line_refusal(run(laptop, "sync", str(foreign)), "garbled")
    assert export(laptop) == before
    assert not missing.exists() and list(foreign.iterdir()) == [foreign / "sync.json"]
    # none of them became the journal's folder: a good one still can
    good = tmp_path / "good"
    good.mkdir()
    assert run(laptop, "sync", str(good)).returncode == 0
    _one_line_refusal(run(laptop, "sync", str(tmp_path)), "syncs with", str(good))


def test_the_journals_own_folder_and_the_backup_folder_are_refused(tmp_path: Path, laptop: Path):
    """The folder's engine would carry the live database (or its backups) to the other
    computer: the journal's folder, one inside it, one around it and a backup folder are
    refused before anything is written."""
    inside = laptop / "Sync"
    inside.mkdir()
    _one_line_refusal(run(laptop, "sync", str(laptop)), "journal's own folder")
    _one_line_refusal(run(laptop, "sync", str(inside)), "journal's own folder")
    _one_line_refusal(run(laptop, "sync", str(tmp_path)), "contains the journal's own folder")
    backups = tmp_path / "external-disk"
    backups.mkdir()
    done = run(laptop, "sync", str(backups), CLIENTJOURNAL_BACKUP_DIR=str(backups))
    _one_line_refusal(done, "backup folder")
    assert list(inside.iterdir()) == [] and list(backups.iterdir()) == []
    for name in ("sync.json", "snapshots", "changes"):
        assert not (laptop / name).exists() and not (tmp_path / name).exists()
    good = tmp_path / "good"
    good.mkdir()
    assert run(laptop, "sync", str(good)).returncode == 0  # none of them became its folder


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_it_cannot_write(tmp_path: Path, laptop: Path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    _one_line_refusal(run(laptop, "sync", str(locked)), "cannot be written")


def test_another_passphrase_is_refused(tmp_path: Path, laptop: Path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET).returncode == 0
    assert run(laptop, "sync", str(folder), CLIENTJOURNAL_PASSPHRASE=SECRET).returncode == 0
    written = sorted(folder.rglob("*"))
    other = small_journal(tmp_path / "other", clients=1)
    assert run(other, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE="ganz anders").returncode == 0
    refused = run(other, "sync", str(folder), CLIENTJOURNAL_PASSPHRASE="ganz anders")
    _one_line_refusal(refused, "another passphrase")
    assert sorted(folder.rglob("*")) == written


def test_garbled_change_files_are_listed_and_the_round_goes_on(tmp_path: Path, laptop: Path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "sync", str(folder)).returncode == 0
    device = next((folder / "snapshots").iterdir()).name.split(".")[0]
    bad = folder / "changes" / device / "0000000002.jsonl.gz"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(gzip.compress(b"secret words of a client\n")[:-4])
    done = run(tmp_path / "desktop", "sync", str(folder))
    assert done.returncode == 0
    assert done.stdout.startswith("sent 0, received ")
    (line,) = done.stderr.splitlines()
    assert line.startswith("clientjournal: skipped changes/") and "0000000002.jsonl.gz" in line
    assert "secret" not in line


@pytest.mark.parametrize("command", ["encrypt", "rekey", "decrypt"])
def test_encryption_says_the_sync_folder_keeps_the_old_state(
    tmp_path: Path, laptop: Path, command: str
):
    """After encrypt (rekey, decrypt) the sync folder still holds the journal's changes as they
    were written: plain text after an encrypt.  The command says so and what to do, since only
    the user can delete them on every computer (sync-attack finding 7)."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    keys = {"CLIENTJOURNAL_NEW_PASSPHRASE": "first passphrase here"}
    if command != "encrypt":
        done = run(laptop, "encrypt", **keys)
        assert done.returncode == 0, done.stderr
        keys = {"CLIENTJOURNAL_PASSPHRASE": "first passphrase here"}
        if command == "rekey":
            keys["CLIENTJOURNAL_NEW_PASSPHRASE"] = "second passphrase here"
    assert run(laptop, "sync", str(folder), **keys).returncode == 0
    done = run(laptop, command, **keys)
    assert done.returncode == 0, done.stderr
    assert f"the sync folder {folder} still holds this journal's changes" in done.stderr
    assert "sync to a new, empty folder" in done.stderr


def test_encryption_without_a_sync_folder_says_nothing_of_one(laptop: Path):
    done = run(laptop, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE="first passphrase here")
    assert done.returncode == 0, done.stderr
    assert "sync folder" not in done.stderr
