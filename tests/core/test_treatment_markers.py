"""Chart marks for medicines and iron tests: started, changed, stopped, tested."""

from __future__ import annotations

from datetime import date, time

from companion.core.rls_records import LabResult, MedicationCourse
from companion.core.treatment_markers import treatment_markers


def test_a_new_dose_the_day_after_is_a_change_and_the_last_end_a_stop() -> None:
    courses = [
        MedicationCourse("pramipexole", 0.125, "mg", date(2026, 1, 5), date(2026, 2, 1), None),
        MedicationCourse("pramipexole", 0.25, "mg", date(2026, 2, 2), date(2026, 3, 1), time(20)),
    ]
    marks = treatment_markers(courses, [LabResult(date(2026, 1, 20), 48, 18.5)])
    assert [(m.day, m.text) for m in marks] == [
        (date(2026, 1, 5), "Started pramipexole 0.125 mg"),
        (date(2026, 1, 20), "Iron test: ferritin 48, TSAT 18.5 %"),
        (date(2026, 2, 2), "Changed pramipexole 0.25 mg"),
        (date(2026, 3, 1), "Stopped pramipexole"),
    ]


def test_a_course_still_taken_has_no_stop_and_a_test_with_one_number_names_it() -> None:
    courses = [MedicationCourse("iron", 65, "mg", date(2026, 1, 5), None, None)]
    marks = treatment_markers(courses, [LabResult(date(2026, 1, 6), None, 22)])
    assert [m.text for m in marks] == ["Started iron 65 mg", "Iron test: TSAT 22 %"]
    assert [m.kind for m in marks] == ["medicine", "lab"]
