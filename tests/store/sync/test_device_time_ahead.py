"""A computer whose clock is days ahead is not shown with a last change in the future
(attack-20c N8: Settings → Sync said "last change 09.12.26" three days ahead, without a
word after the round that warned)."""

from __future__ import annotations

import os
import time

from clientjournal.core.timeutil import utcnow
from clientjournal.store import sync
from tests.store.sync.forged import EVIL, clock_now, forged_file, new_client
from tests.store.sync.replicas import uid

DAYS_3 = 3 * 86_400_000


def test_a_last_change_is_never_after_now(pair):
    _laptop, desktop = pair
    desktop.round()
    path = forged_file(desktop.folder, new_client(uid("anna")), clock=clock_now(DAYS_3))
    ahead = time.time() + DAYS_3 / 1000
    os.utime(path, (ahead, ahead))  # its computer wrote it "then" (the sync program keeps it)
    desktop.round()
    desktop.open()
    (evil,) = [d for d in sync.devices_seen() if d.device_id == EVIL]
    assert evil.last_change_at is not None and evil.last_change_at <= utcnow()
