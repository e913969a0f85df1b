"""The client header on a small screen: where its lines wrap, and which tags are in view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSize
from widget_walk import shown_lines

from clientjournal.core.domain import AddressForm
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.labels import calendar_date

SIZES = [QSize(1024, 640), QSize(1366, 768)]


@pytest.fixture
def german(qapp):
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    install_translators(qapp, "de")
    yield
    remove_translators(qapp)


@pytest.fixture
def long_client(journal) -> int:
    """As the demo's first client at 1024 px: a long e-mail address, a phone number."""
    return clients.create(
        ClientData(
            name="Amelia Chapman",
            company="Praxis Dr. Wagner & Partner",
            email="amelia.chapman@hotel-kingswood.co.uk",
            phone="+44 113 496 0039",
            address_form=AddressForm.FIRST_NAME,
            started_on=date(2024, 12, 10),
            tags=["Agentur", "Empfehlung", "Stammkunde", "Branding"],
        )
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_header_wraps_only_between_its_parts(qtbot, german, long_client, windows, size):
    """Issue 19 follow-up: at 1024 px the German header wrapped "Anrede: Englisch," at the end
    of one line and "Vorname" on the next, "seit" apart from its date, and the phone number in
    two.  Each part now moves as one."""
    window = windows.open()
    window.resize(size)
    window.client_list.select_client(long_client)
    qtbot.wait(5)
    lines = shown_lines(window.pane.summary.details)
    since = "seit " + calendar_date(date(2024, 12, 10))
    for part in ("Anrede: Englisch, Vorname", "+44 113 496 0039", since):
        assert any(part in line for line in lines), (part, lines)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_first_tag_is_in_view(qtbot, german, long_client, windows, size):
    """The tags field showed the end of its text ("gentur, Empfehlung, …"): the first letters
    were scrolled out of the field."""
    window = windows.open()
    window.resize(size)
    window.client_list.select_client(long_client)
    qtbot.wait(5)
    field = window.pane.summary.tags
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()  # it is long
    left = field.contentsRect().left() + 4
    assert field.cursorPositionAt(QPoint(left, field.height() // 2)) == 0
