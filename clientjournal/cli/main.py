"""The command line: global options and the sub-commands that work without a window.

Sub-commands import only what they need, so ``clientjournal export`` never loads Qt.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from pathlib import Path
from typing import cast

from clientjournal import APP_ID, __version__
from clientjournal.cli.status import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    fail,
    given_path,
    output_path,
)
from clientjournal.paths import DATA_DIR_ENV, default_data_dir

ENCRYPTION_COMMANDS = {
    "encrypt": "encrypt the journal and its backups with a passphrase (SQLCipher)",
    "rekey": "change the passphrase of the journal and its backups",
    "decrypt": "remove the passphrase: the journal and its backups become plain again",
}


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=given_path,
        default=argparse.SUPPRESS,
        help=f"journal folder (default: ${DATA_DIR_ENV} or the per-user data folder); created if missing",
    )
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        parents=[common],
        description="Client Journal: a local journal of every client relationship.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, wait until it is painted and idle, print 'ready in N ms', exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty journal with demo data"
    )
    demo.add_argument("--clients", type=int, default=40, help="number of clients (default 40)")
    demo.add_argument("--notes", type=int, default=1200, help="number of notes (default 1200)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; same seed, same journal")

    export = commands.add_parser(
        "export", parents=[common], help="write the journal to a file or stdout"
    )
    export.add_argument(
        "--format",
        choices=["json", "ics", "csv", "markdown"],
        default="json",
        help="json: the whole journal, lossless; ics: follow-ups and due dates for a calendar; "
        "csv: the clients as a table; markdown: one readable file per client (-o FOLDER)",
    )
    export.add_argument(
        "--lang",
        choices=["de", "en"],
        help="language of the calendar's and the Markdown files' words (default: from LANG)",
    )
    export.add_argument(
        "-o", "--output", type=output_path, help="file to write (default or -: stdout)"
    )

    tone = commands.add_parser(
        "tone", parents=[common], help="rate a draft on stdin: heated or calm?"
    )
    tone.add_argument("--lang", choices=["de", "en"], help="language of the text (default: detect)")

    search = commands.add_parser(
        "search", parents=[common], help="find notes, profiles, agreements and drafts"
    )
    search.add_argument("text", nargs="+", help="words to find (umlauts or not, prefixes match)")
    search.add_argument("--limit", type=int, default=20, help="at most N results (default 20)")

    imp = commands.add_parser(
        "import", parents=[common], help="merge a JSON export, or add vCard / CSV contacts"
    )
    imp.add_argument(
        "file",
        type=given_path,
        help="a JSON file written by 'clientjournal export', a vCard (.vcf) or a CSV of contacts",
    )
    imp.add_argument(
        "--duplicates",
        choices=["skip", "tag"],
        default="skip",
        help="contacts that look like clients you have (same e-mail, or same name and company): "
        "skip them (default) or import them tagged 'possible duplicate'",
    )

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="write a verified copy of the journal, also while it is open",
    )
    backup.add_argument(
        "-o",
        "--output",
        type=given_path,
        help="file to write (default: a new file in the backup folder)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the journal by a backup (the current journal is backed up and kept)",
    )
    restore.add_argument("file", type=given_path, help="a backup or journal file")
    commands.add_parser(
        "check", parents=[common], help="is the journal healthy? (read-only; exit 1 if not)"
    )
    for name, text in ENCRYPTION_COMMANDS.items():
        commands.add_parser(name, parents=[common], help=text)
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="one sync round through a folder Syncthing, Nextcloud or Dropbox carries",
    )
    sync.add_argument("folder", type=given_path, help="the sync folder (shared by every computer)")
    anew = "take a folder this journal synced through before, now empty, as a new one"
    sync.add_argument("--start-anew", action="store_true", help=anew)
    parser.epilog = (
        "An encrypted journal's passphrase comes from $CLIENTJOURNAL_PASSPHRASE or is asked on "
        "the terminal; a new one (encrypt, rekey) from $CLIENTJOURNAL_NEW_PASSPHRASE or asked "
        "twice. A forgotten passphrase cannot be recovered."
    )
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    from clientjournal.paths import keep_private

    keep_private()  # the window's start and every command come through here first
    args = _window_start(argv) or build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = default_data_dir()
    args.data_dir = args.data_dir.expanduser().absolute()
    return args


def _window_start(argv: list[str]) -> argparse.Namespace | None:
    """The window's start (no command, only its options), read without building every
    command's parser (~5 ms of each start, issue 21); None for anything else, which the full
    parser reads and words every error and ``--help`` for.

    Read by hand, not by a small ``ArgumentParser``: building one looks up argparse's
    translations through ``gettext`` (the ``locale`` module imported, a search of the
    system's message catalogues), ~5 ms of the first parse of a process, which a bare window
    never pays.  Only ``--data-dir PATH``, ``--data-dir=PATH`` and ``--smoke-test`` are taken,
    each any number of times (the last path wins, as argparse's); a path that is empty or
    starts with "-" is left to the full parser, as is anything else."""
    smoke_test = False
    data_dir: Path | None = None
    items = iter(argv)
    for item in items:
        if item == "--smoke-test":
            smoke_test = True
            continue
        if item == "--data-dir":
            value = next(items, None)
        elif item.startswith("--data-dir="):
            value = item.partition("=")[2]
        else:
            return None
        if value is None or value.startswith("-") or not value.strip():
            return None
        data_dir = given_path(value)
    args = argparse.Namespace(smoke_test=smoke_test, command=None)
    if data_dir is not None:
        args.data_dir = data_dir
    return args


WRITING_COMMANDS = {"demo", "import", "restore", "sync", *ENCRYPTION_COMMANDS}
"""They hold the journal's lock while they work (cli/lock.py); the others only read."""


def run(args: argparse.Namespace) -> int:
    """Run a sub-command; returns the process exit status."""
    from clientjournal.cli.output import flushed, printing, refused_at_once, stdout_failed

    if (refused := refused_at_once(args)) is not None or args.command == "tone":
        return refused if refused is not None else printing("tone", lambda: _tone(args))
    from clientjournal.cli.lock import not_yours
    from clientjournal.cli.undo import remove_new_folder, remove_new_journal
    from clientjournal.store.safety.restore import incoming_path, restore_leftovers

    if args.command in WRITING_COMMANDS or args.command == "backup":
        foreign = not_yours(args.data_dir, args.command, getattr(args, "output", None))
        if foreign is not None:
            return fail(foreign, EXIT_FAILED)
    lock = None
    had_folder = os.path.exists(args.data_dir)  # False also where it cannot be reached
    restoring = os.path.exists(incoming_path(args.data_dir)) or restore_leftovers(args.data_dir)
    if args.command in WRITING_COMMANDS or restoring:
        from clientjournal.cli.lock import take_lock

        lock = take_lock(args.data_dir, args.command)
        if isinstance(lock, int):
            remove_new_folder(args.data_dir, had_folder)
            return lock
    had_journal = journal_exists(args.data_dir)  # under the lock: nobody makes one meanwhile
    status = EXIT_FAILED
    try:
        status = flushed(_run_on_journal(args, args.command in WRITING_COMMANDS), args.command)
        return status
    except Exception as error:
        if (handled := stdout_failed(error, args.command)) is not None:
            return handled
        problem = refusal(error, args.data_dir)
        if problem is None:
            raise  # a fault of the program: its traceback is what a bug report needs
        changed = ", nothing was changed" if args.command in WRITING_COMMANDS else ""
        return fail(f"{args.command} failed{changed}: {problem}", EXIT_FAILED)
    finally:
        if status != EXIT_OK and not had_journal and args.command in ("demo", "import"):
            remove_new_journal(args.data_dir)
        if lock is not None:
            lock.release()
        if status != EXIT_OK:
            remove_new_folder(args.data_dir, had_folder)


def refusal(error: BaseException, data_dir: Path | None = None) -> str | None:
    """The one line for what the system refused (a full or read-only disk, a file that is not
    the user's, a database that SQLite will not read), or None for a fault of the program.
    Every writer works in one transaction or through a new file renamed at the end, so a
    refusal half-way changes nothing."""
    import sqlite3

    from clientjournal.paths import os_problem, sqlite_problem

    if data_dir is not None:
        from clientjournal.store.safety.reading import io_problem

        full = io_problem(error, data_dir)  # SQLite's "disk I/O error" on a full disk
        if full is not None:
            return full
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{os_problem(error)}"
    if isinstance(error, sqlite3.Error) or type(error).__module__.startswith("sqlcipher3"):
        return sqlite_problem(error)
    if "peewee" in sys.modules:
        from peewee import DatabaseError

        if isinstance(error, DatabaseError):
            return sqlite_problem(error)
    return None


def _run_on_journal(args: argparse.Namespace, writes: bool) -> int:
    from clientjournal.store.safety.restore import finish_interrupted_restore

    try:
        done = finish_interrupted_restore(args.data_dir)
    except OSError as error:
        return fail(f"an interrupted restore cannot be finished: {error.strerror}", EXIT_FAILED)
    if done is not None:
        print(f"{APP_ID}: {done}", file=sys.stderr)
    if args.command not in ("restore", "check"):
        from clientjournal.cli.backup import journal_not_new

        problem = journal_not_new(args.data_dir)
        if problem is not None:
            return fail(problem, EXIT_FAILED)
    if args.command in ENCRYPTION_COMMANDS:
        from clientjournal.cli.encryption import run_encryption_command

        return run_encryption_command(args)
    from clientjournal.cli.encryption import unlock

    restoring = (args.file,) if args.command == "restore" else ()
    refused = unlock(args.data_dir, *restoring)  # an encrypted journal: its passphrase, proved
    if refused is not None:
        return refused
    if args.command in ("backup", "restore", "check"):  # must work on a journal that won't open
        from clientjournal.cli.backup import run_data_command

        return run_data_command(args)
    from clientjournal.store.connection import (
        JournalOpenError,
        SchemaOutdated,
        close_journal,
        open_journal,
        open_journal_read_only,
    )

    try:
        if writes:
            open_journal(args.data_dir)
        else:
            try:
                open_journal_read_only(args.data_dir)
            except SchemaOutdated:  # an older journal: migrated once, under the lock
                from clientjournal.cli.lock import take_lock

                lock = take_lock(args.data_dir, args.command)
                if isinstance(lock, int):
                    return lock
                try:
                    open_journal(args.data_dir)
                    close_journal()
                finally:
                    lock.release()
                open_journal_read_only(args.data_dir)
    except JournalOpenError as error:
        from clientjournal.cli.backup import journal_damage
        from clientjournal.store.safety.encryption import passphrase_for

        damage = journal_damage(args.data_dir, passphrase_for(args.data_dir))
        return fail(f"cannot open the journal: {damage or error}", EXIT_FAILED)
    from clientjournal.cli.exchange import export_command, import_command

    try:
        handler = {
            "demo": _demo,
            "export": export_command,
            "import": import_command,
            "search": _search,
            "sync": _sync,
        }[args.command]
        return handler(args)
    finally:
        close_journal()


def journal_exists(data_dir: Path) -> bool:
    from clientjournal.paths import journal_file

    return os.path.exists(journal_file(data_dir))  # False where it cannot be reached


def _demo(args: argparse.Namespace) -> int:
    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import JournalNotEmptyError, fill

    if not (1 <= args.clients <= 100_000 and 0 <= args.notes <= 5_000_000):  # typo'd zeros
        return fail("demo needs --clients 1 to 100000 and --notes 0 to 5000000", EXIT_BAD_INPUT)
    started = time.perf_counter()
    print(
        f"generating {args.clients} clients and {args.notes} notes (seed {args.seed})…",
        file=sys.stderr,
    )
    journal = generate(args.clients, args.notes, seed=args.seed)
    last_report = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total or now - last_report[0] > 0.5:
            last_report[0] = now
            print(f"  {stage}: {done}/{total}", file=sys.stderr)

    try:
        client_count, note_count = fill(journal, progress)
    except JournalNotEmptyError as error:
        return fail(str(error), EXIT_BAD_INPUT)
    seconds = time.perf_counter() - started
    print(
        f"demo journal: {client_count} clients, {note_count} notes, "
        f"{len(journal.projects)} projects, {len(journal.agreements)} agreements "
        f"in {seconds:.1f} s",
        file=sys.stderr,
    )
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    from clientjournal.cli.sync import run_sync

    return run_sync(args)


def _search(args: argparse.Namespace) -> int:
    import html
    import re

    from clientjournal.core.exchange.markdown import local_time
    from clientjournal.store.search import by_client, search

    if args.limit < 1:
        return fail("search needs --limit 1 or more", EXIT_BAD_INPUT)
    result = search(" ".join(args.text), limit=args.limit)
    cast(io.TextIOWrapper, sys.stdout).reconfigure(encoding="utf-8")
    for hit in (hit for group in by_client(result.hits) for hit in group):  # as the window
        text = html.unescape(re.sub(r"</?b>", "*", hit.snippet))
        day = local_time(hit.at).strftime("%Y-%m-%d")
        print(f"{hit.client_name}\t{day}\t{hit.kind}\t{text}")
    sys.stdout.flush()  # a full or closed output fails here, before the count claims success
    print(f"{len(result.hits)} results in {result.query_ms:.1f} ms", file=sys.stderr)
    return EXIT_OK


def _tone(args: argparse.Namespace) -> int:
    from clientjournal.core.tone import assess

    cast(io.TextIOWrapper, sys.stdin).reconfigure(encoding="utf-8", errors="replace")
    text = sys.stdin.read()
    if not text.strip():
        return fail(
            "tone reads a draft on standard input, e.g.: clientjournal tone < reply.txt",
            EXIT_BAD_INPUT,
        )
    result = assess(text, args.lang)
    verdict = "heated: consider sleeping on it" if result.heated else "calm"
    print(f"score: {result.score:.2f}")
    print(f"verdict: {verdict}")
    print(f"language: {result.lang}")
    if result.signals:
        print("reasons:")
        for signal in result.signals:
            print(f"  - {signal}")
    return EXIT_OK


def wants_gui(args: argparse.Namespace) -> bool:
    return args.command is None


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
