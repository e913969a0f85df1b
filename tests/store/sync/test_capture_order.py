"""A first round reads each table in its own order (issue 21): looked up by uuid, the notes
of a journal ten times the demo's were read in random order and most reads missed SQLite's
cache.  Either way of reading gives the same values."""

from __future__ import annotations

from clientjournal.core.demo.journal import generate
from clientjournal.core.sync.records import KINDS, NOTE_CONFLICT
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.sync import capture


def test_the_values_are_the_same_read_in_the_tables_order_or_by_uuid(journal):
    fill(generate(12, 150, seed=4))
    database.execute_sql("INSERT INTO tag (name) VALUES ('Zeta'), ('alpha')")
    database.execute_sql(
        "INSERT INTO note_tag (note_id, tag_id) SELECT n.id, t.id FROM note n, tag t "
        "WHERE n.id % 3 = 0"
    )
    with database.atomic():
        capture.mark_everything()
        kinds = [kind for kind in KINDS if kind is not NOTE_CONFLICT]
        read = 0
        for kind in kinds:
            by_uuid = capture.journal_values(kind, 0)
            in_order = capture.journal_values(kind, 10**9)
            assert by_uuid == in_order, kind.name
            read += len(by_uuid)
        assert read > 150


def test_a_round_that_publishes_most_of_a_table_reads_it_in_its_own_order(journal):
    fill(generate(4, 40, seed=4))
    note = next(kind for kind in KINDS if kind.name == "note")
    dirty = database.execute_sql("SELECT count(*) FROM note").fetchone()[0]

    def plan(count: int) -> str:
        sql = capture._select(note, capture._most_of(note, count))
        rows = database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", ("note",)).fetchall()
        return " | ".join(row[-1] for row in rows)

    assert plan(dirty).startswith("SCAN t"), plan(dirty)
    assert "SEARCH t" in plan(3), plan(3)  # a few edits: each looked up, no table read
