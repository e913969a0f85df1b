"""Readable exports: a Markdown file per client and the clients as CSV."""

from __future__ import annotations

import csv
import dataclasses
import io
import subprocess
import sys
from datetime import UTC, date, datetime

from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes
from clientjournal.store.exchange.text import export_csv, export_markdown
from clientjournal.store.models import Agreement, Payment, database


def fill() -> int:
    anna = clients.create(
        ClientData(name="Anna Müller", company="Atelier Weiß", email="anna@example.org",
                   profile={"wants": "Ruhe", "never": "Comic Sans"}, tags=["Print"], cadence_days=14)
    )  # fmt: skip
    notes.save(NoteData(client_id=anna, created_at=datetime(2024, 5, 1, 9, tzinfo=UTC),
                        body="Erster Anruf, **gut**", mood=1, tags=["Start"]))  # fmt: skip
    with database.atomic():
        Agreement.create(client=anna, title="Logo", status="agreed", due_on=date(2024, 6, 1))
        Payment.create(client=anna, number="R-1", amount_cents=50_000, issued_on=date(2024, 5, 2),
                       due_on=date(2024, 5, 16))  # fmt: skip
    gone = clients.create(ClientData(name="Im Papierkorb"))
    clients.trash(gone)
    return anna


def test_one_private_markdown_file_per_client(journal, tmp_path):
    fill()
    folder = tmp_path / "md"
    assert export_markdown(folder, "de") == 1
    (path,) = folder.iterdir()
    assert path.name.startswith("anna-müller-") and path.suffix == ".md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Anna Müller\n")
    for part in ("- **Firma:** Atelier Weiß", "- **Niemals:** Comic Sans", "## Notizen",
                 "Erster Anruf, **gut**", "#Start", "- [vereinbart] Logo (fällig 01.06.2024)",
                 "- R-1: 500,00 €, fällig 16.05.2024, offen", "- **Tags:** Print"):  # fmt: skip
        assert part in text, part
    assert folder.stat().st_mode & 0o777 == 0o700 and path.stat().st_mode & 0o777 == 0o600


def test_clients_as_csv_read_back_by_the_csv_module(journal, tmp_path):
    fill()
    text = export_csv(tmp_path / "c.csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["name"] for row in rows] == ["Anna Müller"]
    assert (
        rows[0]["tags"] == "Print" and rows[0]["cadence_days"] == "14" and rows[0]["notes"] == "1"
    )
    assert (tmp_path / "c.csv").read_bytes().decode("utf-8") == text


def test_the_command_line_writes_both(journal, tmp_path):
    fill()
    base = [sys.executable, "-m", "clientjournal", "--data-dir", str(journal), "export"]
    out = subprocess.run([*base, "--format", "csv"], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.startswith("name,company,email")
    bad = subprocess.run(
        [*base, "--format", "markdown"], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2 and "-o FOLDER" in bad.stderr
    good = subprocess.run([*base, "--format", "markdown", "--lang", "en", "-o", str(tmp_path / "m")],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert good.returncode == 0 and "## Notes" in next((tmp_path / "m").iterdir()).read_text()


def test_the_german_markdown_has_no_english_word_and_german_amounts(journal, tmp_path):
    """Issue 19: "Status: active", "Anrede: sie", wants/direction/never, "[agreed]",
    "note · mood +0", "1850.00 EUR" in the German export.  Every word is German there (and
    English in the English one), amounts and dates are written the German way."""
    anna = fill()
    clients.update(dataclasses.replace(
        clients.get(anna),
        address_form="sie",
        profile={"wants": "Ruhe", "direction": "Print", "never": "Comic Sans",
                 "salutation": "ms", "work_again": "yes", "own_key": "bleibt"},
    ))  # fmt: skip
    notes.save(NoteData(client_id=anna, created_at=datetime(2024, 5, 3, 9, tzinfo=UTC),
                        body="Kurz telefoniert", mood=0, kind="call"))  # fmt: skip
    with database.atomic():
        Payment.create(client=anna, number="R-2", amount_cents=185_000, issued_on=date(2024, 5, 2),
                       due_on=date(2024, 5, 16), paid_on=date(2024, 5, 20))  # fmt: skip
    export_markdown(tmp_path / "de", "de_DE")
    german = next((tmp_path / "de").iterdir()).read_text(encoding="utf-8")
    for part in ("- **Status:** Aktiv", "- **Anrede:** Deutsch, Sie (Frau)",
                 "- **Wünsche des Kunden:** Ruhe", "- **Richtung:** Print",
                 "- **Wieder zusammenarbeiten?** Ja", "- **own key:** bleibt",
                 "- **Kontakt halten alle (Tage):** 14",
                 "- R-2: 1.850,00 €, fällig 16.05.2024, bezahlt 20.05.2024",
                 "· Telefonat · Stimmung: Neutral (0)", "· Notiz · Stimmung: Gut (+1)"):  # fmt: skip
        assert part in german, part
    for english in ("active", "sie\n", "wants", "direction", "never", "agreed", "note",
                    "mood", "EUR", "salutation", "?:", "Melden alle"):  # fmt: skip
        assert english not in german, english
    export_markdown(tmp_path / "en", "en")
    text = next((tmp_path / "en").iterdir()).read_text(encoding="utf-8")
    for part in ("- **Status:** Active", "- **Address as:** German, Sie (Ms)",
                 "- **They want:** Ruhe", "- [agreed] Logo (due 2024-06-01)",
                 "- R-2: €1,850.00, due 2024-05-16, paid 2024-05-20",
                 "· Call · Mood: Neutral (0)", "- **Work with again?** Yes"):  # fmt: skip
        assert part in text, part
