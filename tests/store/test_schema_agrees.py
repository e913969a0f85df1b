"""The peewee models and the schema the migrations build agree: every table a model names has
exactly the model's columns, with the same NOT NULL.  The store reads and writes through both
(raw SQL for speed, models elsewhere), so a column added on one side only would fail late."""

from __future__ import annotations

from peewee import Model

from clientjournal.store import models
from clientjournal.store.connection import database


def _models() -> list[type[Model]]:
    found, todo = [], list(models.BaseModel.__subclasses__())
    while todo:
        model = todo.pop()
        found.append(model)
        todo += model.__subclasses__()
    return sorted(found, key=lambda m: m._meta.table_name)


def test_every_model_matches_its_migrated_table(journal):
    differences = []
    for model in _models():
        table = model._meta.table_name
        rows = database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        assert rows, f"{model.__name__}: no table {table!r} after the migrations"
        in_schema = {name: bool(notnull) or bool(pk) for _cid, name, _type, notnull, _d, pk in rows}
        in_model = {
            field.column_name: not field.null or field.primary_key
            for field in model._meta.sorted_fields
        }
        if in_schema != in_model:
            only_schema = sorted(set(in_schema) - set(in_model))
            only_model = sorted(set(in_model) - set(in_schema))
            nullness = sorted(
                name for name in set(in_schema) & set(in_model) if in_schema[name] != in_model[name]
            )
            differences.append(
                f"{table}: only in schema {only_schema}, only in model {only_model}, "
                f"NOT NULL differs {nullness}"
            )
    assert differences == []


def test_every_table_has_a_model(journal):
    tables = {
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    }
    modelled = {model._meta.table_name for model in _models()}
    search = {name for name in tables if "_fts" in name}  # the FTS5 index and its shadow tables
    assert tables - modelled - search == set()
