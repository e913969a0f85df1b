"""Rounds in the background: a few seconds after a change settles, every few minutes, at
start and on "Sync now"; never two at once, never on the GUI thread, never while an import,
a restore or a re-encryption has the journal (``pause``: the one asked then comes after).

A round runs ``store.sync.run_round`` in a worker thread (``rounds.Round``: its own
connection, closed after), so typing goes on while it reads and writes the sync folder.  What
a round brought reaches every view as one ``journalChanged(JOURNAL)``; the journal's settings
it brought are written into the settings file (the app reads them there); the note open in
the editor is brought up to date without losing what is being typed (``open_note``); pairs
of clients that look like one person are offered for merging (``merge``).

The controller is the feature's face to the shell: it contributes the status-bar widgets and
is found by Settings → Sync by its object name.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from clientjournal import settings
from clientjournal.core.sync.problems import MORE
from clientjournal.store import sync as store_sync
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import Change, OwnChanges, WindowContext
from clientjournal.ui.common.theme import set_warning
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync import labels
from clientjournal.ui.sync.held import HeldTyping
from clientjournal.ui.sync.open_note import OpenNote, Snapshot
from clientjournal.ui.sync.rounds import Cancelled, Round

log = logging.getLogger(__name__)

SETTLE_MS = 5_000  # after the last change: the typing has settled and is saved
PERIOD_MS = 180_000  # what other computers wrote shows within a few minutes
START_MS = 1_500  # after start-up, once the window has painted
PROGRESS_FROM = 200  # a round applying this many changes shows its progress
TOOLTIP_LINES = 20  # the status line's tooltip lists at most this many skipped files and warnings


class SyncController(QObject):
    roundStarted = Signal()
    roundFinished = Signal(object)  # the RoundResult
    roundFailed = Signal(str)  # the line shown
    configChanged = Signal(object)  # the SyncConfig after configure()
    duplicatesFound = Signal(list)  # DuplicateClients not offered before

    def __init__(
        self,
        context: WindowContext,
        open_note: OpenNote | None = None,
        settle_ms: int | None = None,
        period_ms: int | None = None,
        start_ms: int | None = None,
    ) -> None:
        """The intervals default to the module's (tests give short ones)."""
        super().__init__(context.dialog_parent())
        self.setObjectName("syncController")
        self._context = context
        self._own = OwnChanges(context.events)
        self.open_note = open_note
        self._worker: Round | None = None  # the round running now
        self._thread: Round | None = None  # the last one started (it may still be ending)
        self._closing = False
        self._paused = 0  # ``pause`` calls not resumed yet
        self._again = False  # a change came while a round ran: another one after it
        self._snapshot: Snapshot | None = None
        self._offered: set[tuple[int, int]] = set()
        self._duplicates_checked = False  # the offer is made once per window even with nothing new
        self._reported: set[str] = set()  # the last round's skipped files and clock warnings
        self._journal_values = settings.journal_values(settings.load())
        self.config = store_sync.sync_config()
        self.last_error: str | None = None

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS if settle_ms is None else settle_ms)
        self._settle.timeout.connect(self.sync_now)
        self._period = QTimer(self)
        self._period.setInterval(PERIOD_MS if period_ms is None else period_ms)
        self._period.timeout.connect(self._periodic)
        self._held = HeldTyping(self)  # what the note editor holds while a round has the journal

        parent = context.dialog_parent()
        self.status = QLabel(parent)
        self.status.setObjectName("syncStatus")
        self.status.setAccessibleName(self.tr("Sync status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(parent)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(self.progress.fontMetrics().averageCharWidth() * 24)
        self.progress.setFormat(self.tr("Syncing %p%"))
        self.progress.hide()
        self.duplicates_button = QToolButton(parent)
        self.duplicates_button.setObjectName("syncDuplicatesButton")
        self.duplicates_button.setAutoRaise(True)
        self.duplicates_button.hide()
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self._pending_pairs: list[store_sync.DuplicateClients] = []
        self._status_box: QWidget | None = None
        self._show_idle()

        context.events.journalChanged.connect(self._on_journal_changed)
        self._work = context.journal_work
        self._paused_for_work = False
        self._work.busyChanged.connect(self._on_journal_work)
        self._on_journal_work(self._work.busy)
        self._held.restore(context, self._own.report)
        if self.enabled:
            self._period.start()
            QTimer.singleShot(START_MS if start_ms is None else start_ms, self, self.sync_now)

    # -- what the shell places ---------------------------------------------------------------
    @property
    def status_widget(self) -> QWidget:
        """For the status bar: the duplicate offer, the progress and the line, left to right."""
        if self._status_box is None:
            box = self._status_box = QWidget(self.status.parentWidget())
            box.setObjectName("syncStatusBox")
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in (self.duplicates_button, self.progress, self.status):
                row.addWidget(widget)
        return self._status_box

    # -- state -------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self.config.folder is not None

    @property
    def running(self) -> bool:
        return self._worker is not None

    def configure(
        self, folder: Path | None, device_name: str | None = None, *, chosen: bool = True
    ) -> store_sync.SyncConfig:
        """Set the folder (None: sync off) and this computer's name; SyncError when the folder
        cannot be used (nothing changed then).  ``chosen`` False: only the name changes (a
        folder used before and now empty stays refused, see ``store_sync.configure``)."""
        # A round in progress is cut short (all or nothing: it rolls back and the next round
        # does its work), not waited for on the GUI thread: a first sync of a big journal
        # would freeze the window until it ended.
        self.end_round()
        backups = settings.backup_folders(self._context.data_dir)
        self.config = store_sync.configure(folder, device_name, backups=backups, chosen=chosen)
        if self.enabled:
            self._period.start()
        else:
            self._period.stop()
            self._settle.stop()
        self.last_error = None
        self._show_idle()
        self.configChanged.emit(self.config)
        return self.config

    # -- rounds ------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a round unless one runs (then one follows it); False when none started."""
        if not self.enabled or self._closing:
            return False
        if self._worker is not None or self._paused:
            self._again = True  # after it, or once resumed
            return False
        self._again = False
        self._settle.stop()
        self._context.save_pending()  # what is typed goes out with this round
        self._snapshot = self.open_note.snapshot() if self.open_note else None
        self.status.setText(self.tr("Syncing…"))
        set_warning(self.status, False)
        self.status.show()
        if self._thread is not None:
            self._thread.wait()  # done already, but let it end before its successor starts
            self._thread.deleteLater()
        self._thread = worker = Round(self)
        worker.progressed.connect(self._progressed)
        worker.done.connect(lambda outcome, w=worker: self._done(outcome, w))
        self._worker = worker
        worker.start()
        self.roundStarted.emit()
        return True

    def _periodic(self) -> None:
        """Every few minutes, unless the user is typing: then the round follows once the
        changes settle (a round then never competes with the autosaves for the journal)."""
        if not self._settle.isActive():
            self.sync_now()

    def stop(self) -> None:
        """No more rounds, and a running one ends before this returns (the window closes):
        it is cut short at its next step (all or nothing, so nothing is lost: the next
        round does it again), and the window is hidden meanwhile rather than shown frozen."""
        self._closing = True
        self._settle.stop()
        self._period.stop()
        if self._worker is not None:
            window = self._context.dialog_parent().window()
            if window.isVisible():
                window.hide()
        self.end_round()
        autosave.release()
        self._held.done()

    def pause(self) -> None:
        """No round starts until as many ``resume`` calls (the journal is reopened, swapped
        or rewritten under the window): the running one is cut short, one due meanwhile
        comes after the last resume."""
        self._paused += 1
        self.end_round()

    def resume(self) -> None:
        self._paused = max(self._paused - 1, 0)
        if not self._paused and self._again and self.enabled and not self._closing:
            self._settle.start()

    def _on_journal_work(self, busy: bool) -> None:
        """Rounds wait while an operation writes or swaps the journal; an export only reads
        (in one transaction) and rounds go on beside it."""
        if busy and self._work.rewrites and not self._paused_for_work:
            self._paused_for_work = True
            self.pause()
        elif not busy and self._paused_for_work:
            self._paused_for_work = False
            self.resume()

    def end_round(self) -> None:
        """A running round is cut short and has ended when this returns; rounds go on
        afterwards as before (see ``WindowContext.end_sync_round``)."""
        worker = self._worker
        if worker is not None:
            worker.cancelled = True
        self.wait()
        if worker is not None and self._worker is worker:
            if not isinstance(worker.outcome, Cancelled):
                self._done(worker.outcome, worker)  # it ended before it saw the cut: it counts
                return
            self._worker = None  # cut short: nothing to show, nothing was written
            self.progress.hide()
            self._show_idle()  # not "Syncing…" for the whole operation (attack24d S1)
            autosave.release()
            self._held.done()
            self._again = True  # its work is still to do

    def wait(self) -> None:
        """Until the last round's thread has ended."""
        if self._thread is not None:
            self._thread.wait()

    def _done(self, outcome: object, worker: QThread | None = None) -> None:
        if worker is not None and worker is not self._worker:
            return  # a round cut short (configure, close): its end was handled then
        if self._closing or not isinstance(outcome, store_sync.RoundResult):
            autosave.release()  # the editors' saves that waited for the round
            self._held.done()
            if self._closing:
                return  # the window is going: the journal is not read again
            assert isinstance(outcome, BaseException)
            self._failed(outcome)
            return
        # The open note is brought up to what the round wrote first, then the saves that
        # waited are made (``_apply_received``): made before, the note editor's wrote its
        # stale text over the other computer's when only its tags or pin had changed
        # meanwhile (attack-20c N13).
        try:
            self._finished(outcome)
        finally:
            autosave.release()  # nothing received: nothing to reconcile first
            self._held.done()

    def _progressed(self, done: int, total: int) -> None:
        if done == store_sync.TAKING_JOURNAL:
            self._held.start(self.open_note)
        if autosave.held_saves():  # typed while the round holds the journal: not lost, later
            self.status.setText(self.tr("Syncing… what you type is saved when it ends"))
        if total < PROGRESS_FROM:
            return  # a small round (or the round taking the journal): no bar flashing by
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.show()

    def _finished(self, result: store_sync.RoundResult) -> None:
        self._worker = None
        self.progress.hide()
        self.last_error = None
        self.config = store_sync.sync_config()
        self._show_status(labels.status_line(result), warning=False)
        skipped_lines, warning_lines = labels.problem_lines(result)
        details = [
            # "path: reason" after a colon reads in every language (attack-20e E3)
            *(self.tr("Skipped: %1; it is tried again next round.").replace("%1", line)
              for line in skipped_lines),
            *(self.tr("Sync: %1").replace("%1", line) for line in warning_lines),
        ]  # fmt: skip
        shown = details[:TOOLTIP_LINES]  # a folder full of junk: not 5,000 lines (2 s to show)
        if len(details) > len(shown):
            more = len(details) - len(shown)
            shown.append(self.tr("… and %n more", "", more))
        self.status.setToolTip("\n".join([labels.status_line(result), *shown]))
        if result.received:
            self._apply_received(result)
        elif not self._duplicates_checked:
            self._offer_duplicates()  # the window's first round: pairs found before it closed
        if result.conflicts:
            self._context.show_status(
                self.tr(
                    "%n note(s) changed on two computers at once: both versions kept.",
                    "",
                    result.conflicts,
                )
            )
        else:
            new = [line for line in details if line not in self._reported]
            if new:  # a file skipped again is not news every few minutes
                skipped = len(skipped_lines)
                self._context.show_status(  # short: the status bar's other widgets stay clear
                    self.tr(
                        "%n file(s) in the sync folder could not be read; see the sync status.",
                        "",
                        skipped,
                    )
                    if skipped and new[0] in details[:skipped]
                    else new[0]
                )
        self._reported = set(details)
        if not self.enabled:
            self.status.hide()  # turned off while the round ran
        self.roundFinished.emit(result)
        if self._again or any(p.kind == MORE for p in result.problems):
            self._settle.start()  # the next round soon: changes wait, or more than one round takes

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.progress.hide()
        if not isinstance(error, store_sync.SyncError):
            log.warning("sync round failed: %s", type(error).__name__)
        line = labels.failure_line(labels.error_text(error))
        self.last_error = line
        self._show_status(line, warning=True)
        self.status.setToolTip(line)
        self.roundFailed.emit(line)
        if self._again:
            self._settle.start()

    def _apply_received(self, result: store_sync.RoundResult) -> None:
        """What the round wrote: the open note first (before anyone reads it again), then the
        journal's settings, then every view."""
        if self.open_note is not None:
            self.open_note.after_round(self._snapshot, result)
            removed = self.open_note.removed
            if removed is not None:
                self._context.show_status(
                    self.tr(
                        "The note open here was deleted on another computer; what you typed "
                        "meanwhile is kept as a new note."
                    )
                    if removed == "kept"
                    else self.tr("The note open here was deleted on another computer.")
                )
        self._snapshot = None
        # Then the saves that waited for the round (the open note's already reconciled), and
        # only then do the views read again: an editor shown anew drops what it holds unsaved.
        autosave.release()
        self._held.done()
        self._mirror_journal_settings()
        self._own.report(Change.JOURNAL, None)
        self._offer_duplicates()

    def _mirror_journal_settings(self) -> None:
        values = store_sync.journal_settings()
        current = settings.load()
        updated = settings.with_journal_values(current, values)
        if updated != current:
            settings.save(updated)
        self._journal_values = settings.journal_values(updated)

    def _offer_duplicates(self) -> None:
        self._duplicates_checked = True
        pairs = [
            pair
            for pair in store_sync.duplicate_clients()
            if (pair.keep_id, pair.other_id) not in self._offered
        ]
        if not pairs:
            return
        self._pending_pairs = pairs
        self.duplicates_button.setText(self.tr("%n possible duplicate client(s)…", "", len(pairs)))
        self.duplicates_button.setAccessibleName(self.duplicates_button.text())
        self.duplicates_button.setToolTip(
            self.tr("Clients created on two computers for the same person: review and merge")
        )
        self.duplicates_button.show()
        self.duplicatesFound.emit(pairs)

    def show_duplicates(self) -> None:
        from clientjournal.ui.sync.merge import DuplicatesDialog

        pairs = [
            p
            for p in store_sync.duplicate_clients()
            if (p.keep_id, p.other_id) not in self._offered
        ]
        self.duplicates_button.hide()
        if not pairs:
            return
        dialog = DuplicatesDialog(self._context, pairs)
        dialog.dismissed.connect(self._told_apart)
        dialog.setModal(False)
        dialog.show()
        self.duplicates_dialog = dialog

    def _told_apart(self, pair: tuple[int, int]) -> None:
        """ "Not the same": not offered again, also after the window is closed."""
        self._offered.add(pair)
        store_sync.not_the_same(*pair)

    # -- changes -----------------------------------------------------------------------------
    def _on_journal_changed(self, kind: str, _client_ids: list) -> None:
        if self._own.reporting:
            return  # what a round brought is not a change to send back
        if kind == Change.SETTINGS:
            self._send_journal_settings()
        if not self.enabled:
            return
        if self._worker is not None:
            self._again = True
        else:
            self._settle.start()  # restarted by each change: a round once they settle

    def _send_journal_settings(self) -> None:
        """The user saved Settings: the journal's settings they changed go to the journal
        (and so to the other computers); the others stay as the journal has them."""
        values = settings.journal_values(settings.load())
        changed = {k: v for k, v in values.items() if v != self._journal_values.get(k)}
        self._journal_values = values
        if changed:  # during a round, when it ends: written now, the window froze on its lock
            autosave.after_hold(lambda: store_sync.set_journal_settings(changed))

    # -- the status line ---------------------------------------------------------------------
    def _show_idle(self) -> None:
        if not self.enabled:
            self.status.hide()
            return
        self.status.show()
        if self.last_error:  # said again (a round cut short had put "Syncing…" over it)
            self._show_status(self.last_error, warning=True)
            return
        config = self.config
        if config.last_round is None:
            self._show_status(self.tr("Sync on"), warning=False)
        else:
            self._show_status(
                self.tr("Synced %1").replace("%1", labels.clock_time(config.last_round)),
                warning=False,
            )

    def _show_status(self, text: str, warning: bool) -> None:
        """One line; a long error is cut with '…' (all of it in the tooltip)."""
        metrics = self.status.fontMetrics()
        # room for a whole German round: "Synchronisiert 10:06 · 2 gesendet · 3 empfangen · 1 Konflikt"
        width = metrics.averageCharWidth() * 64
        self.status.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        self.status.setAccessibleDescription(text)
        set_warning(self.status, warning)


def build(context: WindowContext, editor: NoteEditor) -> SyncController:
    """The feature for a window: the controller (rounds, status bar, Settings → Sync), the
    conflict banner above the note editor's text, and the open note brought up to what an
    import wrote (``after_import``)."""
    from clientjournal.ui.sync.after_import import AfterImport
    from clientjournal.ui.sync.conflict_banner import NoteConflictBanner

    open_note = OpenNote(editor)
    controller = SyncController(context, open_note)
    editor.add_banner(NoteConflictBanner(context, open_note))
    AfterImport(context, open_note, controller)
    return controller
