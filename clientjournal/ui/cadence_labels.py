"""How the contact rhythm reads: one short line under the client's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientjournal.core.cadence import CadenceState, CadenceStatus


def _tr(text: str, number: int = -1) -> str:
    return QCoreApplication.translate("cadence", text, "", number)


def rhythm_label(days: int | None) -> str:
    if not days:
        return _tr("No rhythm")
    return _tr("every %n day(s)", days)


def rhythm_text(state: CadenceState) -> str:
    """'Rhythm: every 14 days · time to get in touch' and the like; empty without a rhythm."""
    if state.status is CadenceStatus.NONE:
        return ""
    head = _tr("Rhythm: %1").replace("%1", rhythm_label(state.cadence_days))
    if state.status is CadenceStatus.TOO_OFTEN:
        tail = _tr(
            "%n contact(s) in this period: give them room, don't nag", state.contacts_in_period
        )
    elif state.status is CadenceStatus.DUE:
        overdue = -(state.days_until_due or 0)
        tail = (
            _tr("time to get in touch (%n day(s) past the rhythm)", overdue)
            if overdue
            else _tr("time to get in touch")
        )
    elif state.status is CadenceStatus.DUE_SOON:
        tail = _tr("get in touch within %n day(s)", state.days_until_due or 0)
    else:
        tail = _tr("next contact in %n day(s)", state.days_until_due or 0)
    return f"{head} · {tail}"


def needs_attention(state: CadenceState) -> bool:
    return state.status in (CadenceStatus.DUE, CadenceStatus.TOO_OFTEN)
