"""``clientjournal backup``, ``restore`` and ``check``: the journal's safety from the shell.

Kept out of cli.py so that the other sub-commands never import them, and run without opening
the journal through the store first: these commands are most needed exactly when the journal
no longer opens (damaged, or from a newer version).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clientjournal import APP_ID
from clientjournal.cli.status import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, fail
from clientjournal.paths import journal_file


def run_data_command(args: argparse.Namespace) -> int:
    handler = {"backup": _backup, "restore": _restore, "check": _check}[args.command]
    return handler(args)


def _backup(args: argparse.Namespace) -> int:
    import time

    from clientjournal.store.safety.backup import BackupError, backup_journal

    journal = journal_file(args.data_dir)
    from clientjournal.cli.lock import protected_file

    if args.output is not None and (
        args.output.absolute() == journal.absolute() or protected_file(args.data_dir, args.output)
    ):
        return fail("the backup cannot be the journal itself; name another file", EXIT_BAD_INPUT)
    if args.output is not None:
        from clientjournal.cli.lock import not_a_file

        odd = not_a_file(args.output)
        if odd is not None:
            return fail(f"no backup made: {args.output} is {odd}; name a file", EXIT_BAD_INPUT)
    folder, made = None, True
    if args.output is None:  # into the backup folder of the settings (the env var wins)
        from clientjournal import settings

        saved = settings.load()  # one reading for the folder and whether it was picked
        folder, problem = settings.backup_target(args.data_dir, saved)
        made = not settings.backup_folder_picked(saved)  # a picked one: not made anew
        if problem is not None:
            import os

            from clientjournal.paths import BACKUP_DIR_ENV

            source = (
                f"${BACKUP_DIR_ENV}" if os.environ.get(BACKUP_DIR_ENV) else "Settings → Backups"
            )
            return fail(
                f"no backup made: the backup folder {folder} ({source}) is missing "
                "or not writable; plug in its disk, or name a file with -o",
                EXIT_FAILED,
            )
    started = time.perf_counter()
    try:
        info = backup_journal(
            args.data_dir, target=args.output, label="manual", folder=folder, make_folder=made
        )
    except BackupError as error:
        return fail(str(error), EXIT_FAILED)
    seconds = time.perf_counter() - started
    print(
        f"backed up to {info.path}: {info.clients} clients, {info.notes} notes, "
        f"{info.size / 1e6:.1f} MB, verified, in {seconds:.1f} s"
    )
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    """Runs under the journal's lock (cli/lock.py, taken by cli/main.py): refused while the app
    has the journal open (the window would go on writing to the file that was moved aside),
    and an app or a command started meanwhile waits instead of opening a half-swapped journal."""
    return _restore_locked(args)


def _restore_locked(args: argparse.Namespace) -> int:
    from clientjournal.store.connection import JournalOpenError, close_journal, open_journal
    from clientjournal.store.safety.restore import RestoreError, RestoreRefused, restore

    if not args.file.is_file():
        return fail(f"restore failed, nothing was changed: no file {args.file}", EXIT_BAD_INPUT)
    if args.file.absolute() == journal_file(args.data_dir).absolute():
        return fail("restore failed, nothing was changed: that is the journal itself", 2)
    try:
        done = restore(args.data_dir, args.file)
    except RestoreError as error:
        status = EXIT_FAILED if isinstance(error, RestoreRefused) else EXIT_BAD_INPUT
        return fail(f"restore failed: {error}", status)
    try:  # an older backup gets its schema brought up to date now, not at the next start
        open_journal(args.data_dir)
    except (JournalOpenError, RuntimeError) as error:
        return fail(f"restored, but the journal does not open: {error}", EXIT_FAILED)
    finally:
        close_journal()
    kept = f"; the previous journal is kept as {done.moved_aside}" if done.moved_aside else ""
    print(
        f"restored {args.file} ({done.restored.clients} clients, {done.restored.notes} notes){kept}"
    )
    if done.keyed_now:
        print(
            "the backup was encrypted: the journal is encrypted now and opens only with the "
            "backup's passphrase"
        )
        for copy in done.sealed:
            print(f"  encrypted with it, a plain copy of the journal before: {copy}")
        for copy in done.left_plain:
            print(
                f"{APP_ID}: still plain, could not be encrypted: {copy}; run '{APP_ID} "
                "encrypt' to finish",
                file=sys.stderr,
            )
    if done.encrypted_now:
        print("the backup was plain: the restored journal has the journal's passphrase")
    if done.plain_now:
        print(
            f"{APP_ID}: the backup was plain and the journal's passphrase is not known: the "
            f"journal is NOT encrypted now; run '{APP_ID} encrypt' to set a passphrase",
            file=sys.stderr,
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from clientjournal import settings
    from clientjournal.store.safety.backup import list_backups_in
    from clientjournal.store.safety.encryption import passphrase_for
    from clientjournal.store.safety.integrity import inspect_file

    found = inspect_file(journal_file(args.data_dir), passphrase=passphrase_for(args.data_dir))
    if found.ok:
        print(f"{found.path}: ok, {found.summary()}, {found.size / 1e6:.1f} MB")
        return EXIT_OK
    print(f"{found.path}: {found.problem}")
    if found.refused:  # not damage: a backup in its place would meet the same refusal
        print("the journal itself may well be fine: fix the cause (free space, permissions)")
        return EXIT_FAILED
    folders = settings.backup_folders(args.data_dir)
    listed = list_backups_in(args.data_dir, folders)
    newest = next((info for info in listed if info.readable), None)
    if newest is None:
        print(f"no readable backup in {' or '.join(str(folder) for folder in folders)}")
    else:
        print(f"newest backup: {newest.summary()}")
        print(f"to restore it: {APP_ID} --data-dir {args.data_dir} restore {newest.path}")
    return EXIT_FAILED


def journal_not_new(data_dir: Path) -> str | None:
    """An empty journal while backups exist, or a missing one after a restore, is never
    taken for a new journal: the command stops and says how to restore."""
    from clientjournal import settings
    from clientjournal.store.safety.backup import backup_files, list_backups_in, replaced_journals
    from clientjournal.store.safety.restore import missing_journal_problem

    folders = settings.backup_folders(data_dir)
    backups = [path for folder in folders for path in backup_files(folder)]
    problem = missing_journal_problem(data_dir, backups)
    if problem is None:
        return None
    replaced = replaced_journals(data_dir)
    listed = list_backups_in(data_dir, folders)
    newest = next((info.path for info in listed if info.readable), None)
    candidate = replaced[0] if replaced and not journal_file(data_dir).exists() else newest
    offer = (
        f"; to restore: {APP_ID} --data-dir {data_dir} restore {candidate}"
        if candidate is not None
        else ""
    )
    return f"{problem}; nothing was changed{offer}"


def restore_offer(data_dir: Path) -> str:
    """ "; newest backup: … ; to restore it: …" for a message about a damaged journal, or
    where there is none, that there is none."""
    from clientjournal import settings
    from clientjournal.store.safety.backup import list_backups_in

    folders = settings.backup_folders(data_dir)
    listed = list_backups_in(data_dir, folders)
    newest = next((info for info in listed if info.readable), None)
    kind = ""
    if newest is None:  # encrypted ones open with a passphrase this command was not given
        newest = next((info for info in listed if info.encrypted), None)
        kind = " (encrypted)"
    if newest is None:
        return "; there is no readable backup"
    return (
        f"; the newest backup is {newest.path}{kind}; to restore it: {APP_ID} --data-dir "
        f"{data_dir} restore {newest.path}"
    )


def journal_damage(data_dir: Path, passphrase: str | None = None) -> str | None:
    """What ``check`` would say of a journal that is damaged, cut short, from a newer version
    or not a journal, with the newest backup; None when it is fine, only encrypted (no or
    a wrong passphrase: the caller says that), or refused by the system (said elsewhere)."""
    from clientjournal.store.safety.integrity import ENCRYPTED, WRONG_PASSPHRASE, inspect_file

    found = inspect_file(journal_file(data_dir), passphrase=passphrase)
    if found.ok or found.refused or found.problem in (ENCRYPTED, WRONG_PASSPHRASE):
        return None
    if found.problem == "there is no journal file":
        return None
    if "newer" in str(found.problem):  # update the app: a backup would go back in time
        from clientjournal.store.migrations import LATEST_VERSION

        return (
            f"{found.path}: the journal is from a newer version of Client Journal (schema "
            f"{found.schema}; this version reads up to {LATEST_VERSION}): update the app to "
            "open it; nothing was changed"
        )
    return f"{found.path}: {found.problem}; nothing was changed{restore_offer(data_dir)}"
