"""attack24d: how soon a running round can be cut short.  Since pause24b (and 51acc9c for
exports) an import, an export, a restore, a re-encryption or the demo begun while a round runs
cuts it short: ``SyncController.end_round`` sets ``cancelled`` and WAITS on the GUI thread
until the round calls its progress again (``rounds.Round._progress`` raises there).

A journal's first round in a folder publishes all of it: ``round._first_capture_durable``
(capture everything, save the state; the baseline of a restored journal too) calls no
progress at all.  At the 1x demo journal (2,000 clients, 100,000 notes) that is 12.6 s of a
12.7 s round without a single call (measured: /tmp/attack24d/gaps.py, load ~4): the window
froze that long when the user clicked Export or Import then (ten times the journal: minutes).
P1, P1b: fixed in 4d4b90b (the capture takes the round's check after each batch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.sync import capture as capture_module
from clientjournal.store.sync import round as round_module
from tests.store.sync.replicas import Replica


def test_a_first_rounds_capture_of_the_whole_journal_can_be_cut_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=20, notes=1_000, seed=3))
    inside: list[bool] = []
    calls: list[tuple[int, int]] = []
    real = round_module._first_capture_durable

    def watched(*args, **kwargs):
        inside.append(True)
        try:
            return real(*args, **kwargs)
        finally:
            inside.clear()

    monkeypatch.setattr(round_module, "_first_capture_durable", watched)

    def progress(done: int, total: int) -> None:
        if inside:
            calls.append((done, total))

    laptop.open()
    try:
        sync.run_round(laptop.folder, progress=progress)
    finally:
        close_journal()
    assert calls, "no progress call while the whole journal (1,000 notes) was captured"


def test_a_round_publishing_an_import_can_be_cut_short_while_it_captures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Not a first round: the journal syncs already, then 1,000 notes come in at once (an
    import, the demo). Measured at the 1x demo: 10.6 s of a 12.9 s round without a call
    (the capture, saving the state and writing the change files), i.e. an export clicked
    right after an import froze the window that long."""
    laptop = Replica(tmp_path, "laptop")
    laptop.round()
    laptop.open()
    fill(generate(clients=20, notes=1_000, seed=3))
    inside: list[bool] = []
    calls: list[tuple[int, int]] = []
    real = capture_module.capture
    ran: list[bool] = []

    def watched(*args, **kwargs):
        inside.append(True)
        ran.append(True)
        try:
            return real(*args, **kwargs)
        finally:
            inside.clear()

    monkeypatch.setattr(capture_module, "capture", watched)

    def progress(done: int, total: int) -> None:
        if inside:
            calls.append((done, total))

    laptop.open()
    try:
        sync.run_round(laptop.folder, progress=progress)
    finally:
        close_journal()
    assert ran, "the round captured nothing"
    assert calls, "no progress call while 1,000 new notes were captured"
