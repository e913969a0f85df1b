"""Settings → Sync: the folder, this computer's name, Sync now, the last round, the other
computers seen, turning sync off.

Unlike the other pages it acts at once (like Encryption): a folder is checked and kept when
it is chosen, so "Sync now" can run right after; Cancel does not undo it.  Every problem is one
line on the page, never a traceback.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from clientjournal.core.collation import sort_key
from clientjournal.store import sync as store_sync
from clientjournal.store.sync import DeviceSeen
from clientjournal.ui.common.theme import set_warning
from clientjournal.ui.sync import labels
from clientjournal.ui.sync.controller import SyncController

DEVICE_LINES = 8  # other computers listed (the rest counted): the dialog fits a small screen
_NEVER = datetime.min.replace(tzinfo=UTC)


def _wrapped(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncPage(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSettings")
        self.setAccessibleName(self.tr("Sync settings"))
        self.controller = controller

        intro = _wrapped(
            self,
            "syncIntro",
            self.tr(
                "Pick a folder that Syncthing, Nextcloud or Dropbox carries to your other "
                "computers, not the journal folder. Each computer writes only its own files "
                "there. Changes on this page take effect at once."
            ),
        )
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolder")
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("Sync is off"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setObjectName("syncChooseButton")
        self.choose.setAccessibleName(self.tr("Choose the sync folder"))
        self.choose.clicked.connect(self._choose_folder)
        self.turn_off = QPushButton(self.tr("&Turn off"), self)
        self.turn_off.setObjectName("syncOffButton")
        self.turn_off.setAccessibleName(self.tr("Turn sync off"))
        self.turn_off.clicked.connect(self._turn_off)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        folder_row.addWidget(self.turn_off)
        self.problem = _wrapped(self, "syncProblem")
        set_warning(self.problem, True)
        self.problem.hide()

        self.device = QLineEdit(self)
        self.device.setObjectName("syncDeviceName")
        self.device.setAccessibleName(self.tr("This computer’s name"))
        self.device.setMaxLength(60)
        self.device.editingFinished.connect(self._rename)

        self.sync_now = QPushButton(self.tr("&Sync now"), self)
        self.sync_now.setObjectName("syncNowButton")
        self.sync_now.setAccessibleName(self.tr("Sync now"))
        self.sync_now.clicked.connect(self._sync_now)
        self.last = _wrapped(self, "syncLastRound")
        self.last.setAccessibleName(self.tr("Last round"))
        now_row = QHBoxLayout()
        now_row.addWidget(self.last, 1)
        now_row.addWidget(self.sync_now, 0, Qt.AlignmentFlag.AlignTop)
        self.devices = _wrapped(self, "syncDevices")
        self.devices.setAccessibleName(self.tr("Other computers"))

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(intro)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.choose)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.problem)
        form.addRow(self.tr("This computer’s &name:"), self.device)
        form.addRow(self.tr("Last round:"), now_row)
        form.addRow(self.tr("Other computers:"), self.devices)

        controller.roundStarted.connect(self._show_running)
        controller.configChanged.connect(lambda _config: self.show_state())
        controller.roundFinished.connect(lambda _result: self.show_state())
        controller.roundFailed.connect(lambda _line: self.show_state())
        self.show_state()

    # -- showing -----------------------------------------------------------------------------
    def show_state(self) -> None:
        config = self.controller.config
        on = config.folder is not None
        self.folder.setText(shown_path(config.folder) if config.folder is not None else "")
        self.folder.setToolTip(str(config.folder) if on else "")
        if not self.device.hasFocus():
            self.device.setText(config.device_name)
        self.turn_off.setEnabled(on)
        self.sync_now.setEnabled(on and not self.controller.running)
        if self.controller.running:
            self._show_running()
        elif self.controller.last_error:
            self.last.setText(self.controller.last_error)
            set_warning(self.last, True)
        else:
            lines = [labels.last_result_line(config)]
            lines += [labels.warning_text(p) for p in config.last_warnings]  # e.g. waiting
            self.last.setText("\n".join(lines))
            set_warning(self.last, config.last_problem is not None or len(lines) > 1)
        self._show_devices()

    def _show_running(self) -> None:
        self.sync_now.setEnabled(False)
        self.last.setText(self.tr("Syncing…"))
        set_warning(self.last, False)

    def _show_devices(self) -> None:
        try:
            others = [d for d in store_sync.devices_seen() if not d.this_device]
        except store_sync.SyncError as error:
            self.devices.setText(labels.error_text(error))
            return
        if not others:
            self.devices.setText(
                self.tr("None yet: set up the app on the other computer with the same folder.")
                if self.controller.enabled
                else self.tr("None")
            )
            return
        # One line per name, with its newest change: a journal restored from a backup or
        # copied syncs on under a new id, and its old ids stayed listed under the same name;
        # names in the client list's order (2 before 10); at most DEVICE_LINES (attack-20e E8:
        # thirty computers ran out of the dialog at 1024×640)
        newest: dict[str, DeviceSeen] = {}
        ids: dict[str, int] = {}  # of each name: two computers may share one (attack-20e E13)
        for device in others:
            name = labels.computer_name(device.name, device.device_id)
            ids[name] = ids.get(name, 0) + 1
            kept = newest.get(name)
            if kept is None or (device.last_change_at or _NEVER) > (kept.last_change_at or _NEVER):
                newest[name] = device
        lines = []
        for shown in sorted(newest, key=sort_key):
            device, name = newest[shown], shown
            if ids[shown] > 1:
                name = (
                    self.tr("%1 (%2 computers of this name, or copies of one)")
                    .replace("%1", shown)
                    .replace("%2", str(ids[shown]))
                )
            if device.last_change_at is None:  # it has written nothing readable yet
                lines.append(name)
                continue
            when = labels.clock_time(device.last_change_at)
            lines.append(self.tr("%1: last change %2").replace("%1", name).replace("%2", when))
        if len(lines) > DEVICE_LINES:
            more = len(lines) - DEVICE_LINES + 1
            lines = lines[: DEVICE_LINES - 1]
            lines.append(QCoreApplication.translate("SyncController", "… and %n more", "", more))
        self.devices.setText("\n".join(lines))

    def _show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    # -- acting ------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = self.controller.config.folder
        start = str(folder) if folder is not None else ""  # "": Qt starts in the home folder
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync folder"), start)
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, folder: Path | None) -> bool:
        """Check and keep ``folder`` (None: sync off); False with the problem shown."""
        name = self.device.text().strip() or None
        try:
            self.controller.configure(folder, name)
        except store_sync.SyncError as error:
            self._show_problem(labels.error_text(error))
            return False
        self._show_problem(None)
        self.show_state()
        if folder is not None:
            self.controller.sync_now()
        return True

    def _turn_off(self) -> None:
        self.use_folder(None)

    def _rename(self) -> None:
        name = self.device.text().strip()
        config = self.controller.config
        if not name or name == config.device_name:
            self.device.setText(config.device_name)
            return
        try:
            self.controller.configure(config.folder, name, chosen=False)
        except store_sync.SyncError as error:
            self._show_problem(labels.error_text(error))
            return
        self._show_problem(None)

    def _sync_now(self) -> None:
        self.controller.sync_now()


def shown_path(folder: Path) -> str:
    """``~/Nextcloud/clientjournal`` rather than ``/home/anna/Nextcloud/clientjournal``: the
    field is narrow at 1024×640 and the home part says nothing; the tooltip has it whole."""
    try:
        home = Path.home()
        inside = folder.relative_to(home)
    except (RuntimeError, ValueError):  # no home known (no HOME, no passwd entry); outside it
        return str(folder)
    if home == Path(home.anchor):  # HOME=/ (or empty): "~/tmp/…" would read as inside a home
        return str(folder)
    return str(Path("~") / inside) if inside.parts else "~"
