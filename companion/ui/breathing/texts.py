"""The breathing window's words (the phase words live in core.breathing, context "Breathing")."""

from __future__ import annotations

from companion.core.breathing import PHASE_WORDS
from companion.core.texts import APP_NAME
from companion.core.words import QT_TRANSLATE_NOOP, translate

TEXTS: dict[str, str] = {
    "keys": QT_TRANSLATE_NOOP("Breathing", "Space pause  ·  Esc stop  ·  F full screen"),
    "keys_over": QT_TRANSLATE_NOOP("Breathing", "Enter or Esc closes"),
    "pause": QT_TRANSLATE_NOOP("Breathing", "Pause"),
    "resume": QT_TRANSLATE_NOOP("Breathing", "Go on"),
    "stop": QT_TRANSLATE_NOOP("Breathing", "Stop"),
    "close": QT_TRANSLATE_NOOP("Breathing", "Close"),
}


def text(key: str) -> str:
    """One of TEXTS, in the user's language."""
    return translate("Breathing", TEXTS[key])


def phase_words(phase: str) -> str:
    """ "Breathe in", "Breathe out", "Paused" or "Well done.", in the user's language."""
    return translate("Breathing", PHASE_WORDS[phase])


def window_title() -> str:
    return translate("Breathing", "Breathing — {app}").format(app=APP_NAME)


def time_left(time: str) -> str:
    return translate("Breathing", "{time} left", "the countdown, e.g. 4:50 left").format(time=time)


def summary_done(minutes: int) -> str:
    return translate("Breathing", "You breathed slowly for %n minutes.", None, minutes)


def summary_stopped(minutes: int, planned: int) -> str:
    # The plan is at least five minutes (core.breathing.MINUTES_LIMITS): its plural is fixed.
    return translate(
        "Breathing",
        "You breathed slowly for %n minutes of the {planned} minutes you chose.",
        None,
        minutes,
    ).format(planned=planned)


def summary_short() -> str:
    return translate("Breathing", "Stopped before the first minute. Any slow breath helps.")
