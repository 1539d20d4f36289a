"""The breathing pacer's model: the rhythm, the eased shape, pauses, the end, and its settings."""

from __future__ import annotations

from datetime import date, time

import pytest

from companion.core.breathing import (
    BreathingSettings,
    BreathingSettingsError,
    Pacer,
    breath_at,
    breathing_settings_from_dict,
    time_left_text,
)
from companion.core.plan import plan_for_night
from companion.core.prompt_texts import prompt_text
from companion.core.routine_record import breathing_answer, breathing_factors, routine_factors
from companion.core.settings import Settings, settings_from_dict, to_dict
from companion.core.settings_reading import read_settings
from tests.fakes import BERLIN, FakeClock

RHYTHM = BreathingSettings(in_seconds=4, out_seconds=6, minutes=5)


def test_a_breath_is_four_seconds_in_then_six_out() -> None:
    assert breath_at(0.0, RHYTHM).phase == "in"
    assert breath_at(3.99, RHYTHM).phase == "in"
    assert breath_at(4.0, RHYTHM).phase == "out"
    assert breath_at(9.99, RHYTHM).phase == "out"
    assert breath_at(10.0, RHYTHM).phase == "in"  # the next breath
    assert breath_at(7.0, RHYTHM).fraction == pytest.approx(0.5)


def test_the_shape_grows_in_slowly_turns_and_shrinks_out() -> None:
    sizes = [breath_at(t / 2, RHYTHM).size for t in range(0, 9)]  # 0 … 4 s, the in-breath
    assert sizes == sorted(sizes) and sizes[0] == 0 and sizes[-1] == pytest.approx(1.0, abs=1e-9)
    # Eased: it moves least near empty and full, most mid-breath.
    assert breath_at(0.5, RHYTHM).size < 0.125 / 2
    assert breath_at(2.0, RHYTHM).size == pytest.approx(0.5)
    assert breath_at(7.0, RHYTHM).size == pytest.approx(0.5)  # half way out
    assert breath_at(9.9, RHYTHM).size < 0.01


def test_pauses_do_not_count_and_the_session_ends_after_its_minutes() -> None:
    clock = FakeClock()
    pacer = Pacer(RHYTHM, clock)
    pacer.start()
    clock.advance(60)
    pacer.pause()
    clock.advance(600)  # a long pause: the breath and the time left stand still
    assert pacer.is_paused and pacer.elapsed() == 60 and pacer.remaining() == 240
    pacer.resume()
    clock.advance(239)
    assert not pacer.is_over
    clock.advance(1)
    assert pacer.is_over and pacer.is_finished
    assert pacer.summary().minutes_done == 5
    clock.advance(100)
    assert pacer.elapsed() == 300  # never more than the session


def test_stopping_early_counts_the_minutes_actually_breathed() -> None:
    clock = FakeClock()
    pacer = Pacer(RHYTHM, clock)
    pacer.start()
    clock.advance(3 * 60 + 40)
    pacer.stop()
    clock.advance(600)
    summary = pacer.summary()
    assert pacer.is_over and not summary.finished
    assert summary.minutes_done == 4  # to the nearest minute
    assert breathing_answer(summary.finished, summary.minutes_done) == "partial"
    assert breathing_answer(False, 0) is None  # opened and closed: nothing to say
    assert breathing_answer(True, 5) == "done"
    assert breathing_factors(4) == {"breathing_minutes": "4"}


def test_time_left_counts_down_in_whole_seconds() -> None:
    assert time_left_text(600) == "10:00"
    assert time_left_text(599.2) == "10:00"
    assert time_left_text(59.0) == "0:59"
    assert time_left_text(0) == "0:00"


def test_breathing_is_offered_off_at_twenty_minutes_before_bed() -> None:
    settings = Settings()
    assert not settings.steps["breathing"].enabled
    assert settings.steps["breathing"].offset_minutes == 20
    assert settings.breathing == BreathingSettings(4, 6, 10, "off")
    night = date(2026, 11, 24)
    assert plan_for_night(night, settings, BERLIN).step("breathing") is None
    on = settings.with_step("breathing", enabled=True)
    step = plan_for_night(night, on, BERLIN).step("breathing")
    assert step is not None and step.at.time() == time(22, 10)  # bedtime 22:30


def test_the_card_names_the_rhythm_and_skipping_records_no_minutes() -> None:
    settings = Settings(breathing=BreathingSettings(in_seconds=5, out_seconds=7, minutes=12))
    text = prompt_text("breathing", settings, fahrenheit=False)
    assert text.done_label == "Start now"
    assert "12 minutes" in text.body and "5 seconds in, 7 out" in text.body
    assert routine_factors("breathing", "skipped", None, settings) == {  # type: ignore[arg-type]
        "breathing_minutes": "0"
    }


def test_the_settings_file_round_trips_and_a_bad_value_is_named() -> None:
    chosen = Settings(
        breathing=BreathingSettings(in_seconds=5, out_seconds=8, minutes=15, cue="chime")
    )
    assert settings_from_dict(to_dict(chosen)).breathing == chosen.breathing
    with pytest.raises(BreathingSettingsError) as raised:
        breathing_settings_from_dict({"minutes": 30})
    assert raised.value.field == "breathing.minutes"
    with pytest.raises(BreathingSettingsError):
        breathing_settings_from_dict({"cue": "gong"})
    # A bad breathing key is left out alone; the rest of the file stays in force.
    reading = read_settings({"breathing": {"minutes": 30, "in_seconds": 5}, "volume": 40})
    assert reading.settings.volume == 40
    assert reading.settings.breathing.minutes == 10
    assert [p.key for p in reading.problems] == ["breathing.minutes"]
