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


def test_a_full_or_read_only_journal_disk_is_worded_too(monkeypatch):
    """attack-20e E1: the journal's own disk full during a round: the window said
    "unexpected problem (OperationalError)" (the command line: "the disk is full")."""
    from peewee import OperationalError

    words: dict[str, str] = {}
    monkeypatch.setattr(labels, "_tr", lambda text, n=-1: words.setdefault(text, f"<{text}>"))
    full = OperationalError("database or disk is full")
    assert labels.error_text(full) == "<the disk is full>"
    read_only = OperationalError("attempt to write a readonly database")
    assert labels.error_text(read_only) == (
        "<the journal or its folder cannot be written (read-only)>"
    )
    assert labels.error_text(KeyError("x")) == "<unexpected problem (%1)>".replace("%1", "KeyError")
