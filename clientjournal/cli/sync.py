"""``clientjournal sync FOLDER``: one round through a sync folder (publish, then apply).

Prints ``sent N, received M, conflicts K`` on stdout and exits 0; change files that could not be
read are listed on stderr (one line each) and do not fail the round.  A folder that cannot be
used (missing, a file, not writable, a foreign ``sync.json``, another passphrase): one line on
stderr, exit 2, nothing changed.  The journal's lock is held by the caller (``cli/main.py``).
"""

from __future__ import annotations

import argparse
import sys

from clientjournal import APP_ID
from clientjournal.cli.status import EXIT_BAD_INPUT, EXIT_OK, fail


def run_sync(args: argparse.Namespace) -> int:
    from clientjournal.store.sync import SyncError, run_round

    try:
        result = run_round(args.folder.expanduser().absolute())
    except SyncError as error:
        return fail(f"sync failed, nothing was changed: {error}", EXIT_BAD_INPUT)
    for line in result.skipped:
        print(f"{APP_ID}: skipped {line}", file=sys.stderr)
    for line in result.clock_warnings:
        print(f"{APP_ID}: {line}", file=sys.stderr)
    print(result.summary())
    return EXIT_OK
