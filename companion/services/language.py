"""The user's language: our translations, Qt's own, the default locale and core's text hooks.

DESIGN §4.8: the language follows the system locale as Qt reads it (`LANGUAGE`, `LC_ALL`,
`LANG` through QLocale, never Python's `locale`, which fails where a locale is not generated),
unless the settings choose one. English has a small catalogue too: it holds only the plural
forms ("%n nights" → "1 night"), so every language, English included, takes the same path.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTime, QTranslator

from companion.core import words
from companion.core.languages import NATIVE_NAMES, Language
from companion.store.resource_files import resource_path

CATALOGUE = "bedtime-companion"
SPOKEN: tuple[str, ...] = tuple(NATIVE_NAMES)  # the languages with a catalogue

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators
_current: list[str] = []


def locale_for(choice: Language, system: QLocale | None = None) -> QLocale:
    """The locale for dates, numbers and words: the system's, or the chosen language's.

    A chosen language keeps the system's region where it fits (de with Austria's dates stays
    de_AT); a system language we have no catalogue for keeps its own dates and numbers, and its
    words fall back to English.
    """
    system = system if system is not None else QLocale.system()
    if choice == "auto":
        return system
    if language_code(system) == choice:
        return system
    return QLocale(choice)


def language_code(locale: QLocale) -> str:
    """The two-letter code of the catalogue that speaks for `locale` ("en" when none does)."""
    code = QLocale.languageToCode(locale.language())
    return code if code in SPOKEN else "en"


def use_language(choice: Language, system: QLocale | None = None) -> QLocale:
    """Make `choice` the app's language everywhere, and return the locale now in use.

    Called at start-up, before any window or command output. Windows built afterwards speak
    the new language; those already built keep theirs until reopened.
    """
    locale = locale_for(choice, system)
    code = language_code(locale)
    QLocale.setDefault(locale)
    _uninstall()
    ours = _load(CATALOGUE, code, str(resource_path("translations")))
    qt = _load("qtbase", code, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _installed.extend(t for t in (ours, qt) if t is not None)
    if QCoreApplication.instance() is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    _current[:] = [code]
    words.install(_translator(locale), _time_formatter(locale), _number_formatter(locale))
    return locale


def current_language() -> str:
    """The code of the catalogue in use ("en" before `use_language`)."""
    return _current[0] if _current else "en"


def _load(name: str, code: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(f"{name}_{code}", folder) else None


def _uninstall() -> None:
    if QCoreApplication.instance() is not None:
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()


def _translator(locale: QLocale) -> words.Translator:
    translators = list(_installed)

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = ""
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n) or ""
            if found:
                break
        found = found or text
        return found.replace("%n", locale.toString(n)) if n >= 0 else found

    return translate


def _time_formatter(locale: QLocale) -> words.TimeFormatter:
    def clock_time(moment: time) -> str:
        return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    return clock_time


def _number_formatter(locale: QLocale) -> words.NumberFormatter:
    numbers = QLocale(locale)
    # No thousands separator: journal values are small, and "1,234" reads as 1.234 in German.
    numbers.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

    def decimal(value: float, places: int) -> str:
        return numbers.toString(float(value), "f", places)

    return decimal
