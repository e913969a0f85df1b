"""The commands that carry the journal out (JSON, CSV, Markdown, calendar) and in (JSON,
contacts): each writes its file whole or refuses with one line, so a script can trust the
exit status."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path
from typing import cast

from clientjournal.cli.status import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, fail


def _system_language() -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX"):
            return value[:2].lower()
    return "en"


def _written(text: str, output: Path | None, what: str) -> int:
    """An export already written to ``output``, or to go to stdout as UTF-8."""
    if output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    else:
        print(f"exported {what} to {output}", file=sys.stderr)
    return EXIT_OK


def _export_calendar(args: argparse.Namespace) -> int:
    from clientjournal import APP_NAME
    from clientjournal.core.exchange.ics import labels_for
    from clientjournal.core.timeutil import utcnow
    from clientjournal.store.exchange.calendar import export_calendar

    labels = labels_for(args.lang or _system_language())
    try:
        text = export_calendar(args.output, utcnow(), labels, APP_NAME)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror or error}", EXIT_FAILED)
    return _written(text, args.output, "the calendar")


def _export_text(args: argparse.Namespace) -> int:
    from clientjournal.store.exchange.text import export_csv, export_markdown

    try:
        if args.format == "markdown":
            if args.output is None:
                return fail("markdown needs -o FOLDER (one file per client)", EXIT_BAD_INPUT)
            count = export_markdown(args.output, args.lang or _system_language())
            print(f"exported {count} clients to {args.output}", file=sys.stderr)
            return EXIT_OK
        text = export_csv(args.output)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror or error}", EXIT_FAILED)
    return _written(text, args.output, "the clients")


def export_command(args: argparse.Namespace) -> int:
    from clientjournal.cli.lock import export_refused
    from clientjournal.store.exchange import journal as exchange

    to_file = args.output is not None and args.format != "markdown"
    if args.output is not None and (why := export_refused(args.data_dir, args.output)):
        return fail(
            f"export refused, nothing was written: {args.output} {why}; name another place",
            EXIT_BAD_INPUT,
        )
    if to_file:
        from clientjournal.cli.lock import not_a_file

        odd = not_a_file(args.output)
        if odd is not None:  # a pipe: use stdout (`clientjournal export | gpg -e …`)
            return fail(
                f"export refused, nothing was written: {args.output} is {odd}; name a "
                "file, or leave -o out to write to stdout",
                EXIT_BAD_INPUT,
            )
    if args.format == "ics":
        return _export_calendar(args)
    if args.format in ("csv", "markdown"):
        return _export_text(args)
    if args.output is None:
        # the format is UTF-8 whatever the terminal says
        cast(io.TextIOWrapper, sys.stdout).reconfigure(encoding="utf-8")
        try:
            exchange.export_json(sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:  # `clientjournal export | head`: the reader has had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    try:
        exchange.export_file(args.output)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror or error}", EXIT_FAILED)
    print(f"exported to {args.output}", file=sys.stderr)
    return EXIT_OK


def import_command(args: argparse.Namespace) -> int:
    from clientjournal.cli.contacts import import_contacts, import_status, is_contacts_file
    from clientjournal.store.exchange import journal as exchange

    if is_contacts_file(args.file):
        return import_contacts(args.file, tag_duplicates=args.duplicates == "tag")
    try:
        counts = exchange.import_file(args.file)
    except exchange.ImportFailed as error:
        return fail(f"import failed, nothing was changed: {error}", import_status(error))
    print(counts.summary())
    return EXIT_OK
