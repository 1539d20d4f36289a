"""The words the night's inputs show people: short labels, the no-answer mark, each choice."""

from __future__ import annotations

import re

from companion.core.insight_texts import NO_ANSWER
from companion.core.journal import Measure

# NO_ANSWER (defined once, in core, so the PDF uses it too) marks a question left unanswered
# in every input; "none" is a real answer (no symptoms, no exercise), never a stand-in for it.
__all__ = [
    "CHOICE_WORDS",
    "EXERCISE_WORDS",
    "NO_ANSWER",
    "ONSET_WORDS",
    "scale_words",
    "short_label",
]

ONSET_WORDS = {
    "none": "Not at all",
    "bedtime": "At bedtime",
    "evening": "In the evening",
    "afternoon": "In the afternoon",
    "morning": "In the morning",
}
EXERCISE_WORDS = {"none": "None", "light": "Light", "moderate": "Moderate", "vigorous": "Vigorous"}
# The wording of each choice measure's choices, by measure key.
CHOICE_WORDS: dict[str, dict[str, str]] = {
    "symptom_onset": ONSET_WORDS,
    "exercise": EXERCISE_WORDS,
}


def short_label(m: Measure) -> str:
    """'Sleep quality (1 very poor … 5 very good)' → 'Sleep quality'."""
    return m.label.split(" (", 1)[0]


_SCALE_WORDS = re.compile(r"\(\d+ (?P<low>.+?) … \d+ (?P<high>.+)\)$")


def scale_words(m: Measure) -> tuple[str, str]:
    """The words for both ends of a scale, read from its label in MEASURES (one wording)."""
    found = _SCALE_WORDS.search(m.label)
    return (found["low"], found["high"]) if found else ("", "")
