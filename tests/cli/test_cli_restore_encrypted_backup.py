"""Issue 18 (attack18 finding 13): restoring an encrypted backup into a plain journal says that
the journal now opens only with the backup's passphrase, and leaves nothing readable without
it beside the journal: the plain journal moved aside and its before-restore backup get that
passphrase too, as ``encrypt`` would give them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from cli_process import run

SECRET = "ein Satz als Passphrase fuer den Test"
STAMP = "2024-01-01T00:00:00.000000Z"
MARKER = b"Zebramarker"


def opens_plain(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return True


def test_an_encrypted_backup_restored_into_a_plain_journal(tmp_path: Path):
    client = {"uuid": "00000000-0000-4000-8000-000000000001", "name": "Kundin"}
    client |= {"company": MARKER.decode(), "email": "", "phone": "", "address_form": "sie"}
    client |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
    client |= {"created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    client |= {"agreements": [], "drafts": [], "payments": [], "notes": []}
    source = tmp_path / "one.json"
    document = {"format": "clientjournal", "version": 1, "exported_at": STAMP}
    source.write_text(json.dumps(document | {"clients": [client]}))
    plain = tmp_path / "plain"
    assert run(plain, "import", str(source)).returncode == 0
    secret = tmp_path / "secret"
    shutil.copytree(plain, secret)
    assert run(secret, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=SECRET).returncode == 0
    backup = tmp_path / "encrypted-backup.sqlite3"
    made = run(secret, "backup", "-o", str(backup), CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert made.returncode == 0, made.stderr

    done = run(plain, "restore", str(backup), CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert done.returncode == 0, done.stderr
    said = done.stdout.decode()
    assert "opens only with the backup's passphrase" in said, said
    readable = [
        path
        for path in plain.rglob("*")
        if path.is_file() and (opens_plain(path) or MARKER in path.read_bytes())
    ]
    assert readable == [], readable
    aside = list(plain.glob("journal-replaced-*.sqlite3"))
    before = list((plain / "backups").glob("*-before-restore.sqlite3"))
    assert len(aside) == 1 and len(before) == 1
    for copy in (*aside, *before):
        assert str(copy) in said
    checked = run(plain, "check", CLIENTJOURNAL_PASSPHRASE=SECRET)
    assert checked.returncode == 0 and b"ok, 1 clients" in checked.stdout
