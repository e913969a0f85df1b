"""``clientjournal import FILE`` for contacts: a vCard or CSV file becomes clients.

The same all-or-nothing rule and one-line error as the JSON import; duplicates of clients the
journal already has are skipped, and said so on stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path

from clientjournal import APP_ID
from clientjournal.cli.status import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, fail


def _kind(path: Path) -> str:
    from clientjournal.core.contacts.contact import file_kind
    from clientjournal.store.exchange.common import ImportFailed, read_import_head

    try:
        head = read_import_head(path)  # a pipe is read once, and kept for the import
    except ImportFailed:
        return "json"  # the JSON import names the problem with the file
    return file_kind(path.name, head)


def is_contacts_file(path: Path) -> bool:
    """vCard or CSV (or a saved e-mail, to explain), by extension or else by the first bytes."""
    return _kind(path) in ("vcard", "csv", "eml")


def import_status(error: Exception) -> int:
    """2 when the file is at fault, 1 when the journal's disk refused (full, read-only)."""
    from clientjournal.store.exchange.common import ImportRefused

    return EXIT_FAILED if isinstance(error, ImportRefused) else EXIT_BAD_INPUT


def import_contacts(path: Path, tag_duplicates: bool = False) -> int:
    from clientjournal.store.exchange.contacts import DuplicatePolicy, import_contact_file
    from clientjournal.store.exchange.journal import ImportFailed

    if _kind(path) == "eml":
        return fail(
            f"{path}: a saved e-mail is not imported here; drop it on the window "
            "to add it as a note of its client"
        )
    try:
        policy = DuplicatePolicy.FLAG if tag_duplicates else DuplicatePolicy.SKIP
        result, parsed = import_contact_file(path, policy)
    except ImportFailed as error:
        return fail(f"import failed, nothing was changed: {error}", import_status(error))
    for problem in parsed.problems:
        print(f"{APP_ID}: {path}: {problem}", file=sys.stderr)
    if result.skipped:
        print(
            f"{APP_ID}: skipped {result.skipped} duplicates (the same e-mail, or the same "
            "name and company, as a client of the journal or an earlier contact of the file)",
            file=sys.stderr,
        )
    if result.flagged:
        print(
            f"{APP_ID}: tagged {result.flagged} duplicates 'possible duplicate'",
            file=sys.stderr,
        )
    print(result.counts().summary())
    return EXIT_OK
