"""The languages the app speaks, and the settings file's `language` choice (DESIGN §4.8)."""

from __future__ import annotations

from typing import Literal

from companion.core.settings_error import SettingsError

Language = Literal["auto", "en", "de", "es", "fr"]
LANGUAGES: tuple[Language, ...] = ("auto", "en", "de", "es", "fr")
# Each language named in itself: a person who cannot read the current one still finds theirs.
NATIVE_NAMES: dict[Language, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}


def language_choice(value: str) -> Language:
    """The settings file's `language` value, checked ("auto" follows the system's locale)."""
    for language in LANGUAGES:
        if value == language:
            return language
    raise SettingsError("language", "must be auto, en, de, es or fr")
