"""The words for a round: what the status bar and Settings → Sync say.

The engine's own lines (``RoundResult.summary()``, kept as the last result) are English for
the command line; the window says the same from the numbers, translated.  An error keeps the
engine's one line (it names the folder or file) behind a translated lead-in.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from clientjournal.store.sync import RoundResult, SyncError

_SUMMARY = re.compile(r"^sent (\d+), received (\d+), conflicts (\d+)$")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("sync", text, None, n)


def clock_time(moment: datetime) -> str:
    """A round's time as people read it on the same day: the time only, else date and time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    if local.date() == QDateTime.currentDateTime().date():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def counts_line(sent: int, received: int, conflicts: int) -> str:
    """'3 sent · 5 received · 1 conflict', leaving out what is zero; 'nothing new' for none."""
    parts = []
    if sent:
        parts.append(_tr("%n sent", sent))
    if received:
        parts.append(_tr("%n received", received))
    if conflicts:
        parts.append(_tr("%n conflict(s)", conflicts))
    return " · ".join(parts) if parts else _tr("nothing new")


def result_line(result: RoundResult) -> str:
    return counts_line(result.sent, result.received, result.conflicts)


def status_line(result: RoundResult) -> str:
    """The status bar after a round: 'Synced 14:02 · 3 received'."""
    line = _tr("Synced %1").replace("%1", clock_time(result.finished_at))
    if result.sent or result.received or result.conflicts:
        line += " · " + result_line(result)
    return line


def last_result_line(last_round: datetime | None, last_result: str) -> str:
    """Settings → Sync's 'last round' line from what the journal kept."""
    if last_round is None:
        return _tr("No round yet.")
    when = clock_time(last_round)
    found = _SUMMARY.match(last_result.strip())
    if found:
        sent, received, conflicts = (int(n) for n in found.groups())
        return f"{when} · {counts_line(sent, received, conflicts)}"
    return f"{when} · {failure_line(problem_text(last_result))}" if last_result else when


def computer_name(name: str, device_id: str = "") -> str:
    """A computer as the window names it: its name, or (the engine gives none for a computer
    that never named itself) 'another computer', with the start of its id when known."""
    if name.strip():
        return name
    if device_id:
        return _tr("another computer (%1)").replace("%1", device_id[:8])
    return _tr("another computer")


_PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern), text)
    for pattern, text in [
        (r"the sync folder does not exist", "the sync folder does not exist"),
        (r"not a folder \(a file is in the way\)", "not a folder (a file is in the way)"),
        (
            r"the sync folder cannot be written \((.*)\)",
            "the sync folder cannot be written (%1)",
        ),
        (
            r"this is the journal's own folder or inside it; choose another folder",
            "this is the journal’s own folder or inside it; choose another folder",
        ),
        (
            r"this is the backup folder or inside it; choose another folder",
            "this is the backup folder or inside it; choose another folder",
        ),
        (
            r"it contains the journal's own folder; choose another folder",
            "it contains the journal’s own folder; choose another folder",
        ),
        (
            r"it contains the backup folder; choose another folder",
            "it contains the backup folder; choose another folder",
        ),
        (
            r"the sync folder is not encrypted but this journal is; choose an empty folder for it",
            "the sync folder is not encrypted but this journal is; choose an empty folder for it",
        ),
        (
            r"the sync folder belongs to an encrypted journal; this one is not",
            "the sync folder belongs to an encrypted journal; this one is not",
        ),
        (
            r"the sync folder belongs to a journal with another passphrase",
            "the sync folder belongs to a journal with another passphrase",
        ),
        (r"cannot be read \((.*)\)", "cannot be read (%1)"),
        (r"not a Client Journal sync folder.*", "not a Client Journal sync folder"),
        (
            r"written by another version of Client Journal",
            "written by another version of Client Journal",
        ),
        (
            r"garbled \(its encryption entries are damaged\)",
            "damaged (its encryption entries)",
        ),
        (r"no sync folder is set up.*", "no sync folder is set up (Settings → Sync)"),
        (
            r"the journal is busy.*",
            "the journal is busy (another program writes to it); the round is tried again later",
        ),
    ]
]
"""The engine's kinds of problem (English, for the command line) and the window's words for
them; the folder or file the engine names before them is kept as it is."""


def problem_text(line: str) -> str:
    """An engine line ('<folder or file>: <kind of problem>') in the window's language; a kind
    not listed stays as the engine wrote it."""
    for pattern, text in _PROBLEMS:
        for start in [0, *(i + 2 for i in range(len(line)) if line.startswith(": ", i))]:
            found = pattern.fullmatch(line, start)
            if found:
                words = _tr(text)
                if found.groups():
                    words = words.replace("%1", found.group(1))
                return line[:start] + words
    return line


_FILE_KINDS: list[tuple[tuple[str, ...], str]] = [
    (("written by another version",), "written by another version of Client Journal"),
    (
        ("this journal's key", "encrypted, in a plain folder", "not encrypted, in an encrypted"),
        "not readable with this journal’s key",
    ),
    (("cannot keep", "wrong type"), "it holds values this journal cannot keep"),
    (("a clock centuries ahead",), "its clock is centuries ahead (refused)"),
    (
        ("cut off", "gzip", "too large", "empty", "cannot be opened", "UTF-8"),
        "damaged or incomplete (perhaps still being copied)",
    ),
]


def skipped_text(line: str) -> str:
    """A skipped file ('<file>: <kind of problem>') in the window's language."""
    name, _, problem = line.rpartition(": ")
    if not name:
        return line
    words = next(
        (text for needles, text in _FILE_KINDS if any(n in problem for n in needles)),
        "damaged (not what Client Journal writes)",
    )
    return f"{name}: {_tr(words)}"


_AHEAD = re.compile(r"the clock of (.*) is ([\d.]+) days ahead; its changes count as made then")


def warning_text(line: str) -> str:
    """A clock warning or the engine's note about a copied journal, in the window's language."""
    found = _AHEAD.fullmatch(line)
    if found:
        return (
            _tr("the clock of %1 is %2 days ahead; its changes count as made then")
            .replace("%1", found.group(1))
            .replace("%2", found.group(2))
        )
    if line.startswith("another copy of this journal writes to the sync folder"):
        return _tr(
            "another copy of this journal writes to the sync folder as the same computer "
            "(copied or restored there): this journal now syncs as a new computer"
        )
    return line


def error_text(error: BaseException) -> str:
    """The one line of a failed round: the engine's for a SyncError (its kind of problem in
    the window's language), the kind of problem for anything else (never a traceback, never
    file contents)."""
    if isinstance(error, SyncError):
        text = str(error).strip()
        return problem_text(text.splitlines()[0]) if text else type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return _tr("unexpected problem (%1)").replace("%1", type(error).__name__)


def failure_line(text: str) -> str:
    return _tr("Sync failed: %1").replace("%1", text)
