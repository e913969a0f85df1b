"""Writing the readable exports: a folder of Markdown files (one per client) and a CSV table.

Both are built from the one JSON export document; like every export they are private to the
user (folder 0700, files 0600) and each file is complete or not there.  Clients in the trash are
left out: these files are for reading and for other programs, not for restoring.
"""

from __future__ import annotations

from pathlib import Path

from clientjournal.core.exchange.markdown import client_markdown, clients_csv, file_name
from clientjournal.core.files import atomic_private_file
from clientjournal.paths import ensure_private_dir
from clientjournal.store.exchange.json_export import export_data


def export_markdown(folder: Path, language: str = "en") -> int:
    """Write one Markdown file per client into ``folder``; returns how many."""
    ensure_private_dir(folder)
    document = export_data()
    written = 0
    for client in document["clients"]:
        if client["deleted_at"]:
            continue
        with atomic_private_file(folder / file_name(client)) as stream:
            stream.write(client_markdown(client, language))
        written += 1
    return written


def export_csv(path: Path | None) -> str:
    """The clients as CSV; written to ``path`` when given."""
    text = clients_csv(export_data())
    if path is not None:
        with atomic_private_file(path, binary=True) as stream:
            stream.write(text.encode("utf-8"))
    return text
