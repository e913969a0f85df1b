"""A first round in a folder marks every record and then reads each table in its own order,
without joining ``sync_dirty`` (issue 21: joined, a million notes were fetched in the random
order of their UUIDs).  Either way of reading gives the same values."""

from __future__ import annotations

from pathlib import Path

from clientjournal.core.demo.journal import generate
from clientjournal.core.sync.records import KINDS, NOTE_CONFLICT
from clientjournal.store import sync
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.sync import capture, marks


def _templates() -> None:
    """Two templates with items (one without), so the items' query has rows to read."""
    database.execute_sql(
        "INSERT INTO agreement_template (uuid, name, language, created_at, updated_at) VALUES "
        "('00000000-0000-4000-8000-0000000000a1', 'Website', 'de', '2025-01-01T00:00:00Z', "
        "'2025-01-01T00:00:00Z'), ('00000000-0000-4000-8000-0000000000a2', 'Leer', 'en', "
        "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"
    )
    database.execute_sql(
        "INSERT INTO agreement_template_item (template_id, position, title, category, details) "
        "SELECT id, 1, 'Zweiter', 'other', '' FROM agreement_template WHERE name = 'Website' "
        "UNION ALL SELECT id, 0, 'Erster', 'other', 'x' FROM agreement_template "
        "WHERE name = 'Website'"
    )


def test_the_values_are_the_same_read_whole_or_joined_with_the_marks(journal):
    fill(generate(12, 150, seed=4))
    database.execute_sql("INSERT INTO tag (name) VALUES ('Zeta'), ('alpha')")
    database.execute_sql(
        "INSERT INTO note_tag (note_id, tag_id) SELECT n.id, t.id FROM note n, tag t "
        "WHERE n.id % 3 = 0"
    )
    _templates()
    database.execute_sql(
        "INSERT INTO journal_setting (key, value) VALUES ('cooling/morning_hour', '8')"
    )
    with database.atomic():
        marks.mark_everything()
        read = 0
        for kind in KINDS:
            if kind is NOTE_CONFLICT:
                continue
            joined = capture.journal_values(kind)
            whole = capture.journal_values(kind, everything=True)
            assert joined == whole, kind.name
            read += len(joined)
        assert read > 150


def test_a_first_round_reads_the_tables_without_the_marks(journal, tmp_path: Path, sql_traced):
    fill(generate(4, 40, seed=4))
    folder = tmp_path / "folder"
    folder.mkdir()
    with sql_traced() as statements:
        sync.run_round(folder)
    reads = [s for s in statements if s.startswith("SELECT t.uuid, t.created_at")]
    assert reads and not [s for s in reads if "sync_dirty" in s]
    database.execute_sql("UPDATE note SET body = 'geändert' WHERE id = 1")
    with sql_traced() as statements:
        sync.run_round(folder)  # a later round: the one edit, looked up by its mark
    reads = [s for s in statements if s.startswith("SELECT t.uuid, t.created_at")]
    assert reads and all("JOIN sync_dirty" in s for s in reads)
