"""Light or dark: follow the system, or the user's choice in the settings.

"System" leaves the platform's style and palette alone as long as they already match the
platform's colour scheme (Qt 6.5+ knows it: ``QStyleHints.colorScheme``); only a dark desktop
whose style stays light (an older style, a bare X session) gets the app's own dark palette.
"Light" and "Dark" use the Fusion style, the one style that draws any palette faithfully, with
a complete palette (every role, the disabled group too), and tell Qt the scheme where it can
(``setColorScheme``, Qt 6.8+) so native dialogs and title bars agree.

Custom-painted widgets take their colours from the palette; the few colours that carry a
meaning (a warning) come from :func:`warning_color`, which picks a shade that stays readable on
the current background, and :func:`follow_palette` re-applies a widget's style sheet when the
palette changes (a style sheet does not follow the palette by itself).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEMES = ("system", "light", "dark")
_STATE_ATTR = "_clientjournal_theme"
_NATIVE_STYLE_ATTR = "_clientjournal_native_style"
_FOLLOWING_ATTR = "_clientjournal_follows_scheme"

_WARNING_ON_LIGHT = "#b03a2e"
_WARNING_ON_DARK = "#ff8a7a"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (active/inactive, disabled) per role.  Text on its background reaches a WCAG contrast
# of at least 7:1 when enabled; disabled text stays legible (about 3:1) but visibly off.
_DARK = {
    Role.Window: ("#2b2b2e", "#2b2b2e"),
    Role.WindowText: ("#e8e8ea", "#8a8a90"),
    Role.Base: ("#1f1f22", "#26262a"),
    Role.AlternateBase: ("#28282c", "#2b2b2e"),
    Role.ToolTipBase: ("#3a3a3f", "#3a3a3f"),
    Role.ToolTipText: ("#f0f0f2", "#9a9aa0"),
    Role.PlaceholderText: ("#a0a0a8", "#76767c"),
    Role.Text: ("#ececee", "#8a8a90"),
    Role.Button: ("#38383c", "#303034"),
    Role.ButtonText: ("#ececee", "#8a8a90"),
    Role.BrightText: ("#ff6e6e", "#ff6e6e"),
    Role.Light: ("#4a4a50", "#404044"),
    Role.Midlight: ("#404046", "#38383c"),
    Role.Mid: ("#5a5a60", "#4a4a50"),
    Role.Dark: ("#18181a", "#18181a"),
    Role.Shadow: ("#000000", "#000000"),
    Role.Highlight: ("#2f68b0", "#45454a"),
    Role.HighlightedText: ("#ffffff", "#a0a0a8"),
    Role.Accent: ("#2f68b0", "#45454a"),
    Role.Link: ("#7fb4ff", "#6a8ab8"),
    Role.LinkVisited: ("#c39bff", "#8c78b0"),
}
_LIGHT = {
    Role.Window: ("#efeff1", "#efeff1"),
    Role.WindowText: ("#1c1c1e", "#76767a"),
    Role.Base: ("#ffffff", "#f4f4f5"),
    Role.AlternateBase: ("#f5f5f7", "#f4f4f5"),
    Role.ToolTipBase: ("#ffffdc", "#ffffdc"),
    Role.ToolTipText: ("#1c1c1e", "#76767a"),
    Role.PlaceholderText: ("#6b6b70", "#9a9aa0"),
    Role.Text: ("#1c1c1e", "#76767a"),
    Role.Button: ("#e4e4e7", "#ececee"),
    Role.ButtonText: ("#1c1c1e", "#76767a"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#ffffff"),
    Role.Midlight: ("#f4f4f5", "#f4f4f5"),
    Role.Mid: ("#b8b8bd", "#c8c8cc"),
    Role.Dark: ("#9a9aa0", "#a8a8ac"),
    Role.Shadow: ("#5a5a5e", "#7a7a7e"),
    Role.Highlight: ("#2f6fbf", "#d0d0d4"),
    Role.HighlightedText: ("#ffffff", "#6b6b70"),
    Role.Accent: ("#2f6fbf", "#d0d0d4"),
    Role.Link: ("#1f5fae", "#7a8fb0"),
    Role.LinkVisited: ("#6a3fb0", "#9a86b8"),
}


class OutlinedFusion(QProxyStyle):
    """Fusion, with a visible border round a check box in dark: Fusion outlines it in the
    window colour made darker, which on a dark window left an unchecked box a black square
    with no edge (attack19 finding 20).  The border keeps a contrast of 3:1 on the window.

    Only the dark theme uses it: every primitive Qt draws with it (~27 per client switch:
    row backgrounds, frames, line edits) goes through Python, ~1.5 ms a switch, and in light
    it draws what Fusion draws (issue 21).  "Light" is plain Fusion."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def name(self) -> str:  # the proxy has no name of its own; it is Fusion
        return "fusion"

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element != _CHECK_BOX or not is_dark(option.palette):  # every option has a palette
            return
        enabled = bool(option.state & _ENABLED)
        color = QColor(_CHECK_BORDER_DARK if enabled else _DARK[Role.Mid][0])
        painter.save()
        painter.setPen(color)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


# Looked up once: an enum member's lookup costs microseconds in PySide, per primitive drawn.
_CHECK_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_ENABLED = QStyle.StateFlag.State_Enabled
_CHECK_BORDER_DARK = "#8a8a90"  # 4.3:1 on the dark window


def _palette(colors: dict[QPalette.ColorRole, tuple[str, str]]) -> QPalette:
    palette = QPalette()
    for role, (normal, disabled) in colors.items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK)


def light_palette() -> QPalette:
    return _palette(_LIGHT)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text is drawn light on dark: the window is darker than its text."""
    palette = QGuiApplication.palette() if palette is None else palette
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


def system_is_dark() -> bool:
    # Any value of the Qt namespace (a Qt.ColorScheme too) makes PySide6 build all of that
    # namespace's enums, ~14 ms; so this is only asked once the first frame is painted.
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> str:
    """Make the app light or dark as ``theme`` ("system", "light", "dark") says, at start or
    while it runs.  Returns what was applied: "light", "dark" or "native".

    At start, "system" touches nothing: the platform's style and palette are what "system"
    means, and asking whether the desktop is dark costs ~14 ms (see ``system_is_dark``), more
    than a tenth of the start-up bar.  ``follow_system_scheme`` asks once the first frame is
    painted; only a dark desktop whose style stays light then turns the window dark, a moment
    after the (light) start-up frame.
    """
    theme = theme if theme in THEMES else "system"
    started = hasattr(app, _STATE_ATTR)  # a change while the app runs, not the start
    setattr(app, _STATE_ATTR, theme)
    if theme == "system" and not started:
        return "native"
    from PySide6.QtCore import Qt

    hints = app.styleHints()
    wanted = theme
    if theme == "system":
        hints.unsetColorScheme()
        if not system_is_dark():
            _native(app)
            return "native"
        _native(app)
        if is_dark(app.palette()):
            return "native"  # the platform's style follows the dark scheme by itself
        wanted = "dark"
    if not hasattr(app, _NATIVE_STYLE_ATTR):  # the platform's own choice, to come back to
        setattr(app, _NATIVE_STYLE_ATTR, app.style().name())
    hints.setColorScheme(Qt.ColorScheme.Dark if wanted == "dark" else Qt.ColorScheme.Light)
    if wanted == "dark":
        if not isinstance(app.style(), OutlinedFusion):
            app.setStyle(OutlinedFusion())
    elif isinstance(app.style(), OutlinedFusion) or app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))  # light: no Python in its painting
    app.setPalette(dark_palette() if wanted == "dark" else light_palette())
    _restyle_followers()
    return wanted


def follow_system_scheme(app: QApplication) -> None:
    """After the first paint: apply "system" for real (a dark desktop whose style stays light
    turns dark now), and again whenever the desktop turns light or dark."""
    if not getattr(app, _FOLLOWING_ATTR, False):
        setattr(app, _FOLLOWING_ATTR, True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
        _follow_system(app)


def _native(app: QApplication) -> None:
    native = getattr(app, _NATIVE_STYLE_ATTR, "")
    if native and (
        isinstance(app.style(), OutlinedFusion) or app.style().name().lower() != native.lower()
    ):
        app.setStyle(native)  # the platform's own, not the app's outlined Fusion
    app.setPalette(QPalette())  # no palette of our own: the style's and platform's again
    _restyle_followers()


def _follow_system(app: QApplication) -> None:
    if getattr(app, _STATE_ATTR, "system") == "system":
        apply_theme(app, "system")


def warning_color(palette: QPalette | None = None) -> QColor:
    """A red that reads as a warning and keeps a contrast of 4.5:1 on the window behind it."""
    return QColor(_WARNING_ON_DARK if is_dark(palette) else _WARNING_ON_LIGHT)


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self.apply = apply
        _FOLLOWERS.add(self)


_FOLLOWERS: weakref.WeakSet[_PaletteFollower] = weakref.WeakSet()


def _restyle_followers() -> None:
    """After the app's palette changed: widgets with a style sheet of their own keep the
    palette they were polished with (no palette-change event reaches them), so each one that
    follows the palette is styled again here (the "Never" field stayed white in the dark)."""
    for follower in list(_FOLLOWERS):
        follower.apply()


def follow_palette(widget: QWidget, apply: Callable[[], None]) -> None:
    """Call ``apply`` now and whenever the theme is switched."""
    apply()
    _PaletteFollower(widget, apply)


def warning_style(widget: QWidget, template: str = "color: {color};") -> None:
    """Colour ``widget`` with :func:`warning_color` through a style sheet, kept right when the
    theme changes; ``template`` names the colour ``{color}``."""

    def apply() -> None:
        # A style sheet fixes the palette it was polished with: clear it first, so the new
        # one is polished with the current palette (a dark "Never" field after a switch).
        widget.setStyleSheet("")
        widget.setStyleSheet(template.format(color=warning_color().name()))

    follow_palette(widget, apply)


_WARNING_PROPERTY = "clientjournalWarning"


def set_warning(widget: QWidget, on: bool) -> None:
    """Colour ``widget``'s text as a warning while ``on`` (a line that warns only sometimes),
    kept right when the theme changes.  The style sheet changes only when the state does: a
    new style sheet re-polishes the widget."""
    known = widget.property(_WARNING_PROPERTY)
    if known is not None and bool(known) == on:
        return
    widget.setProperty(_WARNING_PROPERTY, on)

    def apply() -> None:
        warn = bool(widget.property(_WARNING_PROPERTY))
        widget.setStyleSheet(f"color: {warning_color().name()};" if warn else "")

    if known is None:
        follow_palette(widget, apply)
    else:
        apply()
