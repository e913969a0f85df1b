"""German and English through Qt Linguist: complete, intact, compiled, and really used.

The suite otherwise runs in English; every test here that installs translators removes them
again (and restores the default locale), so no other test sees German.
"""

from __future__ import annotations

import ast
import dataclasses
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from clientjournal.app import create_window
from clientjournal.core.domain import ClientStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.connection import close_journal
from clientjournal.ui.clients.list_model import STATUS_ROLE, SUBTITLE_ROLE
from clientjournal.ui.shell.translations import (
    LANGUAGE_ENV,
    app_catalogue,
    choose_language,
    formatting_locale,
    install_translators,
    remove_translators,
)

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "clientjournal" / "resources" / "translations"
UPDATE_SCRIPT = ROOT / "scripts" / "update-translations.sh"
VENV_BIN = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease live beside python
FIX = "run `bash scripts/update-translations.sh`, translate what is new, and run it again"


@dataclasses.dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" when finished, else "unfinished", "obsolete" or "vanished"
    texts: tuple[str, ...]  # the translation, or one text per plural form


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            found = Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
                state=translation.get("type", ""),
                texts=texts,
            )
            messages[(found.context, found.source, found.comment)] = found
    return messages


def tool(name: str) -> str:
    path = VENV_BIN / name
    return str(path) if path.exists() else name


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory) -> dict[tuple[str, str, str], Message]:
    """Every string in the UI sources, as lupdate finds them right now (same rules as the script)."""
    template = tmp_path_factory.mktemp("lupdate") / "template.ts"
    subprocess.run(
        ["bash", str(UPDATE_SCRIPT), "--template", str(template)],
        check=True,
        capture_output=True,
        env={**os.environ, "VENV_BIN": str(VENV_BIN)},
        timeout=120,
    )
    return read_ts(template)


@pytest.fixture(scope="module")
def german() -> dict[tuple[str, str, str], Message]:
    return read_ts(TRANSLATIONS / "clientjournal_de.ts")


@pytest.fixture
def app(qapp) -> QApplication:
    """The QApplication, with whatever a test installed removed again afterwards."""
    yield qapp
    remove_translators(qapp)


# -- (a) complete and compiled ---------------------------------------------------------------
def test_strings_behind_helper_functions_are_found(source_strings):
    """labels._tr("Active") and undo._tr(...) hide their text from lupdate; the script must not."""
    assert ("labels", "Active", "") in source_strings
    assert ("undo", "Delete note", "") in source_strings
    assert ("MainWindow", "&File", "") in source_strings


class TrCalls(ast.NodeVisitor):
    """Every self.tr("…") and QCoreApplication.translate("context", "…") with literal text."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[tuple[str, str, str], bool]] = []  # key, plural

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        if not isinstance(node.func, ast.Attribute):
            return
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        plural = any(k.arg == "n" for k in node.keywords)
        if node.func.attr == "tr" and self.classes and texts and isinstance(texts[0], str):
            comment = texts[1] if len(texts) > 1 else None
            key = (self.classes[-1], texts[0], comment or "")
            self.found.append((key, plural or len(texts) >= 3))
        elif node.func.attr == "translate" and len(texts) >= 2 and isinstance(texts[1], str):
            comment = texts[2] if len(texts) > 2 else None
            key = (str(texts[0]), texts[1], comment or "")
            self.found.append((key, plural or len(texts) >= 4))


def test_lupdate_sees_every_tr_call_with_its_plural(source_strings):
    """lupdate silently skips or de-pluralises some spellings; the script works around those."""
    calls = TrCalls()
    for path in [
        *sorted((ROOT / "clientjournal" / "ui").rglob("*.py")),
        ROOT / "clientjournal/app.py",
    ]:
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
    assert len(calls.found) > 50
    unseen = [key for key, _ in calls.found if key not in source_strings]
    assert unseen == []
    wrong = [key for key, plural in calls.found if source_strings[key].numerus != plural]
    assert wrong == [], "lupdate does not see these as plurals"


def test_every_source_string_has_a_context(source_strings):
    """lupdate files a call it cannot place (e.g. a local ``def tr(text)`` helper) under an
    empty context, which no translate() call at run time asks for: shown in English forever."""
    assert [key[1] for key in source_strings if not key[0]] == []


def test_every_source_string_has_a_finished_german_translation(source_strings, german):
    missing = [key for key in source_strings if key not in german]
    unfinished = [
        key
        for key, message in german.items()
        if key in source_strings and (message.state or not all(t.strip() for t in message.texts))
    ]
    assert missing == [], f"not in clientjournal_de.ts: {FIX}"
    assert unfinished == [], f"not translated (yet) in clientjournal_de.ts: {FIX}"
    assert [key for key in german if key not in source_strings] == [], f"obsolete: {FIX}"
    assert all(german[key].numerus == m.numerus for key, m in source_strings.items())


def test_every_plural_has_english_singular_and_plural_forms(source_strings):
    english = read_ts(TRANSLATIONS / "clientjournal_en.ts")
    plurals = [key for key, message in source_strings.items() if message.numerus]
    assert plurals, "the UI has plural strings such as '%n client(s)'"
    for key in plurals:
        assert key in english, f"{key}: {FIX}"
        message = english[key]
        assert message.state == "" and len(message.texts) == 2, key
        assert all(text.strip() and "(s)" not in text for text in message.texts), key


@pytest.mark.parametrize("language", ["de", "en"])
def test_compiled_qm_files_match_the_ts_files(tmp_path, language):
    ts = TRANSLATIONS / f"clientjournal_{language}.ts"
    committed = TRANSLATIONS / f"clientjournal_{language}.qm"
    fresh = tmp_path / committed.name
    # the same lrelease options as scripts/update-translations.sh
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert committed.exists(), f"{committed.name} is missing: {FIX}"
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale: {FIX}"


def test_the_app_finds_its_catalogues():
    for language in ("de", "en"):
        assert app_catalogue(language).is_file()


# -- (b) placeholders, markup and accelerators survive -------------------------------------
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
FILE_FILTER = re.compile(r"\(\*\.[^)]*\)")


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def test_german_keeps_placeholders_markup_and_accelerators(german):
    broken = []
    for message in german.values():
        for text in message.texts:
            for name, pattern in (("placeholders", PLACEHOLDER), ("tags", TAG)):
                if sorted(pattern.findall(text)) != sorted(pattern.findall(message.source)):
                    broken.append((name, message.source, text))
            if FILE_FILTER.findall(text) != FILE_FILTER.findall(message.source):
                broken.append(("file filter", message.source, text))
            if accelerators(text) != accelerators(message.source):
                broken.append(("& accelerator", message.source, text))
            if text.count("\n") != message.source.count("\n"):
                broken.append(("line breaks", message.source, text))
    assert broken == []


# -- (c) the real window in German -------------------------------------------------------------
def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def assert_unique_mnemonics(actions: list[QAction]) -> None:
    letters = [mnemonic(a.text()) for a in actions if not a.isSeparator()]
    letters = [letter for letter in letters if letter]
    assert len(letters) == len(set(letters)), [a.text() for a in actions]


@pytest.fixture
def german_window(app, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(LANGUAGE_ENV, "de")
    assert install_translators(app) == "de"
    window = create_window(tmp_path / "j")
    qtbot.addWidget(window)
    try:
        yield window
    finally:
        window.close()
        close_journal()
        remove_translators(app)


def test_main_window_speaks_german(german_window):
    window = german_window
    menus = window.menuBar().actions()
    assert [a.text() for a in menus] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert_unique_mnemonics(menus)
    for action in menus:
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert_unique_mnemonics(menu.actions())
    assert window.count_label.text() == "0 Kunden"
    assert "Willkommen" in window.pane.empty.title.text()

    client_id = clients.create(ClientData(name="Anna Müller", status=ClientStatus.ACTIVE))
    window.refresh(client_id)
    assert window.count_label.text() == "1 Kunde"
    index = window.client_list.model.index(0, 0)
    assert index.data(STATUS_ROLE) == "Aktiv"  # labels._tr, found through the script's shim
    assert index.data(SUBTITLE_ROLE) == "noch kein Kontakt"
    assert QCoreApplication.translate("labels", "%n days ago", None, 7) == "vor 7 Tagen"
    window.client_actions.delete_client()
    assert window.undo_stack.undoText() == "Kunden „Anna Müller“ löschen"
    assert "Papierkorb" in window.statusBar().currentMessage()


def test_german_says_whose_wishes_a_field_holds(german_window):
    """ "Sie wollen:" and "Ihre Bedürfnisse" read as the user's own wants: in German the user
    is "Sie", so the client's side names the client (issue 19)."""
    from clientjournal.core.exchange.ics import labels_for
    from clientjournal.core.profile import ProfileSection
    from clientjournal.ui.clients.profile_labels import field_label, section_label

    texts = [field_label(key) for key in ("wants", "direction", "never", "my_needs")]
    texts += [section_label(section) for section in ProfileSection]
    for text in texts:
        assert not text.startswith(("Sie ", "Ihre ", "Ihr ")), text
    assert field_label("wants") == "Wünsche des Kunden"
    calendar = labels_for("de_DE")
    assert "Euer" not in calendar.get_in_touch_detail  # the Sie form, as everywhere


def test_the_search_placeholder_keeps_its_shortcut_in_view_at_1024(german_window, qtbot):
    """The German placeholder lost "(Strg+K)" in the list's width at 1024 px (issue 19)."""
    window = german_window
    window.resize(1016, 608)  # a 1024x640 screen less a window frame
    window.show()
    qtbot.waitExposed(window)
    field = window.search.field
    assert field.placeholderText().endswith("(Strg+K)")
    room = field.width() - 2 * field.style().pixelMetric(
        field.style().PixelMetric.PM_DefaultFrameWidth
    )
    room -= 24  # the clear button and the text margins
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room


def test_qt_standard_texts_and_formats_follow(german_window):
    from clientjournal.ui.clients.dialog import ClientDialog

    dialog = ClientDialog(parent=german_window)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"  # from Qt's own qtbase_de.qm
    dialog.deleteLater()
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().toString(QDate(2026, 11, 23), "d. MMMM yyyy") == "23. November 2026"


def test_removing_the_translators_brings_english_back(app, monkeypatch):
    before = QLocale().name()
    monkeypatch.setenv(LANGUAGE_ENV, "de")
    install_translators(app)
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    remove_translators(app)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().name() == before


# -- (d) English needs its plural forms --------------------------------------------------------
def test_english_says_1_client_and_2_clients(app):
    assert install_translators(app, "en") == "en"

    def count(n: int) -> str:
        return QCoreApplication.translate("MainWindow", "%n client(s)", "", n)

    assert [count(0), count(1), count(2)] == ["0 clients", "1 client", "2 clients"]
    assert QCoreApplication.translate("labels", "%n days ago", None, 1) == "1 day ago"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# -- choosing the language and the formats ---------------------------------------------------
@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        (["C"], "en"),
        ([], "en"),
        (["de-Latn-DE", "de-DE", "de"], "de"),
        (["de-AT"], "de"),
        (["fr-FR", "fr", "de-DE", "de"], "de"),
        (["en-US", "en", "de-DE", "de"], "en"),
        (["fr-FR", "fr"], "en"),
    ],
)
def test_the_first_preferred_language_the_app_speaks_wins(monkeypatch, preferred, expected):
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert choose_language(preferred=preferred) == expected


def test_the_environment_and_the_argument_override_the_system(monkeypatch):
    monkeypatch.setenv(LANGUAGE_ENV, "de_AT.UTF-8")
    assert choose_language(preferred=["en-US"]) == "de"
    assert choose_language("en-GB", preferred=["de-DE"]) == "en"
    monkeypatch.setenv(LANGUAGE_ENV, "klingon")  # ignored, with a log message
    assert choose_language(preferred=["de-DE"]) == "de"
    with pytest.raises(ValueError, match="fr"):
        choose_language("fr")


def test_the_saved_language_comes_after_the_environment_and_before_the_system(monkeypatch):
    from clientjournal import settings

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert choose_language(preferred=["en-US"], saved="de") == "de"
    assert choose_language(preferred=["de-DE"], saved="en") == "en"
    assert choose_language(preferred=["de-DE"], saved="system") == "de"
    assert choose_language(preferred=["de-DE"], saved="klingon") == "de"
    settings.save(settings.Settings(language="de"))  # what the settings dialog saves
    assert choose_language(preferred=["en-US"]) == "de"
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert choose_language(preferred=["de-DE"]) == "en"
    assert choose_language(preferred=["de-DE"], saved="de") == "en"
    assert choose_language("de", preferred=["en-US"], saved="en") == "de"


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("en", "C", "en_GB"),  # no LANG: readable dates, not "23 11 2026"
        ("de", "C", "de_DE"),
        ("de", "de_AT", "de_AT"),  # the user's own region
        ("en", "en_US", "en_US"),
        ("en", "de_DE", "en_DE"),  # English words, German conventions
        ("de", "fr_FR", "de_DE"),  # no German locale for France in CLDR
    ],
)
def test_dates_and_numbers_follow_the_language(language, system, expected):
    assert formatting_locale(language, QLocale(system)).name() == expected


def test_without_lang_english_dates_are_british():
    locale = formatting_locale("en", QLocale.c())
    short = locale.toString(QDate(2026, 11, 23), QLocale.FormatType.ShortFormat)
    assert short == "23/11/2026"


def test_no_plural_goes_through_a_helper_lupdate_cannot_read():
    """lupdate marks a string as plural only in self.tr(text, "", n) or translate(context,
    text, None, n): through a module's own helper (_tr("%n sent", n)) it left the strings out of
    both catalogues, and the German window said "2 sent"."""
    import ast

    found = []
    for path in sorted((ROOT / "clientjournal" / "ui").rglob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and "%n" in call.args[0].value
            ):
                found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert found == []
