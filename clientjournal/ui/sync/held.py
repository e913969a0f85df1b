"""What the editors hold unsaved while a sync round has the journal (the note editor's notes;
agreements', replies' and profiles' text fields through ``autosave.keep_against_crash``), kept
beside the journal every half second (``store_sync.keep_held_typing``), so that a crash during
the round's transaction loses no more than an autosave would (attack-20c N2: everything typed
since the round took the journal, tens of seconds in a first sync); put back at the next
start."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from clientjournal.store import sync as store_sync
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import Change, WindowContext
from clientjournal.ui.sync.open_note import OpenNote

log = logging.getLogger(__name__)

HELD_EVERY_MS = 500


class HeldTyping(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(HELD_EVERY_MS)
        self._timer.timeout.connect(self._keep)
        self._kept: tuple[list[dict[str, object]], list[dict[str, object]]] = ([], [])
        self._open_note: OpenNote | None = None
        # the held records' text fields as stored when first held in this round: the base
        # the typing is put back onto after a crash
        self._bases: dict[tuple[object, object], dict[str, str] | None] = {}

    def restore(self, context: WindowContext, report: Callable[[Change, None], None]) -> None:
        """What a window held when it ended during a round, put back, and said so;
        ``report``: the views read the journal again."""
        try:
            restored, records = store_sync.restore_held()
        except Exception as error:  # never in the way of a start
            log.warning("held typing not restored: %s", type(error).__name__)
            return
        if not restored and not records:
            return
        # the whole journal: the views read again whatever they show (a note's change named
        # no client, and the client open at start kept the old text in its list, which
        # opening the note and typing then saved over what was put back: attack28d)
        report(Change.JOURNAL, None)
        lines = []
        if restored:
            lines.append(
                self.tr(
                    "%n note(s) typed while a sync round or an import was cut off were put back.",
                    "",
                    restored,
                )
            )
        if records:
            lines.append(
                self.tr(
                    "What you typed into agreements, replies or a profile while a sync round "
                    "or an import was cut off was put back."
                )
            )
        context.show_status(" ".join(lines))

    def start(self, open_note: OpenNote | None) -> None:
        """The round takes the journal now."""
        self._open_note = open_note
        self._bases = {}
        self._timer.start()

    def _records(self) -> list[dict[str, object]]:
        """The agreements', replies' and profiles' held typing (``autosave.held_records``),
        each with the fields that differ from their base, and that base."""
        found = []
        for record in autosave.held_records():
            fields = record["fields"]
            assert isinstance(fields, dict)
            key = (record["kind"], record["id"])
            base = self._bases.get(key, {})
            missing = [name for name in fields if base is not None and name not in base]
            if missing and base is not None:
                kind, record_id = record["kind"], record["id"]
                assert isinstance(kind, str) and isinstance(record_id, int)
                stored = store_sync.held_fields(kind, record_id, missing)
                base = None if stored is None else {**base, **stored}
                self._bases[key] = base
            if base is None:
                continue  # gone: its editor keeps the typing as a new one when the round ends
            typed = {name: value for name, value in fields.items() if value != base[name]}
            if typed:
                found.append(
                    {
                        "kind": record["kind"],
                        "uuid": record["uuid"],
                        "fields": typed,
                        "base": {name: base[name] for name in typed},
                    }
                )
        return found

    def _keep(self) -> None:
        if not autosave.holding():
            return
        held = (
            self._open_note.held_typing() if self._open_note is not None else [],
            self._records(),
        )
        if held == self._kept:
            return
        try:
            if held[0] or held[1]:
                store_sync.keep_held_typing(*held)
            else:
                store_sync.clear_held_typing()
        except OSError as error:
            log.warning("held typing not kept: %s", error.strerror)
            return
        self._kept = held

    def done(self) -> None:
        """The round ended and the saves that waited are made: nothing held any more."""
        self._timer.stop()
        self._bases = {}
        if self._kept[0] or self._kept[1]:
            self._kept = ([], [])
            with contextlib.suppress(OSError):  # kept in vain at worst: restore finds it saved
                store_sync.clear_held_typing()
