"""Issue 18: what the exports write cannot turn into something else where they are opened: a
CSV cell into a spreadsheet formula, a name into a Markdown heading, a control character into
the calendar."""

from __future__ import annotations

import csv
import io

from clientjournal.core.exchange.ics import escape_text
from clientjournal.core.exchange.markdown import client_markdown, clients_csv


def client(name: str, **extra: object) -> dict:
    base = {
        "uuid": "0d6c6c3e-8a43-4bb1-9f57-3a44b8d3f2a1", "name": name, "company": "",
        "email": "", "phone": "", "address_form": "", "status": "active", "profile": {},
        "started_on": None, "ended_on": None, "deleted_at": None, "notes": [],
        "agreements": [], "payments": [],
    }  # fmt: skip
    return {**base, **extra}


def test_csv_cells_that_start_like_a_formula_are_text():
    rows = [client(start + 'HYPERLINK("http://x")', company="@SUM(A1)") for start in "=+-@"]
    table = list(csv.reader(io.StringIO(clients_csv({"clients": rows}))))
    for row in table[1:]:
        assert row[0].startswith("'") and row[1] == "'@SUM(A1)"


def test_a_line_break_in_a_name_starts_no_heading_in_markdown():
    text = client_markdown(client("Anna\n# Injected\r\n## Also", company="X\nY"))
    assert [line for line in text.splitlines() if line.startswith("#")] == [
        "# Anna # Injected ## Also"
    ]
    assert "- **Company:** X Y" in text


def test_control_characters_never_reach_the_calendar():
    escaped = escape_text("a\x00b\x07c\x1bd\ne\x7f")
    assert escaped == "abcd\\ne"
