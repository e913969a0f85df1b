"""The demo generator's units, shared by all its parts: its clock is whole seconds since the
epoch (UTC), and record UUIDs are drawn from its seeded random generator, so that one seed
always gives the same journal."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

HOUR = 3600
DAY = 86_400
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def at(ts: float) -> datetime:
    """The UTC time of an epoch time in seconds."""
    return EPOCH + timedelta(seconds=ts)


def at_second(ts: float) -> datetime:
    """As ``at``, to the whole second (drafts are timed with random fractions)."""
    return at(int(ts))


def epoch_date(ts: float) -> date:
    """The UTC date of an epoch time in seconds."""
    return at(ts).date()


def random_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng``, so the same seed gives the same UUIDs."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
