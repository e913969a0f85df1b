"""When typed text is written: shortly after the last keystroke, and never later than a fixed
time after the first unsaved one.

A plain debounce restarts on every key, so someone typing without a pause would push the save
out for minutes and a crash (SIGKILL, power cut) would take all of it; the deadline caps the
loss at under a second.  Used by every editor that saves as the user types (notes, replies).
"""

from __future__ import annotations

import functools
import sys
import weakref
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

AUTOSAVE_DELAY_MS = 500  # after the last keystroke
AUTOSAVE_MAX_DELAY_MS = 800  # after the first unsaved keystroke, however fast the typing


class AutosaveTimer(QObject):
    """Calls ``save`` after a pause in typing, or at the deadline, whichever comes first."""

    def __init__(self, save: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._pause = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._deadline = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_DELAY_MS)
        self._save = save
        self._pause.timeout.connect(self._fire)
        self._deadline.timeout.connect(self._fire)

    def _fire(self) -> None:
        if _hold.on:  # a sync round holds the journal: saved as soon as it commits
            _hold.waiting.add(self)
            return
        self._pause.stop()
        self._deadline.stop()
        self._save()

    def touched(self) -> None:
        """Something changed that is not saved yet."""
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def stop(self) -> None:
        """Nothing is pending any more (saved, or dropped)."""
        self._pause.stop()
        self._deadline.stop()
        _hold.waiting.discard(self)

    def wait_for_round(self) -> None:
        """Saved when the sync round that holds the journal ends (see ``holding``)."""
        _hold.waiting.add(self)

    def pending(self) -> bool:
        return self._pause.isActive() or self._deadline.isActive() or self in _hold.waiting


ROUND = "sync round"  # the holder a sync round's ``hold`` and ``release`` name


class _Hold:
    """While a sync round writes the journal in one transaction (seconds for a first sync
    of a big journal), an autosave on the GUI thread would wait for it, the window frozen:
    the saves wait here instead and are made as soon as the round ends (``release``).

    An operation that writes the journal from a thread (a JSON import, a contact import's
    write, the demo: ``JournalWork.hold_saves``) holds the saves the same way.  Each holder
    is named: the saves are made once the last one has let go, so a round's release (its
    controller calls it on every way out, more than once) never makes them while an import
    still holds the journal, nor the other way round."""

    def __init__(self) -> None:
        # added by the round's thread or the GUI thread, read and removed on the GUI thread
        self.holders: set[object] = set()
        self.words: dict[object, str] = {}  # an operation's own, for busy_words
        self.waiting: weakref.WeakSet[AutosaveTimer] = weakref.WeakSet()
        self.later: list[Callable[[], object]] = []  # see after_hold
        self.queued: set[tuple[int, str, object]] = set()  # see waits_for_round_on_client
        self.ended = 0  # holds that ended (see rounds_ended)

    @property
    def on(self) -> bool:
        return bool(self.holders)


_hold = _Hold()


def hold(holder: object = ROUND, words: str = "") -> None:
    """From the sync round's thread, before it takes the journal's write lock; or, with
    another ``holder``, on the GUI thread before an operation's thread begins to write
    (``words``: what it does, as its progress says it, "Importing…": ``busy_words``)."""
    if words:
        _hold.words[holder] = words
    _hold.holders.add(holder)


def busy_words() -> str:
    """What holds the journal, as the start of a line that says what waits for its end
    ("%1 the new client is added when it ends"): "Syncing…" for a sync round, else the
    operation's own words ("Importing…", "Writing the demo journal…").  A step held by an
    import said "Syncing…" while no round ran, and sync was maybe not even set up (held28c)."""
    operations = [words for holder, words in _hold.words.items() if holder in _hold.holders]
    if ROUND in _hold.holders or not operations:
        return QCoreApplication.translate("autosave", "Syncing…")
    return operations[0]


def holding() -> bool:
    """Whether a sync round (or an operation writing from a thread) holds the journal: a save
    now would wait for it, the window frozen (an editor's explicit flush waits for
    ``release`` instead)."""
    return _hold.on


def after_hold(save: Callable[[], object]) -> None:
    """``save`` now, or when the sync round that holds the journal ends (in order)."""
    if _hold.on:
        _hold.later.append(save)
    else:
        save()


_Step = TypeVar("_Step", bound=Callable[..., object])


def waits_for_round(step: _Step) -> _Step:
    """A method that writes the journal at once (a draft's or an agreement's status, a
    project): while a sync round holds the journal it is made when the round ends, in order
    with the held saves (the status line says so, ``held_saves``); made at once, it waited on
    the GUI thread for the round's lock, the window frozen up to 5 s, and then failed."""
    return _later(step, same_client=False)


def waits_for_round_on_client(step: _Step) -> _Step:
    """``waits_for_round`` for a step that makes a record for the client shown (New reply,
    Add agreement): left out if another client is shown when the round ends."""
    return _later(step, same_client=True)


def _later(step: _Step, same_client: bool) -> _Step:
    @functools.wraps(step)
    def later(self: Any, *args: Any, **kwargs: Any) -> object:
        if not _hold.on:
            return step(self, *args, **kwargs)
        client_id = getattr(self, "client_id", None)
        once = (id(self), step.__name__, client_id)
        if same_client and once in _hold.queued:
            return None  # clicked again while it waits: one new record, not one per click
        _hold.queued.add(once)

        def made() -> None:
            _hold.queued.discard(once)
            if not same_client or getattr(self, "client_id", None) == client_id:
                step(self, *args, **kwargs)

        _hold.later.append(made)
        return None

    return cast(_Step, later)


def rounds_ended() -> int:
    """How many sync rounds (and operations that held the saves) have ended in this
    process: an editor that read its record before the last one ended may hold fields that
    round (or an import) changed since."""
    return _hold.ended


def held_saves() -> int:
    """How many editors wait to save (the status line says so)."""
    return len(_hold.waiting) + len(_hold.later) if _hold.on else 0


class KeptAgainstCrash(Protocol):
    def held_records(self) -> list[dict[str, object]]:
        """What this editor holds unsaved for the sync round that holds the journal, each
        ``{"kind": "agreement" | "draft" | "client", "id": its id, "uuid": its UUID,
        "fields": {text field (a profile entry as "profile/<key>"): the value typed}}``."""
        ...


_kept: weakref.WeakSet[Any] = weakref.WeakSet()


def keep_against_crash(editor: KeptAgainstCrash) -> None:
    """``editor``'s held saves are kept beside the journal while a round holds it, as the
    note editor's are (``ui/sync/held``): a crash then loses no more than an autosave would
    (attack-20c N2 for agreements, replies and profiles)."""
    _kept.add(editor)


def held_records() -> list[dict[str, object]]:
    """What every editor kept against a crash holds unsaved now (see ``keep_against_crash``)."""
    found: list[dict[str, object]] = []
    for editor in list(_kept):
        try:
            found += editor.held_records()
        except RuntimeError:  # its widgets are gone (a window closed): nothing held there
            _kept.discard(editor)
    return found


def release(holder: object = ROUND) -> None:
    """On the GUI thread once the round (or the operation ``holder``) has committed or
    failed: the waiting saves now, in order, unless another holder still holds the journal
    (then when it lets go)."""
    _hold.holders.discard(holder)
    _hold.words.pop(holder, None)
    _hold.ended += 1
    if _hold.on:
        return
    later, _hold.later = _hold.later, []
    for index, save in enumerate(later):
        if _hold.on:  # a step began an operation that holds the journal: the rest after it
            _hold.later[:0] = later[index:]
            return
        try:
            save()
        except Exception:  # one step that fails (a dialog closed meanwhile) loses no other
            sys.excepthook(*sys.exc_info())
    waiting = list(_hold.waiting)
    _hold.waiting.clear()
    for timer in waiting:
        timer._fire()


# -- a dialog's step that needs its result at once ------------------------------------------
# A step inside a modal dialog that must write now, and whose result the dialog needs at once
# (the id of a new template, the agreements a template added), while a sync round holds the
# journal.  Queued steps (``waits_for_round``) do not fit there: the dialog goes on with the
# result.  Made at once, the write waited on the GUI thread for the round's lock, the window
# frozen, and failed after the lock's timeout with what was typed, which a first sync of a big
# journal (10–15 s) reaches.  Here the window keeps painting and says why it waits; the step
# runs as soon as the round has ended.


def wait_for_the_round(parent: QWidget | None) -> None:
    """Return once no sync round holds the journal; meanwhile the event loop runs (the round
    ends through it) and a window-modal note says what the dialog waits for: shown at once,
    so no click reaches the dialog in the middle of its step (another template chosen while
    one is applied)."""
    if not holding():
        return
    loop = QEventLoop()
    note = _round_note_class()(parent)
    note.setObjectName("roundWait")
    note.setWindowTitle(QCoreApplication.translate("RoundWait", "Please wait"))
    note.setLabelText(
        QCoreApplication.translate(
            "RoundWait", "%1 your changes are saved as soon as it ends."
        ).replace("%1", busy_words())
    )
    note.setCancelButton(None)  # what waits is a save: cancelling it would lose it
    note.setRange(0, 0)
    note.setWindowModality(Qt.WindowModality.WindowModal)
    note.setMinimumDuration(0)
    note.setValue(0)
    while holding():  # the next round may take the journal before the step runs
        after_hold(loop.quit)  # run by release, in order with held saves
        if holding():
            loop.exec()
    note.reset()
    note.deleteLater()


_round_note: type | None = None


def _round_note_class() -> type:
    """QProgressDialog that Escape and the window's close button do not dismiss: it has no
    Cancel because what waits is a save, yet Escape hid it and the dialog behind took clicks
    again while the first step still waited (attack21 A6: Apply twice, the points twice).
    Made at the first wait: not with the window's start (issue 21)."""
    global _round_note
    if _round_note is None:
        from PySide6.QtGui import QCloseEvent
        from PySide6.QtWidgets import QProgressDialog

        class RoundNote(QProgressDialog):
            def reject(self) -> None:
                pass  # Escape: the wait goes on

            def closeEvent(self, event: QCloseEvent) -> None:
                event.ignore()

        _round_note = RoundNote
    return _round_note


_waiting: set[int] = set()  # the dialogs with a step waiting for a round


def after_the_round(step: _Step) -> _Step:
    """A dialog method (``self`` a QWidget) that writes the journal: made once no round holds
    it (see ``wait_for_the_round``).  Another such step of the same dialog asked for meanwhile
    (a click the note did not catch) is dropped: the one waiting is what the user asked."""

    @functools.wraps(step)
    def waiting(self: Any, *args: Any, **kwargs: Any) -> object:
        if id(self) in _waiting:
            return None
        if holding():
            _waiting.add(id(self))
            try:
                wait_for_the_round(self)
            finally:
                _waiting.discard(id(self))
        return step(self, *args, **kwargs)

    return cast(_Step, waiting)
