"""Writing the readable exports: a folder of Markdown files (one per client) and a CSV table.

Both are built from the JSON export a client at a time (``json_export.journal_export``), so
memory does not grow with the number of notes; like every export they are private to the
user (folder 0700, files 0600).  Clients in the trash are left out: these files are for
reading and for other programs, not for restoring.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from clientjournal.core.exchange.markdown import client_markdown, clients_csv, file_name
from clientjournal.core.files import atomic_private_file, fsync_folder
from clientjournal.paths import ensure_private_dir
from clientjournal.store.exchange.json_export import journal_export

STAGING_PREFIX = ".clientjournal-export-"


def export_markdown(folder: Path, language: str = "en") -> int:
    """Write one Markdown file per client into ``folder``; returns how many.

    All or nothing: the files are written into a hidden folder inside ``folder`` first and
    moved into place only when every one is complete, so a full disk half way leaves no
    client's file changed or added (each was written in place before, issue 18)."""
    ensure_private_dir(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))  # 0700
    try:
        written = 0
        with journal_export() as (_head, clients, _templates):
            for client in clients:
                if client["deleted_at"]:
                    continue
                with atomic_private_file(staging / file_name(client)) as stream:
                    stream.write(client_markdown(client, language))
                written += 1
        fsync_folder(staging)
        with os.scandir(staging) as files:
            for file in files:
                os.replace(file.path, folder / file.name)
        fsync_folder(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def export_csv(path: Path | None) -> str:
    """The clients as CSV; written to ``path`` when given."""
    with journal_export() as (head, clients, _templates):
        # The table needs how many notes, not the notes: a range has a length and no items.
        rows = [{**client, "notes": range(len(client["notes"]))} for client in clients]
    text = clients_csv({**head, "clients": rows})
    if path is not None:
        with atomic_private_file(path, binary=True) as stream:
            stream.write(text.encode("utf-8"))
    return text
