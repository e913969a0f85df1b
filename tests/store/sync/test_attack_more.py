"""What a killed round leaves in the sync folder (sync-attack finding 11)."""

from __future__ import annotations

import os
import time

from clientjournal.core.sync.format import CHANGES, SNAPSHOTS

TWO_DAYS = 2 * 86_400


def test_stale_temporary_files_are_cleaned_up(pair):
    laptop, _desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    folder = laptop.folder
    (own,) = (folder / CHANGES).iterdir() if (folder / CHANGES).exists() else (None,)
    places = [folder, folder / SNAPSHOTS] + ([own] if own is not None else [])
    stale = []
    for place in places:
        leftover = place / ".cj-0123456789abcdef.tmp"
        leftover.write_bytes(b"cut off by a kill")
        then = time.time() - TWO_DAYS
        os.utime(leftover, (then, then))
        stale.append(leftover)
    laptop.sql("UPDATE client SET phone = '1' WHERE uuid = '00000000-0000-0000-0000-000000632d31'")
    laptop.round()
    assert [path for path in stale if path.exists()] == []


def test_new_file_times_alone_are_no_clash(pair):
    from clientjournal.store import sync

    laptop, _desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    for phone in ("1", "2"):
        laptop.sql(
            "UPDATE client SET phone = ? WHERE uuid = '00000000-0000-0000-0000-000000632d31'", phone
        )
        laptop.round()
    laptop.open()
    before = sync.sync_config().device_id
    later = time.time() + 60  # the folder copied elsewhere without its times
    for path in laptop.folder.rglob("*"):
        if path.is_file():
            os.utime(path, (later, later))
    laptop.sql("UPDATE client SET phone = '3' WHERE uuid = '00000000-0000-0000-0000-000000632d31'")
    result = laptop.round()
    laptop.open()
    assert result.clock_warnings == ()
    assert sync.sync_config().device_id == before


def test_a_lost_change_file_does_not_stop_that_computers_edits(pair):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    desktop.round()
    for phone in ("1", "2", "3"):
        laptop.sql(
            "UPDATE client SET phone = ? WHERE uuid = '00000000-0000-0000-0000-000000632d31'", phone
        )
        laptop.round()
    change_files = sorted((laptop.folder / CHANGES).rglob("*.jsonl.gz"))
    assert len(change_files) == 3
    change_files[0].unlink()  # lost by the sync program, or deleted by hand
    laptop.round()  # the writer's next round, with nothing new of its own
    result = desktop.round()
    phone = desktop.sql(
        "SELECT phone FROM client WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    )
    assert phone == [("3",)] or result.clock_warnings or result.skipped, "silent wait"


TEN_YEARS_MS = 3_652 * 86_400_000


def test_a_computer_whose_clock_was_once_years_ahead_still_syncs(pair):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    desktop.round()
    # the desktop's clock says 2036 for a while (a typo in the year): an edit made then
    desktop.sql(
        "UPDATE client SET phone = 'typed in 2036' WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    )
    desktop.sql("UPDATE sync_dirty SET changed_at = changed_at + ?", TEN_YEARS_MS)
    desktop.round()
    laptop.round()
    # its clock is put right; both computers go on editing
    desktop.sql(
        "UPDATE client SET email = 'a@example.org' WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    )
    desktop.round()
    laptop.sql(
        "UPDATE client SET phone = 'typed on the laptop' WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    )
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    query = "SELECT phone, email FROM client WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    assert laptop.sql(query) == desktop.sql(query)  # the same journal on both
    assert laptop.sql(query)[0][1] == "a@example.org"  # the desktop's later edit arrived


def test_edits_published_in_a_snapshot_reach_computers_that_know_this_one(pair, tmp_path):
    from tests.store.sync.replicas import Replica

    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    desktop.round()
    # sync.json replaced (deleted and made again by one computer, or another folder's copied
    # in): every computer's next round is its first in "this" folder
    other = Replica(tmp_path, "other")
    other.round()
    (laptop.folder / "sync.json").write_bytes((other.folder / "sync.json").read_bytes())
    laptop.sql("UPDATE client SET phone = '1' WHERE uuid = '00000000-0000-0000-0000-000000632d31'")
    desktop.sql(
        "UPDATE client SET email = 'anna@example.org' WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    )
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    desktop.sql("UPDATE client SET phone = '2' WHERE uuid = '00000000-0000-0000-0000-000000632d31'")
    for replica in (desktop, laptop, desktop, laptop):
        replica.round()
    query = "SELECT phone, email FROM client WHERE uuid = '00000000-0000-0000-0000-000000632d31'"
    assert laptop.sql(query) == desktop.sql(query) == [("2", "anna@example.org")]
