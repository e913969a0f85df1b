"""The round's counts in the status line and Settings → Sync are words of the UI's language
with plural forms: they were missing from both catalogues ("2 sent · 1 conflict(s)" in the
German window), because lupdate could not see them as plurals."""

from __future__ import annotations

import pytest

from clientjournal.ui.sync.labels import counts_line, status_line


@pytest.fixture
def german(qapp):
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    install_translators(qapp, "de")
    yield
    remove_translators(qapp)


def test_the_counts_in_german(german):
    assert counts_line(2, 1, 3) == "2 gesendet · 1 empfangen · 3 Konflikte"
    assert counts_line(0, 0, 1) == "1 Konflikt"


def test_the_counts_in_english(english):
    assert counts_line(1, 0, 1) == "1 sent · 1 conflict"
    assert counts_line(0, 5, 2) == "5 received · 2 conflicts"


def test_a_whole_german_round_fits_the_status_line(german, qtbot, journal, windows):
    """The status line cut "… 3 empfan…" after 48 characters: a round that sends, receives and
    has a conflict is about 60 in German."""
    from clientjournal.core.timeutil import utcnow
    from clientjournal.store.sync import RoundResult

    window = windows.open()
    qtbot.waitUntil(lambda: window._sync is not None)
    controller = window._sync
    result = RoundResult(
        sent=2, received=3, conflicts=1, skipped=(), clock_warnings=(), finished_at=utcnow()
    )
    line = status_line(result)
    controller._show_status(line, False)
    assert controller.status.text() == line
