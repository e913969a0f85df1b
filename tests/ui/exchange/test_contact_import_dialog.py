"""The contact import preview: the mapping drives preview and import; cancel changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from clientjournal.core.contacts.contact import Contact
from clientjournal.core.contacts.csv_table import Column
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.exchange.contacts import Duplicate
from clientjournal.ui.exchange.contact_import_dialog import (
    ContactImportDialog,
    import_contacts_file,
)
from clientjournal.ui.exchange.contact_preview_model import ContactPreviewModel

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def dialog_for(qtbot, name: str, kind: str) -> ContactImportDialog:
    path = DATA / name
    dialog = ContactImportDialog(path, path.read_bytes(), kind)
    qtbot.addWidget(dialog)
    return dialog


def column(dialog: ContactImportDialog, title: str) -> int:
    return dialog.column_titles().index(title)


def shown(dialog: ContactImportDialog, row: int, col: int) -> str:
    return dialog.model.index(row, col).data()


def snapshot() -> list:
    ids = clients.list_ids() + clients.list_ids(trashed=True)
    return sorted((c.uuid, c.name, c.email, c.deleted_at) for c in clients.fetch(ids).values())


def test_preview_model_passes_qtmodeltester(qtmodeltester, window) -> None:
    model = ContactPreviewModel()
    contacts = [Contact("card 1", "Anna", email="a@x.example"), Contact("card 2", "Bernd")]
    model.set_contacts(contacts, {1: Duplicate(7, "Bernd B.", False)})
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "Bernd B." in model.index(1, model.DUPLICATE).data()


def test_csv_mapping_is_suggested_and_a_change_changes_the_preview(qtbot, window) -> None:
    dialog = dialog_for(qtbot, "google.csv", "csv")
    assert dialog.encoding.currentData() == "utf-8"
    assert dialog.delimiter.currentData() == ","
    assert dialog.column_choice(column(dialog, "E-mail 1 - Value")) is Column.EMAIL
    assert dialog.combos[column(dialog, "Organization 1 - Name")].accessibleName() == (
        "Column “Organization 1 - Name”"
    )
    assert shown(dialog, 0, dialog.model.EMAIL) == "lena.hoffmann@hoffmann-design.example"
    dialog.set_column_choice(column(dialog, "E-mail 1 - Value"), Column.IGNORE)
    assert shown(dialog, 0, dialog.model.EMAIL) == "lena.h@gmail.example"
    dialog.set_column_choice(column(dialog, "Name"), Column.IGNORE)
    dialog.set_column_choice(column(dialog, "Given Name"), Column.IGNORE)
    dialog.set_column_choice(column(dialog, "Family Name"), Column.NAME)
    assert shown(dialog, 0, dialog.model.NAME) == "Hoffmann"
    assert dialog.import_button.text() == "&Import 3 client(s)"


def test_a_mapping_without_a_name_says_so_and_cannot_import(qtbot, window) -> None:
    dialog = dialog_for(qtbot, "excel_utf16.csv", "csv")
    assert dialog.import_button.isEnabled()
    for title in ("First Name", "Last Name"):
        dialog.set_column_choice(column(dialog, title), Column.IGNORE)
    assert not dialog.import_button.isEnabled()
    assert "no column holds a name" in dialog.error.text()
    assert dialog.model.rowCount() == 0
    dialog.set_column_choice(column(dialog, "Company"), Column.NAME)
    assert dialog.import_button.isEnabled() and dialog.error.text() == ""
    assert shown(dialog, 0, dialog.model.NAME) == "Estudio García"


def test_encoding_and_delimiter_can_be_corrected(qtbot, window) -> None:
    dialog = dialog_for(qtbot, "outlook_de.csv", "csv")
    assert dialog.encoding.currentData() == "cp1252"
    assert dialog.delimiter.currentData() == ";"
    assert shown(dialog, 0, dialog.model.NAME) == "Katrin Müller"
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    assert "line 1: not UTF-8" in dialog.error.text() and not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("latin-1"))
    assert shown(dialog, 0, dialog.model.NAME) == "Katrin Müller"
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(","))
    assert not dialog.import_button.isEnabled()  # one column, no name in it


def test_the_import_follows_the_mapping_and_selects_the_first_new_client(
    qtbot, window, on_dialog
) -> None:
    def choose(dialog: QDialog) -> None:
        dialog.set_column_choice(column(dialog, "E-mail Address"), Column.IGNORE)
        dialog.set_column_choice(column(dialog, "Notes"), Column.TAGS)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    on_dialog(choose)
    ids = import_contacts_file(window, DATA / "excel_utf16.csv")
    ana = clients.get(ids[0])
    assert (ana.name, ana.email) == ("Ana García López", "")
    assert set(ana.tags) == {"Spain", "Print", "Habla español e inglés"}
    assert window.client_list.current_client_id() == ids[0]
    assert window.statusBar().currentMessage() == "2 client(s) imported. Undo with Ctrl+Z."


def test_cancel_changes_nothing(qtbot, window, on_dialog) -> None:
    clients.create(ClientData(name="Bestand", email="b@b.example"))
    before, undo_count = snapshot(), window.undo_stack.count()
    on_dialog(lambda dialog: dialog.reject())
    assert import_contacts_file(window, DATA / "google.vcf") == []
    assert snapshot() == before
    assert window.undo_stack.count() == undo_count


def test_vcard_checkboxes_by_keyboard_duplicates_and_undo(qtbot, window, on_dialog) -> None:
    existing = clients.create(
        ClientData(name="Lena H.", email="lena.hoffmann@hoffmann-design.example")
    )

    def choose(dialog: QDialog) -> None:
        assert not dialog.options.isVisible() and not dialog.mapping_area.isVisible()
        assert dialog.model.rowCount() == 3
        assert "Lena H." in shown(dialog, 0, dialog.model.DUPLICATE)
        assert dialog.import_button.text() == "&Import 2 client(s)"
        dialog.preview.setFocus()
        dialog.preview.setCurrentIndex(dialog.model.index(1, 0))
        qtbot.keyClick(dialog.preview, Qt.Key.Key_Space)  # "rechnungen@…" left out
        assert dialog.import_button.text() == "&Import 1 client(s)"
        dialog.preview.setCurrentIndex(dialog.model.index(0, 0))
        qtbot.keyClick(dialog.preview, Qt.Key.Key_Space)  # the duplicate, deliberately
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_dialog(choose)
    ids = import_contacts_file(window, DATA / "google.vcf")
    names = [clients.get(i).name for i in ids]
    assert names == ["Lena Hoffmann", "Mark O'Donnell"]
    assert clients.get(ids[0]).tags == ["Designer", "possible duplicate"]
    assert clients.get(ids[1]).tags == ["UK"]
    assert clients.get(existing).name == "Lena H."
    window.undo_stack.undo()
    assert all(clients.get(i).deleted_at is not None for i in ids)
    assert window.undo_stack.redoText() == "Import 2 client(s)"
    window.undo_stack.redo()
    assert all(clients.get(i).deleted_at is None for i in ids)
    assert window.client_list.current_client_id() == ids[0]


@pytest.mark.parametrize("name", ["broken_truncated.vcf", "broken_header_only.csv"])
def test_a_broken_file_is_refused_with_its_reason(window, monkeypatch, name: str) -> None:
    shown_messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown_messages.append(text)
    )
    before = snapshot()
    assert import_contacts_file(window, DATA / name) == []
    assert len(shown_messages) == 1 and name in shown_messages[0]
    assert snapshot() == before


def test_file_import_dispatches_contacts_to_the_preview(qtbot, window, on_dialog) -> None:
    on_dialog(lambda dialog: dialog.accept())
    window.exchange.import_from(DATA / "thunderbird.vcf")
    assert sorted(clients.get(i).name for i in clients.list_ids()) == [
        "Sabine Krüger",
        "Tom Becker",
    ]


def test_tab_goes_from_the_options_through_the_columns_to_the_preview(qtbot, journal) -> None:
    dialog = dialog_for(qtbot, "excel_utf16.csv", "csv")
    dialog.show()
    qtbot.waitExposed(dialog)
    order = []
    widget = dialog.encoding.nextInFocusChain()
    while len(order) < len(dialog.combos) + 2:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == [dialog.delimiter, *dialog.combos, dialog.preview]
    assert all(combo.accessibleName().startswith("Column “") for combo in dialog.combos)


def test_problems_are_shown_and_nothing_to_import_disables_the_button(qtbot, journal) -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:123\r\nEND:VCARD\r\n"
    dialog = ContactImportDialog(Path("nameless.vcf"), data, "vcard")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert "card 1: no name, company or e-mail address: skipped" in dialog.problems.text()


@pytest.mark.parametrize(("name", "kind"), [("google.csv", "csv"), ("apple.vcf", "vcard")])
def test_every_control_has_a_spoken_name(qtbot, journal, name: str, kind: str) -> None:
    from widget_walk import interactive, unnamed

    dialog = dialog_for(qtbot, name, kind)
    dialog.show()
    assert interactive(dialog)
    assert unnamed(dialog) == []


@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", ["google.vcf", "outlook_de.csv"])
def test_every_preview_column_is_in_view_on_a_small_screen(qtbot, window, name, size) -> None:
    """Issue 19: the vCard preview's last column ("Already in the journal?") was off the
    edge.  The columns fit the preview (the widest cut, its value in the tooltip), as a
    layout test sees it: nothing outside, no sideways scrolling; and after a resize too."""
    from test_small_screens import problems

    dialog = dialog_for(qtbot, name, name.rsplit(".", 1)[1])
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    header = preview.horizontalHeader()
    for width in (size[0], size[0] - 200):
        dialog.resize(width, size[1])
        qtbot.waitUntil(lambda: header.length() <= preview.viewport().width())
        last = header.count() - 1
        assert header.sectionViewportPosition(last) + 20 < preview.viewport().width()
        assert all(header.sectionSize(i) > 20 for i in range(header.count()))
        assert problems(dialog) == []


def test_a_device_named_like_a_contacts_file_is_refused_at_its_first_megabyte(
    window, monkeypatch, tmp_path
) -> None:
    """Read through the import's capped reader, not whole: /dev/zero was read until memory
    ran out."""
    from clientjournal.store.exchange import common

    shown_messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown_messages.append(text)
    )
    read: list[str] = []
    real = common._read_capped

    def capped(source, stream):
        read.append(source)
        return real(source, stream)

    monkeypatch.setattr(common, "_read_capped", capped)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} read whole"))
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    before = snapshot()
    assert import_contacts_file(window, zero) == []
    assert read == [str(zero)]
    assert len(shown_messages) == 1 and "binary data" in shown_messages[0]
    assert snapshot() == before


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ("Name prefix (Dr.)", "Job title", "Street", "Postal code", "City", "Birthday")),
        ("de", ("Titel (Dr.)", "Position", "Straße", "Postleitzahl", "Ort", "Geburtstag")),
    ],
)
def test_the_column_choices_offer_name_prefix_job_title_birthday_and_address_parts(
    qtbot, journal, qapp, language: str, labels: tuple[str, ...]
) -> None:
    """A CSV kept less than a vCard of the same person: Outlook's "Anrede", "Position", its
    address in parts and the birthday had no choice in the combos."""
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    install_translators(qapp, language)
    try:
        dialog = dialog_for(qtbot, "outlook_de.csv", "csv")
        offered = [dialog.combos[0].itemText(i) for i in range(dialog.combos[0].count())]
        assert set(labels) <= set(offered) and len(set(offered)) == len(Column)
        suggested = {
            title: dialog.combos[column(dialog, title)].currentText()
            for title in ("Anrede", "Position", "Straße geschäftlich", "Postleitzahl geschäftlich")
        }
        assert list(suggested.values()) == [labels[0], labels[1], labels[2], labels[3]]
        katrin = dialog.model.checked_contacts()[0]
        assert (katrin.name, katrin.role) == ("Katrin Müller", "Inhaberin")  # "Frau" left out
        assert katrin.postal_address == "Große Straße 1, 80331 München, Deutschland"
    finally:
        remove_translators(qapp)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_previewed_and_imported(
    qtbot, window, on_dialog, tmp_path, codec: str
) -> None:
    """Refused as "binary data (NUL bytes)" by the file reading before (9f2ec60)."""
    path = tmp_path / "kontakte.vcf"
    path.write_bytes((DATA / "thunderbird.vcf").read_bytes().decode("utf-8").encode(codec))
    on_dialog(lambda dialog: dialog.accept())
    ids = import_contacts_file(window, path)
    assert sorted(clients.get(i).name for i in ids) == ["Sabine Krüger", "Tom Becker"]
