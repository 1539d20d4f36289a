"""What a person with restless legs brings to the clinic beyond the nightly diary: medicine
courses, iron test results and night-time episodes, each checked before it is stored.

The app records and shows these; it never suggests a medicine, a dose or a change to either.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time

from companion.core.diary_checks import too_long
from companion.core.measures import JournalValueError
from companion.core.nights import night_of
from companion.core.words import number_g, translate

NAME_MAX = 60
UNIT_MAX = 12
RELIEF_MAX = 500
DOSE_MAX = 100_000.0
FERRITIN_MAX = 5_000.0  # µg/L (= ng/mL); far above any measured value
TSAT_MAX = 100.0  # %


@dataclass(frozen=True)
class MedicationCourse:
    """One medicine at one dose from `start` to `end` (inclusive; None: still taking it).

    `at` is the usual time of day it is taken, when the person said so.
    """

    name: str
    dose: float
    unit: str
    start: date
    end: date | None
    at: time | None

    def overlaps(self, first: date, last: date) -> bool:
        return self.start <= last and (self.end is None or self.end >= first)


@dataclass(frozen=True)
class LabResult:
    """An iron test: ferritin in µg/L (= ng/mL) and transferrin saturation (TSAT) in %."""

    taken: date
    ferritin: float | None
    tsat: float | None


@dataclass(frozen=True)
class Episode:
    """A spell of restless legs in the night: when (aware local time), and what relieved it."""

    night: date
    at: datetime
    relief: str


def night_of_episode(at: datetime) -> date:
    """The night an episode belongs to (the day turns at noon, `nights.night_of`)."""
    return night_of(at)


def _text_problem(field: str, text: str, limit: int, required: bool) -> None:
    if required and not text.strip():
        raise JournalValueError(field, translate("JournalErrors", "is empty"))
    problem = too_long(text, limit)
    if problem:
        raise JournalValueError(field, problem)
    if any(not ch.isprintable() for ch in text):
        raise JournalValueError(field, translate("JournalErrors", "contains a control character"))


def _number_problem(field: str, value: float | None, high: float, positive: bool) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not math.isfinite(value):
        raise JournalValueError(
            field,
            translate("JournalErrors", "{value} is not a number").format(value=repr(value)),
        )
    if value < 0 or (positive and value == 0) or value > high:
        if positive:
            message = translate(
                "JournalErrors", "{value} is not a value here (must be above 0, at most {high})"
            )
        else:
            message = translate(
                "JournalErrors", "{value} is not a value here (must be at least 0, at most {high})"
            )
        raise JournalValueError(field, message.format(value=number_g(value), high=number_g(high)))


def check_course(course: MedicationCourse) -> MedicationCourse:
    """The course itself when it can be stored, else JournalValueError naming the field."""
    _text_problem("name", course.name, NAME_MAX, required=True)
    _text_problem("unit", course.unit, UNIT_MAX, required=True)
    _number_problem("dose", course.dose, DOSE_MAX, positive=True)
    if course.end is not None and course.end < course.start:
        raise JournalValueError(
            "to",
            translate("JournalErrors", "{end} is before the start ({start})").format(
                end=course.end.isoformat(), start=course.start.isoformat()
            ),
        )
    if course.at is not None and (course.at.tzinfo is not None or course.at.second):
        raise JournalValueError(
            "at", translate("JournalErrors", "must be a local clock time in whole minutes")
        )
    return course


def check_lab(result: LabResult) -> LabResult:
    """The result itself when it can be stored, else JournalValueError naming the field."""
    if result.ferritin is None and result.tsat is None:
        raise JournalValueError(
            "ferritin", translate("JournalErrors", "give a ferritin or a TSAT value (or both)")
        )
    _number_problem("ferritin", result.ferritin, FERRITIN_MAX, positive=False)
    _number_problem("tsat", result.tsat, TSAT_MAX, positive=False)
    return result


def check_episode(episode: Episode) -> Episode:
    """The episode itself when it can be stored, else JournalValueError naming the field."""
    if episode.at.tzinfo is None or episode.at.utcoffset() is None:
        raise JournalValueError("at", translate("JournalErrors", "needs a UTC offset"))
    if night_of_episode(episode.at) != episode.night:
        raise JournalValueError(
            "at",
            translate("JournalErrors", "{moment} is not in the night of {night}").format(
                moment=episode.at.isoformat(), night=episode.night.isoformat()
            ),
        )
    _text_problem("relief", episode.relief, RELIEF_MAX, required=False)
    return episode


def format_dose(dose: float) -> str:
    """A dose as written to files and JSON: '0.25', '300' (no trailing '.0')."""
    return str(int(dose)) if float(dose).is_integer() else f"{dose:g}"


def shown_dose(dose: float) -> str:
    """A dose (or test value) as a person reads it: '0.25' in English, '0,25' in German."""
    return str(int(dose)) if float(dose).is_integer() else number_g(dose)
