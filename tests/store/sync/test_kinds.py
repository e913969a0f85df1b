"""Every kind of record travels whole, edits and deletes follow, an undo brings a record and
its children back, and what the round itself writes is not sent back."""

from __future__ import annotations

from clientjournal.store import sync
from clientjournal.store.models import database
from tests.store.sync.replicas import uid

AT = "2026-03-04T05:06:07.123456Z"

ROWS = [
    "INSERT INTO client (id, uuid, name, company, email, phone, address_form, status, started_on,"
    " ended_on, profile, created_at, updated_at, deleted_at, cadence_days, demo) VALUES (7, '00000000-0000-0000-0000-000000632d31',"
    " 'Jörg Ähre', 'Kühne & Co', 'j@example.org', '+49 1', 'du', 'paused', '2025-01-02',"
    ' \'2026-01-02\', \'{"family": "Tom, 3", "goals": "mehr"}\', ?, ?, NULL, 14, 1)',
    "INSERT INTO note (id, uuid, client_id, created_at, updated_at, kind, mood, body, pinned)"
    " VALUES (3, '00000000-0000-0000-0000-0000006e2d31', 7, ?, ?, 'call', -2, 'Anruf 😀', 1)",
    "INSERT INTO project (id, uuid, client_id, name, status, started_on, ended_on, created_at,"
    " updated_at) VALUES (4, '00000000-0000-0000-0000-000000702d31', 7, 'Website', 'done', '2025-02-03', NULL, ?, ?)",
    "INSERT INTO agreement (id, uuid, client_id, project_id, title, category, status, details,"
    " due_on, agreed_on, source_note_id, position, created_at, updated_at) VALUES (5, '00000000-0000-0000-0000-000000612d31', 7,"
    " 4, 'Pay in 14 days', 'payment_terms', 'open', 'net', '2026-04-01', '2026-03-01', 3, 2, ?, ?)",
    "INSERT INTO agreement_event (uuid, agreement_id, at, field, old, new, note, actor) VALUES"
    " ('00000000-0000-0000-0000-000000652d31', 5, ?, 'status', 'open', 'done', 'ok', 'user')",
    "INSERT INTO agreement_template (id, uuid, name, language, created_at, updated_at) VALUES"
    " (2, '00000000-0000-0000-0000-000000742d31', 'Start', 'de', ?, ?)",
    "INSERT INTO agreement_template_item (template_id, position, title, category, details)"
    " VALUES (2, 1, 'Kickoff', 'communication', 'bring coffee')",
    "INSERT INTO draft (uuid, client_id, subject, body, status, created_at, updated_at, held_at,"
    " hold_until, released_early_at, sent_at, sent_note_id, tone_score, tone_signals) VALUES"
    " ('00000000-0000-0000-0000-000000642d31', 7, 'Re', 'Danke', 'held', ?, ?, '2026-03-04T05:00:00.000000Z',"
    " '2026-03-05T07:00:00.000000Z', NULL, NULL, 3, 0.625, '[\"caps\"]')",
    "INSERT INTO payment (uuid, client_id, project_id, number, amount_cents, currency, issued_on,"
    " due_on, paid_on, note, created_at, updated_at) VALUES ('00000000-0000-0000-0000-007061792d31', 7, 4, 'R-1', 185000,"
    " 'CHF', '2026-01-01', '2026-01-15', '2026-01-10', 'Skonto', ?, ?)",
    "INSERT INTO tag (name) VALUES ('vip')",
    "INSERT INTO client_tag VALUES (7, 1)",
    "INSERT INTO note_tag VALUES (3, 1)",
    "INSERT INTO journal_setting VALUES ('cooling/morning_hour', '6')",
]

TABLES = {
    "client": "SELECT uuid, name, company, email, phone, address_form, status, started_on, "
    "ended_on, profile, created_at, updated_at, deleted_at, cadence_days, demo FROM client",
    "note": "SELECT n.uuid, c.uuid, n.created_at, n.updated_at, n.kind, n.mood, n.body, n.pinned "
    "FROM note n JOIN client c ON c.id = n.client_id",
    "project": "SELECT p.uuid, c.uuid, p.name, p.status, p.started_on, p.ended_on, p.created_at "
    "FROM project p JOIN client c ON c.id = p.client_id",
    "agreement": "SELECT a.uuid, c.uuid, p.uuid, n.uuid, title, category, a.status, details, "
    "a.due_on, agreed_on, position, a.updated_at FROM agreement a JOIN client c ON c.id = "
    "a.client_id LEFT JOIN project p ON p.id = a.project_id LEFT JOIN note n ON n.id = "
    "a.source_note_id",
    "event": "SELECT e.uuid, a.uuid, at, field, old, new, note, actor FROM agreement_event e "
    "JOIN agreement a ON a.id = e.agreement_id",
    "template": "SELECT t.uuid, t.name, language, position, title, category, details "
    "FROM agreement_template t JOIN agreement_template_item i ON i.template_id = t.id",
    "draft": "SELECT d.uuid, c.uuid, subject, d.body, d.status, held_at, hold_until, n.uuid, "
    "tone_score, tone_signals FROM draft d JOIN client c ON c.id = d.client_id "
    "LEFT JOIN note n ON n.id = d.sent_note_id",
    "payment": "SELECT y.uuid, c.uuid, p.uuid, number, amount_cents, currency, issued_on, y.due_on,"
    " paid_on, y.note FROM payment y JOIN client c ON c.id = y.client_id "
    "LEFT JOIN project p ON p.id = y.project_id",
    "tags": "SELECT 'c', c.uuid, t.name FROM client_tag x JOIN client c ON c.id = x.client_id "
    "JOIN tag t ON t.id = x.tag_id UNION ALL SELECT 'n', n.uuid, t.name FROM note_tag x JOIN "
    "note n ON n.id = x.note_id JOIN tag t ON t.id = x.tag_id",
    "settings": "SELECT key, value FROM journal_setting",
}


def everything(replica) -> dict:
    return {name: sorted(replica.sql(sql)) for name, sql in TABLES.items()}


def test_every_kind_of_record_travels_whole(pair):
    laptop, desktop = pair
    laptop.open()
    for statement in ROWS:
        laptop.sql(statement, *([AT] * statement.count("?")))
    desktop.add_client(uid("x"), "X")  # row ids differ between the journals
    sent = laptop.round()
    assert sent.sent > 0 and sent.skipped == ()
    received = desktop.round()
    assert received.received == sent.sent
    assert laptop.round().received > 0  # the desktop's client arrives back
    want = everything(laptop)
    assert all(want.values()), want
    assert len(want["client"]) == 2
    assert everything(desktop) == want
    assert laptop.export() == desktop.export()
    # nothing the rounds wrote is sent back again
    assert [laptop.round().sent, desktop.round().sent] == [0, 0]


def test_edits_deletes_and_an_undo_follow(pair):
    laptop, desktop = pair
    for statement in ROWS[:4]:
        laptop.sql(statement, *([AT] * statement.count("?")))
    laptop.round()
    desktop.round()
    desktop.sql("UPDATE client SET profile = '{\"goals\": \"mehr\"}', email = 'new@example.org'")
    desktop.sql("UPDATE note SET body = 'geändert', pinned = 0")
    desktop.round()
    laptop.round()
    assert laptop.sql("SELECT email, profile FROM client") == [
        ("new@example.org", '{"goals": "mehr"}')
    ]
    assert laptop.sql("SELECT body, pinned FROM note") == [("geändert", 0)]
    # a client deleted for good takes its notes, projects and agreements along ...
    removed = {table: laptop.sql(f"SELECT * FROM {table}") for table in
               ("client", "note", "project", "agreement")}  # fmt: skip
    laptop.sql("DELETE FROM client")
    laptop.round()
    desktop.round()
    assert desktop.sql("SELECT COUNT(*) FROM note") == [(0,)]
    assert desktop.sql("SELECT COUNT(*) FROM agreement") == [(0,)]
    # ... and an undo (the same rows again) brings all of it back on the other side
    for table, rows in removed.items():
        marks = ", ".join("?" * len(rows[0]))
        laptop.sql(f"INSERT INTO {table} VALUES ({marks})", *rows[0])
    laptop.round()
    desktop.round()
    assert desktop.sql("SELECT uuid FROM note") == [("00000000-0000-0000-0000-0000006e2d31",)]
    assert desktop.sql("SELECT a.uuid, p.uuid FROM agreement a JOIN project p "
                       "ON p.id = a.project_id") == [("00000000-0000-0000-0000-000000612d31", "00000000-0000-0000-0000-000000702d31")]  # fmt: skip
    assert laptop.export() == desktop.export()


def test_trash_and_settings_sync(pair):
    laptop, desktop = pair
    laptop.sql(ROWS[0], AT, AT)
    laptop.round()
    desktop.round()
    desktop.open()
    sync.set_journal_settings({"clients/default_cadence_days": "21"})
    assert sync.journal_settings() == {"clients/default_cadence_days": "21"}
    desktop.sql("UPDATE client SET deleted_at = ?", AT)
    desktop.round()
    laptop.round()
    laptop.open()
    assert sync.journal_settings() == {"clients/default_cadence_days": "21"}
    assert laptop.sql("SELECT deleted_at FROM client") == [(AT,)]


def test_the_rounds_own_writes_are_not_marked(pair):
    laptop, desktop = pair
    for statement in ROWS[:3]:
        laptop.sql(statement, *([AT] * statement.count("?")))
    laptop.round()
    desktop.round()
    desktop.open()
    assert database.execute_sql("SELECT COUNT(*) FROM sync_dirty").fetchone() == (0,)
    assert database.execute_sql("SELECT COUNT(*) FROM sync_applying").fetchone() == (0,)


def test_writers_with_their_own_conflict_clause_are_marked_too(pair):
    """An upsert or INSERT OR IGNORE would impose its conflict clause on a trigger's INSERT OR
    REPLACE; the triggers do without one."""
    laptop, desktop = pair
    laptop.sql(ROWS[0], AT, AT)
    laptop.open()
    sync.set_journal_settings({"cooling/morning_hour": "6"})
    sync.set_journal_settings({"cooling/morning_hour": "7"})  # an upsert of a dirty record
    laptop.sql("INSERT OR IGNORE INTO tag (name) VALUES ('vip')")
    laptop.sql("INSERT OR IGNORE INTO client_tag VALUES (7, 1)")
    laptop.sql("INSERT OR IGNORE INTO client_tag VALUES (7, 1)")
    laptop.round()
    desktop.round()
    desktop.open()
    assert sync.journal_settings() == {"cooling/morning_hour": "7"}
    assert desktop.sql("SELECT t.name FROM client_tag x JOIN tag t ON t.id = x.tag_id") == [
        ("vip",)
    ]


def test_a_big_first_sync_indexes_the_notes_for_search_in_one_go(pair, monkeypatch):
    """From BULK_NOTES new notes on, the search index takes them after they are written (its
    trigger is off meanwhile): every received note is found, and later edits are indexed."""
    from clientjournal.store import search
    from clientjournal.store.sync import project

    monkeypatch.setattr(project, "BULK_NOTES", 3)
    laptop, desktop = pair
    laptop.sql(
        "INSERT INTO client (id, uuid, name, created_at, updated_at) VALUES (1, '00000000-0000-0000-0000-000000632d31', 'A', ?, ?)",
        AT, AT,
    )  # fmt: skip
    for i, word in enumerate(["Zitronenfalter", "Kohlweißling", "Admiral", "Schwalbenschwanz"]):
        laptop.sql(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
            "VALUES (?, 1, ?, ?, ?)",
            uid(f"n-{i}"), AT, AT, f"Heute ein {word} gesehen",
        )  # fmt: skip
    laptop.round()
    desktop.round()
    for word in ["Zitronenfalter", "Kohlweißling", "Admiral", "Schwalbenschwanz"]:
        assert len(search.search(word).hits) == 1, word
    desktop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "VALUES ('00000000-0000-0000-0000-0000006e2d39', (SELECT id FROM client), ?, ?, 'Ein Trauermantel')",
        AT,
        AT,
    )
    assert len(search.search("Trauermantel").hits) == 1  # the trigger is back
