"""The contact import's write: the chosen contacts become clients in a thread, as the window's
one operation on the journal, all or nothing, one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from clientjournal.store import clients, uuids
from clientjournal.store.exchange import contacts as contact_import
from clientjournal.ui.common.background import Cancelled, Report, begin_operation
from clientjournal.ui.common.context import Change, JournalEvents, WindowContext, say
from clientjournal.ui.common.undo_commands import Gone, JournalCommand
from clientjournal.ui.exchange.contact_work import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactImportDialog", text)


class ImportedContacts(JournalCommand):
    """An import already written; undo moves its clients to the trash, redo brings them back
    (and shows the first of them)."""

    kind = Change.CLIENTS

    def __init__(self, client_ids: list[int], events: JournalEvents) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ContactImportDialog", "Import %n client(s)", "", len(client_ids)
            ),
            events,
        )
        # by uuid: a row id may go to another client meanwhile (``Ref``)
        found = uuids.uuids_of("client", client_ids)
        self._uuids = [found[i] for i in client_ids if i in found]
        self._done = True

    def _ids(self) -> list[int]:
        """The imported clients still in the journal, by their ids now; ``Gone`` if none."""
        found = uuids.ids_of("client", self._uuids)
        ids = [found[uuid] for uuid in self._uuids if uuid in found]
        if self._uuids and not ids:
            raise Gone("client")
        return ids

    def redo(self) -> None:
        ids = self._ids()
        if not self._done:
            clients.restore(*ids)
        self._done = False
        self._events.changed(self.kind, ids)
        self._events.reveal(ids[0] if ids else None)

    def undo(self) -> None:
        ids = self._ids()
        clients.trash(*ids)
        self._events.changed(self.kind, ids)


def import_chosen(context: WindowContext, path: Path, chosen: list) -> list[int]:
    """The write in a thread, as the window's one operation on the journal (``journal_work``:
    refused while a backup, a restore or another import runs; a close of the window waits
    for its end), all or nothing: a Cancel rolls it back.  The editors' saves wait for its
    end (``JournalWork.hold_saves``): made meanwhile, they waited for its write lock."""
    window = context.dialog_parent()
    title = _tr("Nothing was changed")
    work = context.journal_work
    label = QCoreApplication.translate(
        "ContactImportDialog", "Importing %n client(s)…", "", len(chosen)
    )
    if not begin_operation(context, _tr("contact import"), busy=label):  # typed before: saved
        say(window, "information", title, work.refusal())
        return []
    flag = _tr("possible duplicate")

    def write(report: Report) -> contact_import.ContactImportResult:
        return contact_import.import_contacts(
            chosen, contact_import.DuplicatePolicy.FLAG, flag, str(path), report
        )

    try:
        result = run_with_progress(
            window, label, write, cancel_on_close=False, late_cancel_wins=False
        )
    except contact_import.ImportFailed as error:
        text = _tr("The import failed and nothing was changed:\n%1").replace("%1", str(error))
        say(window, "critical", title, text)  # none at a logout
        return []
    except Cancelled:
        context.show_status(_tr("The import was cancelled; nothing was changed."))
        return []
    finally:
        work.end()
    ids = result.client_ids
    context.undo_stack.push(ImportedContacts(ids, context.events))
    message = QCoreApplication.translate(
        "ContactImportDialog", "%n client(s) imported. Undo with Ctrl+Z.", "", len(ids)
    )
    context.show_status(message)
    return ids
