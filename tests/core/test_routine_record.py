from datetime import datetime
from zoneinfo import ZoneInfo

from companion.core.routine_record import routine_factors
from companion.core.settings import Settings

AT = datetime(2026, 11, 24, 21, 2, tzinfo=ZoneInfo("Europe/Berlin"))


def test_magnesium_done_records_dose_and_time():
    values = routine_factors("magnesium", "done", AT, Settings(magnesium_dose_mg=250))
    assert values == {
        "magnesium": "yes",
        "magnesium_dose_mg": "250",
        "magnesium_time": "2026-11-24T21:02+01:00",
    }


def test_skipping_records_no_and_clears_dose():
    assert routine_factors("magnesium", "skipped", AT, Settings())["magnesium"] == "no"
    assert routine_factors("lights", "skipped", AT, Settings()) == {"lights_dimmed": "no"}
    assert routine_factors("stretch", "skipped", AT, Settings()) == {"stretched": "no"}


def test_snooze_and_missed_say_nothing_about_the_night():
    for answer in ("snoozed", "missed"):
        for kind in ("magnesium", "stretch", "lights", "bedtime", "checkin"):
            assert routine_factors(kind, answer, AT, Settings()) == {}


def test_a_stretch_session_records_holds_and_minutes():
    from companion.core.routine_record import stretch_answer, stretch_factors

    assert stretch_factors(8, 10, 545.0) == {
        "stretched": "yes",
        "stretch_holds_done": "8",
        "stretch_holds_planned": "10",
        "stretch_minutes": "9",
    }
    assert stretch_answer(10, 10) == "done"
    assert stretch_answer(8, 10) == "partial"
    assert stretch_answer(0, 10) == "skipped"
