"""Guards against a PySide6 release that breaks the app at run time.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void Qt call; after about a
thousand calls the interpreter aborted with "Fatal Python error: none_dealloc".  A version bump
that brings that back fails here instead of on a user's desktop.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.setMinimumWidth(i % 7)  # returns void
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, (before, after)
