"""Progress values a round reports besides its counts; a module of its own so that the round
(``round.py``) and the package's API (``__init__.py``) share them without importing each
other."""

from __future__ import annotations

TAKING_JOURNAL = -2
"""``run_round``'s ``progress(TAKING_JOURNAL, 0)``: the round takes the journal's write lock
now (``store/sync/round.py``)."""
