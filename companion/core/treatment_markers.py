"""Where the charts mark a medicine started, changed or stopped, and an iron test taken.

Pure: no Qt, no clock, no disk. A course of the same medicine that begins on or the day after
the day another one ended is a change (a new dose), not a stop and a start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from companion.core.rls_records import LabResult, MedicationCourse, format_dose

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
        dose = f"{format_dose(course.dose)} {course.unit}"
        before = _ended_just_before(courses, course)
        verb = "Changed" if before is not None else "Started"
        marks.append(Marker(course.start, "medicine", f"{verb} {course.name} {dose}"))
        if course.end is not None and not _continued(courses, course):
            marks.append(Marker(course.end, "medicine", f"Stopped {course.name}"))
    for lab in labs:
        parts = [f"ferritin {lab.ferritin:g}" if lab.ferritin is not None else ""]
        parts.append(f"TSAT {lab.tsat:g} %" if lab.tsat is not None else "")
        marks.append(Marker(lab.taken, "lab", "Iron test: " + ", ".join(p for p in parts if p)))
    return sorted(marks, key=lambda m: (m.day, m.kind))


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
