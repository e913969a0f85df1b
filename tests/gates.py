"""Holding a call in a thread at a known point, for tests of what happens meanwhile."""

from __future__ import annotations

import threading
from typing import Any

import pytest


def held_before(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, wait_s: float = 20
) -> tuple[threading.Event, threading.Event]:
    """``owner.name`` replaced by a call that sets ``inside`` and then waits for ``gate`` (at
    most ``wait_s``) before the real one runs: the caller does what it tests while the call
    is held there, then opens the gate."""
    inside, gate = threading.Event(), threading.Event()
    real = getattr(owner, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        inside.set()
        gate.wait(wait_s)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return inside, gate
