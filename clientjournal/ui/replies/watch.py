"""Keeps an eye on the queue while the app runs: the ready count in the status bar, one tray
message per reply that becomes ready, and hold times that follow the user across time zones."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from clientjournal.core.timeutil import utcnow
from clientjournal.settings import qsettings
from clientjournal.store import drafts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

CHECK_INTERVAL_MS = 30_000
FIRST_CHECK_DELAY_MS = 200


# The hold settings (and with them ``zoneinfo``) and the reply labels are imported at the
# first check, after the window's first paint, not with the window (~2.5 ms, issue 21).


def _zone_signature() -> tuple[str, int]:
    """Changes when the system's time zone (or its DST state) changes."""
    from clientjournal.ui.replies.hold_settings import local_zone

    return str(local_zone()), time.localtime().tm_gmtoff


def _refresh_hold_times() -> None:
    """The hold times for the zone the user is in now."""
    from clientjournal.ui.replies.hold_settings import hold_times, local_zone

    hour, rest = hold_times()
    drafts.refresh_hold_times(hour, rest, tz=local_zone())


class ReplyWatch(QObject):
    openQueue = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # Looked up at the first check, not here: finding the system's zone costs a few ms of
        # the window's start, and the first check refreshes the hold times for it anyway.
        self._zone: tuple[str, int] | None = None
        self.button = QPushButton(window)
        self.button.setObjectName("readyReplies")
        self.button.setFlat(True)
        self.button.clicked.connect(self.openQueue)
        self.button.hide()  # until the first look at the queue finds something ready
        self.tray: QSystemTrayIcon | None = None  # set up by start(), after the first paint
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._held = False  # see hold()
        self._stopped = False  # see stop()
        self._first_due = False  # the first look came while held: done at the hold's end

    def start(self) -> None:
        """Look at the queue a moment from now, then every 30 s (once; later calls do nothing).

        The window calls this once it is painted (``MainWindow._complete_start``), not when
        it builds the watch: a first look timed from the build came, on a loaded machine,
        before the window's first paint and held it up (issue 21)."""
        if self._timer.isActive() or self._stopped:
            return
        self._set_up_tray()
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_DELAY_MS, self._first_check)

    def _set_up_tray(self) -> None:
        """The tray icon that announces a ready reply, where the desktop has a tray.  Asked
        here, after the window's first paint: whether there is a tray is a question to the
        desktop (on some, over D-Bus), and the class and its enums are built on first use
        (issue 21)."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._window.windowIcon(), self)
            self.tray.setToolTip(self._window.windowTitle())
            self.tray.messageClicked.connect(self.openQueue)

    def stop(self) -> None:
        """No more looks: the window is closing or being replaced.  A closed window's watch
        went on looking every 30 s at whatever journal was open then (in the tests, another
        test's; attack24d), and its first look, if still to come, read a journal being
        swapped."""
        self._stopped = True
        self._timer.stop()

    def _first_check(self) -> None:
        if self._stopped:
            return
        if self._held:  # its refresh writes: not while an import writes (contacts26a)
            self._first_due = True
            return
        self._first_due = False
        self._zone = _zone_signature()
        _refresh_hold_times()  # the zone may have changed meanwhile
        self.check()

    def hold(self, held: bool) -> None:
        """While an operation reopens or rewrites the journal (an import, a restore, a
        re-encryption: ``journal_work``) the watch does not look: a change of time zone makes
        it write the drafts' hold times, which failed on the journal being swapped (pause24b).
        It looks once when the operation has ended (once started, after the first paint); the
        first look, which refreshes the hold times whatever the zone, waits for it too: on the
        GUI thread, during a contact import's write, it waited 5 s for the journal and failed."""
        self._held = held
        if held:
            return
        if self._first_due:
            self._first_check()
        elif self._timer.isActive():
            self.check()

    def check(self) -> None:
        if self._held or self._stopped:
            return
        zone = _zone_signature()
        if zone != self._zone:
            self._zone = zone
            _refresh_hold_times()
        # Only the ready drafts' ids and uuids: every 30 s on the UI thread, where building
        # the whole queue's records took 18 ms at ten times the demo journal.
        ready = drafts.ready(utcnow())
        self.button.setVisible(bool(ready))
        self.button.setText(self.tr("%n reply(s) ready to reread", "", len(ready)))
        self.button.setAccessibleName(self.button.text())
        self._announce(ready)

    def _announce(self, ready: list[tuple[int, str]]) -> None:
        """Each reply is announced once, even across restarts (``ready``: ids and uuids)."""
        settings = qsettings()
        announced = set(str(settings.value("cooling/announced", "") or "").split())
        fresh = [draft_id for draft_id, uuid in ready if uuid not in announced]
        if not fresh:
            return
        if self.tray is not None:
            self.tray.show()
            entry = drafts.queue_entry(fresh[0]) if len(fresh) == 1 else None
            if entry is not None:
                from clientjournal.ui.replies.labels import draft_title

                draft, client = entry
                text = (
                    self.tr("Your reply to %1 (“%2”) is ready to reread.")
                    .replace("%1", client)
                    .replace("%2", draft_title(draft))
                )
            else:  # several, or the one gone since (another process)
                text = self.tr("%n replies are ready to reread.", "", len(fresh))
            self.tray.showMessage(self.tr("Slept on it"), text)
        still_ready = {uuid for _, uuid in ready}
        settings.setValue(
            "cooling/announced", " ".join(sorted(still_ready | (announced & still_ready)))
        )
