from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from companion.core.custom_steps import CustomStep, caffeine_preset
from companion.core.diary import FactorValue, Night
from companion.core.insights import splits_for
from companion.core.night_records import NightRecord
from companion.core.plan import format_plan_table, plan_for_night, plan_to_json_dict
from companion.core.prompt_texts import prompt_text
from companion.core.routine_record import routine_factors
from companion.core.settings import Settings, SettingsError, settings_from_dict, to_dict
from companion.core.settings_reading import read_settings
from tests.fakes import BERLIN, NEW_YORK

CAFFEINE = caffeine_preset()
MAGNESIUM_TEA = CustomStep(id="tea", title="Chamomile tea", before_bedtime_minutes=60)
WEDNESDAY = date(2026, 3, 11)
SATURDAY = date(2026, 3, 14)


def with_steps(*steps: CustomStep) -> Settings:
    return dataclasses.replace(Settings(), custom_steps=steps)


def record(night: date, value: str) -> NightRecord:
    key = "custom:caffeine"
    return NightRecord(Night(night), factors={key: FactorValue(key, value, "routine")})


def test_the_caffeine_cut_off_is_at_noon_on_weekdays_only() -> None:
    settings = with_steps(CAFFEINE)
    weekday = plan_for_night(WEDNESDAY, settings, BERLIN).step("custom:caffeine")
    assert weekday is not None
    assert weekday.at == datetime(2026, 3, 11, 12, 0, tzinfo=BERLIN)
    assert weekday.label == "Last coffee of the day"
    assert plan_for_night(SATURDAY, settings, BERLIN).step("custom:caffeine") is None


def test_minutes_before_bedtime_are_elapsed_minutes_on_a_dst_night() -> None:
    # US spring-forward on 2026-03-08 at 02:00; a 02:30 bedtime falls in the gap.
    settings = dataclasses.replace(with_steps(MAGNESIUM_TEA), bedtime=time(2, 30))
    plan = plan_for_night(date(2026, 3, 7), settings, NEW_YORK)
    tea = plan.step("custom:tea")
    assert tea is not None
    assert (plan.bedtime_utc - tea.at_utc).total_seconds() == 60 * 60
    assert [s.at_utc for s in plan.steps] == sorted(s.at_utc for s in plan.steps)


def test_plan_json_lists_custom_steps_with_kind_and_title() -> None:
    plan = plan_for_night(WEDNESDAY, with_steps(CAFFEINE, MAGNESIUM_TEA), BERLIN)
    rows = plan_to_json_dict(plan)["steps"]
    assert rows[0] == {
        "kind": "custom:caffeine",
        "at": "2026-03-11T12:00:00+01:00",
        "offset_minutes": 630,
        "title": "Last coffee of the day",
    }
    tea = next(r for r in rows if r["kind"] == "custom:tea")
    assert (tea["title"], tea["offset_minutes"]) == ("Chamomile tea", 60)
    assert "Last coffee of the day  12:00" in format_plan_table(plan)


def test_custom_steps_round_trip_through_the_file_form() -> None:
    settings = with_steps(CAFFEINE, MAGNESIUM_TEA)
    written = to_dict(settings)
    assert written["custom_steps"][0]["days"][0] == "monday"
    assert settings_from_dict(written).custom_steps == (CAFFEINE, MAGNESIUM_TEA)
    assert "custom_steps" not in to_dict(Settings())


def test_a_bad_entry_is_named_by_table_index_and_field_and_left_out() -> None:
    raw = {
        "snooze_minutes": 5,
        "custom_steps": [
            {"id": "caffeine", "title": "Last coffee", "at": "12:00"},
            {"id": "walk", "title": "Walk", "at": "25:00"},
            {"id": "tea", "title": "Tea", "before_bedtime_minutes": 60, "days": ["funday"]},
            {"id": "read", "title": "Read", "before_bedtime_minutes": 20},
        ],
    }
    reading = read_settings(raw)
    assert [s.id for s in reading.settings.custom_steps] == ["caffeine", "read"]
    assert reading.settings.snooze_minutes == 5  # the rest stays in force
    assert [p.key for p in reading.problems] == ["custom_steps[1].at", "custom_steps[2].days"]
    assert str(reading.problems[0]).startswith('custom_steps[1].at: "25:00" is not a time')


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"id": "a", "title": " ", "at": "12:00"}, "custom_steps[0].title"),
        ({"id": "a b", "title": "T", "at": "12:00"}, "custom_steps[0].id"),
        ({"id": "a", "title": "T"}, "custom_steps[0].at"),
        ({"id": "a", "title": "T", "at": "09:00"}, "custom_steps[0].at"),
        (
            {"id": "a", "title": "T", "before_bedtime_minutes": 9999},
            "custom_steps[0].before_bedtime_minutes",
        ),
        ({"id": "a", "title": "T", "at": "12:00", "command": [""]}, "custom_steps[0].command"),
        ({"id": "a", "title": "T", "at": "12:00", "colour": "red"}, "custom_steps[0].colour"),
    ],
)
def test_the_strict_reader_names_the_field(entry: dict[str, object], field: str) -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from_dict({"custom_steps": [entry]})
    assert caught.value.field == field


def test_an_id_used_twice_keeps_the_first() -> None:
    entry = {"id": "tea", "title": "Tea", "before_bedtime_minutes": 60}
    reading = read_settings({"custom_steps": [entry, {**entry, "title": "Again"}]})
    assert [s.title for s in reading.settings.custom_steps] == ["Tea"]
    assert reading.problems[0].key == "custom_steps[1].id"


def test_the_card_says_the_users_own_words() -> None:
    settings = with_steps(CAFFEINE, MAGNESIUM_TEA)
    text = prompt_text("custom:caffeine", settings, fahrenheit=False)
    assert (text.title, text.done_label, text.skip_label) == (
        "Last coffee of the day",
        "Done",
        "Skip today",
    )
    assert text.body == CAFFEINE.text
    assert prompt_text("custom:tea", settings, fahrenheit=False).skip_label == "Skip tonight"


def test_an_answer_records_a_factor_that_what_helps_me_compares() -> None:
    now = datetime(2026, 3, 11, 12, 5, tzinfo=BERLIN)
    assert routine_factors("custom:caffeine", "done", now, Settings()) == {"custom:caffeine": "yes"}
    assert routine_factors("custom:caffeine", "skipped", now, Settings()) == {
        "custom:caffeine": "no"
    }
    assert routine_factors("custom:caffeine", "snoozed", now, Settings()) == {}
    done = record(WEDNESDAY, "yes")
    skipped = record(SATURDAY, "no")
    split = next(
        s
        for s in splits_for([done, skipped], titles={"custom:caffeine": "Last coffee"})
        if s.key == "custom:caffeine"
    )
    assert (split.label, split.with_label, split.without_label) == (
        "Last coffee",
        "done",
        "not done",
    )
    assert (split.side(done), split.side(skipped)) == (True, False)
