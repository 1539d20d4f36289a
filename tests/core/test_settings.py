from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

from companion.core.settings import (
    Settings,
    SettingsError,
    StepSetting,
    parse_clock,
    settings_from_dict,
    to_dict,
)


def test_defaults_follow_the_routine():
    s = Settings()
    assert s.bedtime == time(22, 30)
    assert s.wake_time == time(7, 0)
    assert s.enabled_steps() == [
        ("magnesium", 90),
        ("stretch", 45),
        ("lights", 30),
        ("bedtime", 0),
        ("checkin", 15),
    ]
    assert (s.magnesium_label, s.magnesium_dose_mg, s.snooze_minutes) == (
        "Magnesium glycinate",
        300,
        10,
    )


def test_weekday_bedtime_overrides_the_default():
    s = Settings(bedtime_by_weekday={4: time(23, 30)})  # Friday
    assert s.bedtime_for(date(2026, 11, 27)) == time(23, 30)  # a Friday
    assert s.bedtime_for(date(2026, 11, 26)) == time(22, 30)


def test_disabled_step_is_left_out():
    s = Settings().with_step("lights", enabled=False)
    assert "lights" not in dict(s.enabled_steps())


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"snooze_minutes": 0}, "snooze_minutes"),
        ({"magnesium_dose_mg": 5000}, "magnesium_dose_mg"),
        ({"magnesium_label": "   "}, "magnesium_label"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
    ],
)
def test_out_of_range_values_name_the_field(change, field):
    with pytest.raises(SettingsError) as err:
        dataclasses.replace(Settings(), **change)
    assert err.value.field == field


def test_offset_out_of_range_names_the_step():
    with pytest.raises(SettingsError, match=r"steps\.magnesium\.offset_minutes"):
        Settings(steps={**Settings().steps, "magnesium": StepSetting(True, 600)})


def test_dict_round_trip_keeps_every_choice():
    s = Settings(
        bedtime=time(23, 15),
        bedtime_by_weekday={5: time(0, 30)},
        wake_time=time(6, 45),
        timezone="Europe/Berlin",
        magnesium_label="Magnesium citrate",
        magnesium_dose_mg=200,
        snooze_minutes=5,
        sound_enabled=False,
        voice_enabled=False,
        temperature_unit="fahrenheit",
        start_at_login=True,
        onboarding_done=True,
    ).with_step("stretch", offset_minutes=60)
    assert settings_from_dict(to_dict(s)) == s


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"wake_time": "7am"}, "wake_time"),
        ({"bedtime": {"funday": "22:00"}}, "bedtime.funday"),
        ({"steps": {"magnesium": {"enabled": "yes"}}}, "steps.magnesium.enabled"),
        ({"steps": {"yoga": {}}}, "steps.yoga"),
        ({"snooze_minutes": "ten"}, "snooze_minutes"),
        ({"magnesium": {"dose_mg": True}}, "magnesium.dose_mg"),
    ],
)
def test_bad_file_values_are_named(raw, message):
    with pytest.raises(SettingsError, match=message.replace(".", r"\.")):
        settings_from_dict(raw)


@pytest.mark.parametrize(
    "text", ["24:00", "7:5", "22.30", "", "ab:cd", "-1:30", "²²:30", "２２:30", "9" * 5000 + ":30"]
)
def test_parse_clock_rejects_non_times(text):
    with pytest.raises(SettingsError):
        parse_clock(text, "bedtime")


def test_parse_clock_accepts_single_digit_hours():
    assert parse_clock("7:05", "x") == time(7, 5)


def test_stretch_settings_live_in_the_settings_file_form():
    from companion.core.stretches import StretchSettings

    s = Settings(stretch=StretchSettings(hold_seconds=45, rounds=2), volume=40)
    assert settings_from_dict(to_dict(s)) == s


def test_bad_stretch_setting_is_named_like_any_other():
    with pytest.raises(SettingsError, match=r"stretch\.hold_seconds"):
        settings_from_dict({"stretch": {"hold_seconds": 5}})


@pytest.mark.parametrize(
    ("raw", "key", "instead"),
    [
        ({"bedtime": {"default": "²²:30"}}, "bedtime.default", "using 22:30"),
        ({"bedtime": {"default": "9" * 5000 + ":30"}}, "bedtime.default", "using 22:30"),
        ({"snooze_minutes": 10**5000}, "snooze_minutes", "using 10"),
        ({"snooze_minutes": "ten"}, "snooze_minutes", "using 10"),
        ({"steps": {"yoga": {}}}, "steps.yoga", "left out"),
        (
            {"steps": {"magnesium": {"offset_minutes": -5}}},
            "steps.magnesium.offset_minutes",
            "using 90",
        ),
        ({"magnesium": {"label": " "}}, "magnesium.label", "using Magnesium glycinate"),
        ({"stretch": {"hold_seconds": 2}}, "stretch.hold_seconds", "using 30"),
        ({"bedtime": "22:00"}, "bedtime", "using the defaults"),
    ],
)
def test_a_bad_value_takes_its_default_and_the_rest_stays(raw, key, instead):
    from companion.core.settings_reading import read_settings

    reading = read_settings({**raw, "volume": 35, "wake_time": "06:15"})
    assert [(p.key, p.instead) for p in reading.problems] == [(key, instead)]
    assert len(str(reading.problems[0])) < 200  # one readable line, whatever the value
    assert (reading.settings.volume, reading.settings.wake_time) == (35, time(6, 15))


def test_every_bad_key_is_named_once():
    from companion.core.settings_reading import read_settings

    raw = {"snooze_minutes": 0, "volume": "loud", "bedtime": {"default": "x", "friday": "23:00"}}
    reading = read_settings(raw)
    assert sorted(p.key for p in reading.problems) == [
        "bedtime.default",
        "snooze_minutes",
        "volume",
    ]
    assert reading.settings.bedtime_by_weekday == {4: time(23, 0)}
