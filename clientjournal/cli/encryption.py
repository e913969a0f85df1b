"""The passphrase on the command line, and ``clientjournal encrypt`` / ``rekey`` / ``decrypt``.

A command that reads an encrypted journal takes its passphrase from ``$CLIENTJOURNAL_PASSPHRASE``
or, on a terminal, asks for it without echo; a new one comes from
``$CLIENTJOURNAL_NEW_PASSPHRASE`` or is asked twice.  A missing or wrong passphrase is one line
on stderr and exit status 2, before anything was changed.  The passphrase is never printed.
Plain journals are never asked anything and never load SQLCipher.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from clientjournal import APP_ID
from clientjournal.cli.status import EXIT_FAILED, EXIT_OK, fail
from clientjournal.paths import journal_file

PASSPHRASE_ENV = "CLIENTJOURNAL_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CLIENTJOURNAL_NEW_PASSPHRASE"
MISSING = (
    f"the journal is encrypted: set {PASSPHRASE_ENV} or run the command in a terminal; "
    "nothing was changed"
)
WRONG = "the passphrase is wrong; nothing was changed"


def read_passphrase(env: str = PASSPHRASE_ENV, prompt: str = "Passphrase: ") -> str | None:
    """From the environment, else asked on the terminal; None when neither is there."""
    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(prompt) or None
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None


def read_new_passphrase() -> str | None:
    """The new passphrase: from the environment, or typed twice on the terminal."""
    given = os.environ.get(NEW_PASSPHRASE_ENV)
    if given or not sys.stdin.isatty():
        return given or None
    first = read_passphrase(NEW_PASSPHRASE_ENV, "New passphrase: ")
    again = read_passphrase(NEW_PASSPHRASE_ENV, "New passphrase again: ") if first else None
    if first is None or first != again:
        print(f"{APP_ID}: the two passphrases differ", file=sys.stderr)
        return None
    return first


def unlock(data_dir: Path, *others: Path) -> int | None:
    """Before a command reads the journal (or ``others``, e.g. a backup to restore): when one
    of them is encrypted, get the passphrase, prove it on the journal, keep it in memory for
    the store.  Returns an exit status on failure, None to go on."""
    from clientjournal.store.safety.encryption import looks_encrypted

    journal = journal_file(data_dir)
    if not any(looks_encrypted(path) for path in (journal, *others)):
        return None
    passphrase = read_passphrase()
    if passphrase is None:
        if not looks_encrypted(journal):  # only the file named (a backup to restore)
            named = next(path for path in others if looks_encrypted(path))
            return fail(
                f"{named} is encrypted, or no journal at all: set {PASSPHRASE_ENV} or run "
                "the command in a terminal; nothing was changed"
            )
        return fail(MISSING)
    from clientjournal.store.safety.encryption import connection_errors, opens, remember

    if looks_encrypted(journal):
        try:
            if not opens(journal, passphrase):
                return fail(WRONG)
        except connection_errors():
            pass  # the passphrase fits a damaged file (cut short): the command says so
    remember(data_dir, passphrase)
    return None


def run_encryption_command(args: argparse.Namespace) -> int:
    """``encrypt``, ``rekey`` and ``decrypt``: the journal and its backups, through new files."""
    journal = journal_file(args.data_dir)
    if not journal.is_file():
        return fail(f"there is no journal in {args.data_dir}")
    from clientjournal.cli.backup import journal_damage
    from clientjournal.store.safety.encryption import looks_encrypted

    encrypted = looks_encrypted(journal)
    damage = None if encrypted else journal_damage(args.data_dir)
    if damage is not None:  # cut short (also an encrypted one), damaged, from a newer version
        return fail(f"{args.command} refused: {damage}", EXIT_FAILED)
    if args.command == "encrypt" and encrypted:
        return _finish_encrypt(args.data_dir)
    if args.command in ("rekey", "decrypt") and not encrypted:
        return fail("the journal is not encrypted; use 'encrypt' to set a passphrase")
    old = None
    if encrypted:
        old = read_passphrase(prompt="Current passphrase: ")
        if old is None:
            return fail(MISSING)
        damage = journal_damage(args.data_dir, old)
        if damage is not None:
            return fail(f"{args.command} refused: {damage}", EXIT_FAILED)
    new = None
    if args.command != "decrypt":
        new = read_new_passphrase()
        if new is None:
            return fail(
                f"a new passphrase is needed: set {NEW_PASSPHRASE_ENV} or run the command in "
                "a terminal; nothing was changed"
            )
        from clientjournal.core.safety.passphrase import MIN_LENGTH

        if len(new) < MIN_LENGTH:
            return fail(f"the new passphrase needs at least {MIN_LENGTH} characters")
    return _change(args.data_dir, old, new)


def _finish_encrypt(data_dir: Path) -> int:
    """``encrypt`` on an encrypted journal: an earlier encrypt (or a restore) may have left
    plain copies beside it; they are encrypted with the journal's passphrase, else the
    command says that the journal is encrypted already."""
    from clientjournal import settings
    from clientjournal.store.safety.reencrypt import plain_copies

    if not plain_copies(data_dir, [settings.backup_folder(data_dir)]):
        return fail("the journal is encrypted already; use 'rekey' to change the passphrase")
    print(
        f"{APP_ID}: the journal is encrypted, but plain copies of it are left (an encrypt "
        "cut short, or an earlier restore): they get the journal's passphrase",
        file=sys.stderr,
    )
    current = read_passphrase(prompt="Current passphrase: ")
    if current is None:
        return fail(MISSING)
    return _change(data_dir, None, current)


def _sync_folder(data_dir: Path, passphrase: str | None) -> Path | None:
    """The sync folder this journal publishes to, read before its encryption changes: its
    change files keep the old state (plain, or the old passphrase) after the journal moved
    on, and only the user can delete them on every computer (issue 20, finding 7)."""
    from peewee import DatabaseError

    from clientjournal.store.connection import (
        JournalOpenError,
        close_journal,
        open_journal_read_only,
    )

    try:
        open_journal_read_only(data_dir, passphrase)
    except (JournalOpenError, OSError):  # an older journal (no sync yet), or one that fails
        return None
    try:
        from clientjournal.store.sync import sync_config

        return sync_config().folder
    except DatabaseError:
        return None
    finally:
        close_journal()


def _say_sync_folder_left(folder: Path, old: str | None) -> None:
    before = "in plain text" if old is None else "under the old passphrase"
    print(
        f"{APP_ID}: the sync folder {folder} still holds this journal's changes {before}, and "
        "they no longer fit it: sync to a new, empty folder (clientjournal sync NEW_FOLDER, or "
        "Settings → Sync), then delete the old folder's files on every computer",
        file=sys.stderr,
    )


def _change(data_dir: Path, old: str | None, new: str | None) -> int:
    from clientjournal.store.safety.encryption import WrongKey
    from clientjournal.store.safety.reencrypt import ReencryptError, change_passphrase

    def progress(what: str, done: int, total: int) -> None:
        if what == "backups" and total:
            print(f"  backups: {done}/{total}", file=sys.stderr)

    from clientjournal import settings

    sync_folder = _sync_folder(data_dir, old)
    try:
        done = change_passphrase(data_dir, old, new, progress, [settings.backup_folder(data_dir)])
    except WrongKey:
        return fail(WRONG)
    except ValueError as error:
        return fail(f"{error}; nothing was changed")
    except ReencryptError as error:
        count = error.copies_done
        rest = (
            f"; the journal is as it was, {count} of its copies have the new state already: "
            "run the same command again to finish"
            if count
            else "; nothing was changed"
        )
        return fail(f"{error}{rest}", EXIT_FAILED)
    state = "decrypted" if new is None else "encrypted" if old is None else "re-encrypted"
    journal = done.journal if done.journal_changed else f"{done.journal} (it was already)"
    count = len(done.backups)
    print(f"{state} {journal} and {count} {'copy' if count == 1 else 'copies'} of it")
    for copy in done.backups:
        print(f"  {state}: {copy}")
    already = "under the new passphrase already" if old and new else f"{state} already"
    for copy in done.already:
        print(f"  {already}: {copy}")
    for stray in done.removed:
        print(f"  deleted, an unfinished copy: {stray}")
    for skipped in done.skipped:
        print(f"  left as it was (another passphrase, or unreadable): {skipped}")
    if sync_folder is not None and done.journal_changed:
        _say_sync_folder_left(sync_folder, old)
    return EXIT_OK
