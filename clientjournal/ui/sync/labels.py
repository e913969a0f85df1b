"""The words for a round: what the status bar and Settings → Sync say.

The engine hands over numbers and problems as data (``store.sync.Problem``: a kind, the file
or folder, the other computer); the window words them here in its language.  The engine's
English lines (``RoundResult.summary()``, ``Problem.line()``) are for the command line only:
nothing here reads them.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from clientjournal.core.sync import problems as kinds
from clientjournal.core.sync import values
from clientjournal.core.sync.format import (
    CLOCK,
    ELSEWHERE,
    GARBLED,
    INCOMPLETE,
    KEY,
    NEWER,
    OTHER_VERSION,
    TOO_LARGE,
    VALUES,
)
from clientjournal.core.sync.values import PROJECT_WITHOUT_NAME, TOO_MANY_PROFILE_FIELDS
from clientjournal.paths import sqlite_problem
from clientjournal.store.sync import Problem, RoundResult, SyncConfig, SyncError


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("sync", text, None, n)


def clock_time(moment: datetime) -> str:
    """A round's time as people read it on the same day: the time only, else date and time.
    Never after now on this computer's clock: another computer's clock days ahead (it is warned
    about) showed a conflict "changed" on a day still to come (attack-20d D3)."""
    seconds = min(int(moment.timestamp()), QDateTime.currentSecsSinceEpoch())
    local = QDateTime.fromSecsSinceEpoch(seconds).toLocalTime()
    if local.date() == QDateTime.currentDateTime().date():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def counts_line(sent: int, received: int, conflicts: int) -> str:
    """'3 sent · 5 received · 1 conflict', leaving out what is zero; 'nothing new' for none."""
    parts = []
    # translate() written out: lupdate marks a plural only where the count is translate()'s
    # fourth argument, and these strings were missing from the catalogues
    if sent:
        parts.append(QCoreApplication.translate("sync", "%n sent", None, sent))
    if received:
        parts.append(QCoreApplication.translate("sync", "%n received", None, received))
    if conflicts:
        parts.append(QCoreApplication.translate("sync", "%n conflict(s)", None, conflicts))
    return " · ".join(parts) if parts else _tr("nothing new")


def result_line(result: RoundResult) -> str:
    return counts_line(result.sent, result.received, result.conflicts)


def status_line(result: RoundResult) -> str:
    """The status bar after a round: 'Synced 14:02 · 3 received'."""
    line = _tr("Synced %1").replace("%1", clock_time(result.finished_at))
    if result.sent or result.received or result.conflicts:
        line += " · " + result_line(result)
    return line


def last_result_line(config: SyncConfig) -> str:
    """Settings → Sync's 'last round' line from what the journal kept."""
    if config.last_round is None:
        return _tr("No round yet.")
    when = clock_time(config.last_round)
    if config.last_problem is not None:
        return f"{when} · {failure_line(problem_text(config.last_problem))}"
    if config.last_counts is not None:
        return f"{when} · {counts_line(*config.last_counts)}"
    return when


def computer_name(name: str, device_id: str = "") -> str:
    """A computer as the window names it: its name, or (the engine gives none for a computer
    that never named itself) 'another computer', with the start of its id when known."""
    if name.strip():
        return name
    if device_id:
        return _tr("another computer (%1)").replace("%1", device_id[:8])
    return _tr("another computer")


def _folder_words() -> dict[str, str]:
    """The window's words for each kind of problem with a folder or a round (SyncError); the
    folder or file it concerns is put before them as it is; %1 is the system's reason."""
    return {
        kinds.MISSING: _tr("the sync folder does not exist"),
        kinds.EMPTY: _tr(
            "the sync folder is empty: is the disk mounted? If this is the right folder, "
            "choose it again in Settings → Sync to start anew there"
        ),
        kinds.NOT_A_FOLDER: _tr("not a folder (a file is in the way)"),
        kinds.NOT_WRITABLE: _tr("the sync folder cannot be written (%1)"),
        kinds.JOURNAL_FOLDER: _tr(
            "this is the journal’s own folder or inside it; choose another folder"
        ),
        kinds.BACKUP_FOLDER: _tr("this is the backup folder or inside it; choose another folder"),
        kinds.HOLDS_JOURNAL: _tr("it contains the journal’s own folder; choose another folder"),
        kinds.HOLDS_BACKUPS: _tr("it contains the backup folder; choose another folder"),
        kinds.PLAIN_FOLDER: _tr(
            "the sync folder is not encrypted but this journal is; choose an empty folder for it"
        ),
        kinds.ENCRYPTED_FOLDER: _tr(
            "the sync folder belongs to an encrypted journal; this one is not"
        ),
        kinds.OTHER_PASSPHRASE: _tr("the sync folder belongs to a journal with another passphrase"),
        kinds.UNREADABLE: _tr("cannot be read (%1)"),
        kinds.FOREIGN: _tr("not a Client Journal sync folder"),
        kinds.OTHER_VERSION: _tr("written by another version of Client Journal"),
        kinds.DAMAGED_KEYS: _tr("damaged (its encryption entries)"),
        kinds.NOT_SET_UP: _tr("no sync folder is set up (Settings → Sync)"),
        kinds.BUSY: _tr(
            "the journal is busy (another program writes to it); the round is tried again later"
        ),
        kinds.TOO_BIG: _tr(
            "this journal is more than one snapshot may hold (2,000,000 records, 2 GiB of "
            "text): no other computer could read it, so nothing was published"
        ),
    }


def _file_words() -> dict[str, str]:
    """The window's words for each kind of problem of a skipped file."""
    return {
        OTHER_VERSION: _tr("written by another version of Client Journal"),
        KEY: _tr("not readable with this journal’s key"),
        VALUES: _tr("it holds values this journal cannot keep"),
        CLOCK: _tr("its clock is centuries ahead (refused)"),
        INCOMPLETE: _tr("damaged or incomplete (perhaps still being copied)"),
        TOO_LARGE: _tr("it holds more than one file may"),
        GARBLED: _tr("damaged (not what Client Journal writes)"),
        ELSEWHERE: _tr("written for another sync folder (copied here from it)"),
        NEWER: _tr("written by a newer version of Client Journal (update it on this computer)"),
    }


def _reason_words() -> dict[str, str]:
    """The operating system's words (English) for what goes wrong with a disk most often,
    in the window's language (attack-20c N6: "No space left on device" in German text)."""
    return {
        "no permission": _tr("no permission"),
        os.strerror(errno.EACCES): _tr("no permission"),
        os.strerror(errno.EPERM): _tr("no permission"),
        os.strerror(errno.EROFS): _tr("the disk is read-only"),
        os.strerror(errno.ENOSPC): _tr("the disk is full"),
        os.strerror(errno.EDQUOT): _tr("the disk quota is used up"),
        os.strerror(errno.EIO): _tr("the disk could not be read or written"),
        os.strerror(errno.ENOENT): _tr("it is gone (removed, or its disk unplugged)"),
        # the journal's own (``paths.sqlite_problem``), after a round (``NOT_TIDIED``)
        "the disk is full": _tr("the disk is full"),
        "database is locked": _tr("the journal is busy (another program writes to it)"),
        "the disk could not be written or read (full, removed, or failing)": _tr(
            "the disk could not be read or written"
        ),
        "the journal or its folder cannot be written (read-only)": _tr(
            "the journal or its folder cannot be written (read-only)"
        ),
    }


def problem_text(problem: Problem) -> str:
    """Why a folder or a round cannot be used, in the window's language: the folder or file,
    then the kind of problem ("%1" the system's own words where it gave some)."""
    words = _folder_words().get(problem.kind)
    reason = _reason_words().get(problem.reason, problem.reason)
    # without words of its own: the system's (an error of the disk, say)
    text = (reason or problem.detail) if words is None else words.replace("%1", reason)
    return f"{problem.path}: {text}" if problem.path else text


def skipped_text(problem: Problem) -> str:
    """A skipped file ('<file>: <kind of problem>') in the window's language."""
    words = _file_words()
    return f"{problem.path}: {words.get(problem.kind, words[GARBLED])}"


def warning_text(problem: Problem) -> str:
    """A warning of the round in the window's language.  A kind without words here is said
    to be one, by its name, never worded as another kind: the last words of this function
    named a copy of the journal writing as the same computer for any kind they did not know
    (``_warning_words`` holds every kind of ``problems.WARNINGS``; a test checks that and
    that the engine makes no other)."""
    words = _warning_words().get(problem.kind)
    if words is None:
        return _tr("the round gave a warning this version cannot word (%1)").replace(
            "%1", problem.kind
        )
    return words(problem)


def _warning_words() -> dict[str, Callable[[Problem], str]]:
    """Each kind of warning of a round: its words for a problem of that kind."""
    return {
        kinds.CLOCK_AHEAD: _clock_ahead_text,
        kinds.COPIED: lambda _problem: _tr(
            "another copy of this journal writes to the sync folder as the same computer "
            "(copied or restored there): this journal now syncs as a new computer"
        ),
        kinds.MORE: lambda _problem: _tr(
            "more changes are waiting in the sync folder; the next round takes them"
        ),
        kinds.REPAIRED: _repaired_text,
        kinds.WAITING: _waiting_text,
        kinds.NOT_TIDIED: _not_tidied_text,
    }


def _clock_ahead_text(problem: Problem) -> str:
    days = QLocale().toString(problem.days, "f", 1)
    return (
        _tr(
            "the clock of %1 is %2 days ahead of this computer’s (one of the two is "
            "wrong); its changes count as made then"
        )
        .replace("%1", computer_name(problem.device, problem.device_id))
        .replace("%2", days)
    )


def _waiting_text(problem: Problem) -> str:
    return (
        _tr("changes from %1 are waiting for a file the sync program has not delivered (%2)")
        .replace("%1", computer_name(problem.device, problem.device_id))
        .replace("%2", problem.path)
    )


def _not_tidied_text(problem: Problem) -> str:
    """The round is done; what it does to the folder after its commit failed (``NOT_TIDIED``:
    the folder full or gone, the journal busy): why, as a folder's problem is worded."""
    cause = Problem(
        problem.cause or kinds.SYSTEM, problem.path, detail=problem.detail, reason=problem.reason
    )
    return _tr(
        "the round is done, but the sync folder could not be tidied up after it: %1; "
        "a later round tries again"
    ).replace("%1", problem_text(cause))


def _repaired_text(problem: Problem) -> str:
    """What a round repaired (``values.repair_row``), counted; each plural a literal in
    translate() itself, which lupdate reads (not through a helper)."""
    n = problem.count
    if problem.detail == values.PAID_BEFORE_ISSUED:
        return QCoreApplication.translate(
            "sync",
            "%n payment(s) arrived due or paid before they were issued; they are so on the day they were issued",
            None,
            n,
        )
    if problem.detail == values.HELD_WITHOUT_END:
        return QCoreApplication.translate(
            "sync",
            "%n held draft(s) arrived without the time they are ready; they are ready now",
            None,
            n,
        )
    if problem.detail == values.FOREIGN_REFERENCE:
        return QCoreApplication.translate(
            "sync",
            "%n record(s) arrived naming another client’s project or note; the reference is left empty",
            None,
            n,
        )
    if problem.detail == PROJECT_WITHOUT_NAME:
        return QCoreApplication.translate(
            "sync", "%n project(s) arrived without a name; they are named “—”", None, n
        )
    if problem.detail == TOO_MANY_PROFILE_FIELDS:
        return QCoreApplication.translate(
            "sync",
            "%n client profile(s) arrived with more than 100 fields; the first 100 by name are kept",
            None,
            n,
        )
    if problem.path == "project":
        return QCoreApplication.translate(
            "sync",
            "%n project(s) arrived with an end date before the start date; the end date is left empty (set it again in the project’s dialog)",
            None,
            n,
        )
    return QCoreApplication.translate(
        "sync",
        "%n client(s) arrived with an end date before the start date; the end date is left empty (set it again in the client’s dialog)",
        None,
        n,
    )


def problem_lines(result: RoundResult) -> tuple[list[str], list[str]]:
    """(skipped files, warnings) of a round, in the window's language."""
    skipped = [skipped_text(p) for p in result.problems if p.skipped_file]
    warnings = [warning_text(p) for p in result.problems if not p.skipped_file]
    return skipped, warnings


def error_text(error: BaseException) -> str:
    """The one line of a failed round: for a SyncError its folder or file and kind of problem
    in the window's language; the kind of problem for anything else (never a traceback,
    never file contents)."""
    if isinstance(error, SyncError):
        return problem_text(error.problem)
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    # the journal's own disk (SQLite's words): full, read-only, failing (attack-20e E1: the
    # window said "unexpected problem (OperationalError)" where the CLI says the disk is full)
    journal = {
        "the disk is full": _tr("the disk is full"),
        "the journal or its folder cannot be written (read-only)": _tr(
            "the journal or its folder cannot be written (read-only)"
        ),
        "the disk could not be written or read (full, removed, or failing)": _tr(
            "the disk could not be read or written"
        ),
    }.get(sqlite_problem(error))
    if journal is not None:
        return journal
    return _tr("unexpected problem (%1)").replace("%1", type(error).__name__)


def failure_line(text: str) -> str:
    return _tr("Sync failed: %1").replace("%1", text)
