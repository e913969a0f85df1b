"""Issue 18: what the system refuses (a full disk, a read-only file system, a journal that is
not the user's) and odd input (/dev/zero, a pipe, the edges of time) is one line on stderr with
the right exit status, changes nothing, and is never called damage or a wrong passphrase.

Full and read-only disks are small tmpfs mounts (tests/cli/mounts.py; skipped with the reason
where mounting is not possible)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mounts import fill_up, make_read_only, small_disk, without_root_powers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file systems")

SECRET = "ein Satz als Passphrase fuer den Test"
STAMP = "2024-01-01T00:00:00.000000Z"


def environment(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CLIENTJOURNAL_") or k == "CLIENTJOURNAL_CONFIG_DIR"
    }
    return {**env, "CLIENTJOURNAL_LOCK_WAIT": "0", **extra}


def run(
    data_dir: Path,
    *args: str,
    prefix: tuple[str, ...] = (),
    stdin: bytes | None = None,
    **extra: str,
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        timeout=120,
        env=environment(**extra),
        input=stdin if stdin is not None else b"",
    )


def one_line(done: subprocess.CompletedProcess, status: int, *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == status, (done.returncode, err)
    lines = [line for line in err.splitlines() if not line.startswith("  ")]
    assert "Traceback" not in err and len(lines) == 1, err
    for word in words:
        assert word in err, err
    return err


def document(clients: int, per_client: int) -> dict:
    made = []
    for i in range(clients):
        notes = [
            {
                "uuid": f"10000000-{i:04d}-4000-8000-{j:012d}",
                "created_at": STAMP,
                "updated_at": STAMP,
                "kind": "note",
                "mood": 0,
                "pinned": False,
                "body": f"Notiz {j} " + "Text " * 40,
            }
            for j in range(per_client)
        ]
        client = {"uuid": f"00000000-0000-4000-8000-{i:012d}", "name": f"Kunde {i}"}
        client |= {"company": "", "email": "", "phone": "", "address_form": "sie"}
        client |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
        client |= {"created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
        client |= {"agreements": [], "drafts": [], "payments": [], "notes": notes}
        made.append(client)
    return {"format": "clientjournal", "version": 1, "exported_at": STAMP, "clients": made}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small plain journal (5 clients, 100 notes), made once."""
    folder = tmp_path_factory.mktemp("template")
    source = folder / "small.json"
    source.write_text(json.dumps(document(5, 20)))
    made = run(folder / "journal", "import", str(source))
    assert made.returncode == 0, made.stderr
    return folder / "journal"


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(json.dumps(document(40, 200)))
    return path


def state(data_dir: Path) -> dict[str, bytes]:
    """Every file's bytes; of a database, without the header's change counters (a journal
    left as it was may have had its journal mode switched off and on again)."""
    found = {}
    for path in sorted(data_dir.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if data.startswith(b"SQLite format 3"):
                data = data[:24] + data[28:92] + data[100:]
            found[path.name] = data
    return found


def counts(journal: Path) -> tuple[int, int]:
    connection = sqlite3.connect(f"{journal.as_uri()}?mode=ro", uri=True)
    try:
        run_sql = connection.execute
        return (
            run_sql("SELECT COUNT(*) FROM client").fetchone()[0],
            run_sql("SELECT COUNT(*) FROM note").fetchone()[0],
        )
    finally:
        connection.close()


def test_a_read_only_file_system(template: Path, tmp_path: Path, big_file: Path):
    with small_disk(tmp_path / "disk", 4096) as disk:
        data_dir = disk / "journal"
        shutil.copytree(template, data_dir)
        make_read_only(disk)
        before = state(data_dir)
        checked = run(data_dir, "check")
        assert checked.returncode == 0 and b": ok, 5 clients, 100 notes" in checked.stdout
        exported = run(data_dir, "export")
        assert exported.returncode == 0 and len(json.loads(exported.stdout)["clients"]) == 5
        assert run(data_dir, "search", "Notiz").returncode == 0
        one_line(run(data_dir, "import", str(big_file)), 1, "read-only")
        one_line(run(data_dir, "backup"), 1, "read-only")
        one_line(run(data_dir, "restore", str(template / "journal.sqlite3")), 1, "read-only")
        one_line(
            run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET), 1, "cannot be written"
        )
        one_line(run(data_dir, "demo"), 1, "read-only")
        assert state(data_dir) == before


def test_a_full_disk(template: Path, tmp_path: Path, big_file: Path):
    with small_disk(tmp_path / "disk", 1200) as disk:
        data_dir = disk / "journal"
        shutil.copytree(template, data_dir)
        fill_up(disk, 100)
        before = state(data_dir)
        said = one_line(run(data_dir, "import", str(big_file)), 1, "the disk is full")
        assert "rollback" not in said
        assert state(data_dir) == before
        said = one_line(run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET), 1, "full")
        assert "rollback" not in said and "nothing was changed" in said
        assert state(data_dir) == before
        assert not list(data_dir.glob("*.rekeying*"))
        one_line(run(data_dir, "backup"), 1, "full")
        checked = run(data_dir, "check")  # a healthy journal on a full disk is healthy
        assert checked.returncode == 0 and b"ok, 5 clients" in checked.stdout, checked.stdout
        assert counts(data_dir / "journal.sqlite3") == (5, 100)


def test_a_full_disk_while_demo_writes_a_new_journal(tmp_path: Path):
    with small_disk(tmp_path / "disk", 300) as disk:
        data_dir = disk / "journal"
        said = one_line(run(data_dir, "demo", "--clients", "40", "--notes", "3000"), 1, "full")
        assert "rollback" not in said
        journal = data_dir / "journal.sqlite3"
        assert not journal.exists() or counts(journal)[1] == 0  # all or nothing


def test_a_journal_that_is_not_the_users(template: Path, tmp_path: Path):
    """As root without the power to ignore file modes: a journal owned by someone else."""
    prefix = tuple(without_root_powers())
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    data_dir.chmod(0o755)
    for path in (data_dir, *data_dir.iterdir()):
        os.chown(path, 65534, 65534)
    before = state(data_dir)
    checked = run(data_dir, "check", prefix=prefix)
    assert checked.returncode == 1 and b"Traceback" not in checked.stderr, checked.stderr
    assert b"cannot be read: permission denied" in checked.stdout, checked.stdout
    for args in (("export",), ("search", "x"), ("backup",), ("import", "/dev/null")):
        one_line(run(data_dir, *args, prefix=prefix), 1, "permission")
    one_line(run(data_dir, "encrypt", prefix=prefix, CLIENTJOURNAL_NEW_PASSPHRASE=SECRET), 1)
    assert state(data_dir) == before


def test_a_journal_with_mode_000(template: Path, tmp_path: Path):
    prefix = tuple(without_root_powers())
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    (data_dir / "journal.sqlite3").chmod(0)
    before_mode = (data_dir / "journal.sqlite3").stat().st_mode
    checked = run(data_dir, "check", prefix=prefix)
    assert checked.returncode == 1 and b"Traceback" not in checked.stderr, checked.stderr
    assert b"cannot be read: permission denied" in checked.stdout, checked.stdout
    assert b"damaged" not in checked.stdout
    one_line(run(data_dir, "export", prefix=prefix), 1, "permission")
    assert (data_dir / "journal.sqlite3").stat().st_mode == before_mode


def test_import_from_dev_zero_is_refused_at_once(template: Path, tmp_path: Path):
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    before = state(data_dir)
    one_line(run(data_dir, "import", "/dev/zero"), 2, "binary data")
    assert state(data_dir) == before


def test_import_from_a_pipe_reads_what_it_sniffed(template: Path, tmp_path: Path):
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    piped = json.dumps(document(7, 2)).encode()
    done = run(data_dir, "import", "/dev/stdin", stdin=piped)
    assert done.returncode == 0, done.stderr
    assert counts(data_dir / "journal.sqlite3") == (7, 104)
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Aus der Pipe\r\nEND:VCARD\r\n"
    done = run(data_dir, "import", "/dev/stdin", stdin=card)
    assert done.returncode == 0, done.stderr
    assert counts(data_dir / "journal.sqlite3")[0] == 8


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Etc/GMT+12"])
def test_notes_at_the_edges_of_time_far_from_utc(tmp_path: Path, zone: str):
    edge = document(1, 2)
    first, last = edge["clients"][0]["notes"]
    first.update(created_at="0001-01-01T00:00:00.000000Z", body="Anfang der Zeit")
    last.update(created_at="9999-12-31T23:59:59.999999Z", body="Ende der Zeit")
    source = tmp_path / "edge.json"
    source.write_text(json.dumps(edge))
    data_dir = tmp_path / "journal"
    assert run(data_dir, "import", str(source)).returncode == 0
    found = run(data_dir, "search", "Zeit", TZ=zone)
    assert found.returncode == 0, found.stderr
    assert found.stdout.count(b"\n") == 2
    folder = tmp_path / "md"
    written = run(data_dir, "export", "--format", "markdown", "-o", str(folder), TZ=zone)
    assert written.returncode == 0, written.stderr
    text = next(folder.iterdir()).read_text(encoding="utf-8")
    assert "Anfang der Zeit" in text and "Ende der Zeit" in text


def test_a_truncated_encrypted_journal_is_damaged_not_a_wrong_passphrase(
    template: Path, tmp_path: Path
):
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    assert run(data_dir, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET).returncode == 0
    journal = data_dir / "journal.sqlite3"
    with open(journal, "r+b") as stream:
        stream.truncate(journal.stat().st_size // 2 // 4096 * 4096)
    checked = run(data_dir, "check", CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert checked.returncode == 1 and b"damaged" in checked.stdout, checked.stdout
    said = one_line(run(data_dir, "export", CLIENTJOURNAL_PASSPHRASE=SECRET), 1, "malformed")
    assert "passphrase" not in said
    wrong = run(data_dir, "export", CLIENTJOURNAL_PASSPHRASE="not the passphrase at all")
    one_line(wrong, 2, "passphrase is wrong")


@pytest.mark.parametrize("offset", [4096, 8192, 50_000, 100_000])
def test_exports_and_search_of_a_damaged_journal_are_one_line(
    template: Path, tmp_path: Path, offset: int
):
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    with open(data_dir / "journal.sqlite3", "r+b") as journal:
        journal.seek(offset)
        journal.write(b"\x13" * 4096)
    for args in (
        ("export",),
        ("export", "--format", "csv"),
        ("export", "--format", "markdown", "-o", str(tmp_path / "md")),
        ("search", "Notiz"),
    ):
        done = run(data_dir, *args)
        if done.returncode != 0:
            one_line(done, 1)
        assert b"Traceback" not in done.stderr


def test_a_migration_on_a_full_disk(tmp_path: Path):
    """An old journal needs its migration (and the backup before it) on a full disk."""
    from clientjournal.store.migrations import MIGRATIONS

    with small_disk(tmp_path / "disk", 600) as disk:
        data_dir = disk / "journal"
        data_dir.mkdir()
        journal = data_dir / "journal.sqlite3"
        connection = sqlite3.connect(journal)
        for statement in MIGRATIONS[0]:
            connection.execute(statement)
        connection.execute("PRAGMA user_version = 1")
        for i in range(300):
            connection.execute(
                "INSERT INTO client (uuid, name, company, created_at, updated_at) "
                "VALUES (?, ?, '', ?, ?)",
                (f"00000000-0000-4000-8000-{i:012d}", "X" * 200, STAMP, STAMP),
            )
        connection.commit()
        connection.close()
        fill_up(disk, 60)
        for args in (("export",), ("import", "/dev/null"), ("search", "X")):
            said = one_line(run(data_dir, *args), 1, "the disk is full")
            assert "rollback" not in said
        connection = sqlite3.connect(f"{journal.as_uri()}?mode=ro", uri=True)
        try:  # as it was (SQLite may have switched it to WAL mode: no data in that)
            assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
            assert connection.execute("SELECT COUNT(*) FROM client").fetchone()[0] == 300
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            connection.close()
        assert not list(data_dir.rglob("*.partial"))
