"""``clientjournal search`` lists clients matched equally well as the window does: in the
client list's order, each with the e-mail that matched (attack19 finding 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_search_lists_clients_matched_alike_by_name(tmp_path: Path):
    table = tmp_path / "clients.csv"
    rows = ["Peter Wolf", "anna zeller", "Kunde 10", "Kunde 2", "Jürgen Köhler", "Ägidius"]
    table.write_text(
        "Name,E-Mail\n" + "".join(f"{n},{n.lower().replace(' ', '.')}@example.de\n" for n in rows),
        encoding="utf-8",
    )
    folder = str(tmp_path / "j")
    cli = [sys.executable, "-m", "clientjournal", "--data-dir", folder]
    subprocess.run([*cli, "import", str(table)], check=True, capture_output=True, timeout=120)
    found = subprocess.run(
        [*cli, "search", "example"], capture_output=True, text=True, timeout=120, check=True
    )
    lines = [line.split("\t") for line in found.stdout.splitlines()]
    assert [line[0] for line in lines] == [
        "Ägidius", "anna zeller", "Jürgen Köhler", "Kunde 2", "Kunde 10", "Peter Wolf"
    ]  # fmt: skip
    assert lines[-1][3] == "Peter Wolf · peter.wolf@*example*.de"
