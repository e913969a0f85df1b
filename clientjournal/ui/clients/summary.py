"""The profile summary at the top of a client's pane: who they are and how to address them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.cadence import CadenceState
from clientjournal.core.cooling import mailto_url
from clientjournal.core.records import ClientData
from clientjournal.core.search_text import escape_html
from clientjournal.core.tags import format_tags, parse_tags
from clientjournal.settings import qsettings
from clientjournal.ui.clients.cadence_labels import needs_attention, rhythm_text
from clientjournal.ui.clients.essentials_line import EssentialsLine
from clientjournal.ui.clients.header_labels import SOFT_BREAK, NameLabel, WrappedLabel, soft_breaks
from clientjournal.ui.clients.profile_editor import ProfileEditor
from clientjournal.ui.common.labels import (
    address_form_label,
    calendar_date,
    local_date,
    relative_day,
    status_label,
)
from clientjournal.ui.common.theme import follow_palette, warning_color

FOLDED_KEY = "ui/clientHeaderFolded"


class _ProfileArea(QScrollArea):
    """Asks for as much height as the profile needs; QScrollArea remembers its content's first
    size hint and would keep the full profile squeezed into the essentials' height."""

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        margins = self.contentsMargins()
        height = hint.height() + margins.top() + margins.bottom()
        # The full profile takes at most a third of the window; the notes below keep the rest.
        return QSize(
            hint.width() + margins.left() + margins.right(),
            max(self.minimumHeight(), min(height, self.window().height() // 3)),
        )


# A part kept on one line, or a word, longer than this may break (characters): about the
# narrowest the details get at 1024 px with a large font.  Longer, one part set the header's
# minimum width: a company written as one 200-character word made the window 1,993 px wide.
LONGEST_UNBROKEN = 30


def _breakable(text: str) -> str:
    """``text`` as HTML that wraps at its spaces and, inside a word longer than
    ``LONGEST_UNBROKEN``, between any two characters (as a browser's ``overflow-wrap:
    anywhere``).  The label's copies and its spoken name leave the soft breaks out."""
    return " ".join(
        escape_html(soft_breaks(word) if len(word) > LONGEST_UNBROKEN else word)
        for word in text.split(" ")
    )


def _unbroken(text: str) -> str:
    """``text`` as HTML that a wrapping line does not break inside, unless it is longer than
    a line may need to be (``_breakable``)."""
    if len(text) > LONGEST_UNBROKEN:
        return _breakable(text)
    return escape_html(text).replace(" ", "&nbsp;")


class ClientSummary(QFrame):
    """Who the client is, the rhythm with them, their tags and profile, edited in place."""

    editRequested = Signal()
    profileEdited = Signal(str, str)  # field key, new text
    tagsEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientProfile")
        self.setAccessibleName(self.tr("Client profile"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = NameLabel(self)
        self.name.setObjectName("profileName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = WrappedLabel(self)
        self.details.setObjectName("profileDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.details.setOpenExternalLinks(True)  # the e-mail address opens the mail client
        self._details_html = ""
        follow_palette(self.details, self._render_details_again)  # a readable link, light or dark
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editClient")
        self.edit_button.setAccessibleName(self.tr("Edit client"))
        self.edit_button.clicked.connect(self.editRequested)
        self.rhythm = WrappedLabel(self)
        self.rhythm.setObjectName("profileRhythm")
        self.rhythm.setWordWrap(True)
        # Hidden (a client with no rhythm), it keeps its line: the header's minimum height,
        # and with it the window's, then does not change with the client shown.  It did in a
        # fifth of the switches (438 <-> 454 px on the demo journal), and each change set the
        # window's minimum size, a request to the window manager (issue 21).
        policy = self.rhythm.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.rhythm.setSizePolicy(policy)
        self._rhythm_warns = False
        follow_palette(self.rhythm, self._colour_rhythm)  # the warning's red, light or dark
        self.tags = QLineEdit(self)
        self.tags.setObjectName("clientTags")
        self.tags.setAccessibleName(self.tr("Client tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.editingFinished.connect(self._on_tags)
        self.tags.setMaximumWidth(self.fontMetrics().averageCharWidth() * 36)
        tags_label = QLabel(self.tr("&Tags:"), self)
        tags_label.setBuddy(self.tags)
        self._tags: list[str] = []
        self.profile = ProfileEditor(self)
        self.profile.fieldEdited.connect(self.profileEdited)
        # The profile scrolls rather than pushing the window taller than a laptop screen;
        # normally it gets all the room it asks for.
        self.profile_area = _ProfileArea(self)
        self.profile_area.setObjectName("profileArea")
        self.profile_area.setAccessibleName(self.tr("Profile details"))
        self.profile_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # an invisible Tab stop; its
        # fields take the focus, and the area scrolls to the one that has it
        self.profile_area.setWidget(self.profile)
        self.profile_area.setWidgetResizable(True)
        self.profile_area.setFrameShape(QFrame.Shape.NoFrame)
        self.profile_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile_area.setMinimumHeight(self.fontMetrics().height() * 3)
        self.profile_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # A scroll area does not hear that its content grew; opening the full profile must
        # ask the layout for the room again.
        self.profile.toggle.toggled.connect(lambda _: self.profile_area.updateGeometry())

        # Folded, the header is the name and the essentials on one line: the notes below get
        # its height (issue 19: a 768-px laptop screen showed one or two notes).  Remembered.
        self.fold_button = QToolButton(self)
        self.fold_button.setObjectName("profileFold")
        self.fold_button.setAutoRaise(True)
        self._folded = False
        self.fold_button.clicked.connect(lambda: self.set_folded(not self._folded))
        self.essentials_line = EssentialsLine(self)
        self.essentials_line.clicked.connect(lambda: self.set_folded(False))
        self.profile.toggle.toggled.connect(self._on_full_profile)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.name, 1)
        top.addWidget(tags_label, 0, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.tags, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        # Who they are beside the profile, not above it: the notes below keep the height (a
        # 768-px laptop screen shows five of them).
        self.unfolded = QWidget(self)
        about = QVBoxLayout()
        about.setSpacing(2)
        about.addWidget(self.details)
        about.addWidget(self.rhythm)
        about.addStretch(1)
        beside = QHBoxLayout(self.unfolded)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addLayout(about, 2)
        beside.addWidget(self.profile_area, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.unfolded)
        layout.addWidget(self.essentials_line)
        self.set_folded(bool(qsettings().value(FOLDED_KEY, False, type=bool)))

    def set_folded(self, folded: bool) -> None:
        """Fold the header to its first line and the essentials (remembered), or unfold it."""
        self._folded = folded
        self.unfolded.setVisible(not folded)
        self.essentials_line.setVisible(folded)
        if folded:
            self.profile.set_expanded(False)
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        text = (
            self.tr("Show the client's details")
            if folded
            else self.tr("Fold the client's details away (more room for the notes)")
        )
        self.fold_button.setToolTip(text)
        self.fold_button.setAccessibleName(text)
        settings = qsettings()
        if settings.value(FOLDED_KEY, False, type=bool) != folded:
            settings.setValue(FOLDED_KEY, folded)

    def is_folded(self) -> bool:
        return self._folded

    def _on_full_profile(self, opened: bool) -> None:
        if opened:
            self.set_folded(False)  # the full profile is part of the unfolded header

    def show_client(self, client: ClientData, rhythm: CadenceState | None = None) -> None:
        self.name.setText(client.name)
        self._tags = list(client.tags)
        if not self.tags.isModified():
            self.tags.setText(format_tags(client.tags))
            self.tags.setCursorPosition(0)  # the first tag in view, not the end of the last
            self.tags.setModified(False)
        self.profile.set_profile(client.profile, client)
        self.essentials_line.set_profile(client.profile)
        text = rhythm_text(rhythm) if rhythm is not None else ""
        self.rhythm.setText(text)
        warn = rhythm is not None and needs_attention(rhythm)
        if warn != self._rhythm_warns:
            self._rhythm_warns = warn
            self._colour_rhythm()
        status = [status_label(client.status)]
        if client.started_on:
            status.append(self.tr("since %1").replace("%1", calendar_date(client.started_on)))
        if client.ended_on:
            status.append(self.tr("ended %1").replace("%1", calendar_date(client.ended_on)))
        contact = self.tr("Last contact: %1").replace("%1", relative_day(client.last_contact))
        if client.last_contact is not None:
            contact += f" ({local_date(client.last_contact)})"
        first = [client.company, *status]
        address_as = self.tr("Address as: %1").replace(
            "%1", address_form_label(client.address_form)
        )
        second = [client.email, client.phone, address_as]
        # A line wraps only between the parts: "Anrede:" or "since" alone at a line's end
        # reads as a blank, and a phone number split in two as two numbers.
        shown = [_unbroken(part) for part in second if part]
        if client.email:
            link = escape_html(mailto_url(client.email, "", ""), quote=True)
            shown[0] = f'<a href="{link}">{_breakable(client.email)}</a>'
        lines = [
            " · ".join(p for p in [_breakable(client.company), *map(_unbroken, status)] if p),
            " · ".join(shown),
            escape_html(contact),
        ]
        self._details_html = "<br>".join(lines)
        self.details.setText(self._details_html)
        self.details.setAccessibleName(self.details.spoken_text().replace(SOFT_BREAK, ""))
        self.setAccessibleDescription(
            " ".join(part for part in [*first, *second, contact, text] if part)
        )
        # Shown or hidden last: showing a label lays its parents out at once, up to the
        # window, and the texts set after it had them laid out again (issue 21).
        self.rhythm.setVisible(bool(text))

    def _colour_rhythm(self) -> None:
        """The rhythm line in the warning colour while it warns (``theme.warning_color``),
        through its palette: a style sheet (``theme.set_warning``) re-polished the label at
        each change, ~0.4 ms against ~0.1 with the same pixels, in a third of the jumps to
        another client (issue 21)."""
        palette = QPalette()  # the application's, nothing of it set: all inherited
        if self._rhythm_warns:
            palette.setColor(QPalette.ColorRole.WindowText, warning_color())
        self.rhythm.setPalette(palette)

    def _render_details_again(self) -> None:
        """Set the details again when the palette changes: a label keeps the link colour it
        was given its text with (dark blue on dark grey after a switch to dark)."""
        self.details.setText("")  # the same text again would be ignored
        self.details.setText(self._details_html)

    def lay_out_now(self, page: QWidget) -> None:
        """The header laid out at its new height now, from the inside out, and ``page`` (the
        client's page, the notes below the header).  A new text asks only the innermost
        layout to be done again, and each layout done asks its parent's in the next turn of
        the event loop, so the page's came after the switch's first frame: that frame showed
        the header and the notes at the old client's heights and the next one moved them (a
        header 3 px taller or shorter in 21 of 60 jumps at 1024 px: the rhythm line),
        painting the timeline twice (issue 21).  Each layout done here asks its parent's
        again, which comes next; the turns of the event loop then find them done."""
        steps: list[QWidget] = [self.profile, self.unfolded, self, page]
        for widget in steps:
            if widget is self.unfolded:
                # a scroll area hears of its content's new size only in a later turn
                self.profile_area.updateGeometry()
            layout = widget.layout()
            if layout is not None:
                layout.activate()

    def flush(self) -> None:
        """Save typed profile fields and tags before another client is shown."""
        self.profile.flush()
        if self.tags.isModified():
            self._on_tags()

    def _on_tags(self) -> None:
        self.tags.setModified(False)
        names = parse_tags(self.tags.text())
        if [n.casefold() for n in names] != [n.casefold() for n in self._tags]:
            self._tags = names
            self.tagsEdited.emit(names)
