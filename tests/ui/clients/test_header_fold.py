"""The client header folds to one line of essentials, and stays folded at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLineEdit

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.context import ClientTab

PROFILE = {
    "wants": "Klare Empfehlungen",
    "direction": "Zur bekannten Marke",
    "never": "Nie ohne Rückfrage am Logo ändern",
    "budget": "15.000 €",
}


def _open(windows):
    client_id = clients.create(ClientData(name="Florian Petersen", profile=PROFILE))
    window = windows.open()
    window.resize(QSize(1366, 768))
    window.client_list.select_client(client_id)
    return window


def test_folding_gives_the_notes_the_height_and_keeps_the_essentials_in_view(
    qtbot, journal, windows
):
    window = _open(windows)
    summary = window.pane.summary
    assert not summary.is_folded() and summary.profile_area.isVisible()
    unfolded = summary.height()
    qtbot.mouseClick(summary.fold_button, Qt.MouseButton.LeftButton)
    qtbot.wait(5)
    assert summary.is_folded()
    assert not summary.profile_area.isVisible() and not summary.details.isVisible()
    assert summary.height() <= unfolded - 50  # the notes below get that
    line = summary.essentials_line
    assert line.isVisible()
    text = line.shown_text()
    for key in ("wants", "direction", "never"):
        assert PROFILE[key] in text  # there is room for all three at 1366 px
    assert PROFILE["budget"] not in text  # only the essentials
    window.resize(window.minimumSize())
    qtbot.wait(5)
    shortened = line.shown_text()
    assert "…" in shortened and "Nie" in shortened  # each one shortened, none dropped
    assert line.fontMetrics().horizontalAdvance(shortened) <= line.width()
    assert PROFILE["never"] in line.toolTip()


def test_a_click_on_the_essentials_unfolds_the_header_for_editing(qtbot, journal, windows):
    window = _open(windows)
    summary = window.pane.summary
    summary.set_folded(True)
    qtbot.mouseClick(summary.essentials_line, Qt.MouseButton.LeftButton)
    assert not summary.is_folded()
    assert window.findChild(QLineEdit, "profile_never").isVisible()


def test_opening_the_full_profile_unfolds_the_header(qtbot, journal, windows):
    window = _open(windows)
    window.pane.summary.set_folded(True)
    window.pane.open_tab(ClientTab.PROFILE)
    assert not window.pane.summary.is_folded()
    assert window.pane.summary.profile.sections.isVisible()


def test_the_fold_is_remembered(qtbot, journal, windows):
    window = _open(windows)
    window.pane.summary.set_folded(True)
    window = windows.restart()
    assert window.pane.summary.is_folded()
    window.pane.summary.set_folded(False)
    window = windows.restart()
    assert not window.pane.summary.is_folded()


def test_an_empty_profile_says_so_when_folded(qtbot, journal, windows):
    client_id = clients.create(ClientData(name="Neu"))
    window = windows.open()
    window.client_list.select_client(client_id)
    window.pane.summary.set_folded(True)
    assert window.pane.summary.essentials_line.shown_text().startswith("Nothing noted yet")
