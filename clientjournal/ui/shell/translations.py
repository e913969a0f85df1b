"""Pick the UI language, German or English, and install the Qt translators for it.

The app follows the desktop's language by default: most users are German-speaking freelancers
whose desktop already says which language they want, so there is no language setting to find
first; Edit → Settings can still pick one (it takes effect at the next start).
The choice, in order:

1. the ``language`` argument (a caller that knows better, e.g. a test);
2. the environment variable ``CLIENTJOURNAL_LANGUAGE=de|en`` (also ``de_AT``, ``en-GB``…): an
   override for one app without changing the whole desktop, and for screenshots and tests;
3. the language saved in the settings (``[ui] language=de|en``; "system" or nothing: go on);
4. the system's preferred UI languages, ``QLocale.system().uiLanguages()``, which Qt reads from
   ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` (on Windows and macOS from the OS
   settings): the first of them the app has a translation for (German or English) wins, so
   ``LANGUAGE=fr:de`` gives German and ``LANGUAGE=en:de`` English;
5. English.

Two catalogues are loaded: the app's own (``clientjournal/resources/translations/clientjournal_<lang>.qm``,
built by ``scripts/update-translations.sh``; the English one only holds plural forms, "1 client"
/ "2 clients") and, for German, Qt's ``qtbase_de.qm`` so that standard buttons and dialogs
("OK", "Abbrechen", file dialogs, shortcut names such as "Strg") speak German as well.

Dates and numbers follow the chosen language too (``QLocale.setDefault``): the system locale
when it already has that language, else the language with the system's region conventions when
such a locale exists (English UI on a German desktop: ``en_DE``), else ``de_DE`` / ``en_GB``.
A "C"/POSIX system locale (no ``LANG``, as on servers and CI) counts as no preference; it
would otherwise format dates as "23 11 2026".

Translators must be installed before any widget is built: the widgets translate their texts
once, when they are created, and do not re-translate on a later language change.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from clientjournal.core.resources import resource

LANGUAGE_ENV = "CLIENTJOURNAL_LANGUAGE"
UI_LANGUAGE_PROPERTY = "clientjournalLanguage"
SUPPORTED_LANGUAGES = ("de", "en")
FALLBACK_LANGUAGE = "en"

# Without a usable system locale, these regions decide date, time and number formats.
_DEFAULT_LOCALES = {
    "de": (QLocale.Language.German, QLocale.Country.Germany),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# Kept on the QApplication: the translators must live as long as the app (Qt does not own them
# for Python), and a second install_translators call must first remove the first call's ones.
_TRANSLATORS_ATTR = "_clientjournal_translators"
_PREVIOUS_LOCALE_ATTR = "_clientjournal_previous_locale"

log = logging.getLogger(__name__)


def supported_language(code: str) -> str | None:
    """'de_AT.UTF-8', 'de-Latn-DE', 'DE' -> 'de'; None when the app has no such translation."""
    primary = code.strip().replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return primary if primary in SUPPORTED_LANGUAGES else None


def choose_language(
    language: str | None = None, preferred: list[str] | None = None, saved: str | None = None
) -> str:
    """The UI language code ("de" or "en"), decided as described in the module docstring.

    ``preferred`` stands in for the system's UI languages (tests); by default they are read
    from ``QLocale.system().uiLanguages()``.  ``saved`` stands in for the language in the
    settings; by default it is read from the settings file.
    """
    if language is not None:
        chosen = supported_language(language)
        if chosen is None:
            raise ValueError(
                f"no translation for language {language!r}: use one of {SUPPORTED_LANGUAGES}"
            )
        return chosen
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    if override:
        chosen = supported_language(override)
        if chosen is not None:
            return chosen
        log.warning(
            "%s=%s is not a language Client Journal speaks (%s); following the system",
            LANGUAGE_ENV,
            override,
            "|".join(SUPPORTED_LANGUAGES),
        )
    if saved is None:
        from clientjournal import settings

        saved = settings.load().language
    chosen = supported_language(saved)  # "system" is no language: the system decides
    if chosen is not None:
        return chosen
    if preferred is None:
        preferred = list(QLocale.system().uiLanguages())
    for code in preferred:
        chosen = supported_language(code)
        if chosen is not None:
            return chosen
    return FALLBACK_LANGUAGE


def formatting_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers that fits the UI language ``language``.

    Keeps the user's regional conventions where they go with the language (de_AT, en_US, en_DE)
    and never returns the "C" locale, whose dates read like "23 11 2026".
    """
    system = QLocale.system() if system is None else system
    fallback = QLocale(*_DEFAULT_LOCALES[language])
    if system.language() == QLocale.Language.C:
        return fallback
    if supported_language(system.name()) == language:
        return system
    mixed = QLocale(fallback.language(), system.territory())
    # QLocale falls back to the language's main region when CLDR has no such pair (de_FR).
    return mixed if mixed.territory() == system.territory() else fallback


def install_translators(app: QApplication, language: str | None = None) -> str:
    """Install the translators for the chosen UI language and make it the default locale.

    Call it once, right after the QApplication is created and before any window exists.
    Calling it again replaces what the previous call installed. Returns "de" or "en".
    """
    remove_translators(app)
    chosen = choose_language(language)
    setattr(app, _PREVIOUS_LOCALE_ATTR, QLocale())
    QLocale.setDefault(formatting_locale(chosen))

    catalogues: list[Path] = []
    if chosen != "en":  # Qt's own texts are English already
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        catalogues.append(qt_dir / f"qtbase_{chosen}.qm")
    catalogues.append(app_catalogue(chosen))  # installed last, so it is searched first

    translators: list[QTranslator] = []
    for path in catalogues:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("cannot load the translation %s; those texts stay English", path)
    setattr(app, _TRANSLATORS_ATTR, translators)
    app.setProperty(UI_LANGUAGE_PROPERTY, chosen)  # for texts that are whole files (the guide)
    return chosen


def ui_language(app: QApplication) -> str:
    """The language install_translators chose: "de" or "en" (English when none was)."""
    return str(app.property(UI_LANGUAGE_PROPERTY) or "en")


def remove_translators(app: QApplication) -> None:
    """Undo install_translators: English texts and the previous default locale again."""
    app.setProperty(UI_LANGUAGE_PROPERTY, None)
    for translator in getattr(app, _TRANSLATORS_ATTR, []):
        app.removeTranslator(translator)
        translator.deleteLater()
    setattr(app, _TRANSLATORS_ATTR, [])
    previous = getattr(app, _PREVIOUS_LOCALE_ATTR, None)
    if previous is not None:
        QLocale.setDefault(previous)
        setattr(app, _PREVIOUS_LOCALE_ATTR, None)


def app_catalogue(language: str) -> Path:
    """Where clientjournal_<language>.qm is, as a real file (QTranslator cannot read a zip)."""
    found = resource("translations", f"clientjournal_{language}.qm")
    return Path(str(found))
