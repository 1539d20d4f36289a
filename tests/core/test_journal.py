"""The journal model: validation that names fields, derived values on worked examples."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from companion.core.journal import (
    BUILTIN_FACTORS,
    MEASURE_BY_KEY,
    MEASURES,
    OPTIONS,
    FactorValue,
    JournalValueError,
    Night,
    check_night,
    derived_values,
    describe_night,
    night_from_texts,
    night_problems,
    parse_value,
    sleep_efficiency_pct,
    sleep_onset_at,
    tag_key,
    time_in_bed_min,
    total_sleep_min,
)
from tests.nights import full_night

CET = timezone(timedelta(hours=1))
NIGHT = date(2024, 3, 4)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=CET)


WORKED = full_night(NIGHT, CET)


def test_worked_example_from_the_docstring() -> None:
    assert time_in_bed_min(WORKED) == 480
    assert total_sleep_min(WORKED) == 400  # 450 − 20 − 30
    assert sleep_efficiency_pct(WORKED) == 83.3
    assert sleep_onset_at(WORKED) == at(4, 23, 5)
    assert night_problems(WORKED) == []


def test_no_awakenings_means_no_time_awake_but_unknown_awakenings_means_unknown() -> None:
    no_waso = WORKED.replace(waso_min=None, awakenings=0, legs_woke_me=0)
    assert total_sleep_min(no_waso) == 430
    assert total_sleep_min(no_waso.replace(awakenings=None, legs_woke_me=None)) is None
    assert total_sleep_min(no_waso.replace(awakenings=3, legs_woke_me=None)) is None


def test_derived_values_are_none_when_inputs_are_missing() -> None:
    assert derived_values(Night(NIGHT)) == {
        "time_in_bed_min": None,
        "total_sleep_min": None,
        "sleep_efficiency_pct": None,
        "sleep_onset_at": None,
    }


def test_derived_values_across_a_dst_change_use_real_elapsed_time() -> None:
    # Night of 30 Mar 2024 in Berlin: clocks jump 02:00 → 03:00; offsets say so.
    n = Night(
        date(2024, 3, 30),
        into_bed_at=datetime(2024, 3, 30, 23, 0, tzinfo=CET),
        out_of_bed_at=datetime(2024, 3, 31, 7, 0, tzinfo=timezone(timedelta(hours=2))),
    )
    assert time_in_bed_min(n) == 7 * 60


def test_efficiency_of_a_zero_length_night_is_unknown_not_a_crash() -> None:
    n = Night(NIGHT, into_bed_at=at(4, 23), out_of_bed_at=at(4, 23))
    assert sleep_efficiency_pct(n) is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"quality": 6}, "quality", "outside 1–5"),
        ({"quality": 0}, "quality", "outside 1–5"),
        ({"rested": 9}, "rested", "outside 1–5"),
        ({"rls_intensity": 11}, "rls_intensity", "outside 0–10"),
        ({"rls_intensity": -1}, "rls_intensity", "outside 0–10"),
        ({"awakenings": -1}, "awakenings", "outside 0–99"),
        ({"sleep_onset_min": 721}, "sleep_onset_min", "outside 0–720"),
        ({"quality": True}, "quality", "whole number"),
        ({"symptom_onset": "night"}, "symptom_onset", "not one of"),
        ({"note": "a\x00b"}, "note", "NUL"),
        ({"into_bed_at": datetime(2024, 3, 4, 22, 0)}, "into_bed_at", "UTC offset"),
        ({"into_bed_at": at(4, 22, 0).replace(second=5)}, "into_bed_at", "whole minutes"),
        ({"into_bed_at": at(4, 11, 59)}, "into_bed_at", "outside the night"),
        ({"out_of_bed_at": at(6, 0, 0)}, "out_of_bed_at", "outside the night"),
        ({"lights_out_at": at(4, 22, 0)}, "lights_out_at", "comes before got into bed"),
        ({"final_wake_at": at(4, 22, 50)}, "sleep_onset_min", "comes before fell asleep"),
        ({"out_of_bed_at": at(5, 6, 0)}, "out_of_bed_at", "comes before woke for the day"),
        ({"legs_woke_me": 3}, "legs_woke_me", "more than the awakenings"),
        ({"waso_min": 500}, "waso_min", "longer than lights-out to final wake"),
    ],
)
def test_invalid_nights_name_the_field(changes: dict[str, object], field: str, words: str) -> None:
    bad = WORKED.replace(**changes)
    with pytest.raises(JournalValueError) as caught:
        check_night(bad)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{field}: ")


def test_all_problems_are_reported_not_just_the_first() -> None:
    problems = night_problems(WORKED.replace(quality=9, rested=0))
    assert [p.field for p in problems] == ["quality", "rested"]


def test_none_is_not_zero() -> None:
    assert Night(NIGHT).awakenings is None
    assert Night(NIGHT, awakenings=0) != Night(NIGHT)
    assert not Night(NIGHT, awakenings=0).is_empty()


@pytest.mark.parametrize(
    ("key", "text", "canonical"),
    [
        ("magnesium", "Yes", "yes"),
        ("magnesium", "n", "no"),
        ("magnesium_dose_mg", "300", "300"),
        ("room_temperature_c", "18.50", "18.5"),
        ("room_temperature_c", "18", "18"),
        ("exercise", "Moderate", "moderate"),
        ("stress", "4", "4"),
        ("magnesium_time", "2024-03-04T21:02:00+01:00", "2024-03-04T21:02:00+01:00"),
        ("saa_rating", "3.25", "3.25"),
    ],
)
def test_factor_values_are_stored_canonically(key: str, text: str, canonical: str) -> None:
    assert parse_value(MEASURE_BY_KEY[key], text) == canonical


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("magnesium", "maybe"),
        ("magnesium_dose_mg", "0"),
        ("magnesium_dose_mg", "3.5"),
        ("stress", "6"),
        ("exercise", "extreme"),
        ("room_temperature_c", "warm"),
        ("magnesium_time", "21:02"),
        ("caffeine_after_noon", "-1"),
    ],
)
def test_bad_factor_values_name_the_factor(key: str, text: str) -> None:
    with pytest.raises(JournalValueError) as caught:
        parse_value(MEASURE_BY_KEY[key], text)
    assert caught.value.field == key


def test_keys_and_labels_live_in_one_table() -> None:
    keys = [m.key for m in MEASURES]
    assert len(keys) == len(set(keys))
    assert all(m.label for m in MEASURES)
    assert {m.key for m in BUILTIN_FACTORS} >= {
        "magnesium",
        "magnesium_dose_mg",
        "magnesium_time",
        "stretch_holds_done",
        "stretch_holds_planned",
        "lights_dimmed",
        "caffeine_after_noon",
        "alcohol_drinks",
        "exercise",
        "stress",
        "room_temperature_c",
    }
    assert OPTIONS["rls"].key == "rls_intensity"
    assert OPTIONS["caffeine-after-noon"].key == "caffeine_after_noon"


def test_tags_are_trimmed_and_checked() -> None:
    assert tag_key("  late   dinner ") == "tag:late dinner"
    with pytest.raises(JournalValueError):
        tag_key("   ")
    with pytest.raises(JournalValueError):
        tag_key("x" * 41)
    with pytest.raises(JournalValueError):
        tag_key("bell\x07")


def test_night_from_texts_merges_into_a_base_and_checks_the_whole() -> None:
    merged = night_from_texts(NIGHT, {"quality": "2", "note": ""}, WORKED)
    assert merged.quality == 2
    assert merged.note == ""
    assert merged.rls_intensity == 5
    with pytest.raises(JournalValueError, match=r"^awakenings: "):
        night_from_texts(NIGHT, {"awakenings": "two"})
    with pytest.raises(JournalValueError, match="legs_woke_me"):
        night_from_texts(NIGHT, {"awakenings": "0"}, WORKED)


def test_describe_night_lists_what_is_stored() -> None:
    lines = describe_night(WORKED, {"magnesium": FactorValue("magnesium", "yes", "routine")})
    assert lines[0] == "Night of Monday 2024-03-04"
    assert "Sleep efficiency: 83.3%" in lines
    assert "Took magnesium: yes  [routine]" in lines
