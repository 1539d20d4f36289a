"""Clock times a person types and reads in a field: the locale's hours and minutes, or 24 h."""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import QLocale, QTime

from companion.core.words import translate

# Everything after the minutes in a long or short format: seconds, milliseconds, time zone.
_AFTER_MINUTES = re.compile(r"[^hHmAaP]*(?:ss?|z+|t+)[^hHmAaP]*")
# Qt writes some locales' formats with a narrow or non-breaking space ("10:30\u202fPM"); a
# field uses the plain space a keyboard types.
_ODD_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})
# Typed by habit in any locale: "22:30", "22.30", "6:15".
_TWENTY_FOUR = re.compile(r"(\d{1,2})[:.](\d{2})")
# Typed in a 12-hour locale without the exact spacing: "10:30pm", "10 pm", "10:30 p.m.".
_TWELVE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*(?:m\.?)?", re.IGNORECASE)


def time_display_format(locale: QLocale | None = None) -> str:
    """The locale's short time format as hours and minutes: "HH:mm", "H:mm" or "h:mm Ap"."""
    chosen = QLocale() if locale is None else locale
    short = chosen.timeFormat(QLocale.FormatType.ShortFormat).translate(_ODD_SPACES)
    return _AFTER_MINUTES.sub(" " if "A" in short or "a" in short else "", short).strip()


def is_twelve_hour(locale: QLocale | None = None) -> bool:
    """Whether the locale reads the clock in two halves, AM and PM (en_US: yes, de_DE: no)."""
    fmt = time_display_format(locale)
    return "h" in fmt and ("A" in fmt or "a" in fmt)


def typed_clock_hint() -> str:
    """What a text field for a clock time shows while empty: the form to type."""
    if is_twelve_hour():
        return translate("Widgets", "h:mm am/pm", "hours, minutes and am or pm to type")
    return translate("Widgets", "hh:mm", "hours and minutes to type")


TYPED_CLOCK_LENGTH = 12  # room for "10:30 p.m." and a stray space


def show_clock(value: time, locale: QLocale | None = None) -> str:
    """The time as a field shows it, and as `read_clock` reads it back: "22:30" or "10:30 PM"."""
    chosen = QLocale() if locale is None else locale
    return chosen.toString(QTime(value.hour, value.minute), time_display_format(chosen))


def read_clock(text: str, locale: QLocale | None = None) -> time | None:
    """The time in typed text, in the locale's form or 24-hour ("22:30"); None when it is none."""
    chosen = QLocale() if locale is None else locale
    raw = " ".join(text.translate(_ODD_SPACES).split())
    for fmt in (time_display_format(chosen), chosen.timeFormat(QLocale.FormatType.ShortFormat)):
        found = chosen.toTime(raw, fmt)
        if found.isValid():
            return time(found.hour(), found.minute())
    return _twenty_four(raw) or _twelve(raw, chosen)


def _twenty_four(raw: str) -> time | None:
    match = _TWENTY_FOUR.fullmatch(raw)
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2])
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


def _twelve(raw: str, locale: QLocale) -> time | None:
    match = _TWELVE.fullmatch(raw)
    if match is None or not is_twelve_hour(locale):
        return None
    hours, minutes = int(match[1]), int(match[2] or 0)
    if not 1 <= hours <= 12 or minutes >= 60:
        return None
    afternoon = match[3].lower() == "p"
    return time(hours % 12 + (12 if afternoon else 0), minutes)
