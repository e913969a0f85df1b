"""Light and dark: complete palettes with readable contrast, applied at start and live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from clientjournal import settings
from clientjournal.ui.common import theme
from clientjournal.ui.common.theme import (
    apply_theme,
    dark_palette,
    is_dark,
    light_palette,
    warning_color,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
ROLES = [role for role in Role if role not in (Role.NoRole, Role.NColorRoles)]
PAIRS = [  # (text, background): what is drawn on what
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
]


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG 2 contrast ratio (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def native_theme(qapp):
    apply_theme(qapp, "system")  # as a running app: the start's shortcut is tested below
    yield qapp
    apply_theme(qapp, "system")


def test_contrast_helper_knows_black_on_white():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("palette", [dark_palette(), light_palette()], ids=["dark", "light"])
def test_every_role_is_set_in_every_group(palette: QPalette):
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role in ROLES:
            assert palette.isBrushSet(group, role), (group, role)


@pytest.mark.parametrize("palette", [dark_palette(), light_palette()], ids=["dark", "light"])
def test_text_is_readable_on_its_background(palette: QPalette):
    for text, background in PAIRS:
        ratio = contrast(palette.color(Group.Active, text), palette.color(Group.Active, background))
        assert ratio >= 4.5, (text, background, round(ratio, 2))
    for text, background in PAIRS[:4]:  # disabled: visibly off, still legible
        ratio = contrast(
            palette.color(Group.Disabled, text), palette.color(Group.Disabled, background)
        )
        assert ratio >= 3.0, ("disabled", text, background, round(ratio, 2))
        assert palette.color(Group.Disabled, text) != palette.color(Group.Active, text)


@pytest.mark.parametrize("palette", [dark_palette(), light_palette()], ids=["dark", "light"])
def test_the_warning_red_is_readable_on_window_and_base(palette: QPalette):
    red = warning_color(palette)
    for background in (Role.Window, Role.Base, Role.AlternateBase):
        assert contrast(red, palette.color(background)) >= 4.5, background


def test_dark_and_light_apply_at_once_and_system_gives_the_platform_back(native_theme):
    app = native_theme
    native_window = app.palette().color(Role.Window)
    assert apply_theme(app, "dark") == "dark"
    assert is_dark(app.palette())
    assert app.style().name().lower() == "fusion"
    assert apply_theme(app, "light") == "light"
    assert not is_dark(app.palette())
    assert apply_theme(app, "system") == "native"
    assert app.palette().color(Role.Window) == native_window
    assert apply_theme(app, "nonsense") == "native"


def test_system_follows_a_dark_desktop_whose_style_stays_light(native_theme, monkeypatch):
    app = native_theme
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    assert apply_theme(app, "system") == "dark"
    assert is_dark(app.palette())
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    theme._follow_system(app)  # what colorSchemeChanged calls
    assert not is_dark(app.palette())


def test_the_desktop_turning_dark_is_followed_once_the_window_is_up(native_theme, monkeypatch):
    """At start "system" changes nothing (asking the desktop costs ~14 ms before the first
    paint); once the window is up a dark desktop is followed, and every change after that."""
    app = native_theme
    monkeypatch.delattr(app, theme._STATE_ATTR)  # as at start
    monkeypatch.delattr(app, theme._FOLLOWING_ATTR, raising=False)
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    assert apply_theme(app, "system") == "native"
    assert not is_dark(app.palette())  # the start-up frame stays as the platform draws it
    theme.follow_system_scheme(app)
    assert is_dark(app.palette())  # a dark desktop whose style stays light: dark now
    theme.follow_system_scheme(app)  # connected once, however often asked
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(app.palette())
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(app.palette())
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(app.palette())


def test_warning_colours_follow_a_theme_change(qtbot, native_theme):
    label = QLabel("Never: change the logo")
    qtbot.addWidget(label)
    theme.warning_style(label)
    light = label.styleSheet()
    apply_theme(native_theme, "dark")
    qtbot.waitUntil(lambda: label.styleSheet() != light)
    assert warning_color(dark_palette()).name() in label.styleSheet()


def test_the_saved_theme_is_applied_when_the_app_starts(native_theme):
    from clientjournal.app import _make_application
    from clientjournal.ui.shell.translations import remove_translators

    settings.save(settings.Settings(theme="dark"))
    try:
        app = _make_application([])
        assert app is QApplication.instance()
        assert is_dark(QApplication.palette())
    finally:
        remove_translators(native_theme)


def test_a_line_that_warns_sometimes_follows_its_state_and_the_theme(qtbot, native_theme):
    label = QLabel("Rhythm: time to get in touch")
    qtbot.addWidget(label)
    theme.set_warning(label, False)
    assert label.styleSheet() == ""
    theme.set_warning(label, True)
    assert warning_color().name() in label.styleSheet()
    apply_theme(native_theme, "dark")
    qtbot.waitUntil(lambda: warning_color(dark_palette()).name() in label.styleSheet())
    theme.set_warning(label, False)
    assert label.styleSheet() == ""


def _lightness_at_edge(widget) -> int:
    """The background just inside the widget's bottom-right corner (away from any text)."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 6, image.height() - 4).lightness()


def test_switching_to_dark_recolours_the_never_field_and_the_mail_link(
    qtbot, native_theme, journal, windows
):
    """The "Never" field stayed white and the e-mail link dark blue on dark grey until a
    restart (issue 19): styled widgets must be re-polished after the palette has changed."""
    from clientjournal.core.records import ClientData
    from clientjournal.store import clients

    app = native_theme
    apply_theme(app, "light")
    client_id = clients.create(ClientData(name="Nora Nie", email="nora@example.org"))
    window = windows.open()
    window.client_list.select_client(client_id)
    never = window.pane.summary.profile.edits["never"]
    assert _lightness_at_edge(never) > 200
    apply_theme(app, "dark")
    qtbot.wait(50)
    assert _lightness_at_edge(never) < 100
    link = window.pane.summary.details
    assert app.palette().link().color().name() in link.text() or _link_is_light(link)


def _link_is_light(label) -> bool:
    """The mail link as painted: its brightest blue-ish pixel is light enough to read on dark."""
    image = label.grab().toImage()
    best = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.blue() > colour.red() + 40:
                best = max(best, colour.lightness())
    return best > 120


def test_an_unchecked_box_has_a_visible_border_in_dark(qtbot, native_theme):
    """attack19 finding 20: in dark an unchecked box was a black square with no edge."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    app = native_theme
    apply_theme(app, "dark")
    box = QCheckBox("Due on")
    qtbot.addWidget(box)
    box.show()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    window = app.palette().color(Role.Window)
    edge = max(
        contrast(image.pixelColor(indicator.left(), y), window)
        for y in range(indicator.top(), indicator.bottom() + 1)
    )
    assert edge >= 3.0, edge


def test_system_gives_the_platforms_own_style_back_not_the_outlined_one(native_theme):
    app = native_theme
    apply_theme(app, "dark")
    assert isinstance(app.style(), theme.OutlinedFusion)
    apply_theme(app, "system")
    assert not isinstance(app.style(), theme.OutlinedFusion)


def test_light_is_fusion_without_the_python_proxy_and_dark_has_it(native_theme):
    """Issue 21: the outlined proxy sends every primitive Qt draws through Python; it changes
    nothing in light, so light is Fusion itself and only dark pays for the check box border."""
    app = native_theme
    apply_theme(app, "dark")
    assert isinstance(app.style(), theme.OutlinedFusion)
    apply_theme(app, "light")
    assert not isinstance(app.style(), theme.OutlinedFusion)
    assert app.style().name().lower() == "fusion"
    apply_theme(app, "dark")  # and back
    assert isinstance(app.style(), theme.OutlinedFusion)
    assert is_dark(app.palette())


def test_a_light_check_box_looks_as_it_did_with_the_proxy(native_theme, qtbot):
    """The proxy drew nothing of its own in light: plain Fusion paints the same pixels."""
    from PySide6.QtWidgets import QCheckBox

    app = native_theme
    apply_theme(app, "light")
    images, boxes = [], []
    styles = (QStyleFactory.create("Fusion"), theme.OutlinedFusion())
    for style in styles:
        for checked in (False, True):
            box = QCheckBox("Due on")
            qtbot.addWidget(box)
            boxes.append(box)
            box.setStyle(style)
            box.setChecked(checked)
            box.show()
            images.append(box.grab().toImage())
    for box in boxes:  # the styles are this test's: the boxes let go of them before it ends
        box.setStyle(None)
    assert images[0] == images[2]
    assert images[1] == images[3]
