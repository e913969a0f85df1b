"""Walking the app's widgets, for the accessibility, keyboard and large-font tests.

``DIALOGS`` lists how to build each dialog on a demo journal (``demo_window``), and
``interactive`` finds every control below a window.  A new dialog gets checked by all those
tests by adding one line to ``DIALOGS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from clientjournal.core.demo.journal import generate
from clientjournal.store import clients, payments
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.demo.fill import fill

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
)
COMPOUND = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QMenuBar)
"""Their parts (a spin box's line edit, a line edit's clear button, the menu bar's overflow
button) are announced as the control itself."""
DESIGN_NAMES = (
    "clientList",
    "clientFilter",
    "clientProfile",
    "noteTimeline",
    "noteEditor",
    "agreementList",
    "coolingQueue",
    "globalSearch",
)


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    """Parts of another control (a spin box's line edit, a combo's list, a view's scroll bar)
    are announced as that control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def _describe(widget: QWidget) -> str:
    chain, parent = [], widget
    while parent is not None:
        chain.append(f"{type(parent).__name__}#{parent.objectName()}")
        parent = parent.parentWidget()
    return " < ".join(chain[:4])


def interactive(root: QWidget) -> list[QWidget]:
    """Every control below ``root`` a user can reach with the keyboard or the mouse."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QScrollBar) or _inside_compound(widget, root):
            continue
        if widget.isHidden() and widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            continue  # hidden on purpose (a button that appears with its text): not reachable
        custom = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and type(
            widget
        ).__module__.startswith("clientjournal")
        if isinstance(widget, INTERACTIVE) or custom:
            found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    return [_describe(w) for w in interactive(root) if not _spoken_name(w)]


@pytest.fixture
def demo_window(journal, windows):
    demo = generate(4, 60, seed=8)
    fill(demo)
    window = windows.open()
    busiest = max(demo.clients, key=lambda c: len(payments.for_client(c.id)))
    window.client_list.select_client(busiest.id)
    return window


def _client_id(window) -> int:
    return window.client_list.current_client_id()


def _payment(window):
    return payments.for_client(_client_id(window))[0]


def _client_dialog(window):
    from clientjournal.ui.clients.dialog import ClientDialog

    return ClientDialog(clients.get(_client_id(window)), window)


def _project_dialog(window):
    from clientjournal.ui.agreements.project_dialog import ProjectDialog, new_project

    return ProjectDialog(new_project(_client_id(window)), window)


def _payment_dialog(window):
    return window.pane.payments._dialog(_payment(window))


def _paid_dialog(window):
    from clientjournal.ui.payments.dialog import PaidDialog

    return PaidDialog(_payment(window), date.today(), window)


def _reminder_dialog(window):
    from clientjournal.ui.payments.reminder_dialog import PaymentReminderDialog

    return PaymentReminderDialog(
        clients.get(_client_id(window)), _payment(window), date.today(), window
    )


def _template_dialog(window):
    from clientjournal.ui.agreements.template_dialog import TemplateDialog

    return TemplateDialog(_client_id(window), None, "en", window)


def _summary_dialog(window):
    from clientjournal.ui.agreements.summary_dialog import SummaryDialog

    client_id = _client_id(window)
    items = list(agreements.fetch(agreements.ids_for_client(client_id)).values())
    return SummaryDialog(clients.get(client_id), items, window.pane.agreements.projects(), window)


def _trash_dialog(window):
    from clientjournal.ui.clients.trash_dialog import TrashDialog

    return TrashDialog(window)


def _due_dialog(window):
    from clientjournal.ui.agreements.due import DueDialog

    return DueDialog(window)


def _queue_dialog(window):
    from clientjournal.ui.replies.queue import QueueDialog

    return QueueDialog(window)


def _attention_view(window):
    from clientjournal.ui.attention.view import AttentionView

    return AttentionView(window)


def _help_dialog(window):
    from clientjournal.ui.shell.help_dialog import HelpDialog

    return HelpDialog(window)


def _welcome_dialog(window):
    from clientjournal.ui.shell.welcome_dialog import WelcomeDialog

    return WelcomeDialog(window)


def _settings_dialog(window):
    from clientjournal.ui.settings.dialog import SettingsDialog

    return SettingsDialog(window.data_dir, window)


def _restore_dialog(window):
    from clientjournal.ui.safety.backup_dialog import RestoreDialog

    return RestoreDialog([], window.data_dir, window)


def _damaged_dialog(window):
    from clientjournal.ui.safety.damaged_dialog import DamagedDialog

    return DamagedDialog(window.data_dir, "the file is damaged", [], window)


def _passphrase_dialog(window):
    from clientjournal.ui.safety.passphrase_dialog import PassphraseDialog

    return PassphraseDialog(lambda _passphrase: True, "", window)


def _encryption_dialog(window):
    from clientjournal.ui.safety.encryption_dialog import EncryptionDialog

    return EncryptionDialog(window.data_dir, False, lambda: None, lambda: None, None, window)


CSV_SAMPLE = b"Name,E-Mail,Firma\nAnna Beispiel,anna@example.org,Atelier Blau\n"


def _contact_import_dialog(window):
    from clientjournal.ui.exchange.contact_import_dialog import ContactImportDialog

    return ContactImportDialog(window.data_dir / "kontakte.csv", CSV_SAMPLE, "csv", window)


DIALOGS: dict[str, Callable[[QWidget], QDialog]] = {
    "client": _client_dialog,
    "project": _project_dialog,
    "payment": _payment_dialog,
    "paid": _paid_dialog,
    "payment reminder": _reminder_dialog,
    "template": _template_dialog,
    "summary": _summary_dialog,
    "trash": _trash_dialog,
    "due": _due_dialog,
    "cooling queue": _queue_dialog,
    "attention": _attention_view,
    "help": _help_dialog,
    "welcome": _welcome_dialog,
    "settings": _settings_dialog,
    "restore": _restore_dialog,
    "damaged": _damaged_dialog,
    "passphrase": _passphrase_dialog,
    "encryption": _encryption_dialog,
    "contact import": _contact_import_dialog,
}
"""Name → factory(main window).  Other dialogs join here as they are written."""


def build_every_tab(window) -> None:
    """The lazily built panes (agreements, replies, payments) and the search panel exist only
    once shown: show each, as a user would."""
    tabs = window.pane.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
    tabs.setCurrentIndex(0)
    window.search.panel  # noqa: B018 - built on first use


def shown_lines(label) -> list[str]:
    """The label's text broken into lines as wide as the label shows them."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    text, how = label.text(), label.textFormat()
    rich = how == Qt.TextFormat.RichText or (
        how == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)  # as QLabel decides
    )
    document.setHtml(text) if rich else document.setPlainText(text)
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            lines.append(text.replace("\u00a0", " ").strip())
        block = block.next()
    return lines
