"""Where a restore puts the backup it copies in, and what one cut short leaves behind.

Every start looks for these before it opens the journal (``app._nothing_to_see_before_open``,
``cli.main``); the restore itself (``store.safety.restore``, which re-exports all three) is
not imported for that look (issue 21).
"""

from __future__ import annotations

import os
from pathlib import Path

from clientjournal.paths import journal_file


def incoming_path(data_dir: Path) -> Path:
    current = journal_file(data_dir)
    return current.with_name(current.name + ".restoring")


UNFINISHED_ENDS = (".partial", ".partial-journal", ".rekeying", ".rekeying-journal")
"""What a restore killed while it copied (or encrypted) the backup in leaves beside
``journal.sqlite3.restoring``: an unfinished copy, plaintext perhaps."""


def restore_leftovers(data_dir: Path) -> list[Path]:
    """The unfinished copies of an interrupted restore (``UNFINISHED_ENDS``) that exist."""
    incoming = incoming_path(data_dir)
    ends = UNFINISHED_ENDS  # os.path.exists: False also where the folder cannot be reached
    return [path for end in ends if os.path.exists(path := Path(f"{incoming}{end}"))]
