"""Where the charts mark a medicine started, changed or stopped, and an iron test taken.

Pure: no Qt, no clock, no disk. A course of the same medicine that begins on or the day after
the day another one ended is a change (a new dose), not a stop and a start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from companion.core.rls_records import LabResult, MedicationCourse, shown_dose
from companion.core.words import translate

MarkerKind = Literal["medicine", "lab"]


@dataclass(frozen=True)
class Marker:
    """One mark on the charts: its night, what kind, and the words for it ('Started X 1 mg')."""

    day: date
    kind: MarkerKind
    text: str


def treatment_markers(
    medications: Sequence[MedicationCourse], labs: Sequence[LabResult]
) -> list[Marker]:
    """Every medicine start, change and stop and every iron test, by date."""
    marks: list[Marker] = []
    courses = sorted(medications, key=lambda c: (c.name.casefold(), c.start))
    for course in courses:
        if _ended_just_before(courses, course) is not None:
            started = translate("Treatments", "Changed {name} {dose} {unit}")
        else:
            started = translate("Treatments", "Started {name} {dose} {unit}")
        text = started.format(name=course.name, dose=shown_dose(course.dose), unit=course.unit)
        marks.append(Marker(course.start, "medicine", text))
        if course.end is not None and not _continued(courses, course):
            stopped = translate("Treatments", "Stopped {name}").format(name=course.name)
            marks.append(Marker(course.end, "medicine", stopped))
    marks += [Marker(lab.taken, "lab", _lab_text(lab)) for lab in labs]
    return sorted(marks, key=lambda m: (m.day, m.kind))


def _lab_text(lab: LabResult) -> str:
    # check_lab keeps only results with at least one of the two values (one sentence each).
    if lab.tsat is None:
        text = translate("Treatments", "Iron test: ferritin {ferritin}")
    elif lab.ferritin is None:
        text = translate("Treatments", "Iron test: TSAT {tsat} %")
    else:
        text = translate("Treatments", "Iron test: ferritin {ferritin}, TSAT {tsat} %")
    ferritin = "" if lab.ferritin is None else shown_dose(lab.ferritin)
    tsat = "" if lab.tsat is None else shown_dose(lab.tsat)
    return text.format(ferritin=ferritin, tsat=tsat)


def _same(a: MedicationCourse, b: MedicationCourse) -> bool:
    return a is not b and a.name.casefold() == b.name.casefold()


def _ended_just_before(
    courses: Sequence[MedicationCourse], course: MedicationCourse
) -> MedicationCourse | None:
    for other in courses:
        if (
            _same(other, course)
            and other.end is not None
            and course.start - timedelta(days=1) <= other.end <= course.start
        ):
            return other
    return None


def _continued(courses: Sequence[MedicationCourse], course: MedicationCourse) -> bool:
    return any(_ended_just_before(courses, c) is course for c in courses if _same(c, course))
