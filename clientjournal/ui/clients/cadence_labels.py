"""How the contact rhythm reads: one short line under the client's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientjournal.core.cadence import CadenceState, CadenceStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("cadence", text)


def rhythm_label(days: int | None) -> str:
    if not days:
        return _tr("No rhythm")
    return QCoreApplication.translate("cadence", "every %n day(s)", None, days)


def rhythm_text(state: CadenceState) -> str:
    """'Rhythm: every 14 days · time to get in touch' and the like; empty without a rhythm."""
    if state.status is CadenceStatus.NONE:
        return ""
    head = _tr("Rhythm: %1").replace("%1", rhythm_label(state.cadence_days))
    if state.status is CadenceStatus.TOO_OFTEN:
        tail = QCoreApplication.translate(
            "cadence",
            "%n contact(s) in this period: give them room, don't nag",
            None,
            state.contacts_in_period,
        )
    elif state.status is CadenceStatus.DUE:
        overdue = -(state.days_until_due or 0)
        tail = (
            QCoreApplication.translate(
                "cadence", "time to get in touch (%n day(s) past the rhythm)", None, overdue
            )
            if overdue
            else _tr("time to get in touch")
        )
    elif state.status is CadenceStatus.DUE_SOON:
        tail = QCoreApplication.translate(
            "cadence", "get in touch within %n day(s)", None, state.days_until_due or 0
        )
    else:
        tail = QCoreApplication.translate(
            "cadence", "next contact in %n day(s)", None, state.days_until_due or 0
        )
    return f"{head} · {tail}"


def needs_attention(state: CadenceState) -> bool:
    return state.status in (CadenceStatus.DUE, CadenceStatus.TOO_OFTEN)
