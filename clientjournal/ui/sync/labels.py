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
    return f"{when} · {failure_line(last_result)}" if last_result else when


def error_text(error: BaseException) -> str:
    """The one line of a failed round: the engine's for a SyncError, the kind of problem for
    anything else (never a traceback, never file contents)."""
    if isinstance(error, SyncError):
        return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return _tr("unexpected problem (%1)").replace("%1", type(error).__name__)


def failure_line(text: str) -> str:
    return _tr("Sync failed: %1").replace("%1", text)
