"""Translated words for replies and the sleep-on-it queue: draft states, ready times, tone signals."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from clientjournal.core.cooling import DraftData, DraftStatus, is_ready


def _tr(text: str) -> str:
    return QCoreApplication.translate("draft_labels", text)


def signal_label(key: str) -> str:
    """What reads as heated, in the user's language: calm words, no judgement."""
    return {
        "threat": _tr("sounds like a threat"),
        "insult": _tr("words aimed at the reader"),
        "ultimatum": _tr("sounds like an ultimatum"),
        "quitting": _tr("sounds like quitting in anger"),
        "accusation": _tr("accuses (“you always / never”)"),
        "blame": _tr("puts the blame on the reader"),
        "sarcasm": _tr("reads as sarcastic"),
        "condescension": _tr("sounds condescending"),
        "passive_aggression": _tr("reads as passive-aggressive"),
        "guilt": _tr("tries to make the reader feel guilty"),
        "exasperation": _tr("exasperation"),
        "rhetorical": _tr("rhetorical question"),
        "schon_wieder": _tr("“again” as a reproach"),
        "shouting": _tr("shouting (CAPITALS)"),
        "harsh_words": _tr("harsh words"),
        "command": _tr("blunt command"),
        "exclamations": _tr("several exclamation marks"),
        "interrobang": _tr("?! as a reproach"),
        "exaggeration": _tr("exaggeration"),
        "wording": _tr("the wording as a whole"),
        "context_late": _tr("written late at night"),
        "context_quick": _tr("written minutes after the client's message"),
        "context_mood": _tr("your last notes about this client were negative"),
    }.get(key, key)


def local_time(moment: datetime) -> str:
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def draft_state_label(draft: DraftData, now: datetime) -> str:
    status = DraftStatus(draft.status)
    if status == DraftStatus.HELD:
        if is_ready(draft, now):
            return _tr("Ready to reread")
        assert draft.hold_until is not None
        return _tr("Sleeping until %1").replace("%1", local_time(draft.hold_until))
    return {
        DraftStatus.WRITING: _tr("Draft"),
        DraftStatus.SENT: _tr("Sent"),
        DraftStatus.DISCARDED: _tr("Discarded"),
    }[status]


def ready_chip() -> str:
    """The short mark of a ready reply in the list (its state in full is on the line below)."""
    return _tr("Ready")


def draft_title(draft: DraftData) -> str:
    if draft.subject.strip():
        return draft.subject.strip()
    first = draft.body.strip().splitlines()[0] if draft.body.strip() else ""
    return first[:80] or _tr("(empty draft)")
