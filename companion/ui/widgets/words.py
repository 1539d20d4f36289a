"""The words the night's inputs show people: short labels, the no-answer mark, each choice."""

from __future__ import annotations

import re

from companion.core.insight_texts import NO_ANSWER
from companion.core.journal import Measure
from companion.core.words import QT_TRANSLATE_NOOP, translate

# NO_ANSWER (defined once, in core, so the PDF uses it too) marks a question left unanswered
# in every input; "none" is a real answer (no symptoms, no exercise), never a stand-in for it.
__all__ = [
    "CHOICE_WORDS",
    "EXERCISE_WORDS",
    "NO_ANSWER",
    "ONSET_WORDS",
    "choice_word",
    "scale_words",
    "short_label",
]

# Marked here, translated where shown (`choice_word`), in the context "Widgets".
ONSET_WORDS = {
    "none": QT_TRANSLATE_NOOP("Widgets", "Not at all"),
    "bedtime": QT_TRANSLATE_NOOP("Widgets", "At bedtime"),
    "evening": QT_TRANSLATE_NOOP("Widgets", "In the evening"),
    "afternoon": QT_TRANSLATE_NOOP("Widgets", "In the afternoon"),
    "morning": QT_TRANSLATE_NOOP("Widgets", "In the morning"),
}
EXERCISE_WORDS = {
    "none": QT_TRANSLATE_NOOP("Widgets", "None"),
    "light": QT_TRANSLATE_NOOP("Widgets", "Light"),
    "moderate": QT_TRANSLATE_NOOP("Widgets", "Moderate"),
    "vigorous": QT_TRANSLATE_NOOP("Widgets", "Vigorous"),
}
# The wording of each choice measure's choices, by measure key.
CHOICE_WORDS: dict[str, dict[str, str]] = {
    "symptom_onset": ONSET_WORDS,
    "exercise": EXERCISE_WORDS,
}


def choice_word(key: str, choice: str) -> str:
    """The words for the choice measure `key`'s stored `choice`, in the user's language."""
    return translate("Widgets", CHOICE_WORDS[key][choice])


def short_label(m: Measure) -> str:
    """'Sleep quality (1 very poor … 5 very good)' → 'Sleep quality', in the user's language."""
    return translate("Measures", m.label).split(" (", 1)[0]


_SCALE_WORDS = re.compile(r"\(\d+ (?P<low>.+?) … \d+ (?P<high>.+)\)$")


def scale_words(m: Measure) -> tuple[str, str]:
    """The words for both ends of a scale, read from its translated label (one wording); every
    catalogue keeps the label's shape 'Name (1 low … 5 high)'."""
    found = _SCALE_WORDS.search(translate("Measures", m.label))
    return (found["low"], found["high"]) if found else ("", "")
