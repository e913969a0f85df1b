"""Values each fine alone that the editors and the import refuse together, arriving through
sync (an end date one computer set before the start date another one set; more profile
fields than a profile holds): repaired in the journal the same way on every computer and
reported, so the JSON export of a synced journal always imports (attack-20b)."""

from __future__ import annotations

from pathlib import Path

from clientjournal.core.sync.problems import REPAIRED
from clientjournal.store.exchange.json_export import export_data
from clientjournal.store.exchange.json_import import import_data
from tests.store.sync.forged import forged_file, new_client
from tests.store.sync.replicas import Replica, uid

ANNA, PROJECT = uid("anna"), uid("anna-project")
LATER = "2026-05-02T08:00:00.000000Z"


def _imports(tmp_path: Path, document: object) -> None:
    fresh = Replica(tmp_path, "fresh")
    fresh.open()
    import_data(document)


def test_an_end_before_the_start_set_on_two_computers_exports_importably(pair, tmp_path):
    laptop, desktop = pair
    laptop.sql(
        "INSERT INTO client (uuid, name, started_on, created_at, updated_at) "
        "VALUES (?, 'Anna Berg', '2026-03-01', ?, ?)",
        ANNA, LATER, LATER,
    )  # fmt: skip
    laptop.sql(
        "INSERT INTO project (uuid, client_id, name, started_on, created_at, updated_at) "
        "SELECT ?, id, 'Website', '2026-03-01', ?, ? FROM client",
        PROJECT, LATER, LATER,
    )  # fmt: skip
    laptop.round()
    desktop.round()
    # each edit is fine with what its computer had
    laptop.sql("UPDATE client SET started_on = '2026-06-01'")
    laptop.sql("UPDATE project SET started_on = '2026-06-01'")
    desktop.sql("UPDATE client SET ended_on = '2026-04-30'")
    desktop.sql("UPDATE project SET ended_on = '2026-04-30'")
    laptop.round()
    result = desktop.round()
    repairs = {(p.path, p.detail, p.count) for p in result.problems if p.kind == REPAIRED}
    assert repairs == {
        ("client", "ended_before_started", 1),
        ("project", "ended_before_started", 1),
    }
    assert any("end date before the start date" in line for line in result.clock_warnings)
    laptop.round()
    for replica in (laptop, desktop):
        assert replica.sql("SELECT started_on, ended_on FROM client") == [("2026-06-01", None)]
        assert replica.sql("SELECT started_on, ended_on FROM project") == [("2026-06-01", None)]
    assert laptop.export() == desktop.export()
    desktop.open()
    _imports(tmp_path, export_data())


def test_a_forged_end_before_the_start_is_repaired_and_reported(pair, tmp_path):
    _laptop, desktop = pair
    desktop.round()
    forged_file(desktop.folder, new_client(ANNA, started_on="2026-05-01", ended_on="2026-01-01"))
    result = desktop.round()
    assert [p.kind for p in result.problems] == [REPAIRED]
    assert desktop.sql("SELECT started_on, ended_on FROM client") == [("2026-05-01", None)]
    desktop.open()
    _imports(tmp_path, export_data())


def test_more_profile_fields_than_a_profile_holds_keeps_the_first_hundred(pair, tmp_path):
    _laptop, desktop = pair
    desktop.round()
    profile = {f"profile/field {i:03d}": f"value {i}" for i in range(130)}
    forged_file(desktop.folder, new_client(ANNA, **profile))
    result = desktop.round()
    assert [(p.kind, p.detail) for p in result.problems] == [(REPAIRED, "too_many_profile_fields")]
    desktop.open()
    document = export_data()
    (client,) = document["clients"]
    assert sorted(client["profile"]) == [f"field {i:03d}" for i in range(100)]
    _imports(tmp_path, document)


def test_a_project_without_a_visible_name_is_named_and_reported(pair, tmp_path):
    _laptop, desktop = pair
    desktop.round()
    project = [("project", PROJECT, "client", ANNA), ("project", PROJECT, "name", "\u200b "),
               ("project", PROJECT, "status", "active"), ("project", PROJECT, "created_at", LATER),
               ("project", PROJECT, "updated_at", LATER)]  # fmt: skip
    forged_file(desktop.folder, [*new_client(ANNA), *project])
    result = desktop.round()
    assert [(p.kind, p.path, p.detail) for p in result.problems] == [
        (REPAIRED, "project", "project_without_name")
    ]
    assert desktop.sql("SELECT name FROM project") == [("\u2014",)]
    desktop.open()
    _imports(tmp_path, export_data())


BERT, BERT_PROJECT, AGREEMENT, PAYMENT, DRAFT = (
    uid("bert"), uid("bert-project"), uid("agreement"), uid("payment"), uid("draft")
)  # fmt: skip


def _record(kind: str, uuid: str, **fields) -> list:
    return [(kind, uuid, name, value) for name, value in fields.items()]


def test_references_and_dates_the_import_refuses_are_repaired(pair, tmp_path):
    """An agreement and a payment of Anna naming Bert's project, a payment paid before it
    was issued, a held draft without the time it is ready."""
    _laptop, desktop = pair
    desktop.round()
    stamps = {"created_at": LATER, "updated_at": LATER}
    changes = [
        *new_client(ANNA),
        *new_client(BERT),
        *_record("project", BERT_PROJECT, client=BERT, name="Bert's site", **stamps),
        *_record("agreement", AGREEMENT, client=ANNA, project=BERT_PROJECT, title="Deposit",
                 **stamps),
        *_record("payment", PAYMENT, client=ANNA, project=BERT_PROJECT, amount_cents=100,
                 currency="EUR", issued_on="2026-05-10", due_on="2026-05-01",
                 paid_on="2026-05-02", **stamps),
        *_record("draft", DRAFT, client=ANNA, subject="Hi", body="Hello", status="held",
                 held_at=LATER, **stamps),
    ]  # fmt: skip
    forged_file(desktop.folder, changes)
    result = desktop.round()
    repairs = {(p.path, p.detail, p.count) for p in result.problems if p.kind == REPAIRED}
    assert repairs == {
        ("agreement", "foreign_reference", 1),
        ("payment", "foreign_reference", 1),
        ("payment", "paid_before_issued", 1),
        ("draft", "held_without_end", 1),
    }
    assert desktop.sql("SELECT project_id FROM agreement") == [(None,)]
    assert desktop.sql("SELECT project_id, due_on, paid_on FROM payment") == [
        (None, "2026-05-10", "2026-05-10")
    ]
    assert desktop.sql("SELECT hold_until FROM draft") == [(LATER,)]
    desktop.open()
    _imports(tmp_path, export_data())
