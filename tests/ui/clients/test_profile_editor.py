"""The profile edited in place, its tags and its rhythm line, driven like a user would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes


def open_with(windows, **fields):
    client_id = clients.create(ClientData(name="Anna Müller", **fields))
    window = windows.open()
    window.client_list.select_client(client_id)
    return window, client_id


def edit_field(qtbot, type_text, window, key: str, text: str) -> QLineEdit:
    edit = window.findChild(QLineEdit, f"profile_{key}")
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return edit


def test_the_essentials_are_edited_in_place_and_undo_restores_them(
    qtbot, journal, windows, type_text
):
    window, anna = open_with(windows, profile={"wants": "Ruhe"})
    profile = window.findChild(object, "clientProfile")
    assert profile.isVisible()
    never = edit_field(qtbot, type_text, window, "never", "Nie das Logo ändern")
    assert clients.get(anna).profile == {"wants": "Ruhe", "never": "Nie das Logo ändern"}
    assert never.property("warning") is True
    assert "Nie das Logo ändern" in window.pane.summary.profile.edits["never"].text()
    window.undo_stack.undo()
    assert clients.get(anna).profile == {"wants": "Ruhe"}
    assert never.text() == ""
    window.undo_stack.redo()
    assert clients.get(anna).profile["never"] == "Nie das Logo ändern"


def test_clearing_a_field_removes_it(qtbot, journal, windows, type_text):
    window, anna = open_with(windows, profile={"wants": "Ruhe", "direction": "Shop"})
    edit = window.findChild(QLineEdit, "profile_direction")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert clients.get(anna).profile == {"wants": "Ruhe"}


def test_the_full_profile_opens_and_every_section_saves(qtbot, journal, windows, type_text):
    window, anna = open_with(windows)
    editor = window.pane.summary.profile
    assert not editor.sections.isVisible()
    assert "0 of 21" in editor.toggle.text()
    qtbot.mouseClick(editor.toggle, Qt.MouseButton.LeftButton)
    assert editor.sections.isVisible()
    editor.sections.setCurrentIndex(3)  # my side
    edit_field(qtbot, type_text, window, "red_flags", "Scope wächst")
    editor.sections.setCurrentIndex(4)  # ending
    combo = window.findChild(QComboBox, "profile_work_again")
    combo.setCurrentIndex(combo.findData("yes"))
    combo.activated.emit(combo.currentIndex())
    edit_field(qtbot, type_text, window, "work_again_reason", "Klar und fair")
    assert clients.get(anna).profile == {
        "red_flags": "Scope wächst",
        "work_again": "yes",
        "work_again_reason": "Klar und fair",
    }
    assert "3 of 21" in editor.toggle.text()


def test_a_refresh_does_not_overwrite_what_is_being_typed(qtbot, journal, windows, type_text):
    window, _ = open_with(windows, profile={"wants": "Ruhe"})
    edit = window.findChild(QLineEdit, "profile_direction")
    edit.setFocus()
    type_text(edit, "halb getippt")
    window.pane.refresh_summary()
    assert edit.text() == "halb getippt"


def test_tags_edited_in_place_filter_the_client_list(qtbot, journal, windows, type_text):
    window, anna = open_with(windows)
    clients.create(ClientData(name="Bob"))
    window.client_list.reload(anna)
    tags = window.findChild(QLineEdit, "clientTags")
    tags.setFocus()
    type_text(tags, "Print, #VIP")
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert clients.get(anna).tags == ["Print", "VIP"]
    combo = window.findChild(QComboBox, "clientTagFilter")
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Print", "VIP"]
    combo.setCurrentIndex(combo.findText("VIP"))
    assert window.client_list.model.rowCount() == 1
    combo.setCurrentIndex(0)
    assert window.client_list.model.rowCount() == 2


def test_the_rhythm_line_says_when_to_get_in_touch(journal, windows, english):
    anna = clients.create(ClientData(name="Anna", cadence_days=7))
    notes.save(
        NoteData(client_id=anna, created_at=utcnow() - timedelta(days=10), kind=NoteKind.CALL)
    )
    window = windows.open()
    window.client_list.select_client(anna)
    line = window.pane.summary.rhythm
    assert line.isVisible()
    assert "every 7 days" in line.text() and "time to get in touch" in line.text()
    assert "3 days past" in line.text()


def test_typing_is_saved_to_the_right_client_when_switching_by_keyboard(
    qtbot, journal, windows, type_text
):
    window, anna = open_with(windows)
    bob = clients.create(ClientData(name="Bob"))
    window.client_list.reload(anna)
    edit = window.findChild(QLineEdit, "profile_wants")
    edit.setFocus()
    type_text(edit, "Klare Worte")
    window.client_list.select_client(bob)  # Alt+Down while the cursor is still in the field
    assert clients.get(anna).profile == {"wants": "Klare Worte"}
    assert clients.get(bob).profile == {}
    assert edit.text() == ""


def test_note_tags_are_typed_in_the_editor_and_shown_in_the_timeline(
    qtbot, journal, windows, type_text
):
    window, anna = open_with(windows)
    window.pane.new_note()
    type_text(window.pane.editor.body, "Anruf wegen Angebot")
    tags = window.findChild(QLineEdit, "noteTags")
    tags.setFocus()
    type_text(tags, "Angebot, Preis")
    window.pane.editor.flush()
    note_id = notes.ids_for_client(anna)[0]
    assert notes.get(note_id).tags == ["Angebot", "Preis"]
    header = window.pane.model.header(notes.get(note_id))
    assert "#Angebot #Preis" in header


def test_opening_the_full_profile_makes_room_for_it(qtbot, journal, windows):
    window, _ = open_with(windows, profile={"wants": "Ruhe"})
    window.resize(1200, 900)
    area = window.pane.summary.profile_area
    qtbot.wait(10)
    closed = area.height()
    window.pane.summary.profile.set_expanded(True)
    qtbot.waitUntil(lambda: area.height() > closed + 60)
    wanted = window.pane.summary.profile.sizeHint().height()
    # as much as it needs, up to a third of the window (the notes keep the rest, issue 19)
    assert area.height() >= min(wanted, window.height() // 3) - 2


def test_a_profile_field_is_saved_while_typing_as_one_undo_step(qtbot, journal, windows, type_text):
    """Profile fields saved only on focus loss: a crash lost the field being typed (issue 19)."""
    window, anna = open_with(windows, profile={"wants": "Ruhe"})
    edit = window.findChild(QLineEdit, "profile_direction")
    edit.setFocus()
    type_text(edit, "Mehr Print")
    qtbot.waitUntil(
        lambda: clients.get(anna).profile.get("direction") == "Mehr Print", timeout=3000
    )
    type_text(edit, ", weniger Web")
    qtbot.waitUntil(
        lambda: clients.get(anna).profile.get("direction") == "Mehr Print, weniger Web",
        timeout=3000,
    )
    assert edit.hasFocus() and edit.text() == "Mehr Print, weniger Web"  # typing undisturbed
    assert window.undo_stack.count() == 1  # one step for the typing, not one per save
    window.undo_stack.undo()
    assert clients.get(anna).profile == {"wants": "Ruhe"}


def test_the_client_dialog_explains_the_address_form_and_keeps_the_salutation(qtbot, journal):
    """The address forms overlapped ("Sie (förmlich)" vs "Förmlich (Herr/Frau …)") and a
    letter could not greet "Guten Tag Herr Müller" (issue 19)."""
    from PySide6.QtWidgets import QComboBox, QLabel

    from clientjournal.core.domain import AddressForm
    from clientjournal.ui.clients.dialog import ClientDialog
    from clientjournal.ui.common.labels import address_form_label

    labels = [address_form_label(form) for form in AddressForm]
    assert len({label.split(",")[0] for label in labels}) == 2  # German / English, no overlap
    assert len(set(labels)) == len(labels)
    client = ClientData(
        name="Jürgen Müller", address_form=AddressForm.SIE, profile={"wants": "Ruhe"}
    )
    dialog = ClientDialog(client)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "clientAddressHint")
    assert "Guten Tag" in hint.text()
    salutation = dialog.findChild(QComboBox, "clientSalutation")
    salutation.setCurrentIndex(salutation.findData("mr"))
    assert dialog.client().profile == {"wants": "Ruhe", "salutation": "mr"}
    dialog.address_form.setCurrentIndex(dialog.address_form.findData(AddressForm.FIRST_NAME.value))
    assert "Hi Anna" in hint.text()


def test_typing_in_the_profile_repaints_the_row_without_reading_the_list_again(
    qtbot, journal, windows, type_text, monkeypatch
):
    """A profile field saves as it is typed: each save must not re-read the whole client list
    (a full reload per autosave made typing wait for the list)."""
    window, anna = open_with(windows, profile={"wants": "Ruhe"})
    reloads = []
    monkeypatch.setattr(window.client_list, "reload", lambda *a: reloads.append(a))
    edit = window.findChild(QLineEdit, "profile_direction")
    edit.setFocus()
    type_text(edit, "Mehr Print")
    qtbot.waitUntil(
        lambda: clients.get(anna).profile.get("direction") == "Mehr Print", timeout=3000
    )
    assert reloads == []


def test_every_profile_field_takes_as_much_as_the_store_and_the_import(journal, windows):
    """One set of limits for every way in (issue 18): a field typed here holds what an import may
    bring and the store keeps, no more and no less."""
    from clientjournal.core.profile import MAX_FIELD_LENGTH

    window, _anna = open_with(windows)
    window.pane.summary.profile.set_expanded(True)  # the full profile's fields too
    edits = [
        edit for edit in window.findChildren(QLineEdit) if edit.objectName().startswith("profile_")
    ]
    assert edits
    assert {edit.maxLength() for edit in edits} == {MAX_FIELD_LENGTH}


def test_the_address_hint_greets_as_the_chosen_salutation(qtbot, journal):
    """attack19 finding 11: the hint promised "Guten Tag Frau Müller" while the letter, with
    no salutation chosen, greeted "Guten Tag Anna Müller"."""
    from PySide6.QtWidgets import QLabel

    from clientjournal.core.domain import AddressForm
    from clientjournal.ui.clients.dialog import ClientDialog

    dialog = ClientDialog(ClientData(name="Jürgen Müller", address_form=AddressForm.SIE))
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "clientAddressHint")
    salutation = dialog.findChild(QComboBox, "clientSalutation")
    assert salutation.currentData() == "" and "Guten Tag Anna Müller" in hint.text()
    salutation.setCurrentIndex(salutation.findData("mr"))
    assert "Guten Tag Herr Müller" in hint.text()
    salutation.setCurrentIndex(salutation.findData("ms"))
    assert "Guten Tag Frau Müller" in hint.text()
    dialog.address_form.setCurrentIndex(dialog.address_form.findData(AddressForm.FORMAL.value))
    assert "Dear Ms Müller" in hint.text()
    salutation.setCurrentIndex(salutation.findData(""))
    assert "Dear Anna Müller" in hint.text()


def test_the_full_profile_is_built_on_first_unfold_with_the_stored_values(
    qtbot, journal, windows, type_text
):
    """Issue 21: the 18 fields below the essentials are made when first unfolded, not at
    start; made then, they show the client's stored profile, save, and sit in the Tab order
    right after the toggle as before."""
    from PySide6.QtCore import Qt as QtNs

    window, anna = open_with(
        windows,
        profile={"wants": "Ruhe", "budget": "5000 €", "work_again": "yes"},
    )
    assert window.findChild(QLineEdit, "profile_budget") is None  # not built at start
    assert window.findChild(QComboBox, "profile_work_again") is None
    editor = window.pane.summary.profile
    assert "3 of 21" in editor.toggle.text()  # counted without the fields
    qtbot.mouseClick(editor.toggle, QtNs.MouseButton.LeftButton)
    budget = window.findChild(QLineEdit, "profile_budget")
    assert budget is not None and budget.isVisible() and budget.text() == "5000 €"
    combo = window.findChild(QComboBox, "profile_work_again")
    assert combo.currentData() == "yes"
    edit_field(qtbot, type_text, window, "budget", "6000 €")
    assert clients.get(anna).profile["budget"] == "6000 €"
    chain, widget = [], editor.toggle.nextInFocusChain()
    while widget is not editor.toggle and len(chain) < 500:
        if (
            widget.objectName().startswith("profile")
            and editor.isAncestorOf(widget)
            and widget.focusPolicy() & QtNs.FocusPolicy.TabFocus  # what Tab stops at
        ):
            chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert chain == [
        "profileSections",
        *(f"profile_{key}" for key in FULL_PROFILE_TAB_ORDER),
        *(f"profileSection_{i}" for i in range(5)),
        "profile_wants",
        "profile_direction",
        "profile_never",
    ]


FULL_PROFILE_TAB_ORDER = [
    "budget",
    "punctuality",
    "reachability",
    "attention",
    "discounts",
    "extras",
    "industry",
    "role",
    "background",
    "problems",
    "interests",
    "birthday",
    "small_talk",
    "my_needs",
    "red_flags",
    "work_again",
    "work_again_reason",
    "declined_reason",
]
"""The order in which the full profile's fields were reached by Tab when they were built with
the editor (before issue 21)."""


def test_a_switch_before_the_first_unfold_shows_the_new_clients_profile_there(
    qtbot, journal, windows
):
    window, anna = open_with(windows, profile={"budget": "5000 €"})
    bob = clients.create(ClientData(name="Bob", profile={"budget": "90 €", "work_again": "no"}))
    window.client_list.reload(anna)
    window.client_list.select_client(bob)
    window.pane.summary.profile.set_expanded(True)
    assert window.findChild(QLineEdit, "profile_budget").text() == "90 €"
    assert window.findChild(QComboBox, "profile_work_again").currentData() == "no"
    window.client_list.select_client(anna)
    assert window.findChild(QLineEdit, "profile_budget").text() == "5000 €"
    assert window.findChild(QComboBox, "profile_work_again").currentData() == ""
