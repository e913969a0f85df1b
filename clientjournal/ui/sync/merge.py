"""Two clients created on two computers for one person: the offer to merge them.

After a round that brought clients, the pairs ``store.sync.duplicate_clients`` finds (same
e-mail, or same name and company) are offered in the status bar; this small non-modal window
lists them with the reason, and merging is one undoable step (``MergeClients``).  A pair the
user says is not the same person is not offered again in this session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.context import Change, JournalEvents, WindowContext
from clientjournal.ui.common.undo_commands import JournalCommand, Ref


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


def client_words(client: ClientData) -> str:
    """'“Anna Berg” (Berg GmbH, anna@berg.de)': what tells two clients apart at a glance."""
    extra = ", ".join(part for part in (client.company, client.email) if part)
    name = _tr("“%1”").replace("%1", client.name)
    return f"{name} ({extra})" if extra else name


def reason_words(reason: str) -> str:
    if reason == "email":
        return _tr("same e-mail address")
    if reason == "name_company":
        return _tr("same name and company")
    return reason


class MergeClients(JournalCommand):
    """Everything of one client moved to the other, the emptied one in the trash; undo puts
    every record back where it was."""

    kind = Change.CLIENTS

    def __init__(self, keep: ClientData, other: ClientData, events: JournalEvents) -> None:
        super().__init__(
            _tr("Merge “%1” into “%2”").replace("%1", other.name).replace("%2", keep.name),
            events,
        )
        assert keep.id is not None and other.id is not None  # stored clients
        self._keep = Ref.of("client", keep.id, keep.uuid)  # their ids may go to others
        self._other = Ref.of("client", other.id, other.uuid)
        self._undo: store_sync.MergeUndo | None = None

    def redo(self) -> None:
        keep_id, other_id = self._keep.id(), self._other.id()
        self._undo = store_sync.merge_clients(keep_id, other_id)
        self._events.changed(Change.NOTES, [keep_id, other_id])
        self._report(keep_id)

    def undo(self) -> None:
        assert self._undo is not None  # undo comes after redo
        keep_id, other_id = self._keep.id(), self._other.id()
        store_sync.unmerge_clients(self._undo)  # the records it moved, by uuid
        self._events.changed(Change.NOTES, [keep_id, other_id])
        self._report(other_id)


class DuplicatesDialog(QDialog):
    """The pairs, each with Merge and Not the same; stays open beside the window."""

    dismissed = Signal(tuple)  # (keep_id, other_id) the user said are two people

    def __init__(self, context: WindowContext, pairs: list[store_sync.DuplicateClients]) -> None:
        super().__init__(context.dialog_parent())
        self.setObjectName("syncDuplicates")
        self.setWindowTitle(self.tr("Possible duplicate clients"))
        self._context = context
        intro = QLabel(
            self.tr(
                "These clients were created on different computers and look like one person. "
                "Merging moves everything of the second to the first and puts the second in the "
                "trash; Ctrl+Z undoes it."
            ),
            self,
        )
        intro.setWordWrap(True)
        rows = QWidget(self)
        self._rows = QVBoxLayout(rows)
        self._rows.setContentsMargins(0, 0, 0, 0)
        found = clients.fetch({i for p in pairs for i in (p.keep_id, p.other_id)})
        self.row_widgets: list[QFrame] = []
        for pair in pairs:
            keep, other = found.get(pair.keep_id), found.get(pair.other_id)
            if keep is not None and other is not None:
                self._add_row(pair, keep, other, rows)
        self._rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 80
        # tall enough for the first pairs whole (the scroll area's own hint is a few lines)
        inner = width - 2 * layout.contentsMargins().left()
        first = sum(r.heightForWidth(inner) if r.hasHeightForWidth() else r.sizeHint().height()
                    for r in self.row_widgets[:2])  # fmt: skip
        scroll.setMinimumHeight(min(first + 8, self.screen().availableGeometry().height() // 2))
        self.resize(width, self.sizeHint().height())

    def _add_row(
        self,
        pair: store_sync.DuplicateClients,
        keep: ClientData,
        other: ClientData,
        parent: QWidget,
    ) -> None:
        row = QFrame(parent)
        row.setObjectName("syncDuplicatePair")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            self.tr("%1 and %2: %3")
            .replace("%1", client_words(keep))
            .replace("%2", client_words(other))
            .replace("%3", reason_words(pair.reason)),
            row,
        )
        text.setWordWrap(True)
        merge = QPushButton(self.tr("&Merge"), row)
        merge.setObjectName("syncMergeButton")
        merge.setAccessibleName(
            self.tr("Merge %1 into %2").replace("%1", other.name).replace("%2", keep.name)
        )
        separate = QPushButton(self.tr("&Not the same"), row)
        separate.setObjectName("syncNotSameButton")
        separate.setAccessibleName(
            self.tr("%1 and %2 are two people").replace("%1", other.name).replace("%2", keep.name)
        )
        merge.clicked.connect(lambda: self._merge(row, keep, other))
        separate.clicked.connect(lambda: self._dismiss(row, pair))
        # The buttons below the names, not beside them: long names (a German company's) wrapped
        # into a narrow column many lines high and pushed the buttons out of sight (attack-20c N5).
        layout = QVBoxLayout(row)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(merge)
        buttons.addWidget(separate)
        layout.addLayout(buttons)
        self._rows.addWidget(row)
        self.row_widgets.append(row)

    def _merge(self, row: QFrame, keep: ClientData, other: ClientData) -> None:
        self._context.save_pending()
        command = MergeClients(keep, other, self._context.events)
        self._context.undo_stack.push(command)
        self._context.show_status(
            self.tr("Merged “%1” into “%2”. Undo with Ctrl+Z.")
            .replace("%1", other.name)
            .replace("%2", keep.name)
        )
        self._drop(row)

    def _dismiss(self, row: QFrame, pair: store_sync.DuplicateClients) -> None:
        self.dismissed.emit((pair.keep_id, pair.other_id))
        self._drop(row)

    def _drop(self, row: QFrame) -> None:
        row.hide()
        self.row_widgets.remove(row)
        if not self.row_widgets:
            self.accept()
