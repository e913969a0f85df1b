"""The essentials line's ``_Part`` is written out (issue 21: a frozen dataclass compiles its
methods when the module is imported, before the window's first paint); it compares, hashes,
prints and refuses changes as that dataclass did."""

from __future__ import annotations

import dataclasses

import pytest

from clientjournal.ui.clients.essentials_line import _Part


def test_a_part_behaves_as_its_frozen_dataclass_did():
    part = _Part("They want:", "a logo", False)
    old = dataclasses.make_dataclass("_Part", ["label", "value", "warning"], frozen=True)
    assert repr(part) == repr(old("They want:", "a logo", False))
    same = _Part("They want:", "a logo", False)
    assert same == part and hash(same) == hash(part) and same is not part
    assert part != _Part("They want:", "a logo", True)
    assert (part.label, part.value, part.warning) == ("They want:", "a logo", False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        part.value = "changed"
