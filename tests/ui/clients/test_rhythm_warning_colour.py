"""The rhythm line warns in red (a contact due, or too frequent) through its palette, not a
style sheet: a new style sheet re-polished the label at every change of the state, ~0.4 ms
in a third of client switches (issue 21).  Same colour and pixels as the style sheet gave,
kept right over switches and theme changes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.common.theme import apply_theme, warning_color


def _client(name: str, cadence_days: int, last_contact_days: int) -> int:
    client_id = clients.create(ClientData(name=name, cadence_days=cadence_days))
    when = utcnow() - timedelta(days=last_contact_days)
    notes.save(NoteData(client_id=client_id, created_at=when, kind=NoteKind.CALL))
    return client_id


def _text_colour(label) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_the_rhythm_line_warns_by_its_palette_over_switches_and_themes(qtbot, journal, windows):
    due = _client("Dora Due", cadence_days=7, last_contact_days=30)
    calm = _client("Carl Calm", cadence_days=30, last_contact_days=2)
    none = clients.create(ClientData(name="Nina None"))  # no rhythm: the line hidden
    window = windows.open()
    window.show()
    summary = window.pane.summary
    line = summary.rhythm
    app = QApplication.instance()
    assert app is not None
    normal = _text_colour(summary.details)
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            QApplication.processEvents()
            normal = _text_colour(summary.details)
            for client_id, warns in ((due, True), (calm, False), (none, False), (due, True)):
                window.client_list.select_client(client_id)
                QApplication.processEvents()
                expected = warning_color().name() if warns else normal
                assert _text_colour(line) == expected, (theme, client_id)
                assert line.styleSheet() == ""  # nothing to re-polish
            assert line.isVisible()
            assert _text_colour(line) != normal
    finally:
        apply_theme(app, "system")


def test_the_warning_looks_as_the_style_sheet_made_it(qtbot, journal, windows):
    due = _client("Dora Due", cadence_days=7, last_contact_days=30)
    window = windows.open()
    window.show()
    window.client_list.select_client(due)
    QApplication.processEvents()
    line = window.pane.summary.rhythm
    assert line.isVisible()
    shown = line.grab().toImage()
    line.setPalette(QPalette())  # the way before: a style sheet over the inherited palette
    line.setStyleSheet(f"color: {warning_color().name()};")
    QApplication.processEvents()
    before = line.grab().toImage()
    line.setStyleSheet("")
    assert shown == before
