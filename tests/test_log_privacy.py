"""Nothing about the user's data is written to logs (issue 8).

A journal gets distinctive planted strings (a client's name, company, e-mail address, profile,
note text, agreement title, draft text, invoice note); then the flows that write to logs or
stderr run with every logger at DEBUG: store writes and reads, a demo fill, every export, the
search command, a broken import (bad values in the planted records, a truncated file, a note
under another client), backup and check, and the app's smoke test.  Neither the log records nor
stderr may contain any planted string.  (stdout may: it is the answer a command was asked for,
such as search results or an export to stdout.)

Where the paths are: every print to stderr, logging call and traceback in clientjournal/ was
read (cli.py, cli_backup.py, app.py, store/backup.py, ui/translations.py); the import's error
messages name records by their place in the file, the journal's by uuid; peewee's DEBUG query
log is stripped of values (store/connection.py).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clientjournal.app import main
from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.cooling import DraftData
from clientjournal.core.demo.journal import generate
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, drafts, notes, payments
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.search import search

PLANTED = {
    "name": "Quirinus Plantagenet",
    "company": "Plantagenet Zinnwerke",
    "email": "quirinus.secret@plantagenet.invalid",
    "wants": "zinnsoldaten ohne Rechnung",
    "note": "Plantnote: er hat die Steuerberaterin Wilhelmina angelogen",
    "agreement": "Plantagreement Schweigegeld",
    "draft": "Plantdraft Sie sind ein Betrüger",
    "payment": "Plantpayment schwarz bezahlt",
}


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    open_journal(folder)
    client = clients.create(
        ClientData(
            name=PLANTED["name"],
            company=PLANTED["company"],
            email=PLANTED["email"],
            profile={"wants": PLANTED["wants"]},
        )
    )
    notes.save(NoteData(client, datetime(2024, 5, 1, tzinfo=UTC), body=PLANTED["note"]))
    agreements.save(AgreementData(client_id=client, title=PLANTED["agreement"]))
    drafts.save(DraftData(client_id=client, body=PLANTED["draft"]))
    payments.create(
        PaymentData(
            client_id=client,
            amount_cents=100,
            issued_on=date(2024, 1, 1),
            due_on=date(2024, 1, 31),
            note=PLANTED["payment"],
        )
    )
    close_journal()
    return folder


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)  # the root logger; every library logger follows it
    for name in ("peewee", "clientjournal", "PySide6"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    return caplog


def assert_private(text: str, extra: tuple[str, ...] = ()) -> None:
    for secret in (*PLANTED.values(), *extra):
        assert secret not in text, f"{secret!r} leaked into: {text[:2000]}"


def logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)


def cli(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_store_reads_and_writes_log_no_data(planted, debug_logs):
    open_journal(planted)
    try:
        (client_id,) = clients.list_ids()
        notes.save(NoteData(client_id, datetime.now(UTC), body=PLANTED["note"] + " again"))
        assert search("Steuerberaterin").hits
        assert [notes.get(i).body for i in notes.ids_for_client(client_id)]
    finally:
        close_journal()
    assert any(r.name == "peewee" for r in debug_logs.records)  # the query log was on
    assert_private(logged(debug_logs))


def test_the_command_line_writes_no_data_to_stderr_or_logs(planted, tmp_path, capsys, debug_logs):
    data = ["--data-dir", str(planted)]
    status, out, err = cli(capsys, *data, "search", "Steuerberaterin")
    assert status == 0 and PLANTED["name"] in out  # the answer itself, on stdout
    assert_private(err)
    for form, target in (
        ("json", tmp_path / "x.json"),
        ("csv", tmp_path / "x.csv"),
        ("ics", tmp_path / "x.ics"),
        ("markdown", tmp_path / "md"),
    ):
        status, out, err = cli(capsys, *data, "export", "--format", form, "-o", str(target))
        assert status == 0, err
        assert_private(out + err)
    status, out, err = cli(capsys, *data, "export")  # to stdout: the export is the answer
    assert status == 0 and PLANTED["note"] in out
    assert_private(err)
    for command in (["backup"], ["backup", "-o", str(tmp_path / "copy.sqlite3")], ["check"]):
        status, out, err = cli(capsys, *data, *command)
        assert status == 0, err
        assert_private(out + err)
    assert_private(logged(debug_logs))


def broken_files(folder: Path, export: dict) -> list[Path]:
    """Files whose first problem is inside the planted records, each of another kind."""
    paths = []

    def write(name: str, change) -> None:
        document = json.loads(json.dumps(export))
        change(document["clients"][0])
        paths.append(folder / name)
        paths[-1].write_text(json.dumps(document), encoding="utf-8")  # \ud800 escaped

    write("mood.json", lambda c: c["notes"][0].update(mood=7))
    write("status.json", lambda c: c.update(status="boss"))
    write("kind.json", lambda c: c["notes"][0].update(kind="fax"))
    write("title.json", lambda c: c["agreements"][0].update(title=7))
    write("extra.json", lambda c: c["drafts"][0].update(colour="red"))
    write("due.json", lambda c: c["payments"][0].update(due_on="2023-01-01"))
    write("surrogate.json", lambda c: c["notes"][0].update(body=PLANTED["note"] + "\ud800"))
    moved = json.loads(json.dumps(export))  # the planted note under a new client
    moved["clients"][0]["uuid"] = "0badc0de-0000-4000-8000-000000000001"
    moved["clients"][0]["name"] = "Someone Else"
    paths.append(folder / "moved.json")
    paths[-1].write_text(json.dumps(moved, ensure_ascii=False), encoding="utf-8")
    paths.append(folder / "truncated.json")
    paths[-1].write_bytes(json.dumps(export, ensure_ascii=False).encode()[:700])
    return paths


def test_a_broken_import_names_the_record_without_its_content(
    planted, tmp_path, capsys, debug_logs
):
    data = ["--data-dir", str(planted)]
    status, _, err = cli(capsys, *data, "export", "-o", str(tmp_path / "x.json"))
    export = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    for record in (export["clients"][0], export["clients"][0]["notes"][0]):
        record["updated_at"] = "2099-01-01T00:00:00Z"  # newer: worth importing
    for path in broken_files(tmp_path, export):
        status, out, err = cli(capsys, *data, "import", str(path))
        assert status == 2, (path.name, err)
        assert err.count("\n") == 1 and str(path) in err
        assert_private(out + err)
    assert_private(logged(debug_logs))


def test_a_bad_value_is_never_quoted(planted, tmp_path, capsys):
    """A value that is itself wrong is not quoted either (issue 18: "… "Patient Jane Roe HIV
    positive" is not a date-time" put the file's text in a log): the message names the
    record and the field, which is how a person finds it in the file."""
    data = ["--data-dir", str(planted)]
    cli(capsys, *data, "export", "-o", str(tmp_path / "x.json"))
    export = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    export["clients"][0]["notes"][0]["kind"] = PLANTED["note"]
    (tmp_path / "kind.json").write_text(json.dumps(export), encoding="utf-8")
    status, _, err = cli(capsys, *data, "import", str(tmp_path / "kind.json"))
    assert status == 2
    assert PLANTED["note"] not in err
    assert PLANTED["note"][:12] not in err and len(err) < len(str(tmp_path)) + 200
    assert "clients[0] notes[0].kind: the text is not one of" in err


def test_a_demo_fill_prints_no_generated_names(tmp_path, capsys, debug_logs):
    status, out, err = cli(
        capsys, "--data-dir", str(tmp_path / "demo"), "demo", "--clients", "5", "--notes", "40"
    )
    assert status == 0, err
    journal = generate(5, 40, seed=1)
    names = tuple(client.name for client in journal.clients)
    assert names and all(names)
    assert_private(out + err + logged(debug_logs), names)


def test_the_smoke_test_prints_only_its_ready_line(planted):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(planted), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready in ")
    assert_private(result.stdout + result.stderr)
