"""The words the night's inputs show people: short labels, unknown answers, each choice."""

from __future__ import annotations

import re

from companion.core.journal import Measure

NOT_SURE = "not sure"
NOT_RECORDED = "—"
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
