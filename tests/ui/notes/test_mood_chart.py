"""The mood chart of a client's notes, driven through real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes.mood_chart import MoodChart


def add_notes(client_id: int, moods_by_days_ago: list[tuple[float, int, str]]) -> list[int]:
    now = utcnow()
    return [
        notes.save(
            NoteData(
                client_id=client_id,
                created_at=now - timedelta(days=days),
                mood=value,
                body=body,
            )
        ).id
        for days, value, body in moods_by_days_ago
    ]


@pytest.fixture
def filled(journal):
    anna = clients.create(ClientData(name="Anna"))
    ids = add_notes(
        anna,
        [
            (240, 2, "# Kick-off with **Anna**"),
            (200, 1, "Scope agreed"),
            (150, 2, "Lunch at the harbour"),
            (60, -1, "Invoice paid late"),
            (30, -2, "Angry call about the revisions"),
            (10, -1, "Short, cool reply"),
        ],
    )
    return anna, ids


@pytest.fixture
def chart(qtbot, filled):
    widget = MoodChart()
    qtbot.addWidget(widget)
    widget.resize(600, widget.height())
    widget.show_client(filled[0])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def center(chart: MoodChart, index: int) -> QPoint:
    return chart.point_position(index).toPoint()


def test_chart_names_itself_and_summarises_for_screen_readers(chart):
    assert chart.objectName() == "moodChart"
    assert chart.accessibleName()
    description = chart.accessibleDescription()
    assert "6 note" in description and "8 month" in description
    assert "falling" in description


def test_height_follows_the_font(qtbot, chart):
    normal = chart.height()
    assert 56 <= normal <= 160  # four lines: low enough for five notes below on a laptop
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    assert chart.height() >= normal * 1.7


def test_points_run_oldest_left_newest_right(chart, filled):
    assert [p.note_id for p in chart.points()] == filled[1]
    xs = [chart.point_position(i).x() for i in range(6)]
    assert xs == sorted(xs)
    assert chart.point_position(0).y() < chart.point_position(4).y()  # +2 above −2


# Showing a tooltip raises its window, which the offscreen test platform only warns about.
TOOLTIP_WARNING = pytest.mark.qt_log_ignore("This plugin does not support raise")


@TOOLTIP_WARNING
def test_hovering_a_point_shows_its_date_mood_and_title(qtbot, chart):
    qtbot.mouseMove(chart, center(chart, 4))
    qtbot.waitUntil(lambda: "Angry call about the revisions" in QToolTip.text())
    assert "▼▼" in QToolTip.text()
    QToolTip.hideText()
    pos = center(chart, 0)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos)))
    assert "Kick-off with Anna" in QToolTip.text()
    assert "**" not in QToolTip.text()


def test_clicking_a_point_emits_its_note_id(qtbot, chart, filled):
    with qtbot.waitSignal(chart.noteClicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=center(chart, 2))
    assert blocker.args == [filled[1][2]]


def test_clicking_beside_the_points_emits_nothing(qtbot, chart):
    with qtbot.assertNotEmitted(chart.noteClicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() - 3, 3))


@TOOLTIP_WARNING
def test_keyboard_walks_the_points_and_enter_opens_one(qtbot, chart, filled):
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # the first press starts at the newest note
    assert chart.current_index() == 5
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_index() == 3
    assert "Invoice paid late" in QToolTip.text()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current_index() == 4
    with qtbot.waitSignal(chart.noteClicked) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == [filled[1][4]]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_index() == 0
    qtbot.keyClick(chart, Qt.Key.Key_End)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current_index() == 5


def test_fewer_than_two_notes_show_a_hint(qtbot, journal):
    solo = clients.create(ClientData(name="Solo"))
    add_notes(solo, [(3, 1, "only one")])
    widget = MoodChart()
    qtbot.addWidget(widget)
    widget.show_client(solo)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.accessibleDescription() == widget.hint_text()
    widget.grab()
    with qtbot.assertNotEmitted(widget.noteClicked):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Left)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    widget.show_client(None)
    assert widget.points() == []


def test_reload_picks_up_a_new_note(qtbot, chart, filled):
    add_notes(filled[0], [(1, 2, "Back on track")])
    chart.reload()
    assert chart.point_text(len(chart.points()) - 1).endswith("\nBack on track")


def test_loading_waits_for_the_first_paint(qtbot, chart, filled, monkeypatch):
    from clientjournal.store import mood as mood_store

    calls = []
    real = mood_store.mood_points
    monkeypatch.setattr(mood_store, "mood_points", lambda cid: calls.append(cid) or real(cid))
    chart.show_client(filled[0])
    assert calls == []  # the client switch itself does not query
    chart.repaint()
    assert calls == [filled[0]]


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in [
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        (QPalette.ColorRole.Mid, "#3c4043"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
    ]:
        palette.setColor(role, QColor(color))
    return palette


@TOOLTIP_WARNING
def test_paints_in_a_dark_palette_with_the_palette_background(qtbot, chart):
    chart.setPalette(dark_palette())
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    image = chart.grab().toImage()
    assert not image.isNull()
    inside = image.pixelColor(image.width() // 2, 3)
    assert inside.lightness() < 60  # the dark Base, not a hard-coded white
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in (10, 40)}
    assert len(colours) > 3  # something was drawn
