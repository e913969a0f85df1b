"""Numbered schema migrations, tracked in SQLite's ``user_version``.

Each step is frozen SQL: it describes the schema as it was at that version, so changing a
model later never changes what an old migration does.  A journal is backed up before any
step runs on it, and every step runs in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
"""SQLite's clock in ms since 1970, as the sync triggers stamp a change (frozen with them)."""

MIGRATIONS: list[list[str]] = [
    # 1: clients and their notes
    [
        """CREATE TABLE client (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            company TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address_form TEXT NOT NULL DEFAULT 'sie',
            status TEXT NOT NULL DEFAULT 'active',
            started_on TEXT,
            ended_on TEXT,
            profile TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'note',
            mood INTEGER NOT NULL DEFAULT 0 CHECK (mood BETWEEN -2 AND 2),
            body TEXT NOT NULL DEFAULT '',
            pinned INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX note_client_created ON note (client_id, created_at)",
    ],
    # 2: a trash for clients (soft delete), and a case-insensitive name index for the list
    [
        "ALTER TABLE client ADD COLUMN deleted_at TEXT",
        "CREATE INDEX client_deleted_name ON client (deleted_at, name COLLATE NOCASE)",
        "CREATE INDEX note_client_kind_created ON note (client_id, kind, created_at)",
    ],
    # 3: the agreement checklist: projects per client, agreements with their history, and the
    # user's own starter templates.  Every foreign key has an index on its child column, so
    # deleting a client, project or note never scans the agreements.
    [
        """CREATE TABLE project (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'active',
            started_on TEXT,
            ended_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX project_client_started ON project (client_id, started_on, created_at)",
        """CREATE TABLE agreement (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT 'other',
            status TEXT NOT NULL DEFAULT 'open',
            details TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            agreed_on TEXT,
            source_note_id INTEGER REFERENCES note (id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX agreement_client_position ON agreement (client_id, position, id)",
        "CREATE INDEX agreement_project ON agreement (project_id)",
        "CREATE INDEX agreement_source_note ON agreement (source_note_id)",
        "CREATE INDEX agreement_due ON agreement (due_on, status)",
        """CREATE TABLE agreement_event (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            field TEXT NOT NULL,
            old TEXT NOT NULL DEFAULT '',
            new TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL DEFAULT 'user'
        )""",
        "CREATE INDEX agreement_event_agreement_at ON agreement_event (agreement_id, at, id)",
        """CREATE TABLE agreement_template (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'en',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE agreement_template_item (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES agreement_template (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT 'other',
            details TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX agreement_template_item_template ON agreement_template_item "
        "(template_id, position)",
    ],
    # 4: drafts of replies and the cooling-off queue.  hold_until is when a held draft is
    # ready (UTC text, like every time); the queue reads (status, hold_until), the composer a
    # client's drafts newest first.  A sent draft points at the note it became; that note may
    # be deleted later without taking the draft with it.
    [
        """CREATE TABLE draft (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'writing',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            held_at TEXT,
            hold_until TEXT,
            released_early_at TEXT,
            sent_at TEXT,
            sent_note_id INTEGER REFERENCES note (id) ON DELETE SET NULL,
            tone_score REAL,
            tone_signals TEXT NOT NULL DEFAULT '[]'
        )""",
        "CREATE INDEX draft_status_hold ON draft (status, hold_until)",
        "CREATE INDEX draft_client_updated ON draft (client_id, updated_at)",
        "CREATE INDEX draft_sent_note ON draft (sent_note_id)",
    ],
    # 5: the relationship.  A wished contact rhythm per client (days, null for none); tags on
    # clients and notes (one name table, two link tables, each indexed from both sides so the
    # client list can filter by tag and deleting either side never scans); and invoices with
    # amounts in minor units (cents), so sums are exact.  The overdue view reads
    # (paid_on, due_on), a client's payments tab (client_id, issued_on).
    [
        "ALTER TABLE client ADD COLUMN cadence_days INTEGER "
        "CHECK (cadence_days IS NULL OR cadence_days BETWEEN 1 AND 366)",
        """CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        )""",
        """CREATE TABLE client_tag (
            client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            PRIMARY KEY (client_id, tag_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX client_tag_tag ON client_tag (tag_id, client_id)",
        """CREATE TABLE note_tag (
            note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            PRIMARY KEY (note_id, tag_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX note_tag_tag ON note_tag (tag_id, note_id)",
        """CREATE TABLE payment (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            project_id INTEGER REFERENCES project (id) ON DELETE SET NULL,
            number TEXT NOT NULL DEFAULT '',
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            currency TEXT NOT NULL DEFAULT 'EUR',
            issued_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            paid_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX payment_client_issued ON payment (client_id, issued_on, id)",
        "CREATE INDEX payment_open_due ON payment (paid_on, due_on)",
        "CREATE INDEX payment_project ON payment (project_id)",
    ],
    # 6: full-text search.  One FTS5 table per kind of record, its rowid the record's id, so a
    # change or delete finds its index row directly.  The indexed text is folded by the SQL
    # functions cj_index and cj_client_index (store/search.py registers them on every
    # connection): umlauts and ß in both ASCII spellings, accents dropped.  Triggers keep the
    # index in step with every write, whoever makes it (editor, undo, import, demo); the last
    # statements index what an existing journal already holds.
    [
        *(
            f"CREATE VIRTUAL TABLE {name}_fts USING fts5(body, prefix='2 3', "
            "tokenize='unicode61 remove_diacritics 2')"
            for name in ("note", "client", "agreement", "draft")
        ),
        "CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN "
        "INSERT INTO note_fts (rowid, body) VALUES (new.id, cj_index(new.body)); END",
        "CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN "
        "UPDATE note_fts SET body = cj_index(new.body) WHERE rowid = new.id; END",
        "CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN "
        "DELETE FROM note_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER client_fts_insert AFTER INSERT ON client BEGIN "
        "INSERT INTO client_fts (rowid, body) "
        "VALUES (new.id, cj_client_index(new.name, new.company, new.email, new.profile)); END",
        "CREATE TRIGGER client_fts_update AFTER UPDATE OF name, company, email, profile ON client "
        "BEGIN UPDATE client_fts SET body = "
        "cj_client_index(new.name, new.company, new.email, new.profile) WHERE rowid = new.id; END",
        "CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN "
        "DELETE FROM client_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER agreement_fts_insert AFTER INSERT ON agreement BEGIN "
        "INSERT INTO agreement_fts (rowid, body) "
        "VALUES (new.id, cj_index(new.title || ' ' || new.details)); END",
        "CREATE TRIGGER agreement_fts_update AFTER UPDATE OF title, details ON agreement BEGIN "
        "UPDATE agreement_fts SET body = cj_index(new.title || ' ' || new.details) "
        "WHERE rowid = new.id; END",
        "CREATE TRIGGER agreement_fts_delete AFTER DELETE ON agreement BEGIN "
        "DELETE FROM agreement_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER draft_fts_insert AFTER INSERT ON draft BEGIN "
        "INSERT INTO draft_fts (rowid, body) "
        "VALUES (new.id, cj_index(new.subject || ' ' || new.body)); END",
        "CREATE TRIGGER draft_fts_update AFTER UPDATE OF subject, body ON draft BEGIN "
        "UPDATE draft_fts SET body = cj_index(new.subject || ' ' || new.body) "
        "WHERE rowid = new.id; END",
        "CREATE TRIGGER draft_fts_delete AFTER DELETE ON draft BEGIN "
        "DELETE FROM draft_fts WHERE rowid = old.id; END",
        "INSERT INTO note_fts (rowid, body) SELECT id, cj_index(body) FROM note",
        "INSERT INTO client_fts (rowid, body) "
        "SELECT id, cj_client_index(name, company, email, profile) FROM client",
        "INSERT INTO agreement_fts (rowid, body) "
        "SELECT id, cj_index(title || ' ' || details) FROM agreement",
        "INSERT INTO draft_fts (rowid, body) SELECT id, cj_index(subject || ' ' || body) FROM draft",
    ],
    # 7: demo data that can be removed again.  A client written by the demo (welcome dialog or
    # `clientjournal demo`) carries demo = 1; everything else hangs off a client, so removing
    # the demo is deleting those clients.  The partial index holds only demo clients: asking
    # "is there demo data?" at every start costs nothing in a journal without any.  Existing
    # clients are the user's own (0): no older version wrote a marker.
    [
        "ALTER TABLE client ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1))",
        "CREATE INDEX client_demo ON client (id) WHERE demo = 1",
    ],
    # 8: sync (store/sync, docs/sync.md).  Triggers mark every record any writer changes
    # (window, undo, import, demo, restore) in sync_dirty, its link tables and template items
    # marking their owner, unless the sync round itself is writing (a row in sync_applying,
    # only ever inside the round's transaction).  They delete and insert rather than INSERT
    # OR REPLACE: a writer's own conflict clause (INSERT OR IGNORE, an upsert) would replace
    # the trigger's.  sync_record holds the replicated state with
    # clocks, sync_ref who refers to whom (a record waiting for its parent), sync_file the
    # folder's files already read, sync_device the devices seen and sync_local this device's
    # own settings (never synced).  journal_setting holds the settings that belong to the
    # journal, note_conflict the other text of a note edited on two devices at once.
    [
        "CREATE TABLE sync_dirty (kind TEXT NOT NULL, uuid TEXT NOT NULL, "
        "changed_at INTEGER NOT NULL, PRIMARY KEY (kind, uuid)) WITHOUT ROWID",
        "CREATE TABLE sync_applying (one INTEGER PRIMARY KEY CHECK (one = 1))",
        "CREATE TABLE sync_local (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE sync_record (kind TEXT NOT NULL, uuid TEXT NOT NULL, "
        "fields TEXT NOT NULL, PRIMARY KEY (kind, uuid)) WITHOUT ROWID",
        "CREATE TABLE sync_ref (ref TEXT NOT NULL, kind TEXT NOT NULL, uuid TEXT NOT NULL, "
        "PRIMARY KEY (ref, kind, uuid)) WITHOUT ROWID",
        "CREATE INDEX sync_ref_record ON sync_ref (kind, uuid)",
        "CREATE TABLE sync_file (folder TEXT NOT NULL, path TEXT NOT NULL, "
        "size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, PRIMARY KEY (folder, path)) "
        "WITHOUT ROWID",
        "CREATE TABLE sync_device (folder TEXT NOT NULL, device TEXT NOT NULL, "
        "name TEXT NOT NULL DEFAULT '', upto INTEGER NOT NULL DEFAULT 0, last_change_at TEXT, "
        "PRIMARY KEY (folder, device)) WITHOUT ROWID",
        "CREATE TABLE journal_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE note_conflict (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            device_id TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        "CREATE INDEX note_conflict_note ON note_conflict (note_id)",
        *(
            f"CREATE TRIGGER sync_{table}_{event.lower()} AFTER {event} ON {table} "
            "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
            f"DELETE FROM sync_dirty WHERE kind = '{kind}' AND uuid = {row}.{key}; "
            "INSERT INTO sync_dirty (kind, uuid, changed_at) VALUES "
            f"('{kind}', {row}.{key}, {_NOW_MS}); END"
            for table, kind, key in (
                ("client", "client", "uuid"),
                ("project", "project", "uuid"),
                ("note", "note", "uuid"),
                ("agreement", "agreement", "uuid"),
                ("agreement_event", "agreement_event", "uuid"),
                ("agreement_template", "agreement_template", "uuid"),
                ("draft", "draft", "uuid"),
                ("payment", "payment", "uuid"),
                ("journal_setting", "setting", "key"),
                ("note_conflict", "note_conflict", "uuid"),
            )
            for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old"))
        ),
        *(
            f"CREATE TRIGGER sync_{table}_{event.lower()} AFTER {event} ON {table} "
            "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
            f"DELETE FROM sync_dirty WHERE kind = '{kind}' AND uuid = "
            f"(SELECT uuid FROM {owner} WHERE id = {row}.{column}); "
            "INSERT INTO sync_dirty (kind, uuid, changed_at) "
            f"SELECT '{kind}', uuid, {_NOW_MS} FROM {owner} WHERE id = {row}.{column}; END"
            for table, kind, owner, column in (
                ("client_tag", "client", "client", "client_id"),
                ("note_tag", "note", "note", "note_id"),
                (
                    "agreement_template_item",
                    "agreement_template",
                    "agreement_template",
                    "template_id",
                ),
            )
            for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old"))
        ),
        # a row whose uuid (or key) changed: the old one is gone
        *(
            f"CREATE TRIGGER sync_{table}_rekey AFTER UPDATE OF {key} ON {table} "
            f"WHEN old.{key} != new.{key} AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
            f"DELETE FROM sync_dirty WHERE kind = '{kind}' AND uuid = old.{key}; "
            "INSERT INTO sync_dirty (kind, uuid, changed_at) VALUES "
            f"('{kind}', old.{key}, {_NOW_MS}); END"
            for table, kind, key in (
                ("client", "client", "uuid"),
                ("note", "note", "uuid"),
                ("journal_setting", "setting", "key"),
            )
        ),
    ],
]

LATEST_VERSION = len(MIGRATIONS)


class JournalTooNewError(RuntimeError):
    """The journal was written by a newer Client Journal; opening it could damage it."""


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, before_step: Callable[[int], object] | None = None) -> list[int]:
    """Bring the schema up to ``LATEST_VERSION``; returns the versions that were applied.

    ``before_step(version)`` is called before the first step that touches existing data, so the
    caller can take a backup.
    """
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise JournalTooNewError(
            f"journal schema {current} is newer than this app understands ({LATEST_VERSION})"
        )
    applied: list[int] = []
    for version in range(current + 1, LATEST_VERSION + 1):
        if before_step is not None and current > 0 and not applied:
            before_step(version)
        with db.atomic():
            for statement in MIGRATIONS[version - 1]:
                db.execute_sql(statement)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
        applied.append(version)
    return applied
