"""Two journals synced through the real engine: two Syncthing instances on this machine's
loopback (``syncthing_pair.py``), each the "computer" of one journal, sharing the sync folder.

Here, because it drives ``clientjournal sync FOLDER`` (``cli/sync.py``) as the user does, in
processes of its own, the way the other command tests in this folder do.  Runs in CI (``.ci/run``
installs Debian's ``syncthing``); elsewhere it is skipped when the binary is missing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from syncthing_pair import Pair, binary, syncthing_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    if binary() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but no syncthing binary: .ci/run installs Debian's 'syncthing'")
        pytest.skip("no syncthing binary (Debian: apt-get install syncthing)")
    with syncthing_pair(tmp_path) as both:
        yield both


def test_a_file_written_on_one_side_arrives_on_the_other(pair: Pair):
    (pair.a.folder / "changes" / "laptop").mkdir(parents=True)
    (pair.a.folder / "changes" / "laptop" / "1.jsonl.gz").write_bytes(b"from the laptop")
    carried = pair.carry()
    assert carried == {"changes/laptop/1.jsonl.gz": b"from the laptop"}
    assert (pair.b.folder / "changes" / "laptop" / "1.jsonl.gz").read_bytes() == b"from the laptop"

    (pair.b.folder / "changes" / "desktop").mkdir(parents=True)
    (pair.b.folder / "changes" / "desktop" / "1.jsonl.gz").write_bytes(b"from the desktop")
    assert set(pair.carry()) == {"changes/laptop/1.jsonl.gz", "changes/desktop/1.jsonl.gz"}
