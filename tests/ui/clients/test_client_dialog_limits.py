"""The client dialog refuses what every import refuses (attack 18 finding 3): one set of
limits, core/validation.py; a company or phone too long is said, not a crash."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from clientjournal.core.records import ClientData


def test_an_overlong_company_or_phone_and_an_invisible_name_are_refused(qtbot) -> None:
    from clientjournal.ui.clients.dialog import ClientDialog

    dialog = ClientDialog(ClientData(name="Ann"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.company.setText("c" * 201)
    assert not ok.isEnabled() and dialog.problems.text() == "The company is too long."
    dialog.company.setText("c" * 200)
    dialog.phone.setText("1" * 101)
    assert not ok.isEnabled() and dialog.problems.text() == "The phone number is too long."
    dialog.phone.setText("1" * 100)
    assert ok.isEnabled()
    dialog.name.setText("\u200b\u200b")  # shows nothing: no name
    assert not ok.isEnabled()


def test_a_pasted_name_over_several_lines_is_saved_on_one(qtbot) -> None:
    from clientjournal.ui.clients.dialog import ClientDialog

    dialog = ClientDialog(ClientData(name="Ann"))
    qtbot.addWidget(dialog)
    dialog.name.clear()
    dialog.name.insert("Anna\r\nMeier ")  # what a paste of two lines puts into the field
    dialog.company.insert("Atelier\nNord")
    client = dialog.client()
    assert (client.name, client.company) == ("Anna Meier", "Atelier Nord")
