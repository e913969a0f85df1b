"""A full or read-only disk is worded in the window's language (attack-20c N6: German text
showed "No space left on device", and a read-only disk was "no permission")."""

from __future__ import annotations

import errno
import os

import pytest

from clientjournal.core.sync import problems as kinds
from clientjournal.store.sync import Problem
from clientjournal.store.sync import folder as sync_folder
from clientjournal.ui.sync import labels


def test_the_systems_words_for_a_disk_are_the_windows(monkeypatch):
    words: dict[str, str] = {}
    monkeypatch.setattr(labels, "_tr", lambda text, n=-1: words.setdefault(text, f"<{text}>"))
    full = Problem(kinds.SYSTEM, "/media/stick/Sync", reason=os.strerror(errno.ENOSPC))
    assert labels.problem_text(full) == "/media/stick/Sync: <the disk is full>"
    read_only = Problem(kinds.NOT_WRITABLE, "/media/stick/Sync", reason=os.strerror(errno.EROFS))
    assert "<the disk is read-only>" in labels.problem_text(read_only)


def test_a_read_only_disk_is_not_called_no_permission(tmp_path, monkeypatch):
    class ReadOnly:
        f_flag = os.ST_RDONLY

    monkeypatch.setattr(os, "access", lambda *_args, **_kw: False)
    monkeypatch.setattr(os, "statvfs", lambda _path: ReadOnly())
    with pytest.raises(sync_folder.FolderProblem) as refused:
        sync_folder.check_usable(tmp_path)
    assert refused.value.problem.reason == os.strerror(errno.EROFS)
    assert "no permission" not in str(refused.value)
