"""Where an agreement stands: open, agreed, done or broken.

Its own module so that what only counts agreements by status (the client pane's tab title,
``store/tab_counts.py``) needs neither the checklist's records nor its rules (issue 21);
``core.agreements.checklist`` re-exports it.
"""

from __future__ import annotations

from enum import StrEnum


class AgreementStatus(StrEnum):
    OPEN = "open"  # still to be settled with the client
    AGREED = "agreed"  # settled, work goes on under it
    DONE = "done"  # fulfilled (delivered, paid, …)
    BROKEN = "broken"  # one side did not keep it; a note says what happened
