"""What a failed command made is undone: "nothing was changed" is true also on a full disk."""

from __future__ import annotations

import contextlib
from pathlib import Path


def remove_new_journal(data_dir: Path) -> None:
    """A journal that a failed ``demo`` or ``import`` created (a full disk) holds nothing of
    the user's: it goes again, with its companions and its (empty) backup folder, so that
    "nothing was changed" is true.  Runs under the journal's lock."""
    from clientjournal.paths import BACKUP_DIR, journal_file

    journal = journal_file(data_dir)
    for end in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{journal}{end}").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (data_dir / BACKUP_DIR).rmdir()  # only when empty


def remove_new_folder(data_dir: Path, had_folder: bool) -> None:
    """The journal folder a failed command created (for its lock), when it is empty again."""
    if not had_folder:
        with contextlib.suppress(OSError):
            data_dir.rmdir()
