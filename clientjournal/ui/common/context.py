"""What a feature may know about the window it lives in, and how it hears about changes.

Features never read the main window's attributes or layouts: they get a ``WindowContext`` (the
shell's main window is one) and hand the shell what they contribute (menu actions, a widget),
which the shell places.  After any change to the journal the code that made it calls
``context.events.changed(kind, client_ids)``; every view that shows that kind listens to
``journalChanged`` and refreshes itself, so no feature refreshes another feature's widgets by
hand.  Undo goes the same way: each undoable step (``undo_commands``) reports its change there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget


class Change(StrEnum):
    """What kind of record changed: each view listens to the kinds it shows."""

    CLIENTS = "clients"  # a client's fields; added, trashed or restored
    PROFILE = "profile"  # a client's profile or tags edited in place (saved as typed)
    NOTES = "notes"
    AGREEMENTS = "agreements"
    REPLIES = "replies"
    PAYMENTS = "payments"
    SETTINGS = "settings"  # the user's settings (the default rhythm, when replies are ready)
    JOURNAL = "journal"  # much at once: an import, demo data, a re-opened journal


class ClientTab(IntEnum):
    """The tabs of a client's pane, in their order."""

    NOTES = 0
    AGREEMENTS = 1
    REPLIES = 2
    PAYMENTS = 3
    PROFILE = 4  # the notes tab with the profile opened


class JournalEvents(QObject):
    """The one signal after every change to the journal.

    ``journalChanged(kind, client_ids)``: ``client_ids`` are the clients whose records changed
    (empty when not known, e.g. after an import; listeners then refresh everything of that
    kind).  ``clientRevealed(client_id)`` asks the window to show that client, for a change
    the user should see where it happened (an undone delete, say).  ``stepSkipped(text)``:
    an undo or redo step changed nothing, its record no longer in the journal; ``text``
    says so (the window shows it in the status bar).
    """

    journalChanged = Signal(str, list)
    clientRevealed = Signal(int)
    stepSkipped = Signal(str)

    def changed(self, kind: Change, client_ids: Iterable[int | None] = ()) -> None:
        self.journalChanged.emit(str(kind), [i for i in client_ids if i is not None])

    def reveal(self, client_id: int | None) -> None:
        if client_id is not None:
            self.clientRevealed.emit(client_id)

    def skipped(self, text: str) -> None:
        self.stepSkipped.emit(text)


class OwnChanges:
    """For a view that shows its own change at once and tells the others: ``report`` it, and
    while it is being reported ``reporting`` is true, so the view can ignore the echo."""

    def __init__(self, events: JournalEvents) -> None:
        self._events = events
        self.reporting = False

    def report(self, kind: Change, client_id: int | None) -> None:
        self.reporting = True
        try:
            self._events.changed(kind, [client_id])
        finally:
            self.reporting = False


def concerns(kind: str, kinds: Iterable[Change]) -> bool:
    """Whether a ``journalChanged`` of ``kind`` matters to a view showing ``kinds`` (a change
    of the whole journal matters to every view)."""
    return kind == Change.JOURNAL or kind in set(kinds)


class JournalWork(QObject):
    """At most one operation at a time that reopens, swaps or rewrites the journal under the
    window (a JSON import, a restore, a re-encryption), or reads it whole (an export, a
    backup made with File → Back up now).  ``begin`` says no while one runs (the
    caller then says ``refusal`` and does nothing); ``end`` (also on every failure path; a
    second call does nothing) lets the next one begin.  ``busyChanged`` goes at once, not
    when a progress dialog shows: the window disables what starts such an operation and
    puts off its close, and the sync controller holds its rounds until the end
    (``SyncController.pause``; a round started meanwhile met the journal being swapped,
    attack23c)."""

    busyChanged = Signal(bool)
    savesHeld = Signal()  # hold_saves: what was typed before is saved, the rest waits for end

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running: str | None = None  # what runs, as said to the user ("import")
        self.rewrites = False  # whether it writes or swaps the journal (not an export)
        self._holder: object | None = None  # while it holds the editors' saves (hold_saves)

    @property
    def busy(self) -> bool:
        return self.running is not None

    def begin(self, what: str, rewrites: bool = True) -> bool:
        """``what``: the operation as the user calls it (translated), for ``refusal``.
        ``rewrites``: False for one that only reads (an export, in one read transaction):
        it needs no journal swapped under it, but sync rounds may go on beside it (a long
        first sync is not cut short and started again for it)."""
        if self.running is not None:
            return False
        self.running = what
        self.rewrites = rewrites
        self.busyChanged.emit(True)
        return True

    def hold_saves(self, words: str = "") -> None:
        """The operation writes the journal from a thread, in one transaction, until ``end``:
        the editors' autosaves and the steps that write at once wait for its end as for a
        sync round's (``autosave.hold``), made then in order.  Made meanwhile on the GUI
        thread, each waited for the thread's write lock, the window frozen up to the busy
        timeout (5 s), and failed.  Call it on the GUI thread before the thread starts; the
        sync round that may have held them has ended by then (``begin`` pauses sync).
        ``words``: what it does, as its progress says it ("Importing…"), for the lines that
        say what waits for its end (``autosave.busy_words``)."""
        if self.running is not None and self._holder is None:
            # imported here: this module is imported before the first frame, and autosave's
            # imports build PySide6's whole Qt namespace (~14 ms, see 88d3300)
            from clientjournal.ui.common import autosave

            self._holder = holder = object()  # this operation's own: not the next one's
            autosave.hold(holder, words)
            # the note open now is noted (ui/sync: OpenNote), so that at ``end``, before the
            # held saves, typing held over a note the import rewrote keeps both texts
            self.savesHeld.emit()

    def end(self) -> None:
        """The operation has ended (also a failure, a cancel): the next may begin, and then
        the saves it held are made (after ``busyChanged``, so that a step among them that
        begins another operation is seen beginning after this one's end, and so that the
        open note is brought up to what the operation wrote before its typing is saved)."""
        if self.running is not None:
            self.running = None
            holder, self._holder = self._holder, None
            self.busyChanged.emit(False)
            if holder is not None:
                from clientjournal.ui.common import autosave

                autosave.release(holder)

    def refusal(self) -> str:
        return QCoreApplication.translate(
            "JournalWork",
            "Another operation on the journal is still running (%1); "
            "try again when it has finished.",
        ).replace("%1", self.running or "")


class WindowContext(Protocol):
    """The window as features see it."""

    @property
    def undo_stack(self) -> QUndoStack: ...

    @property
    def data_dir(self) -> Path: ...

    @property
    def events(self) -> JournalEvents: ...

    def dialog_parent(self) -> QWidget:
        """The window, as the parent of dialogs and message boxes."""
        ...

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        """A line in the status bar (0: until the next one)."""
        ...

    def current_client_id(self) -> int | None: ...

    def open_client(
        self, client_id: int, tab: ClientTab = ClientTab.NOTES, record_id: int | None = None
    ) -> None:
        """Show a client (clearing a filter that hides it) with a tab in front, and in it the
        record ``record_id`` (a note, agreement, reply or invoice) when given."""
        ...

    def show_in_sidebar(self, widget: QWidget | None, focus: bool = False) -> None:
        """Put ``widget`` in place of the client list (None: the client list again), and the
        keyboard focus there when ``focus``."""
        ...

    def save_pending(self) -> None:
        """Write whatever is being typed anywhere in the window."""
        ...

    def forget_note(self, note_id: int) -> None:
        """A note is about to go: the editor must not save it back."""
        ...

    @property
    def journal_work(self) -> JournalWork:
        """The window's one operation at a time that reopens or rewrites the journal."""
        ...

    def end_sync_round(self) -> None:
        """Before the journal is put away under the window (a restore, a re-encryption): a
        sync round running in its thread is cut short and has ended when this returns (all
        or nothing: the next round does its work again).  Left running, it went on in the
        restored journal outside its transaction (attack23c R4)."""
        ...

    def replace_window(self) -> WindowContext:
        """A fresh main window on the (re-opened) journal in place of this one, with this
        one's geometry and remembered layout; returns it."""
        ...


# -- the session ending ---------------------------------------------------------------------
# The session ending: a logout, a shutdown, Ctrl+C in a terminal (ui/shell/shutdown.py).
#
# From then on nothing may wait for the user.  A close asked while an operation on the journal
# runs comes at its end (``JournalWork``); a message box shown at that end (a restore or a
# backup that failed, a restored journal now plain or encrypted) waited for a click that no one
# could give, and the app outlived the logout until the session killed it (trust26b).  What
# such a box would say goes to the standard error instead, which the session's log keeps.
#
# The mark is a property of the application, so the tests that send themselves a signal can
# take it away again (tests/ui/safety/logout.py).

_ENDING = "clientjournalSessionEnding"

BoxKind = Literal["information", "warning", "critical"]


def mark_session_ending(app: QCoreApplication) -> None:
    app.setProperty(_ENDING, True)


def clear_session_ending(app: QCoreApplication) -> None:
    app.setProperty(_ENDING, False)


def session_ending() -> bool:
    app = QCoreApplication.instance()
    return app is not None and bool(app.property(_ENDING))


def say(parent: QWidget | None, kind: BoxKind, title: str, text: str) -> None:
    """A message box of ``kind`` (QMessageBox's static function of that name), or, while the
    session ends, the same words on the standard error."""
    if session_ending():
        print(f"{title}: {text}", file=sys.stderr, flush=True)
        return
    from PySide6.QtWidgets import QMessageBox  # its class and enums only when shown (issue 21)

    getattr(QMessageBox, kind)(parent, title, text)
