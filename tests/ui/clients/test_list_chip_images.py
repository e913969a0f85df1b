"""The client list paints a row's status chip once per text and look and copies it onto the
rows after that (issue 21: after a jump every row painted is one the list never painted);
the rows look exactly as when each chip is painted on its own."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem

from clientjournal.core.domain import ClientStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients.delegate import ClientDelegate
from clientjournal.ui.common import two_line_delegate
from clientjournal.ui.common.theme import apply_theme

STATUSES = list(ClientStatus)


def _list(windows) -> QListView:
    window = windows.open()
    for number in range(9):
        clients.create(
            ClientData(
                name=f"Klientin {number} Überlänge-Name",
                company=f"Muster {number} GmbH",
                status=STATUSES[number % len(STATUSES)],
                tags=["web"] if number % 2 else [],
            )
        )
    window.client_list.reload()
    view = window.client_list.view
    windows.qtbot.waitUntil(lambda: view.model().rowCount() >= 9)
    return view


def _delegate(view: QListView) -> ClientDelegate:
    delegate = view.itemDelegate()
    assert isinstance(delegate, ClientDelegate)
    return delegate


def _grab(view: QListView, as_images: bool) -> QImage:
    delegate = _delegate(view)
    delegate.chips_as_images = as_images
    delegate._fonts = None  # nothing kept from before
    return view.viewport().grab().toImage()


def _kept_images(view: QListView) -> list[QPixmap]:
    fonts = _delegate(view)._fonts
    assert fonts is not None
    return [image for image in fonts.chip_images.values() if image is not None]


def test_the_list_looks_the_same_with_chips_copied(windows):
    view = _list(windows)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view.setCurrentIndex(view.model().index(2, 0))
    compared = 0
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        for size in (7.0, 10.0, 15.5):
            font = QFont(view.font())
            font.setPointSizeF(size)
            view.setFont(font)
            for alternate in (False, True):
                view.setAlternatingRowColors(alternate)
                windows.qtbot.wait(1)
                plain = _grab(view, as_images=False)
                copied = _grab(view, as_images=True)
                assert len(_kept_images(view)) >= 3  # the chips were copied, not painted
                assert copied == plain, (theme, size, alternate)
                compared += 1
    assert compared == 12


def _row(
    view: QListView,
    row: int,
    state: QStyle.StateFlag,
    as_images: bool,
    ratio: float = 1,
    width: int | None = None,
) -> QImage:
    """The row painted alone; ``width``: that wide, 20 px from the left of an image 40 px
    wider than it (a row narrower than the list's)."""
    delegate = _delegate(view)
    delegate.chips_as_images = as_images
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index).translated(-view.visualRect(index).topLeft())
    size = option.rect.size()
    if width is not None:
        option.rect = QRect(20, 0, width, size.height())
        size.setWidth(width + 40)
    option.widget = view
    option.font = view.font()
    option.state = state
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(view.viewport().palette().color(view.viewport().backgroundRole()))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def test_a_row_looks_the_same_in_every_state_with_its_chip_copied(windows):
    view = _list(windows)
    flag = QStyle.StateFlag
    enabled = flag.State_Enabled
    states = [
        enabled,
        enabled | flag.State_Active,
        enabled | flag.State_Active | flag.State_Selected,
        enabled | flag.State_Selected,  # the window not active
        enabled | flag.State_Active | flag.State_Selected | flag.State_HasFocus,
        enabled | flag.State_Active | flag.State_MouseOver,
        enabled | flag.State_Active | flag.State_Selected | flag.State_MouseOver,
        enabled | flag.State_Active | flag.State_HasFocus,
        flag.State_None,  # disabled
    ]
    for row in range(len(STATUSES)):
        for state in states:
            copied = _row(view, row, state, as_images=True)
            assert copied == _row(view, row, state, as_images=False), (row, state)
    assert len(_kept_images(view)) >= len(STATUSES)


def test_each_chip_is_painted_once_per_look(windows, monkeypatch):
    view = _list(windows)
    painted: list[str] = []
    real = two_line_delegate._chip_image

    def counting(option, chip, text, *args):
        painted.append(text)
        return real(option, chip, text, *args)

    monkeypatch.setattr(two_line_delegate, "_chip_image", counting)
    view.setCurrentIndex(view.model().index(0, 0))
    _delegate(view)._fonts = None  # nothing kept from the first paint
    view.viewport().grab()
    first = len(painted)
    assert 0 < first <= len(STATUSES) + 1  # one per status, and the selected row's own
    view.setCurrentIndex(view.model().index(5, 0))
    for _ in range(3):
        view.viewport().grab()
    assert len(painted) <= first + 2  # only the newly selected row's look is new


def test_a_chip_on_a_gradient_is_painted_every_time(windows):
    view = _list(windows)
    palette = view.palette()
    gradient_brush = palette.brush(palette.ColorRole.Base)
    from PySide6.QtGui import QBrush, QLinearGradient

    gradient = QLinearGradient(0, 0, 0, 400)
    gradient.setColorAt(0, gradient_brush.color())
    gradient.setColorAt(1, Qt.GlobalColor.lightGray)
    palette.setBrush(palette.ColorRole.Base, QBrush(gradient))
    view.setPalette(palette)
    plain = _grab(view, as_images=False)
    copied = _grab(view, as_images=True)
    assert _kept_images(view) == []  # a background that depends on where: not copied
    assert copied == plain


def test_a_row_painted_at_another_pixel_ratio_than_the_views_looks_the_same(windows):
    """A row drawn on a device of another ratio (a drag image, another screen's backing
    store): its chip is made at the ratio it is drawn at, not the view's."""
    view = _list(windows)
    flag = QStyle.StateFlag
    for ratio in (2, 3, 1.5):
        for state in (flag.State_Enabled, flag.State_Enabled | flag.State_Selected):
            for row in range(len(STATUSES)):
                plain = _row(view, row, state, as_images=False, ratio=ratio)
                assert _row(view, row, state, as_images=True, ratio=ratio) == plain
                assert _row(view, row, state, as_images=True, ratio=ratio) == plain


def test_a_chip_wider_than_its_row_is_painted_over_the_focus_frame(windows):
    """attack21b B4: in a very narrow list a copied chip hung left of its row with a square
    block of the row's background and hid the keyboard focus frame."""
    view = _list(windows)
    flag = QStyle.StateFlag
    focused = flag.State_Enabled | flag.State_Active | flag.State_HasFocus
    for width in (120, 80, 60, 40, 20):
        for state in (focused, focused | flag.State_Selected):
            for row in range(len(STATUSES)):
                copied = _row(view, row, state, as_images=True, width=width)
                assert copied == _row(view, row, state, as_images=False, width=width), (
                    width,
                    row,
                    state,
                )
    assert _kept_images(view)  # the wide rows still copied theirs
