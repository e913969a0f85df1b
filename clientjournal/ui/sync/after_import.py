"""The note open in the editor at the end of an import that held the editors' saves.

A JSON import writes the journal from a thread while the editors' saves wait for its end
(``JournalWork.hold_saves``).  When the file holds a newer copy of the note being typed in
(an export from the user's other computer), the held typing was saved over the file's text at
the end without a word, and with nothing typed the editor went on showing the old text, which
its next keystroke saved over the import's (held28c).  As for a round (``open_note``): when the
saves are held the open note is noted; at the end, before the held saves are made, the editor
reads the note again, or keeps the typing as the note's text and the file's beside it as a
conflict (the banner offers both) and the status line says so.  An import that moved the
client being typed in to the trash (the file's copy of the client is newer and trashed) took the
pane away without a word: the status line now says where the client and the typing are.

What the editors hold meanwhile is kept beside the journal against a crash, as during a round
(``held.HeldTyping``): a kill or a power cut during an import lost everything typed since it
began, seconds at ten times the demo journal (attack28d).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.context import WindowContext
from clientjournal.ui.sync.held import HeldTyping
from clientjournal.ui.sync.open_note import OpenNote, Snapshot

log = logging.getLogger(__name__)


class AfterImport(QObject):
    def __init__(self, context: WindowContext, open_note: OpenNote, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._open_note = open_note
        self._held = False
        self._before: Snapshot | None = None
        self._client: int | None = None  # the client shown, when not in the trash
        self._kept = HeldTyping(self)  # what the editors hold meanwhile, against a crash
        work = context.journal_work
        work.savesHeld.connect(self._saves_held)
        # ``end`` sends busyChanged(False) before it makes the held saves
        work.busyChanged.connect(self._busy)

    def _saves_held(self) -> None:
        """What the editor shows now (its typing was saved just before)."""
        self._held = True
        self._before = self._open_note.snapshot()
        shown = _client(self._open_note.client_id)
        self._client = shown.id if shown is not None and shown.deleted_at is None else None
        self._kept.start(self._open_note)

    def _saves_made(self) -> None:
        """The held saves were made (``end`` makes them after ``busyChanged(False)``): the
        copy kept against a crash goes."""
        if not self._held:
            self._kept.done()

    def _busy(self, busy: bool) -> None:
        if busy or not self._held:
            return
        self._held = False
        QTimer.singleShot(0, self, self._saves_made)
        before, self._before = self._before, None
        client_id, self._client = self._client, None
        try:
            kept = self._open_note.after_import(before)
            now = _client(client_id)
        except Exception:  # the journal could not be read: the held saves come all the same
            log.exception("bringing the open note up to the import failed")
            return
        if now is not None and now.deleted_at is not None:  # the import trashed it
            name = now.name
            self._context.show_status(
                self.tr(
                    "The import moved “%1” to the trash (the file’s copy is newer); what you "
                    "typed is kept with them: Edit → Trash brings them back."
                ).replace("%1", name),
                0,
            )
        elif kept:
            self._context.show_status(
                self.tr(
                    "The import changed the note you were typing in: both versions are kept; "
                    "choose above the note."
                ),
                0,
            )


def _client(client_id: int | None) -> ClientData | None:
    """The client as stored now (None: none shown, or gone)."""
    return None if client_id is None else clients.fetch([client_id]).get(client_id)
