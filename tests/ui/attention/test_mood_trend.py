"""The mood trend across clients: relationships whose mood is falling, the worst first, each
row showing the fall ("+1.2 → −0.4"), and Enter or a double-click opening the client."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from clientjournal.core.domain import ClientStatus
from clientjournal.core.mood import FallingMoodRow
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.attention.mood_trend import MoodTrendModel, MoodTrendTable, mood_shift


def falling_journal() -> dict[str, int]:
    """Three clients: one mood falls steeply, one mildly, one rises."""
    now = utcnow()
    ids = {}
    for name, earlier, recent in [
        ("Steep", [2, 2, 2], [-1, -1, -1]),
        ("Mild", [1, 1, 1], [0, 0, 0]),
        ("Fine", [0, 0, 0], [1, 1, 1]),
    ]:
        ids[name] = clients.create(ClientData(name=name, status=ClientStatus.ACTIVE))
        moods = [(300 - i, m) for i, m in enumerate(earlier)]
        moods += [(30 - i, m) for i, m in enumerate(recent)]
        for days, mood in moods:
            notes.save(
                NoteData(client_id=ids[name], created_at=now - timedelta(days=days), mood=mood)
            )
    return ids


def test_mood_trend_model_passes_qtmodeltester(qtmodeltester, journal):
    falling_journal()
    model = MoodTrendModel()
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


@pytest.fixture
def c_locale():
    """Numbers as in C/English ("1.2"), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_mood_trend_rows_read_as_before_and_after(journal, c_locale):
    row = FallingMoodRow(1, "Anna", -0.4, 1.2, -1.6, utcnow())
    assert mood_shift(row) == "+1.2 → −0.4"
    assert mood_shift(FallingMoodRow(1, "Anna", -1.0, None, None, None)) == "– → −1.0"
    model = MoodTrendModel()
    model.set_rows([row])
    assert model.index(0, 2).data() == "−1.6"
    assert "1.2" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_mood_trend_overview_lists_worst_first_and_opens_a_client(qtbot, journal, c_locale):
    ids = falling_journal()
    widget = MoodTrendTable()
    qtbot.addWidget(widget)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    model = widget.table.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Steep", "Mild"]
    assert model.index(0, 1).data() == "+2.0 → −1.0"
    assert widget.table.isVisible() and not widget.is_empty()
    widget.table.setFocus()
    with qtbot.waitSignal(widget.clientActivated) as blocker:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert blocker.args == [ids["Steep"]]
    rect = widget.table.visualRect(model.index(1, 0))
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(widget.clientActivated) as blocker:
        qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids["Mild"]]


def test_mood_trend_overview_says_so_when_no_mood_falls(qtbot, journal):
    widget = MoodTrendTable()
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    assert widget.is_empty()
    assert not widget.table.isVisible() and widget.hint.isVisible()
    assert "No relationship's mood is falling" in widget.hint.text()
