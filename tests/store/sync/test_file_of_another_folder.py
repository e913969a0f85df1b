"""A file copied into the sync folder from another one (another journal's snapshot: a user
tidying folders, two sync programs pointed at one path) is refused whole, not merged into
every journal of the folder (attack-20e E2).  Its header names the folder it was written
for; files written before headers did so are read as before."""

from __future__ import annotations

import shutil

from clientjournal.core.sync.format import ELSEWHERE
from tests.store.sync.replicas import Replica, uid


def test_another_folders_snapshot_copied_in_is_refused(tmp_path):
    a = Replica(tmp_path, "a")
    a.open()
    a.add_client(uid("anna"), "Anna")
    a.round()
    b = Replica(tmp_path, "b", folder=a.folder)
    b.open()
    b.round()
    x = Replica(tmp_path, "x")  # another journal, its own folder
    x.open()
    x.add_client(uid("xaver"), "Xaver Fremd")
    x.round()
    (snapshot,) = (x.folder / "snapshots").iterdir()
    shutil.copy(snapshot, a.folder / "snapshots" / snapshot.name)

    b.open()
    result = b.round()
    assert [c[0] for c in b.sql("SELECT name FROM client ORDER BY name")] == ["Anna"]
    (skipped,) = [p for p in result.problems if p.skipped_file]
    assert skipped.kind == ELSEWHERE and skipped.path == f"snapshots/{snapshot.name}"
    assert "another sync folder" in result.skipped[0]


def test_a_file_whose_header_names_no_folder_is_read_as_before(tmp_path, monkeypatch):
    """What computers wrote before (no folder in the header) still syncs."""
    import gzip
    import json

    a = Replica(tmp_path, "a")
    a.open()
    a.add_client(uid("anna"), "Anna")
    from clientjournal.store.sync import compaction

    original = compaction.header

    def old_header(*args, **kwargs):
        kwargs.pop("folder", None)
        return original(*args, **kwargs)

    monkeypatch.setattr(compaction, "header", old_header)
    a.round()
    monkeypatch.undo()
    (snapshot,) = (a.folder / "snapshots").iterdir()
    with gzip.open(snapshot) as stream:
        assert "folder" not in json.loads(stream.readline())
    b = Replica(tmp_path, "b", folder=a.folder)
    b.open()
    b.round()
    assert [c[0] for c in b.sql("SELECT name FROM client")] == ["Anna"]


def test_a_folder_whose_sync_json_was_made_anew_syncs_on_without_reporting_old_files(tmp_path):
    """sync.json lost and the folder chosen again (a new id): the other computer's files of
    the old id are skipped, and once it has written for the new id, quietly."""
    from clientjournal.store.sync import configure

    a = Replica(tmp_path, "a")
    a.open()
    a.add_client(uid("anna"), "Anna")
    a.round()
    a.add_client(uid("berta"), "Berta")
    a.round()  # a change file of the old id
    b = Replica(tmp_path, "b", folder=a.folder)
    b.open()
    b.round()
    (a.folder / "sync.json").unlink()
    configure(a.folder, "b")  # chosen again: a new sync.json
    b.round()
    a.open()
    a.add_client(uid("clara"), "Clara")
    a.round()  # a writes its whole state for the new id
    b.open()
    b.round()
    result = b.round()
    assert not result.skipped
    names = [c[0] for c in b.sql("SELECT name FROM client ORDER BY name")]
    assert names == ["Anna", "Berta", "Clara"]
