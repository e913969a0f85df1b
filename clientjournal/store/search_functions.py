"""The SQL functions and collation every connection to the journal registers before it
connects: the search index's triggers call ``cj_index`` and ``cj_client_index``, and the
client list orders names with ``cj_name`` / ``cj_sort_key``.

Apart from ``store/search.py`` so that opening the journal does not import the search itself
(its queries, result records and snippets) before the first search (issue 21).
"""

from __future__ import annotations

import json

from peewee import SqliteDatabase

from clientjournal.core.collation import COLLATION, binary_key, compare, surname_first
from clientjournal.core.search_text import index_text


def _client_index(name: str, company: str, email: str, profile: str) -> str:
    try:
        values = json.loads(profile or "{}")
    except ValueError:
        values = {}
    texts = [str(v) for v in values.values()] if isinstance(values, dict) else []
    return index_text(name, company, email, *texts)


def register_functions(db: SqliteDatabase) -> None:
    """Before the first connection: the index triggers call these; and the order of names
    (core/collation.py): ``ORDER BY name COLLATE cj_name`` for short lists, the same order
    as ``ORDER BY cj_sort_key(name)`` for long ones (computed once per row), and
    ``cj_surname(name, company)`` that puts a person's surname first."""
    db.register_collation(compare, COLLATION)
    db.register_function(lambda text: binary_key(text or ""), "cj_sort_key", 1, deterministic=True)
    db.register_function(
        lambda name, company: surname_first(name or "", company or ""),
        "cj_surname",
        2,
        deterministic=True,
    )
    db.register_function(lambda text: index_text(text or ""), "cj_index", 1, deterministic=True)
    db.register_function(_client_index, "cj_client_index", 4, deterministic=True)
