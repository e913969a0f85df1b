"""The "needs attention" window: whom to get in touch with, overdue invoices, relationships whose
mood is falling; each row opens its client in the right tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle

from clientjournal.core.domain import NoteKind
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes, payments
from clientjournal.ui.attention.view import GET_IN_TOUCH, MOOD_TREND, OVERDUE


def fill() -> dict[str, int]:
    due = clients.create(ClientData(name="Anna Fällig", cadence_days=7))
    notes.save(
        NoteData(client_id=due, created_at=utcnow() - timedelta(days=12), kind=NoteKind.CALL)
    )
    payer = clients.create(ClientData(name="Bert Zahlt"))
    today = date.today()
    payments.create(
        PaymentData(client_id=payer, amount_cents=50_000, number="R-1",
                    issued_on=today - timedelta(days=40), due_on=today - timedelta(days=10))
    )  # fmt: skip
    falling = clients.create(ClientData(name="Cora Kühl"))
    for days, mood in ((200, 2), (180, 2), (150, 1), (30, -1), (20, -2), (10, -1)):
        notes.save(
            NoteData(client_id=falling, created_at=utcnow() - timedelta(days=days), mood=mood)
        )
    return {"due": due, "payer": payer, "falling": falling}


def test_each_list_shows_its_client_and_opens_it(qtbot, journal, windows, english):
    ids = fill()
    window = windows.open()
    window.attention_actions.attention_action.trigger()
    view = window.attention_actions._attention
    qtbot.waitExposed(view)
    assert view.tabs.tabText(GET_IN_TOUCH) == "&Get in touch (1)"
    assert view.tabs.tabText(OVERDUE) == "&Overdue invoices (1)"
    assert view.tabs.tabText(MOOD_TREND) == "&Mood falling (1)"
    row = view.get_in_touch.model.index(0, 3).data()
    assert "5 days past the rhythm" in row

    view.tabs.setCurrentIndex(GET_IN_TOUCH)
    table = view.get_in_touch.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.client_list.current_client_id() == ids["due"]
    assert window.pane.tabs.currentIndex() == 0

    view.overdue.clientActivated.emit(ids["payer"])
    assert window.client_list.current_client_id() == ids["payer"]
    assert window.pane.tabs.currentWidget() is window.pane.payments
    assert window.pane.payments.client_id == ids["payer"]

    view.mood_trend.clientActivated.emit(ids["falling"])
    assert window.client_list.current_client_id() == ids["falling"]


def test_an_empty_journal_gets_friendly_empty_lists(qtbot, journal, windows, english):
    window = windows.open()
    window.attention_actions.show_attention()
    view = window.attention_actions._attention
    assert "Nobody is waiting for you" in view.get_in_touch.hint.text()
    assert view.tabs.tabText(OVERDUE) == "&Overdue invoices (0)"


def test_the_calendar_export_writes_ics(qtbot, journal, windows, tmp_path, on_dialog):
    ids = fill()
    window = windows.open()
    on_dialog(lambda box: box.accept())  # "Export finished"
    window.exchange.export_calendar(tmp_path / "cal.ics")
    qtbot.waitUntil(lambda: (tmp_path / "cal.ics").exists(), timeout=5000)
    text = (tmp_path / "cal.ics").read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "Bert Zahlt" in text
    assert clients.get(ids["due"]).name in text


def test_declining_a_prospect_keeps_the_reason_and_can_be_undone(
    qtbot, journal, windows, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog  # asked for where shown (issue 21)

    from clientjournal.core.domain import ClientStatus

    prospect = clients.create(ClientData(name="Paul Probe", status=ClientStatus.PROSPECT))
    window = windows.open()
    window.client_list.select_client(prospect)
    assert window.attention_actions.decline_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Budget zu knapp", True))
    window.attention_actions.decline_action.trigger()
    declined = clients.get(prospect)
    assert declined.status is ClientStatus.ENDED and declined.ended_on == date.today()
    assert declined.profile["declined_reason"] == "Budget zu knapp"
    assert not window.attention_actions.decline_action.isEnabled()
    window.undo_stack.undo()
    assert clients.get(prospect).status is ClientStatus.PROSPECT


def test_the_payments_tab_is_built_on_first_view_with_the_windows_undo(
    qtbot, journal, windows, english
):
    ids = fill()
    window = windows.open()
    window.client_list.select_client(ids["payer"])
    assert window.pane._payments is None  # not built at start-up
    window.pane.tabs.setCurrentIndex(3)
    pane = window.pane.payments
    assert window.pane.tabs.widget(3) is pane
    assert pane.undo_stack is window.undo_stack
    assert pane.client_id == ids["payer"]
    assert window.pane.tabs.tabText(3) == "&Payments (1 overdue)"


@pytest.mark.parametrize("size", [QSize(1024, 640), QSize(1366, 768)], ids=["1024x640", "1366x768"])
def test_every_column_title_has_room_beside_it_in_german(qtbot, qapp, journal, windows, size):
    """Issue 19 follow-up: on a 1024x640 screen, German "Letzte Notiz", "Letzter Kontakt" and
    "Tage überfällig" touched their columns' edges (each column was exactly its title wide)."""
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    install_translators(qapp, "de")
    try:
        fill()
        window = windows.open()
        window.resize(size)
        window.attention_actions.attention_action.trigger()
        view = window.attention_actions._attention
        qtbot.waitExposed(view)
        assert view.width() <= size.width()
        for table in (view.get_in_touch, view.overdue, view.mood_trend):
            view.tabs.setCurrentWidget(table)
            qtbot.wait(5)
            header = table.table.horizontalHeader()
            bold = QFont(header.font())
            bold.setBold(True)  # a header with a selected row's cell is drawn bold
            metrics = QFontMetrics(bold)
            margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            air = metrics.averageCharWidth()
            for column in range(table.model.columnCount()):
                title = table.model.headerData(column, Qt.Orientation.Horizontal)
                need = metrics.horizontalAdvance(title) + 2 * margin + air
                assert header.sectionSize(column) >= need, (title, header.sectionSize(column))
            assert header.length() <= header.viewport().width()
            assert not table.table.horizontalScrollBar().isVisible()
    finally:
        remove_translators(qapp)
