"""Files dropped on the main window: a vCard or CSV opens the contact import preview, a saved
e-mail (.eml) becomes an e-mail note of the client it was sent by or to.

Installed on the window as an event filter, so the window itself needs no drop code.  The work
starts after the drop has returned: a dialog opened inside the drop would hold the program the
file was dragged from.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from clientjournal.core.records import NoteData
from clientjournal.store import clients, notes
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import Change, JournalEvents, WindowContext
from clientjournal.ui.common.undo_commands import JournalCommand, Ref

if TYPE_CHECKING:  # Qt types loaded at start-up cost time; these are only needed on a drop
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDropEvent

    from clientjournal.core.contacts.eml import Mail

CONTACT_SUFFIXES = frozenset({".vcf", ".vcard", ".csv", ".tsv"})
MAIL_SUFFIXES = frozenset({".eml"})
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)
_DROP = QEvent.Type.Drop


def dropped_files(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AddedMailNote(JournalCommand):
    """A mail note already written; undo deletes it, redo puts the same note back."""

    kind = Change.NOTES

    def __init__(
        self,
        note: NoteData,
        client_name: str,
        events: JournalEvents,
        forget: Callable[[int], None] = lambda note_id: None,
    ) -> None:
        text = QCoreApplication.translate("DropImport", "Add e-mail to “%1”")
        super().__init__(text.replace("%1", client_name), events)
        self._note = note
        self._forget = forget  # the note editor lets go of the note before it goes
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self._note = notes.restore(self._note)  # its id may have gone to another note
        self._first = False
        self._report(self._note.client_id)

    def undo(self) -> None:
        note_id = Ref("note", self._note.uuid).id()  # its id may have gone to another note
        self._forget(note_id)
        self._note = notes.delete(note_id)
        self._report(self._note.client_id)


class DropImport(QObject):
    def __init__(self, context: WindowContext) -> None:
        window = context.dialog_parent()
        super().__init__(window)
        self._context = context
        self._window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        if event.type() in _DRAG_EVENTS:
            drag = cast("QDropEvent", event)  # QDragEnterEvent, QDragMoveEvent
            if dropped_files(drag.mimeData()):
                drag.acceptProposedAction()
                return True
        elif event.type() == _DROP:
            drop = cast("QDropEvent", event)
            paths = dropped_files(drop.mimeData())
            if paths:
                drop.acceptProposedAction()
                QTimer.singleShot(0, self, lambda: self.open_files(paths))
                return True
        return False

    def _status(self, text: str) -> None:
        self._context.show_status(text, 10000)

    def open_files(self, paths: list[Path]) -> None:
        for path in paths:
            suffix = path.suffix.casefold()
            if suffix in CONTACT_SUFFIXES:
                from clientjournal.ui.exchange.contact_import_dialog import import_contacts_file

                import_contacts_file(self._context, path)
            elif suffix in MAIL_SUFFIXES:
                self.add_mail(path)
            else:
                self._status(
                    self.tr(
                        "“%1” was not added: drop a vCard (.vcf) or CSV file to import contacts, "
                        "or a saved e-mail (.eml) to add it as a note."
                    ).replace("%1", path.name)
                )

    def add_mail(self, path: Path) -> NoteData | None:
        from PySide6.QtWidgets import QMessageBox

        from clientjournal.core.contacts.contact import (
            ContactFileError,  # parsers load on first use
        )
        from clientjournal.core.contacts.eml import parse_eml
        from clientjournal.store.exchange.common import ImportFailed, read_import_file
        from clientjournal.store.exchange.contacts import client_for_mail

        try:
            # a named pipe is opened without waiting for a writer: read_bytes waited for one
            # on the GUI thread, the window frozen for ever (attack27c)
            data = path.read_bytes() if path.is_file() else read_import_file(path, utf16=True)
            mail = parse_eml(data, path.name)
        except ImportFailed as error:
            text = self.tr("The e-mail was not added:\n%1").replace("%1", error.reason)
            QMessageBox.warning(self._window, self.tr("Nothing was changed"), text)
            return None
        except (OSError, ContactFileError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            text = self.tr("The e-mail was not added:\n%1").replace("%1", str(reason))
            QMessageBox.warning(self._window, self.tr("Nothing was changed"), text)
            return None
        target = client_for_mail(mail) or self._ask_for_selected(mail)
        if target is None:
            return None
        client_id, name = target
        if autosave.holding():
            # a sync round holds the journal: added when it ends (written now, the window
            # froze on the journal's lock until then, up to 5 s)
            self._status(
                self.tr("%1 the e-mail is added when it ends").replace("%1", autosave.busy_words())
            )
            autosave.after_hold(lambda: self._add_mail_note(client_id, name, mail))
            return None
        return self._add_mail_note(client_id, name, mail)

    def _add_mail_note(self, client_id: int, name: str, mail: Mail) -> NoteData:
        from clientjournal.store.exchange.contacts import add_mail_note

        note = add_mail_note(client_id, mail)
        context = self._context
        command = AddedMailNote(note, name, context.events, context.forget_note)
        context.undo_stack.push(command)
        self._status(
            self.tr("E-mail added as a note to “%1”. Undo with Ctrl+Z.").replace("%1", name)
        )
        return note

    def _ask_for_selected(self, mail: Mail) -> tuple[int, str] | None:
        """No client has one of the mail's addresses: offer the selected client, by name."""
        client_id = self._context.current_client_id()
        addresses = ", ".join(mail.addresses()) or self.tr("(no address)")
        if client_id is None:
            self._status(
                self.tr(
                    "No client has the address %1. Select a client, then drop it again."
                ).replace("%1", addresses)
            )
            return None
        from PySide6.QtWidgets import QMessageBox

        name = clients.get(client_id).name
        question = (
            self.tr("No client has the address %1.\n\nAdd the e-mail “%2” as a note to “%3”?")
            .replace("%1", addresses)
            .replace("%2", mail.subject or self.tr("(no subject)"))
            .replace("%3", name)
        )
        answer = QMessageBox.question(
            self._window,
            self.tr("Add e-mail as a note"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._status(self.tr("The e-mail was not added."))
            return None
        return client_id, name
