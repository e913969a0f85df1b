"""The journal is damaged: say what happened, which backup can take its place, and let the user
choose, without ever overwriting or deleting the damaged file.

Shown at start when the journal does not open (``app._open_window``), and after the window is
up when the integrity check in the background finds damage that opening did not notice (a
garbled page in the middle opens fine and fails only when it is read).  That check is the full
``PRAGMA quick_check`` (~0.1 s for a 100 MB journal with a warm disk cache, several times that
cold), which is why it runs in a thread beside the window instead of in front of it; before
opening, only what costs nothing is checked (an empty journal file while backups exist).

Restoring moves the damaged file aside under a timestamped name (store/restore.py), so it can
still be sent to someone who rescues data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.paths import journal_file
from clientjournal.ui.common.context import say
from clientjournal.ui.common.font_size import scaled, scaled_size

if TYPE_CHECKING:
    from clientjournal.store.safety.backup import BackupInfo
    from clientjournal.ui.common.context import WindowContext

# store/integrity.py's sentences, by how they begin, and what they mean for the user
_KINDS = (
    ("the file is empty", "empty"),
    ("the file is truncated", "truncated"),
    ("this is not a journal", "foreign"),
    ("this is an SQLite database, but not", "foreign-database"),
    ("the journal was written by a newer", "newer"),
    ("the journal is encrypted", "encrypted"),
    ("the file is damaged", "damaged"),
    ("the file cannot be opened", "damaged"),
)


# what the system refuses (store: paths.os_problem / sqlite_problem): the file may be fine, and
# a backup put in its place would meet the same refusal
_REFUSALS = (
    "read-only",
    "permission denied",
    "the disk is full",
    "cannot be read",
    "cannot be checked now",
    "not yours",
    "could not be written or read",  # SQLite's "disk I/O error" (paths.sqlite_problem)
    "disk i/o error",
)


def kind_of(problem: str) -> str:
    if any(word in problem.lower() for word in _REFUSALS):
        return "refused"
    if " is missing while " in problem:  # store/safety/restore.py missing_journal_problem
        return "missing"
    if any(words in problem for words in ("a newer Client Journal", "a newer version of")):
        return "newer"  # check's words, or opening's (store/connection.py TOO_NEW)
    for start, kind in _KINDS:
        if problem.lower().startswith(start.lower()):
            return kind
    return "unknown"


class DamagedDialog(QDialog):
    """What happened and what can be done; ``chosen()`` is the backup to restore, if any."""

    def __init__(
        self,
        data_dir: Path,
        problem: str,
        backups: list[BackupInfo],
        parent: QWidget | None = None,
        running: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDialog")
        kind = kind_of(problem)
        refused = kind == "refused"
        titles = {
            "refused": self.tr("The journal cannot be opened"),
            "newer": self.tr("The journal needs a newer Client Journal"),
            "missing": self.tr("The journal is missing"),
        }
        self.setWindowTitle(titles.get(kind, self.tr("The journal is damaged")))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(scaled(self, 560))
        self.data_dir = Path(data_dir)
        self.backups = backups
        self.newest = next((info for info in backups if info.readable), None)
        self._chosen: Path | None = None
        layout = QVBoxLayout(self)
        self.what = QLabel(self._what_happened(problem), self)
        self.what.setObjectName("whatHappened")
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.what)
        path = str(journal_file(data_dir))
        detail = QLabel(
            self.tr("File: %1\nDetails: %2").replace("%1", path).replace("%2", problem), self
        )
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(detail)
        offer = self._offer_text() if kind not in ("missing", "newer") else self._plain_offer(kind)
        self.offer = QLabel(self._refused_text() if refused else offer, self)
        self.offer.setObjectName("newestBackup")
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setObjectName("restoreNewest")
        self.restore_button.setEnabled(self.newest is not None and not refused)
        self.choose_button = QPushButton(self.tr("&Choose another backup…"), self)
        self.choose_button.setObjectName("chooseBackup")
        self.choose_button.setEnabled(bool(backups) and not refused)
        self.quit_button = QPushButton(self.tr("Not now") if running else self.tr("&Quit"), self)
        self.quit_button.setObjectName("quitButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore_newest)
        self.choose_button.clicked.connect(self.choose_other)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        # as wide as the buttons need (a large font in German cut "…wiederherstellen"), inside
        # the screen: the explicit minimum above overrides the layout's
        room = scaled_size(self, 100_000, 0).width()
        self.setMinimumWidth(max(self.minimumWidth(), min(layout.minimumSize().width(), room)))
        default = self.restore_button if self.restore_button.isEnabled() else self.quit_button
        default.setDefault(True)

    def _what_happened(self, problem: str) -> str:
        texts = {
            "empty": self.tr(
                "The journal file is empty: what it held is gone, probably after a crash "
                "or a full disk."
            ),
            "truncated": self.tr(
                "The journal file is cut short: its end is missing, probably after a crash, "
                "a full disk or an interrupted copy."
            ),
            "foreign": self.tr(
                "The file in the journal's place is not a journal at all; another file may "
                "have been copied over it."
            ),
            "foreign-database": self.tr(
                "The file in the journal's place is a database, but not a Client Journal."
            ),
            "newer": self.tr(
                "The journal was saved by a newer version of Client Journal. Update the app "
                "to open it; a backup only takes you back to that backup's state."
            ),
            "encrypted": self.tr(
                "The journal is encrypted and could not be opened with the passphrase."
            ),
            "damaged": self.tr(
                "The journal file is damaged: parts of it cannot be read, for example "
                "after a disk error or a crash during a copy."
            ),
            "refused": self.tr(
                "The system refuses the journal file: it is not yours or not readable, its "
                "disk is read-only, or the disk is full. The file itself may well be fine."
            ),
            "missing": self.tr(
                "The journal file is missing, but its backups are there: restore one instead "
                "of starting an empty journal."
            ),
        }
        return texts.get(kind_of(problem), self.tr("The journal cannot be opened."))

    def _refused_text(self) -> str:
        return self.tr(
            "Restoring a backup would not help: it would meet the same refusal. Fix the "
            "cause (the file's owner or permissions, a disk mounted read-only, free space), "
            "then start Client Journal again."
        )

    def _offer_text(self) -> str:
        if self.newest is None:
            return self.tr(
                "There is no readable backup to go back to. The damaged file stays as it is."
            )
        from clientjournal.ui.safety.backup_dialog import fill_backup

        return fill_backup(
            self.newest,
            self.tr(
                "The newest readable backup is from %1 and holds %2 clients and %3 notes. "
                "Restoring it moves the damaged file aside under a new name, where it is "
                "kept; nothing is overwritten or deleted."
            ),
        )

    def _plain_offer(self, kind: str) -> str:
        """The offer where no damaged file is moved aside: the journal is missing, or it is
        fine but from a newer version (moved aside then, kept, as any replaced journal)."""
        if self.newest is None:
            return self.tr("There is no readable backup to go back to.")
        from clientjournal.ui.safety.backup_dialog import fill_backup

        if kind == "newer":
            text = self.tr(
                "The newest readable backup is from %1 and holds %2 clients and %3 notes. "
                "Restoring it moves the journal aside under a new name, where it is kept; "
                "nothing is overwritten or deleted."
            )
        else:
            text = self.tr(
                "The newest readable backup is from %1 and holds %2 clients and %3 notes. "
                "Restoring it puts a copy of it in the journal's place; nothing is "
                "overwritten or deleted."
            )
        return fill_backup(self.newest, text)

    def _restore_newest(self) -> None:
        if self.newest is not None:
            self._chosen = self.newest.path
            self.accept()

    def choose_other(self) -> None:
        from clientjournal.ui.safety.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.backups, self.data_dir, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.chosen()
            if chosen is not None:
                self._chosen = chosen.path
                self.accept()

    def chosen(self) -> Path | None:
        return self._chosen if self.result() == QDialog.DialogCode.Accepted else None


def problem_before_open(data_dir: Path) -> str | None:
    """What is wrong that costs nothing to see before opening: an empty journal file while
    backups exist (opening would take it for a new journal and start from nothing)."""
    from clientjournal.store.safety.restore import (
        finish_interrupted_restore,
        missing_journal_problem,
    )

    path = journal_file(data_dir)
    try:  # the window holds the journal's lock: a restore cut short is finished or undone
        finish_interrupted_restore(data_dir)
    except OSError as error:
        return f"an interrupted restore cannot be finished: {error.strerror}"
    try:
        if path.is_file() and path.stat().st_size > 0:
            return None
    except OSError:
        return None
    from clientjournal.ui.safety.backup_dialog import all_backups

    backups = [info.path for info in all_backups(data_dir)] if path.is_file() else []
    problem = missing_journal_problem(data_dir, backups)
    if problem is not None and path.is_file():
        return "the file is empty (0 bytes)"
    return problem


def journal_problem(data_dir: Path) -> str | None:
    """The integrity check's verdict on the journal (read-only), None when it is fine.  An
    encrypted journal is checked with its passphrase once it is unlocked; before that it is
    left to the passphrase prompt."""
    from clientjournal.store.safety.encryption import passphrase_for
    from clientjournal.store.safety.integrity import inspect_file

    key = passphrase_for(data_dir)
    found = inspect_file(journal_file(data_dir), passphrase=key)
    if found.ok or (found.encrypted and key is None):
        return None
    if found.encrypted and not found.clients:
        # the passphrase that opened it this session no longer does: the file changed under
        # the app (cut short, overwritten), which SQLCipher cannot tell from a wrong key
        return "the file is damaged: it no longer opens with the journal's passphrase"
    return found.problem


def ask(data_dir: Path, problem: str, parent: QWidget | None, running: bool = False) -> Path | None:
    """Show the dialog; the backup the user chose to restore, or None."""
    from clientjournal.ui.safety.backup_dialog import all_backups

    dialog = DamagedDialog(data_dir, problem, all_backups(data_dir), parent, running)
    dialog.exec()
    return dialog.chosen()


def recover_at_start(data_dir: Path, problem: str, parent: QWidget | None) -> bool:
    """At start, before any window: True once a backup is in place (the app opens it), False
    when the user quits (the damaged file untouched)."""
    from clientjournal.store.safety.restore import RestoreError, restore

    while True:
        chosen = ask(data_dir, problem, parent)
        if chosen is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = restore(data_dir, chosen)
            if done.plain_now:
                say_plain_now(parent)
            if done.keyed_now:
                say_keyed_now(parent, len(done.left_plain))
            return True
        except RestoreError as error:
            QMessageBox.critical(
                parent,
                QApplication.translate("DamagedDialog", "Nothing was changed"),
                QApplication.translate(
                    "DamagedDialog", "The backup could not be restored:\n%1"
                ).replace("%1", str(error)),
            )
        finally:
            QApplication.restoreOverrideCursor()


def say_plain_now(parent: QWidget | None) -> None:
    """A plain backup replaced an encrypted journal whose passphrase was not known (it no
    longer opened): the journal is not encrypted now, which must not happen without a word."""
    say(
        parent,
        "warning",
        QApplication.translate("DamagedDialog", "The journal is not encrypted"),
        QApplication.translate(
            "DamagedDialog",
            "The backup was not encrypted, and the passphrase of the journal it replaced is "
            "not known, so the restored journal is not encrypted. Set a passphrase with "
            "Edit → Journal passphrase….",
        ),
    )


def say_keyed_now(parent: QWidget | None, left_plain: int) -> None:
    """An encrypted backup replaced a plain journal: the journal opens only with the backup's
    passphrase now, which must not happen without a word; the plain copies of the journal
    before got that passphrase too (store/safety/restore.py), or are named as left."""
    text = QApplication.translate(
        "DamagedDialog",
        "The backup was encrypted, so the journal is encrypted now: it opens only with the "
        "backup's passphrase. The plain copies of the journal before the restore were "
        "encrypted with it too.",
    )
    if left_plain:
        text += "\n\n" + QApplication.translate(
            "DamagedDialog",
            "Some plain copies could not be encrypted (is the disk full?). Set the passphrase "
            "again with Edit → Journal passphrase… to encrypt them.",
        )
    say(
        parent,
        "information",
        QApplication.translate("DamagedDialog", "The journal is encrypted now"),
        text,
    )


def check_in_background(context: WindowContext, restore: Callable[[Path], object]) -> None:
    """The full integrity check in a thread after the window is up; damage found gets the
    dialog, and a chosen backup goes to ``restore`` (``BackupActions.restore_from``, which
    puts it in place and opens a new window).  A check that a re-encryption, a restore or
    an import overlapped (``journal_work``) read a file being swapped or rewritten (a new
    key, a file renamed over it): what it found is not trusted, and it runs again once that
    operation has ended, on the window still shown (not on one a restore replaced)."""
    from clientjournal.ui.common.background import run_in_background

    data_dir = Path(context.data_dir)
    window = context.dialog_parent()
    work = context.journal_work
    overlapped = [work.busy]

    def busy_changed(_busy: bool) -> None:
        overlapped[0] = True

    def again() -> None:
        if window.isVisible():
            check_in_background(context, restore)

    def checked() -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # the window is gone already
            work.busyChanged.disconnect(busy_changed)

    def found(problem: object) -> None:
        checked()
        if problem is None:
            return
        if overlapped[0]:
            _when_idle(context, again)
            return
        chosen = ask(data_dir, str(problem), window, running=True)
        if chosen is not None:
            restore(chosen)

    work.busyChanged.connect(busy_changed)
    run_in_background(window, lambda: journal_problem(data_dir), found, lambda _error: checked())


def _when_idle(context: WindowContext, then: Callable[[], None]) -> None:
    """``then()`` now, or once the operation on the journal running now has ended."""
    work = context.journal_work
    if not work.busy:
        then()
        return

    def ended(busy: bool) -> None:
        if not busy:
            work.busyChanged.disconnect(ended)
            then()

    work.busyChanged.connect(ended)
