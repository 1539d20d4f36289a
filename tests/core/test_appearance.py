"""The evening look: from an hour before tonight's first evening step until the check-in or noon."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest

from companion.core.appearance import evening_starts, is_checked_in, look_at
from companion.core.journal import Night
from companion.core.settings import Settings, SettingsError, settings_from_dict, to_dict
from tests.fakes import BERLIN

SETTINGS = Settings(bedtime=time(22, 30))  # magnesium 90 min before: 21:00, so dark from 20:00


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("now", "look", "changes_at"),
    [
        (at(24, 14, 0), "day", at(24, 20, 0)),  # afternoon: day until an hour before magnesium
        (at(24, 19, 59), "day", at(24, 20, 0)),
        (at(24, 20, 0), "evening", at(25, 12, 0)),  # from 20:00 the evening, until noon
        (at(24, 23, 30), "evening", at(25, 12, 0)),
        (at(25, 7, 0), "evening", at(25, 12, 0)),  # morning, check-in not yet answered
        (at(25, 11, 59), "evening", at(25, 12, 0)),
        (at(25, 12, 0), "day", at(25, 20, 0)),  # noon: the night is over, whatever happened
    ],
)
def test_the_look_follows_the_evening(now, look, changes_at):
    result = look_at(now, SETTINGS, BERLIN, checked_in=False)
    assert (result.look, result.next_change) == (look, changes_at)


def test_an_answered_check_in_brings_the_day_back_in_the_morning():
    result = look_at(at(25, 7, 30), SETTINGS, BERLIN, checked_in=True)
    assert (result.look, result.next_change) == ("day", at(25, 20, 0))


def test_a_check_in_logged_before_midnight_does_not_end_the_evening():
    # The same night logged at 23:00 (from the shell, say) is not this morning's check-in.
    assert look_at(at(24, 23, 0), SETTINGS, BERLIN, checked_in=True).look == "evening"


def test_the_setting_forces_either_look_and_the_clock_never_changes_it():
    evening = dataclasses.replace(SETTINGS, appearance="evening")
    day = dataclasses.replace(SETTINGS, appearance="day")
    assert look_at(at(24, 14), evening, BERLIN, checked_in=True) == look_at(
        at(25, 3), evening, BERLIN, checked_in=False
    )
    assert look_at(at(24, 14), evening, BERLIN, checked_in=True).look == "evening"
    assert look_at(at(24, 23), day, BERLIN, checked_in=False).look == "day"
    assert look_at(at(24, 23), day, BERLIN, checked_in=False).next_change is None


def test_the_first_evening_step_sets_the_start_even_when_magnesium_is_off():
    no_magnesium = SETTINGS.with_step("magnesium", enabled=False)  # stretches 45 min before
    assert evening_starts(date(2026, 11, 24), no_magnesium, BERLIN) == at(24, 20, 45)


def test_a_bedtime_after_midnight_keeps_the_evening_on_the_night_before():
    late = Settings(bedtime=time(0, 30))  # magnesium 23:00, dark from 22:00 on the 24th
    assert look_at(at(24, 21, 59), late, BERLIN, checked_in=False).look == "day"
    assert look_at(at(24, 22, 0), late, BERLIN, checked_in=False).look == "evening"
    assert look_at(at(25, 0, 45), late, BERLIN, checked_in=False).look == "evening"


@pytest.mark.parametrize(
    ("night", "start_utc", "end_utc"),
    [
        # Spring forward (29 March, 02:00 → 03:00): dark from 20:00 CET, day at noon CEST.
        (date(2026, 3, 28), datetime(2026, 3, 28, 19, 0, tzinfo=UTC),
         datetime(2026, 3, 29, 10, 0, tzinfo=UTC)),
        # Fall back (25 October, 03:00 → 02:00): dark from 20:00 CEST, day at noon CET.
        (date(2026, 10, 24), datetime(2026, 10, 24, 18, 0, tzinfo=UTC),
         datetime(2026, 10, 25, 11, 0, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_dst_nights_keep_both_boundaries_on_the_wall_clock(night, start_utc, end_utc):
    start = evening_starts(night, SETTINGS, BERLIN)
    assert start == start_utc
    before = look_at(start - timedelta(seconds=1), SETTINGS, BERLIN, checked_in=False)
    assert (before.look, before.next_change) == ("day", start_utc)
    inside = look_at(start, SETTINGS, BERLIN, checked_in=False)
    assert (inside.look, inside.next_change) == ("evening", end_utc)
    # Through the changed hour itself (02:30 local exists once in October, never in March).
    deep = look_at(datetime(2026, night.month, night.day + 1, 1, 30, tzinfo=UTC), SETTINGS,
                   BERLIN, checked_in=False)  # fmt: skip
    assert deep.look == "evening"
    after = look_at(end_utc, SETTINGS, BERLIN, checked_in=False)
    assert after.look == "day"


def test_a_check_in_counts_when_it_holds_an_answer():
    assert not is_checked_in(None)
    assert not is_checked_in(Night(date(2026, 11, 24)))  # a row the routine made, no answer
    assert is_checked_in(Night(date(2026, 11, 24), quality=3))


def test_the_setting_is_read_and_written_and_a_wrong_value_is_named():
    assert settings_from_dict({"appearance": "evening"}).appearance == "evening"
    assert to_dict(Settings())["appearance"] == "auto"
    with pytest.raises(SettingsError, match="appearance"):
        settings_from_dict({"appearance": "purple"})
