"""The user guide: bundled, offline, in the UI's language, reachable with F1."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTextBrowser

from clientjournal.ui.shell.help_dialog import HelpDialog, guide_text


def test_both_guides_are_bundled_and_cover_every_part_of_the_app():
    english, german = guide_text("en"), guide_text("de")
    for heading in ("Clients", "The profile", "Notes", "Contact rhythm", "Agreements",
                    "Payments", "Sleep on it", "Search", "Settings", "Your data", "Keyboard"):  # fmt: skip
        assert f"## {heading}" in english
    for heading in ("Kunden", "Das Profil", "Notizen", "Kontaktrhythmus", "Vereinbarungen",
                    "Zahlungen", "Drüber schlafen", "Suche", "Einstellungen", "Ihre Daten", "Tastatur"):  # fmt: skip
        assert f"## {heading}" in german
    assert guide_text("fr") == english


def test_f1_opens_the_guide_in_the_ui_language(qtbot, window, on_dialog):
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    app = QApplication.instance()
    install_translators(app, "de")
    try:
        seen = []

        def read(dialog) -> None:
            browser = dialog.findChild(QTextBrowser, "userGuide")
            seen.append(browser.toPlainText())
            dialog.reject()

        on_dialog(read)
        window.findChild(object, "actionUserGuide").trigger()
        assert "Client Journal — Anleitung" in seen[0]
        assert "Drüber schlafen" in seen[0]
    finally:
        remove_translators(app)


def test_the_guide_opens_no_links(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
    assert "Client Journal — user guide" in dialog.browser.toPlainText()
