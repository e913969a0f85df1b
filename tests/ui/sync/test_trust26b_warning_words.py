"""trust26b: every kind of problem the engine can put in a round's result has the window's
own words, and a kind without them is never worded as another one.  ``warning_text`` ended
with an unguarded return naming "another copy of this journal writes … as the same computer"
for any kind it did not know: a new warning (``NOT_TIDIED``, a round done whose tidying of
the folder failed) would have told the user their journal had been copied."""

from __future__ import annotations

import ast
import errno
import os
from pathlib import Path

import pytest

from clientjournal.core.sync import format as sync_format
from clientjournal.core.sync import problems as kinds
from clientjournal.store.sync import Problem
from clientjournal.ui.sync import labels

ROOT = Path(__file__).resolve().parents[3] / "clientjournal"
ENGINE = [
    *sorted((ROOT / "store" / "sync").rglob("*.py")),
    *sorted((ROOT / "core" / "sync").rglob("*.py")),
]
MODULES = {"clientjournal.core.sync.problems": kinds, "clientjournal.core.sync.format": sync_format}
DYNAMIC = {
    # a kind handed on, not made: FolderProblem's own Problem, a skipped file's kind, the
    # kinds check_apart passes in (JOURNAL_FOLDER/BACKUP_FOLDER, HOLDS_JOURNAL/HOLDS_BACKUPS)
    "kind",
    "problem.kind",
    "inside",
    "holds",
}


def _kinds_made() -> tuple[set[str], set[str]]:
    """(kinds the engine's sources make a Problem or FolderProblem of, the names of those
    made from a variable)."""
    made: set[str] = set()
    other: set[str] = set()
    for path in ENGINE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: dict[str, object] = {}  # a name imported here -> its module (kinds, format)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in MODULES:
                for alias in node.names:
                    names[alias.asname or alias.name] = MODULES[node.module]
            if isinstance(node, ast.ImportFrom) and node.module == "clientjournal.core.sync":
                for alias in node.names:
                    if alias.name == "problems":
                        names[alias.asname or alias.name] = kinds
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.id if isinstance(node.func, ast.Name) else None
            callee = callee or (node.func.attr if isinstance(node.func, ast.Attribute) else None)
            position = {"Problem": 0, "FolderProblem": 1}.get(callee or "")
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            value = None
            if isinstance(argument, ast.Name) and argument.id in names:
                value = getattr(names[argument.id], argument.id)
            elif (
                isinstance(argument, ast.Attribute)
                and isinstance(argument.value, ast.Name)
                and names.get(argument.value.id) is kinds
            ):
                value = getattr(kinds, argument.attr)
            if isinstance(value, str):
                made.add(value)
            else:
                other.add(ast.unparse(argument))
    return made, other


def test_every_kind_the_engine_makes_has_the_windows_words():
    made, other = _kinds_made()
    assert kinds.NOT_TIDIED in made and kinds.COPIED in made and kinds.TOO_BIG in made
    assert other <= DYNAMIC, f"a kind made from a variable: add its kinds here ({other - DYNAMIC})"
    worded = (
        set(labels._warning_words())
        | set(labels._folder_words())
        | set(labels._file_words())
        | {kinds.SYSTEM}  # the system's own reason, worded by _reason_words
    )
    assert made <= worded, made - worded
    assert set(kinds.WARNINGS) == set(labels._warning_words())
    assert set(sync_format.FILE_PROBLEMS) <= set(labels._file_words())


def test_no_warning_is_worded_as_another_kind(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(labels, "_tr", lambda text, n=-1: text)
    texts = {
        kind: labels.warning_text(Problem(kind, "/media/stick/Sync", device="Laptop", count=2))
        for kind in kinds.WARNINGS
    }
    copied = texts.pop(kinds.COPIED)
    assert "another copy of this journal" in copied
    assert not [kind for kind, text in texts.items() if "another copy" in text]
    unknown = labels.warning_text(Problem("from_a_newer_version", "/media/stick/Sync"))
    assert "another copy" not in unknown and "from_a_newer_version" in unknown


def test_a_folder_not_tidied_says_the_round_is_done_and_why(monkeypatch: pytest.MonkeyPatch):
    words: dict[str, str] = {}
    monkeypatch.setattr(labels, "_tr", lambda text, n=-1: words.setdefault(text, f"<{text}>"))
    done = (
        "<the round is done, but the sync folder could not be tidied up after it: %1; "
        "a later round tries again>"
    )
    full = Problem(kinds.NOT_TIDIED, "/media/stick/Sync", reason=os.strerror(errno.ENOSPC))
    assert labels.warning_text(full) == done.replace("%1", "/media/stick/Sync: <the disk is full>")
    gone = Problem(kinds.NOT_TIDIED, "/media/stick/Sync", reason=os.strerror(errno.ENOENT))
    assert labels.warning_text(gone) == done.replace(
        "%1", "/media/stick/Sync: <it is gone (removed, or its disk unplugged)>"
    )
    busy = Problem(kinds.NOT_TIDIED, reason="database is locked", detail="database is locked")
    assert labels.warning_text(busy) == done.replace(
        "%1", "<the journal is busy (another program writes to it)>"
    )
    too_big = Problem(kinds.NOT_TIDIED, "/media/stick/Sync", cause=kinds.TOO_BIG, detail="x")
    assert labels.warning_text(too_big).startswith("<the round is done")
    assert "<this journal is more than one snapshot may hold" in labels.warning_text(too_big)
