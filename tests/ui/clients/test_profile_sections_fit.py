"""Every section of the full profile can be read and reached on a small screen (attack19
finding 9): at 1200 px the German tab bar read "… | Persönliches | Meine Seit" with scroll
arrows, and "Ende" was hidden behind them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QTabBar

from clientjournal.core.records import ClientData
from clientjournal.store import clients


@pytest.fixture(params=["de", "en"])
def language(request, qapp):
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)


@pytest.mark.parametrize("size", [QSize(1024, 640), QSize(1200, 736)], ids=["1024", "1200"])
def test_every_section_name_is_shown_whole_inside_the_window(
    qtbot, language, journal, windows, size
):
    client_id = clients.create(
        ClientData(
            name="Andreas Dürr", company="Dürr Landschaftsbau GmbH", profile={"wants": "Ruhe"}
        )
    )
    window = windows.open()
    window.resize(size)
    window.client_list.select_client(client_id)
    editor = window.pane.summary.profile
    qtbot.mouseClick(editor.toggle, Qt.MouseButton.LeftButton)
    qtbot.wait(5)
    QApplication.processEvents()
    assert window.width() <= size.width(), "opening the full profile widened the window"
    bar = editor.sections.findChild(QTabBar)
    assert bar is None or not bar.isVisible(), "a tab bar cuts the names it cannot fit"
    buttons = [editor.section_buttons.button(i) for i in range(editor.sections.count())]
    inside = window.rect()
    area = window.pane.summary.profile_area.viewport()
    seen = QRect(area.mapTo(window, QPoint(0, 0)), area.size())
    for index, button in enumerate(buttons):
        assert button.isVisible(), button.text()
        assert button.text() == editor.sections.tabText(index)
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is cut"
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert inside.contains(where), (button.text(), where, inside)
        assert seen.left() <= where.left() and where.right() <= seen.right(), button.text()
    qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)
    assert editor.sections.currentIndex() == len(buttons) - 1
    assert buttons[-1].isChecked() and not buttons[0].isChecked()
    editor.sections.setCurrentIndex(1)  # Ctrl+Tab and the code still switch the page
    assert buttons[1].isChecked()
