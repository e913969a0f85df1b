"""``clientjournal backup``, ``restore`` and ``check`` as a user types them."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.store.migrations import LATEST_VERSION


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CLIENTJOURNAL_BACKUP_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "journal"
    made = run(folder, "demo", "--clients", "7", "--notes", "200", "--seed", "4")
    assert made.returncode == 0, made.stderr
    return folder / "journal.sqlite3"


@pytest.fixture
def data_dir(tmp_path: Path, demo: Path) -> Path:
    folder = tmp_path / "journal"
    folder.mkdir(mode=0o700)
    (folder / "journal.sqlite3").write_bytes(demo.read_bytes())
    return folder


def test_backup_prints_where_and_what_and_check_says_ok(data_dir: Path, tmp_path: Path):
    made = run(data_dir, "backup")
    assert made.returncode == 0, made.stderr
    assert "7 clients, 200 notes" in made.stdout and "verified" in made.stdout
    assert len(list((data_dir / "backups").glob("journal-*-manual.sqlite3"))) == 1
    out = tmp_path / "elsewhere.sqlite3"
    assert run(data_dir, "backup", "-o", str(out)).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o600
    checked = run(data_dir, "check")
    assert checked.returncode == 0 and checked.stdout.count("\n") == 1
    assert f"ok, 7 clients, 200 notes, schema {LATEST_VERSION}" in checked.stdout
    assert run(data_dir, "backup", "-o", str(data_dir / "journal.sqlite3")).returncode == 2


def test_restore_round_trip_keeps_the_current_journal(data_dir: Path):
    saved = run(data_dir, "backup").stdout.split()[3].rstrip(":")
    connection = sqlite3.connect(data_dir / "journal.sqlite3")
    connection.execute("DELETE FROM note WHERE id > 50")
    connection.commit()
    connection.close()
    restored = run(data_dir, "restore", saved)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.count("\n") == 1 and "7 clients, 200 notes" in restored.stdout
    aside = list(data_dir.glob("journal-replaced-*.sqlite3"))
    assert len(aside) == 1 and str(aside[0]) in restored.stdout
    kept = sqlite3.connect(aside[0])
    assert kept.execute("SELECT COUNT(*) FROM note").fetchone()[0] == 50
    kept.close()
    assert len(list((data_dir / "backups").glob("*-before-restore.sqlite3"))) == 1
    assert "200 notes" in run(data_dir, "check").stdout


def test_restore_refuses_a_newer_journal_with_one_line(data_dir: Path, tmp_path: Path):
    newer = tmp_path / "from-the-future.sqlite3"
    newer.write_bytes((data_dir / "journal.sqlite3").read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    connection.commit()
    connection.close()
    before = sorted(p.name for p in data_dir.iterdir())
    refused = run(data_dir, "restore", str(newer))
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "newer Client Journal" in refused.stderr and "nothing was changed" in refused.stderr
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert run(data_dir, "restore", str(tmp_path / "missing.sqlite3")).returncode == 2


def _scramble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 16384] = random.Random(3).randbytes(16384)
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.commit()
    connection.close()


DAMAGE = {
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[:20000]), "truncated"),
    "random bytes": (_scramble, "damaged"),
    "text": (lambda p: p.write_text("Dear Mr Smith,\n" * 80), "not an SQLite database"),
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "newer": (_newer, "newer Client Journal"),
}


@pytest.mark.parametrize("case", DAMAGE)
def test_check_names_the_damage_and_the_newest_backup(data_dir: Path, case: str):
    assert run(data_dir, "backup").returncode == 0
    journal = data_dir / "journal.sqlite3"
    DAMAGE[case][0](journal)
    damaged = journal.read_bytes()
    checked = run(data_dir, "check")
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert DAMAGE[case][1] in lines[0]
    assert lines[1].startswith("newest backup: ") and "7 clients, 200 notes" in lines[1]
    assert " MB" in lines[1] and "restore" in lines[2]
    assert journal.read_bytes() == damaged  # check only reads
    restored = run(data_dir, "restore", lines[2].split()[-1])
    assert restored.returncode == 0, restored.stderr
    aside = list(data_dir.glob("journal-replaced-*.sqlite3"))
    assert [p.read_bytes() for p in aside] == [damaged]
    assert run(data_dir, "check").returncode == 0


def test_check_without_any_backup_says_so(tmp_path: Path):
    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "journal.sqlite3").write_text("hello")
    checked = run(folder, "check")
    assert checked.returncode == 1 and "no readable backup" in checked.stdout


def test_an_older_backup_is_restored_and_brought_up_to_date(data_dir: Path, tmp_path: Path):
    from clientjournal.store.migrations import MIGRATIONS

    old = tmp_path / "from-version-3.sqlite3"
    connection = sqlite3.connect(old)
    for version in range(1, 4):
        for statement in MIGRATIONS[version - 1]:
            connection.execute(statement)
    connection.execute(
        "INSERT INTO client (uuid, name, created_at, updated_at) VALUES ('c1', 'Old', ?, ?)",
        ("2024-01-01T00:00:00.000000Z",) * 2,
    )
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    restored = run(data_dir, "restore", str(old))
    assert restored.returncode == 0, restored.stderr
    assert "1 clients, 0 notes" in restored.stdout
    checked = run(data_dir, "check")
    assert f"ok, 1 clients, 0 notes, schema {LATEST_VERSION}" in checked.stdout
    assert list((data_dir / "backups").glob("*-before-v4.sqlite3"))  # migrated after a backup
