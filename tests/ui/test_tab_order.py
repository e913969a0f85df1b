"""Every part of the window is reachable with Tab, and Tab always moves on (issue 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit, QWidget
from widget_walk import DIALOGS, build_every_tab, demo_window

from clientjournal.store import clients

__all__ = ["demo_window"]  # the fixture

MAX_PRESSES = 120
SECTIONS = 6
"""A date-time edit takes Tab once per section (day, month, year, hour, minute), as Qt's
editors do; more presses on one widget than that means Tab is stuck there."""


def name_of(widget: QWidget | None) -> str:
    if widget is None:
        return "<none>"
    if widget.objectName() == "qt_tabwidget_tabbar":
        return f"tabs:{widget.parentWidget().objectName()}"
    return widget.objectName() or type(widget).__name__


VISIBLY_FOCUSED = (
    "QLineEdit",
    "QComboBox",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QListView",
    "QTableView",
    "QTabBar",
    "QDateTimeEdit",
    "QDateEdit",
    "QSpinBox",
    "QDoubleSpinBox",
    "QPlainTextEdit",
    "QTextEdit",
    "QTextBrowser",
    "QLabel",  # links in a label: Fusion frames the focused link
)
"""Qt classes whose Fusion look marks the focus; the app's own widgets must draw it."""


def marks_its_focus(widget: QWidget) -> bool:
    classes = type(widget).__mro__
    if any(
        cls.__name__ in VISIBLY_FOCUSED and cls.__module__.startswith("PySide6") for cls in classes
    ):
        return True
    return any("_paint_focus" in vars(cls) for cls in classes)


def _path(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(name_of(widget))
        widget = widget.parentWidget()
    return " < ".join(names[:5])


def tab_around(window, start: QWidget, backwards: bool = False) -> list[str]:
    """Press Tab (or Shift+Tab) from ``start`` until the focus is back there; the names seen."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is start
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    seen, same = [name_of(start)], 0
    for _ in range(MAX_PRESSES):
        before = QApplication.focusWidget()
        QTest.keyClick(before, key)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None, f"Tab lost the focus after {seen[-5:]}"
        same = same + 1 if now is before else 0
        assert same < SECTIONS, f"Tab is stuck on {name_of(now)}"
        if now is start:
            return seen
        if now is not before:
            seen.append(name_of(now))
            assert marks_its_focus(now), f"{_path(now)} takes the focus without showing it"
    raise AssertionError(f"Tab never came back to {name_of(start)}: {seen}")


def test_tab_visits_the_list_the_profile_the_notes_and_comes_back(demo_window):
    window = demo_window
    seen = tab_around(window, window.client_list.filter)
    for name in (
        "clientFilter",
        "clientList",
        "editClient",
        "clientTags",
        "noteTimeline",
        "noteEditor",
        "noteTags",
        "newNote",
        "moodChart",
        "tabs:clientTabs",
        "globalSearch",
    ):
        assert name in seen, (name, seen)
    assert seen.index("clientFilter") < seen.index("clientList") < seen.index("noteTimeline")
    assert seen.index("noteTimeline") < seen.index("noteEditor")
    backwards = tab_around(window, window.client_list.filter, backwards=True)
    assert set(backwards) == set(seen)


@pytest.mark.parametrize(
    ("tab", "reached"),
    [
        ("agreements", "agreementList"),
        ("replies", "replyList"),
        ("payments", "paymentList"),
    ],
)
def test_tab_reaches_each_tab_of_the_client_pane(demo_window, tab, reached):
    window = demo_window
    pane = window.pane
    pane.tabs.setCurrentWidget(getattr(pane, tab))
    seen = tab_around(window, pane.tabs.tabBar())
    assert reached in seen, seen
    assert "clientList" in seen


def _tables_keep_tab(root: QWidget) -> list[str]:
    """Read-only tables must let Tab leave (QTableView moves between cells by default)."""
    views = root.findChildren(QAbstractItemView)
    return [
        v.objectName() or type(v).__name__
        for v in views
        if v.tabKeyNavigation() and v.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ]


def _text_edits(root: QWidget) -> list[QTextEdit | QPlainTextEdit]:
    edits = root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit)
    return [edit for edit in edits if not edit.isReadOnly()]


def test_no_text_field_in_the_window_swallows_tab(demo_window):
    build_every_tab(demo_window)
    edits = _text_edits(demo_window)
    assert len(edits) >= 2  # the note, an agreement's details
    assert [e.objectName() for e in edits if not e.tabChangesFocus()] == []
    assert _tables_keep_tab(demo_window) == []


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_text_field_in_a_dialog_swallows_tab(qtbot, demo_window, name):
    dialog = DIALOGS[name](demo_window)
    qtbot.addWidget(dialog)
    assert [e.objectName() for e in _text_edits(dialog) if not e.tabChangesFocus()] == []
    assert _tables_keep_tab(dialog) == []


def test_every_menu_entry_has_a_mnemonic_and_the_main_ones_a_shortcut(demo_window):
    """Unique mnemonics per menu are checked in test_translations (German)."""
    missing = []
    for menu_action in demo_window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator() and "&" not in action.text().replace("&&", ""):
                missing.append(action.text())
    assert missing == []
    for name in (
        "actionNewClient",
        "actionNewNote",
        "actionEditClient",
        "actionFilter",
        "actionNextClient",
        "actionPreviousClient",
        "actionUserGuide",
    ):
        action = demo_window.findChild(QAction, name)
        assert action is not None and not action.shortcut().isEmpty(), name


def _mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_clashes(window) -> dict[str, list[str]]:
    """Alt+letter targets visible at once: menu titles, buttons, labels with a buddy, tabs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    targets: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = _mnemonic(text)
        if letter:
            targets.setdefault(letter, []).append(text)

    if hasattr(window, "menuBar"):
        for action in window.menuBar().actions():
            add(action.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            add(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                add(bar.tabText(index))
    return {letter: texts for letter, texts in targets.items() if len(texts) > 1}


@pytest.fixture(params=["en", "de"])
def ui_language(request, qapp, monkeypatch):
    """The source strings, and the German catalogue with its own accelerators."""
    from clientjournal.ui.shell.translations import (
        LANGUAGE_ENV,
        install_translators,
        remove_translators,
    )

    monkeypatch.setenv(LANGUAGE_ENV, request.param)
    assert install_translators(qapp) == request.param
    yield request.param
    remove_translators(qapp)


@pytest.fixture
def lang_window(ui_language, demo_window):
    return demo_window


def test_alt_letters_in_the_window_are_unique_on_every_tab(lang_window):
    """Two targets for one Alt+letter make Qt cycle between them instead of acting, in
    English and in German."""
    window = lang_window
    assert window.demo.isVisible()  # the demo bar's button counts too
    for index in range(window.pane.tabs.count()):
        window.pane.tabs.setCurrentIndex(index)
        assert mnemonic_clashes(window) == {}, window.pane.tabs.tabText(index)
    replies = window.pane.replies  # a reply open in the composer shows its buttons
    for client_id in clients.list_ids():
        window.client_list.select_client(client_id)
        window.pane.tabs.setCurrentWidget(replies)
        if replies.view.model().rowCount():
            break
    model = replies.view.model()
    assert model.rowCount()
    replies.view.setCurrentIndex(model.index(0, 0))
    for button in replies.composer.buttons.values():  # each draft state shows some of them
        button.setVisible(True)
    assert mnemonic_clashes(window) == {}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_alt_letters_in_each_dialog_are_unique(qtbot, lang_window, name):
    build_every_tab(lang_window)
    dialog = DIALOGS[name](lang_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert mnemonic_clashes(dialog) == {}
    dialog.reject()
