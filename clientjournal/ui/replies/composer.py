"""Write a reply to a client; the tone detector reads along, and heated drafts can sleep.

Typing never waits: the draft is saved as the note editor saves (ui/autosave.py: after a
pause, at most 0.8 s after the first unsaved key) and rated a little after a pause.  What the
buttons offer follows the draft's state.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal, SignalInstance
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal import settings
from clientjournal.core.cadence import CadenceStatus
from clientjournal.core.cooling import DraftData, DraftStateError, DraftStatus, is_ready, mailto_url
from clientjournal.core.records import ClientData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import cadence, drafts
from clientjournal.ui.clients.flow_layout import FlowLayout
from clientjournal.ui.common import autosave
from clientjournal.ui.common.autosave import AutosaveTimer
from clientjournal.ui.common.labels import address_form_label
from clientjournal.ui.common.theme import warning_style
from clientjournal.ui.common.undo_commands import changed_on_both_sides
from clientjournal.ui.replies.labels import local_time, signal_label

RATE_DELAY_MS = 350


class ReplyComposer(QWidget):
    changed = Signal(int)  # draft id: saved, held, sent, … (the list repaints it)
    keptBeside = Signal(int)  # a new draft: the other version of one typed in (see _store)
    sleepRequested = Signal(int)
    releaseRequested = Signal(int)
    sentRequested = Signal(int)
    discardRequested = Signal(int)
    restoreRequested = Signal(int)
    reopenRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyComposer")
        self._draft: DraftData | None = None
        self._held: dict[int, DraftData] = {}  # left while a round held the journal
        self._client: ClientData | None = None
        self._loading = False
        self._dirty = False
        autosave.keep_against_crash(self)

        self.to = QLabel(self)
        self.to.setObjectName("replyTo")
        self.to.setWordWrap(True)
        self.never = QLabel(self)
        self.never.setObjectName("replyNever")
        self.never.setWordWrap(True)
        warning_style(self.never)
        self.nag = QLabel(self)
        self.nag.setObjectName("replyNag")
        self.nag.setWordWrap(True)
        warning_style(self.nag)
        self.nag.hide()
        self.state = QLabel(self)
        self.state.setObjectName("replyState")
        self.state.setWordWrap(True)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("replySubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("replyBody")
        self.body.setAccessibleName(self.tr("Reply text"))
        self.body.setPlaceholderText(
            self.tr("Write your reply. If it reads as heated, you can sleep on it.")
        )
        self.body.setTabChangesFocus(True)
        self.body.installEventFilter(self)

        self.banner = QFrame(self)
        self.banner.setObjectName("toneBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "QFrame#toneBanner { background: rgba(230, 160, 40, 40); border-radius: 6px; }"
        )
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("toneReasons")
        self.banner_text.setWordWrap(True)
        self.sleep_button = QPushButton(self.tr("&Sleep on it"), self.banner)
        self.sleep_button.setObjectName("sleepOnIt")
        self.sleep_button.clicked.connect(self._sleep)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.sleep_button)
        self.banner.hide()

        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout(spacing=-1)  # wraps rather than widen the window past the screen
        send_row = FlowLayout(spacing=-1)  # a row of its own: one row of all would widen it
        for key, text in (
            ("sleep", self.tr("Sleep on it")),
            ("edit", self.tr("Ed&it again")),
            ("rate", self.tr("Re-r&ate")),
            ("copy", self.tr("&Copy")),
            ("mail", self.tr("&Open in mail")),
            ("sent", self.tr("Mar&k as sent")),
            ("release", self.tr("Re&lease early…")),
            ("discard", self.tr("&Discard")),
            ("restore", self.tr("Re&store")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"reply_{key}")
            (send_row if key in ("copy", "mail", "sent") else row).addWidget(button)
            self.buttons[key] = button
        self.buttons["copy"].setToolTip(self.tr("Copies the reply text to the clipboard"))
        self.buttons["sleep"].clicked.connect(self._sleep)
        self.buttons["edit"].clicked.connect(lambda: self._emit(self.reopenRequested))
        self.buttons["rate"].clicked.connect(self.rate)
        self.buttons["copy"].clicked.connect(self.copy)
        self.buttons["mail"].clicked.connect(self.open_mail)
        self.buttons["sent"].clicked.connect(lambda: self._emit(self.sentRequested, flush=True))
        self.buttons["release"].clicked.connect(lambda: self._emit(self.releaseRequested))
        self.buttons["discard"].clicked.connect(
            lambda: self._emit(self.discardRequested, flush=True)
        )
        self.buttons["restore"].clicked.connect(lambda: self._emit(self.restoreRequested))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.to)
        layout.addWidget(self.never)
        layout.addWidget(self.nag)
        layout.addWidget(self.state)
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.banner)
        layout.addLayout(send_row)
        layout.addLayout(row)

        self._save_timer = AutosaveTimer(self.flush, self)
        self._rate_timer = QTimer(self, singleShot=True, interval=RATE_DELAY_MS)
        self._rate_timer.timeout.connect(self.rate)
        self.subject.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.show_draft(None, None)

    # -- public ----------------------------------------------------------------------------
    @property
    def draft(self) -> DraftData | None:
        return self._draft

    def show_draft(self, draft: DraftData | None, client: ClientData | None) -> None:
        if self._draft is not None and (draft is None or draft.id != self._draft.id):
            self.flush()
        if draft is not None and draft.id in self._held:  # as typed, not yet saved (N1b)
            draft = dataclasses.replace(self._held[draft.id])
        # the same draft with the same text shown again (the list read anew after a sync
        # round) is left alone: set anew, the cursor jumped to the start while the user typed
        # (attack-20c N4b)
        again = draft is not None and self._draft is not None and draft.id == self._draft.id
        self._loading = True
        self._draft = dataclasses.replace(draft) if draft else None
        self._client = client
        if not (again and self.subject.text() == (draft.subject if draft else "")):
            self.subject.setText(draft.subject if draft else "")
            if not self.subject.hasFocus():  # a long subject shows its start ("Re: …")
                self.subject.setCursorPosition(0)
        if not (again and self.body.toPlainText() == (draft.body if draft else "")):
            self.body.setPlainText(draft.body if draft else "")
        self._loading = False
        self._dirty = False
        self._show_client(client)
        self._update_state()
        if draft is not None and DraftStatus(draft.status) == DraftStatus.WRITING:
            self.rate()
        else:
            self.banner.hide()

    def flush(self) -> None:
        """Save typed text now (one transaction), with its rating: a rating left pending would
        fire after a close and write into whatever journal is open by then."""
        if self._rate_timer.isActive():
            self.rate()
        self._save_timer.stop()
        if not self._dirty or self._draft is None:
            return
        base = self._draft
        typed = dataclasses.replace(base, subject=self.subject.text(), body=self.body.toPlainText())
        if autosave.holding():  # a sync round holds the journal: saved as soon as it ends
            self._draft, self._dirty = typed, False
            if typed.id is not None:
                self._held[typed.id] = typed
            autosave.after_hold(lambda: self._store(typed, base))
            return
        self._store(typed)  # a save that fails leaves the text dirty: tried again
        self._dirty = False

    def held_records(self) -> list[dict[str, object]]:
        """The subject and text typed and not saved yet while a sync round holds the journal
        (``autosave.keep_against_crash``): the drafts left meanwhile and the one shown."""
        if not autosave.holding():
            return []
        held = dict(self._held)
        draft = self._draft
        if draft is not None and draft.id is not None and not self._loading:
            held[draft.id] = dataclasses.replace(
                draft, subject=self.subject.text(), body=self.body.toPlainText()
            )
        return [
            {
                "kind": "draft",
                "id": draft_id,
                "uuid": typed.uuid,
                "fields": {"subject": typed.subject, "body": typed.body},
            }
            for draft_id, typed in held.items()
        ]

    def _store(self, typed: DraftData, base: DraftData | None = None) -> None:
        """Save ``typed``; a draft that another computer sealed (held, sent, discarded) or
        removed meanwhile keeps what was typed as a new writing draft of the client, never
        lost (attack-20c N4: the save failed uncaught and the text was gone).

        ``base``: the draft as read before the typing, for a save that waited for a sync
        round or an import (held28c).  What that wrote meanwhile into the subject or the text
        the user left alone stays (the save wrote the whole draft as read: an imported
        subject was gone); a subject or text it changed that the user changed too keeps the
        typing, and the other version becomes another writing draft of the client beside it
        (``keptBeside``), never lost."""
        written, other = typed, None
        if base is not None and typed.id is not None:
            written, other = _onto_stored(base, typed)
        try:
            saved = drafts.save(written)
        except (DraftStateError, KeyError):
            saved = drafts.save(dataclasses.replace(written, id=None, uuid=""))
        kept = drafts.save(other) if other is not None else None
        if self._draft is typed or (self._draft is not None and self._draft.id == typed.id):
            self._draft = saved
        if typed.id is not None and self._held.get(typed.id) is typed:
            del self._held[typed.id]
        self.changed.emit(saved.id)
        if kept is not None:
            self.keptBeside.emit(kept.id or 0)

    def rate(self) -> None:
        """Rate the draft's tone and show, calmly, what reads as heated."""
        self._rate_timer.stop()
        if self._draft is None:
            return
        text = "\n".join(
            part for part in (self.subject.text(), self.body.toPlainText()) if part.strip()
        )
        if not text.strip():
            self.banner.hide()
            self._update_state()
            return
        from clientjournal.core.tone import ToneContext, assess  # loads on first use

        # Written late at night, a borderline draft counts as heated (never a calm one).
        result = assess(text, context=ToneContext(written_at=datetime.now()))
        signals = list(result.signal_keys)
        if (self._draft.tone_score, self._draft.tone_signals) != (result.score, signals):
            self._draft.tone_score, self._draft.tone_signals = result.score, signals
            if DraftStatus(self._draft.status) == DraftStatus.WRITING:
                self._dirty = True  # the rating is saved with the text
                self._save_timer.touched()
        if result.heated:
            reasons = ", ".join(signal_label(key) for key in result.signal_keys) or signal_label(
                "wording"
            )
            self.banner_text.setText(
                self.tr(
                    "This reads as heated: %1. You could sleep on it and reread it tomorrow morning."
                ).replace("%1", reasons)
            )
            self.banner.setAccessibleDescription(self.banner_text.text())
            self.banner.show()
        else:
            self.banner.hide()
        self._update_state()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())

    def open_mail(self) -> None:
        """Hand the reply to the mail client (a mailto: link; the app itself sends nothing)."""
        address = self._client.email if self._client else ""
        QDesktopServices.openUrl(
            QUrl(mailto_url(address, self.subject.text(), self.body.toPlainText()))
        )

    # -- private ---------------------------------------------------------------------------
    def _show_client(self, client: ClientData | None) -> None:
        if client is None:
            self.to.clear()
            self.never.hide()
            self.nag.hide()
            return
        recipient = f"{client.name} <{client.email}>" if client.email else client.name
        head, dot, address_as = self.tr("To: %1 · Address as: %2").rpartition(" · ")
        # One unit when the line wraps: "Address as:" alone at a line's end reads as a blank.
        address_as = address_as.replace(" ", "\u00a0")
        self.to.setText(
            (head + dot + address_as)
            .replace("%1", recipient)
            .replace("%2", address_form_label(client.address_form).replace(" ", "\u00a0"))
        )
        never = (
            str(client.profile.get("never", "")).strip() if isinstance(client.profile, dict) else ""
        )
        self.never.setText(self.tr("Never: %1").replace("%1", never))
        self.never.setVisible(bool(never))
        self._show_nag(client)

    def _show_nag(self, client: ClientData) -> None:
        """Don't nag: say so before the reply is written, not after it was sent."""
        default = settings.load().default_cadence
        rhythm = cadence.client_state(client.id or 0, client.cadence_days, utcnow(), None, default)
        nagging = rhythm.status is CadenceStatus.TOO_OFTEN
        if nagging:
            self.nag.setText(
                self.tr(
                    "You have been in touch %n time(s) in the last %1 days, more often than "
                    "your rhythm with them. Does this need a message now, or can it wait?",
                    "",
                    rhythm.contacts_in_period,
                ).replace("%1", str(rhythm.cadence_days))
            )
        self.nag.setVisible(nagging)

    def _update_state(self) -> None:
        draft = self._draft
        now = utcnow()
        status = DraftStatus(draft.status) if draft else None
        ready = draft is not None and is_ready(draft, now)
        writing = status == DraftStatus.WRITING
        editable = writing
        self.subject.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        # A reply at rest must not look like a page to type on (the role follows the theme).
        role = QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window
        self.body.viewport().setBackgroundRole(role)
        self.setEnabled(draft is not None)
        visible = {
            "sleep": writing and self.banner.isHidden(),  # the banner has its own button
            "edit": ready,
            "rate": ready,
            "copy": writing or ready,
            "mail": writing or ready,
            "sent": writing or ready,
            "release": status == DraftStatus.HELD and not ready,
            "discard": status in (DraftStatus.WRITING, DraftStatus.HELD),
            "restore": status == DraftStatus.DISCARDED,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])
        has_text = bool(self.body.toPlainText().strip())
        for key in ("sleep", "copy", "mail", "sent"):
            self.buttons[key].setEnabled(has_text)
        self.sleep_button.setEnabled(has_text and writing)
        self.state.setText(self._state_text(draft, ready))
        self.state.setVisible(bool(self.state.text()))

    def _state_text(self, draft: DraftData | None, ready: bool) -> str:
        if draft is None:
            return ""
        status = DraftStatus(draft.status)
        if status == DraftStatus.HELD and ready:
            return self.tr(
                "You slept on it. Reread it calmly beside the profile and the latest notes, then decide."
            )
        if status == DraftStatus.HELD and draft.hold_until is not None:
            return self.tr(
                "Sleeping on it until %1. Come back then and reread it with fresh eyes."
            ).replace("%1", local_time(draft.hold_until))
        if status == DraftStatus.SENT and draft.sent_at is not None:
            return self.tr("Sent on %1; it is kept as a note in the timeline.").replace(
                "%1", local_time(draft.sent_at)
            )
        if status == DraftStatus.DISCARDED:
            return self.tr("Discarded. Restore it to work on it again.")
        if draft.released_early_at is not None:
            return self.tr("Released early on %1, before its night was over.").replace(
                "%1", local_time(draft.released_early_at)
            )
        return ""

    def _edited(self) -> None:
        if (
            self._loading
            or self._draft is None
            or DraftStatus(self._draft.status) != DraftStatus.WRITING
        ):
            return
        self._dirty = True
        self._save_timer.touched()
        self._rate_timer.start()
        self._update_state()

    def _sleep(self) -> None:
        self._emit(self.sleepRequested, flush=True)

    def _emit(self, signal: SignalInstance, flush: bool = False) -> None:
        if self._draft is None:
            return
        if flush:
            self.flush()
        signal.emit(self._draft.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif (
            watched is self.body
            and event.type() == QEvent.Type.KeyPress
            and self.body.isReadOnly()
            and isinstance(event, QKeyEvent)
            and event.text().strip()
        ):
            self._say_why_resting()
        return super().eventFilter(watched, event)

    def _say_why_resting(self) -> None:
        """Typing into a reply that cannot change says why, and what would change it."""
        draft = self._draft
        if draft is None:
            return
        status = DraftStatus(draft.status)
        if status == DraftStatus.HELD and not is_ready(draft, utcnow()):
            text = self.tr("This reply is resting; to change it now, release it early.")
        elif status == DraftStatus.HELD:
            text = self.tr("This reply has rested; press Edit again to change it.")
        elif status == DraftStatus.DISCARDED:
            text = self.tr("This reply is discarded; restore it to change it.")
        else:
            text = self.tr("This reply was sent; it cannot be changed any more.")
        self.state.setText(text)
        self.state.setVisible(True)


def _onto_stored(base: DraftData, typed: DraftData) -> tuple[DraftData, DraftData | None]:
    """``typed`` (edited from ``base``) onto the draft as stored now, and the stored version
    to keep as another draft when its subject or text and the typing's both changed (None
    when not, or when the stored one is sealed: the typing goes into a new draft then, the
    sealed one stays as it is)."""
    assert typed.id is not None
    stored = drafts.fetch([typed.id]).get(typed.id)
    if stored is None:
        return typed, None
    texts = ("subject", "body")
    merged = dataclasses.replace(
        typed,
        **{
            name: getattr(stored, name)
            for name in texts
            if getattr(typed, name) == getattr(base, name)
        },
    )
    clash = changed_on_both_sides(base, typed, stored, texts)
    writing = DraftStatus(stored.status) == DraftStatus.WRITING
    other = dataclasses.replace(stored, id=None, uuid="") if clash and writing else None
    return merged, other
