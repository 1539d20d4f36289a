from __future__ import annotations

import functools
import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from companion.core.plan import (
    STEP_LABELS,
    Plan,
    format_plan_table,
    local_datetime,
    plan_for_night,
    plan_to_json_dict,
    which_night,
)
from companion.core.settings import STEP_KINDS, Settings, StepSetting
from tests.fakes import BERLIN, NEW_YORK

LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
# "localtime" follows whatever machine runs the tests; every other name is fixed.
ZONES = sorted(available_timezones() - {"localtime"})


def at(plan: Plan, kind: str) -> datetime:
    step = plan.step(kind)
    assert step is not None
    return step.at


def iso(plan: Plan, kind: str) -> str:
    return at(plan, kind).isoformat()


# The steps on by default (the breathing pacer is offered, but off until chosen).
DEFAULT_KINDS = tuple(kind for kind in STEP_KINDS if Settings().steps[kind].enabled)


def test_bedtime_after_midnight_belongs_to_the_evening_before() -> None:
    plan = plan_for_night(date(2026, 3, 7), Settings(bedtime=time(0, 30)), NEW_YORK)
    assert plan.bedtime == datetime(2026, 3, 8, 0, 30, tzinfo=NEW_YORK)
    assert at(plan, "magnesium") == datetime(2026, 3, 7, 23, 0, tzinfo=NEW_YORK)
    assert [s.kind for s in plan.steps] == list(DEFAULT_KINDS)


def test_json_contract_is_exact() -> None:
    plan = plan_for_night(date(2026, 3, 7), Settings(bedtime=time(0, 30)), NEW_YORK)
    assert json.loads(json.dumps(plan_to_json_dict(plan))) == {
        "night": "2026-03-07",
        "timezone": "America/New_York",
        "bedtime": "2026-03-08T00:30:00-05:00",
        "steps": [
            {"kind": "magnesium", "at": "2026-03-07T23:00:00-05:00", "offset_minutes": 90},
            {"kind": "stretch", "at": "2026-03-07T23:45:00-05:00", "offset_minutes": 45},
            {"kind": "lights", "at": "2026-03-08T00:00:00-05:00", "offset_minutes": 30},
            {"kind": "bedtime", "at": "2026-03-08T00:30:00-05:00", "offset_minutes": 0},
            # 07:15 EDT is 6 h 45 min of real time after 00:30 EST: the clocks went forward.
            {"kind": "checkin", "at": "2026-03-08T07:15:00-04:00", "offset_minutes": -345},
        ],
    }


def test_new_york_spring_forward_evening_counts_real_minutes() -> None:
    plan = plan_for_night(date(2026, 3, 7), Settings(bedtime=time(22, 30)), NEW_YORK)
    assert iso(plan, "magnesium") == "2026-03-07T21:00:00-05:00"
    assert iso(plan, "bedtime") == "2026-03-07T22:30:00-05:00"
    assert iso(plan, "checkin") == "2026-03-08T07:15:00-04:00"
    assert plan.step("checkin").offset_minutes == -(7 * 60 + 45)  # type: ignore[union-attr]


def test_bedtime_inside_the_spring_forward_gap_uses_the_offset_before_it() -> None:
    # 02:30 does not exist on 8 March 2026 in New York: RFC 5545 reads it as 02:30 EST = 03:30 EDT.
    plan = plan_for_night(date(2026, 3, 7), Settings(bedtime=time(2, 30)), NEW_YORK)
    assert plan.bedtime.isoformat() == "2026-03-08T03:30:00-04:00"
    assert iso(plan, "magnesium") == "2026-03-08T01:00:00-05:00"  # 90 real minutes before
    assert iso(plan, "stretch") == "2026-03-08T01:45:00-05:00"
    assert iso(plan, "lights") == "2026-03-08T03:00:00-04:00"  # the instant the clocks jump


def test_new_york_fall_back_night_orders_by_instant_not_wall_clock() -> None:
    # Bedtime 02:00 EST on 1 Nov 2026: the hour 01:00–02:00 happens twice before it.
    plan = plan_for_night(date(2026, 10, 31), Settings(bedtime=time(2, 0)), NEW_YORK)
    assert [(s.kind, s.at.isoformat()) for s in plan.steps[:4]] == [
        ("magnesium", "2026-11-01T01:30:00-04:00"),
        ("stretch", "2026-11-01T01:15:00-05:00"),
        ("lights", "2026-11-01T01:30:00-05:00"),
        ("bedtime", "2026-11-01T02:00:00-05:00"),
    ]
    assert iso(plan, "checkin") == "2026-11-01T07:15:00-05:00"
    assert plan.step("checkin").offset_minutes == -315  # type: ignore[union-attr]


def test_repeated_bedtime_takes_the_first_occurrence() -> None:
    plan = plan_for_night(date(2026, 10, 31), Settings(bedtime=time(1, 30)), NEW_YORK)
    assert plan.bedtime.isoformat() == "2026-11-01T01:30:00-04:00"
    assert iso(plan, "magnesium") == "2026-11-01T00:00:00-04:00"


def test_lord_howe_half_hour_spring_forward() -> None:
    # 2 a.m. on 4 Oct 2026 the clocks go from +10:30 to +11:00; 02:15 does not exist.
    plan = plan_for_night(date(2026, 10, 3), Settings(bedtime=time(2, 15)), LORD_HOWE)
    assert plan.bedtime.isoformat() == "2026-10-04T02:45:00+11:00"
    assert iso(plan, "magnesium") == "2026-10-04T00:45:00+10:30"  # 90 real minutes before
    assert iso(plan, "lights") == "2026-10-04T01:45:00+10:30"


def test_lord_howe_half_hour_fall_back() -> None:
    # 2 a.m. on 5 Apr 2026 the clocks go from +11:00 back to +10:30.
    plan = plan_for_night(date(2026, 4, 4), Settings(bedtime=time(2, 15)), LORD_HOWE)
    assert plan.bedtime.isoformat() == "2026-04-05T02:15:00+10:30"
    assert iso(plan, "magnesium") == "2026-04-05T01:15:00+11:00"
    assert iso(plan, "stretch") == "2026-04-05T01:30:00+10:30"
    assert iso(plan, "checkin") == "2026-04-05T07:15:00+10:30"


def test_a_zone_change_between_nights_plans_each_night_in_its_own_zone() -> None:
    s = Settings()
    new_york_night = plan_for_night(date(2026, 3, 7), s, NEW_YORK)
    berlin_night = plan_for_night(date(2026, 3, 8), s, BERLIN)
    assert iso(new_york_night, "bedtime") == "2026-03-07T22:30:00-05:00"
    assert (new_york_night.timezone, berlin_night.timezone) == ("America/New_York", "Europe/Berlin")
    assert iso(berlin_night, "bedtime") == "2026-03-08T22:30:00+01:00"
    assert berlin_night.bedtime.astimezone(UTC) - new_york_night.bedtime.astimezone(UTC) == (
        timedelta(hours=18)
    )


def test_the_zone_itself_skipping_a_day() -> None:
    # Samoa skipped 30 Dec 2011; the morning after the 29th is the 31st.
    apia = ZoneInfo("Pacific/Apia")
    plan = plan_for_night(date(2011, 12, 29), Settings(), apia)
    assert iso(plan, "bedtime") == "2011-12-29T22:30:00-10:00"
    assert iso(plan, "checkin") == "2011-12-31T07:15:00+14:00"


def test_disabled_steps_are_absent_and_weekday_bedtimes_apply() -> None:
    s = Settings(bedtime_by_weekday={5: time(23, 45)}).with_step("stretch", enabled=False)
    plan = plan_for_night(date(2026, 3, 7), s, NEW_YORK)  # a Saturday
    assert [step.kind for step in plan.steps] == ["magnesium", "lights", "bedtime", "checkin"]
    assert plan.bedtime == datetime(2026, 3, 7, 23, 45, tzinfo=NEW_YORK)
    assert plan.step("stretch") is None


def test_bedtime_is_known_even_when_its_step_is_disabled() -> None:
    plan = plan_for_night(date(2026, 3, 7), Settings().with_step("bedtime", enabled=False), BERLIN)
    assert plan.bedtime == datetime(2026, 3, 7, 22, 30, tzinfo=BERLIN)
    assert "bedtime" not in [s.kind for s in plan.steps]


def test_steps_with_the_same_time_keep_the_catalogue_order() -> None:
    s = Settings().with_step("magnesium", offset_minutes=30).with_step("stretch", offset_minutes=30)
    plan = plan_for_night(date(2026, 3, 7), s, BERLIN)
    assert [step.kind for step in plan.steps[:3]] == ["magnesium", "stretch", "lights"]


def test_checkin_follows_even_a_late_morning_bedtime() -> None:
    plan = plan_for_night(date(2026, 3, 7), Settings(bedtime=time(9, 0)), BERLIN)
    assert iso(plan, "bedtime") == "2026-03-08T09:00:00+01:00"
    assert iso(plan, "checkin") == "2026-03-09T07:15:00+01:00"


@pytest.mark.parametrize(
    ("local", "night"),
    [
        (datetime(2026, 3, 8, 11, 59), date(2026, 3, 7)),
        (datetime(2026, 3, 8, 12, 0), date(2026, 3, 8)),
        (datetime(2026, 3, 8, 0, 0), date(2026, 3, 7)),
        (datetime(2026, 3, 7, 23, 59), date(2026, 3, 7)),
        (datetime(2026, 3, 8, 7, 0), date(2026, 3, 7)),
    ],
)
def test_which_night_turns_at_noon(local: datetime, night: date) -> None:
    assert which_night(local.replace(tzinfo=NEW_YORK), NEW_YORK) == night


def test_which_night_reads_the_moment_in_the_given_zone() -> None:
    moment = datetime(2026, 3, 8, 4, 0, tzinfo=UTC)  # 23:00 on the 7th in New York
    assert which_night(moment, NEW_YORK) == date(2026, 3, 7)
    assert which_night(moment, ZoneInfo("Asia/Tokyo")) == date(2026, 3, 8)  # 13:00 on the 8th
    assert which_night(moment - timedelta(hours=10), ZoneInfo("Asia/Tokyo")) == date(2026, 3, 7)


def test_which_night_refuses_a_naive_moment() -> None:
    with pytest.raises(ValueError, match="aware"):
        which_night(datetime(2026, 3, 8, 12, 0), NEW_YORK)


def test_table_shows_labels_times_offsets_and_relations() -> None:
    plan = plan_for_night(date(2026, 3, 7), Settings(bedtime=time(0, 30)), NEW_YORK)
    lines = format_plan_table(plan).splitlines()
    assert lines[0] == "Night of 2026-03-07 (America/New_York), bedtime 2026-03-08 00:30"
    assert lines[1].split() == ["Magnesium", "23:00", "UTC-05:00", "90", "min", "before", "bedtime"]
    assert "2026-03-08 00:30" in lines[4] and lines[4].endswith("at bedtime")
    assert "UTC-04:00" in lines[5] and lines[5].endswith("next morning")
    # Aligned: the offset column starts at the same place on every row.
    assert len({line.index("UTC") for line in lines[1:]}) == 1
    for kind in DEFAULT_KINDS:
        assert any(line.startswith(STEP_LABELS[kind]) for line in lines)


def test_table_with_half_hour_offset_and_no_steps() -> None:
    plan = plan_for_night(date(2026, 4, 4), Settings(), LORD_HOWE)
    assert "UTC+11:00" in format_plan_table(plan)
    s = Settings()
    for kind in STEP_KINDS:
        s = s.with_step(kind, enabled=False)
    assert format_plan_table(plan_for_night(date(2026, 4, 4), s, LORD_HOWE)).endswith(
        "No steps are enabled."
    )


def test_local_datetime_gap_and_fold() -> None:
    assert local_datetime(date(2026, 3, 8), time(2, 30), NEW_YORK).isoformat() == (
        "2026-03-08T03:30:00-04:00"
    )
    assert local_datetime(date(2026, 11, 1), time(1, 30), NEW_YORK).isoformat() == (
        "2026-11-01T01:30:00-04:00"
    )


# --- properties -------------------------------------------------------------------------------

offsets = st.integers(min_value=0, max_value=240)
clock = st.builds(time, st.integers(0, 23), st.integers(0, 59))
zone_names = st.sampled_from(ZONES)


@functools.cache
def transition_days(zone: str, year: int) -> tuple[date, ...]:
    """Days of that year on which the zone's UTC offset changes (DST or otherwise)."""
    tz = ZoneInfo(zone)
    day = date(year, 1, 1)
    days = []
    while day.year == year:
        following = day + timedelta(days=1)
        if (
            datetime.combine(day, time(12), tz).utcoffset()
            != datetime.combine(following, time(12), tz).utcoffset()
        ):
            days.append(following)
        day = following
    return tuple(days)


@st.composite
def zones_and_nights(draw: st.DrawFn) -> tuple[ZoneInfo, date]:
    """A zone and a night from 1990–2037, half the time on or next to one of its clock changes."""
    zone = draw(zone_names)
    night = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2037, 12, 31)))
    changes = transition_days(zone, night.year)
    if changes and draw(st.booleans()):
        night = draw(st.sampled_from(changes)) + timedelta(days=draw(st.integers(-2, 0)))
    return ZoneInfo(zone), night


@st.composite
def routine_settings(draw: st.DrawFn, bedtimes: st.SearchStrategy[time] = clock) -> Settings:
    steps = {
        "magnesium": StepSetting(draw(st.booleans()), draw(offsets)),
        "stretch": StepSetting(draw(st.booleans()), draw(offsets)),
        "lights": StepSetting(draw(st.booleans()), draw(offsets)),
        "breathing": StepSetting(draw(st.booleans()), draw(offsets)),
        "bedtime": StepSetting(draw(st.booleans()), 0),
        "checkin": StepSetting(draw(st.booleans()), draw(offsets)),
    }
    return Settings(bedtime=draw(bedtimes), wake_time=draw(clock), steps=steps)


# Evening bedtimes, 17:00–11:59: with at most 4 h of steps before them, every step falls after
# noon on the night (a bedtime at 12:00 with a 4 h offset would put magnesium at 08:00, which
# honestly belongs to the night before).
evening_bedtimes = st.builds(
    time, st.sampled_from([*range(17, 24), *range(12)]), st.integers(0, 59)
)


def same_instant(a: datetime, b: datetime) -> bool:
    # Not `a == b`: by PEP 495 an ambiguous (fall-back) time never equals a time in another zone.
    return a.astimezone(UTC) == b.astimezone(UTC) and a.utcoffset() == b.utcoffset()


def calendar_is_continuous(tz: ZoneInfo, night: date) -> bool:
    """False across the rare jumps of many hours: a date-line move skipping a day (Samoa 2011,
    Kwajalein 1993, Kiribati 1994) or Vostok's 7 h in 1994, where a wall time in the gap moves so
    far that no night can be right (see test_the_zone_itself_skipping_a_day)."""
    offsets_seen = [
        datetime.combine(night + timedelta(days=d), time(12), tz).utcoffset() for d in range(3)
    ]
    known = [o for o in offsets_seen if o is not None]
    return max(known) - min(known) <= timedelta(hours=3)


PROPERTY = settings(max_examples=300, deadline=None)


@PROPERTY
@given(zones_and_nights(), routine_settings())
def test_steps_are_in_time_order_and_offsets_are_elapsed_minutes(
    zone_night: tuple[ZoneInfo, date], s: Settings
) -> None:
    tz, night = zone_night
    plan = plan_for_night(night, s, tz)
    instants = [step.at_utc for step in plan.steps]
    assert instants == sorted(instants)
    assert sorted(step.kind for step in plan.steps) == sorted(k for k, _ in s.enabled_steps())
    bedtime_utc = plan.bedtime.astimezone(UTC)
    for step in plan.steps:
        assert step.at.tzinfo is tz
        if step.kind == "checkin":
            assert step.at_utc > bedtime_utc
            assert step.offset_minutes < 0
            assert bedtime_utc - timedelta(minutes=step.offset_minutes) <= step.at_utc
        else:
            assert step.offset_minutes == s.steps[step.kind].offset_minutes
            assert step.at_utc == bedtime_utc - timedelta(minutes=step.offset_minutes)


@PROPERTY
@given(zones_and_nights(), routine_settings())
def test_every_printed_time_round_trips(zone_night: tuple[ZoneInfo, date], s: Settings) -> None:
    tz, night = zone_night
    plan = plan_for_night(night, s, tz)
    printed = json.loads(json.dumps(plan_to_json_dict(plan)))
    assert date.fromisoformat(printed["night"]) == night
    assert same_instant(datetime.fromisoformat(printed["bedtime"]), plan.bedtime)
    assert [row["kind"] for row in printed["steps"]] == [step.kind for step in plan.steps]
    for row, step in zip(printed["steps"], plan.steps, strict=True):
        assert same_instant(datetime.fromisoformat(row["at"]), step.at)
        assert row["offset_minutes"] == step.offset_minutes
    format_plan_table(plan)  # never raises, whatever the zone


@PROPERTY
@given(zones_and_nights(), routine_settings(bedtimes=evening_bedtimes))
def test_nothing_lands_on_the_wrong_night(zone_night: tuple[ZoneInfo, date], s: Settings) -> None:
    tz, night = zone_night
    assume(calendar_is_continuous(tz, night))
    plan = plan_for_night(night, s, tz)
    assert which_night(plan.bedtime, tz) == night
    for step in plan.steps:
        if step.kind != "checkin":
            assert which_night(step.at, tz) == night


@PROPERTY
@given(zones_and_nights(), clock)
def test_bedtime_keeps_its_wall_time_unless_that_time_does_not_exist(
    zone_night: tuple[ZoneInfo, date], bedtime: time
) -> None:
    tz, night = zone_night
    plan = plan_for_night(night, Settings(bedtime=bedtime), tz)
    day = night if bedtime >= time(12) else night + timedelta(days=1)
    wall = datetime.combine(day, bedtime)
    shown = plan.bedtime.replace(tzinfo=None)
    if shown != wall:
        # Only a nonexistent time moves, and only forward, by the length of the gap.
        before = wall.replace(tzinfo=tz).utcoffset()
        after = wall.replace(tzinfo=tz, fold=1).utcoffset()
        assert before is not None and after is not None and after > before
        assert shown == wall + (after - before)


def test_morning_stretch_joins_the_plan_after_waking_when_chosen():
    from companion.core.stretches import StretchSettings

    settings = Settings(
        stretch=StretchSettings(morning_stretch=True, morning_offset_minutes=30),
    )
    plan = plan_for_night(date(2026, 11, 24), settings, ZoneInfo("Europe/Berlin"))
    kinds = [s.kind for s in plan.steps]
    assert kinds[-2:] == ["checkin", "morning_stretch"]
    morning = plan.step("morning_stretch")
    assert morning is not None
    assert morning.at == datetime(2026, 11, 25, 7, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert (
        plan_for_night(date(2026, 11, 24), Settings(), ZoneInfo("Europe/Berlin")).step(
            "morning_stretch"
        )
        is None
    )


@pytest.mark.parametrize(
    ("bedtime", "moment", "morning"),
    [
        (time(1, 0), datetime(2026, 11, 25, 0, 30), False),  # before a 01:00 bedtime
        (time(1, 0), datetime(2026, 11, 25, 7, 30), True),
        (time(22, 30), datetime(2026, 11, 24, 23, 15), False),
        (time(22, 30), datetime(2026, 11, 25, 6, 0), True),
        (time(22, 30), datetime(2026, 11, 24, 15, 0), False),  # afternoon: tonight is ahead
    ],
)
def test_morning_or_late_evening_follows_the_nights_own_times(bedtime, moment, morning):
    from companion.core.plan import is_morning_after

    berlin = ZoneInfo("Europe/Berlin")
    settings = Settings(bedtime=bedtime)
    assert is_morning_after(moment.replace(tzinfo=berlin), settings, berlin) is morning
