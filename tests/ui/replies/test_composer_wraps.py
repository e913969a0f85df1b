"""The reply composer's "To" line on a small screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from widget_walk import shown_lines

from clientjournal.core.domain import AddressForm
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.context import ClientTab


@pytest.mark.parametrize("size", [QSize(1024, 640), QSize(1366, 768)], ids=["1024", "1366"])
def test_the_address_form_stays_with_its_label(qtbot, english, journal, windows, size):
    """Issue 19 follow-up: a reply at 1024 px read "… · Address as:" on one line and "German,
    Sie" on the next."""
    client_id = clients.create(
        ClientData(
            name="Jana Wagner",
            email="jana.wagner@zahnarztpraxis-wagner.at",
            address_form=AddressForm.SIE,
        )
    )
    window = windows.open()
    window.resize(size)
    window.client_list.select_client(client_id)
    window.pane.open_tab(ClientTab.REPLIES)
    window.pane.replies.new_reply()
    qtbot.wait(5)
    lines = shown_lines(window.pane.replies.composer.to)
    assert any("Address as: German, Sie" in line for line in lines), lines
