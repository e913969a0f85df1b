"""``clientjournal sync FOLDER``: one round through a sync folder (publish, then apply).

Prints ``sent N, received M, conflicts K`` on stdout and exits 0; change files that could not be
read are listed on stderr (one line each: ``skipped <file>: <problem>``) and do not fail the
round, nor do warnings (``warning: …``: a clock ahead, changes waiting for a file, or the
folder that could not be tidied up after the round was done: full or removed).  A folder that cannot be used (missing, a file,
not writable, a foreign or garbled ``sync.json``, another passphrase, or another folder than
the one this journal syncs with): one line on stderr, exit 2, nothing changed.

The first ``sync FOLDER`` of a journal that has no folder set up makes FOLDER its folder (the
window's Settings → Sync shows it and syncs there in the background); after that the command
takes only that folder (a journal syncs with one folder: switching is done in Settings →
Sync, and the new folder then gets the whole journal) -- unless the journal can no longer use
it (after encrypt, rekey or decrypt the folder is of the other kind or passphrase, and the
refusal asks for an empty folder): then FOLDER becomes its folder.  The journal's lock is held by the
caller (``cli/main.py``), like every command that writes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clientjournal import APP_ID
from clientjournal.cli.status import EXIT_BAD_INPUT, EXIT_OK, fail


def _usable(folder: Path, backups: list[Path]) -> bool:
    """Whether this journal can still sync with its folder: after encrypt, rekey or decrypt
    it cannot (the folder is of the other kind or passphrase), and the refusal asks for an
    empty folder, which the command must then take."""
    from clientjournal.core.sync.problems import MISSING, NOT_WRITABLE
    from clientjournal.store.sync import SyncError, configure

    try:
        configure(folder, backups=backups, chosen=False)
    except SyncError as error:
        return error.problem.kind in (MISSING, NOT_WRITABLE)
    return True


def run_sync(args: argparse.Namespace) -> int:
    from clientjournal import settings
    from clientjournal.core.sync.format import printable
    from clientjournal.store.sync import SyncError, configure, run_round, sync_config

    folder = args.folder.expanduser().absolute()
    configured = sync_config().folder
    backups = settings.backup_folders(args.data_dir)
    try:
        if configured is None or (
            configured.resolve() != folder.resolve() and not _usable(configured, backups)
        ):
            configure(folder, backups=backups)  # no folder yet, or one this journal lost
        elif getattr(args, "start_anew", False) and configured.resolve() == folder.resolve():
            configure(configured, backups=backups)  # chosen again: an emptied folder is new
        elif configured.resolve() != folder.resolve():
            return fail(
                "sync refused, nothing was changed: this journal syncs with "
                f"{printable(str(configured))}; "
                "choose another folder in Settings → Sync, or sync with that one",
                EXIT_BAD_INPUT,
            )
        result = run_round(folder, backups=backups)
    except SyncError as error:
        # paths as typed or configured: a line break or a colour code in one is shown
        # escaped, never printed (a fake second line "sync ok" in green)
        return fail(f"sync failed, nothing was changed: {printable(str(error))}", EXIT_BAD_INPUT)
    for line in result.skipped:
        print(f"{APP_ID}: skipped {line}", file=sys.stderr)
    for line in result.clock_warnings:  # a warning may name the folder: shown escaped
        print(f"{APP_ID}: warning: {printable(line)}", file=sys.stderr)
    print(result.summary())
    return EXIT_OK
