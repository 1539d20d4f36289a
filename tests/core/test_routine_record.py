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
