"""Onset from a clock time, the randomised self-experiment, episodes' nights, and the plan."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from companion.core.journal import JournalValueError, Night
from companion.core.n_of_1 import LABEL, is_routine_on, pair_report, plan_experiment
from companion.core.onset import moved_earlier, onset_from_time, with_derived_onset
from companion.core.plan import plan_for_night
from companion.core.rls_records import (
    Episode,
    LabResult,
    MedicationCourse,
    check_course,
    check_episode,
    check_lab,
    night_of_episode,
)
from companion.core.settings import Settings
from tests.fakes import BERLIN

D = date(2024, 3, 4)


@pytest.mark.parametrize(
    ("start", "bedtime", "onset"),
    [
        (time(22, 10), time(22, 30), "bedtime"),
        (time(1, 15), time(22, 30), "bedtime"),  # after midnight: still that night
        (time(21, 30), time(22, 30), "evening"),
        (time(18, 0), time(22, 30), "evening"),
        (time(15, 0), time(22, 30), "afternoon"),
        (time(9, 0), time(22, 30), "morning"),
        (time(23, 30), time(0, 30), "evening"),  # a bedtime after midnight
        (time(0, 10), time(0, 30), "bedtime"),
    ],
)
def test_onset_choice_follows_the_clock_time(start: time, bedtime: time, onset: str) -> None:
    assert onset_from_time(start, bedtime) == onset


def test_the_night_s_own_bedtime_wins_over_the_usual_one() -> None:
    tz = BERLIN
    night = Night(D, into_bed_at=datetime(2024, 3, 4, 20, 0, tzinfo=tz), symptoms_from=time(19, 45))
    assert with_derived_onset(night, time(23, 0)).symptom_onset == "bedtime"
    assert with_derived_onset(night.replace(into_bed_at=None), time(23, 0)).symptom_onset == (
        "evening"
    )


def test_onset_two_hours_earlier_over_eight_weeks_is_noticed() -> None:
    last = date(2024, 5, 1)
    points = [(last - timedelta(days=55 - i), 22 * 60 - round(i * 2.6)) for i in range(56)]
    assert moved_earlier(points, last)
    assert not moved_earlier([(d, 22 * 60) for d, _ in points], last)


def test_episode_belongs_to_the_night_by_the_noon_rule() -> None:
    assert night_of_episode(datetime(2024, 3, 5, 2, 30, tzinfo=BERLIN)) == D
    assert night_of_episode(datetime(2024, 3, 4, 23, 0, tzinfo=BERLIN)) == D
    with pytest.raises(JournalValueError) as caught:
        check_episode(Episode(D, datetime(2024, 3, 5, 13, 0, tzinfo=BERLIN), ""))
    assert caught.value.field == "at"


def test_records_refuse_unusable_values_naming_the_field() -> None:
    good = MedicationCourse("ropinirole", 0.5, "mg", D, None, time(20, 0))
    assert check_course(good) == good
    for bad, field in [
        (good.__class__("", 1, "mg", D, None, None), "name"),
        (good.__class__("x", 0, "mg", D, None, None), "dose"),
        (good.__class__("x", 1, "mg", D, D - timedelta(days=1), None), "to"),
    ]:
        with pytest.raises(JournalValueError) as caught:
            check_course(bad)
        assert caught.value.field == field
    with pytest.raises(JournalValueError):
        check_lab(LabResult(D, None, None))
    with pytest.raises(JournalValueError):
        check_lab(LabResult(D, 40, 120))


def test_experiment_order_is_random_within_pairs_and_reproducible() -> None:
    plan = plan_experiment(D, "magnesium", 8, 7, seed=42)
    assert plan == plan_experiment(D, "magnesium", 8, 7, seed=42)
    pairs = [plan.order[i : i + 2] for i in range(0, 8, 2)]
    assert all(sorted(p) == [False, True] for p in pairs)
    orders = {plan_experiment(D, "magnesium", 8, 7, seed=s).order for s in range(20)}
    assert len(orders) > 1
    assert is_routine_on(plan, D - timedelta(days=1)) is None
    assert is_routine_on(plan, D) is plan.order[0]
    assert is_routine_on(plan, D + timedelta(days=7)) is plan.order[1]
    assert is_routine_on(plan, D + timedelta(days=56)) is None
    with pytest.raises(JournalValueError):
        plan_experiment(D, "magnesium", 3, 7, seed=1)
    with pytest.raises(JournalValueError):
        plan_experiment(D, "coffee", 2, 7, seed=1)


def test_pair_report_gives_differences_and_an_interval() -> None:
    plan = plan_experiment(D, "stretch", 4, 2, seed=3)
    data: dict[date, float | None] = {}
    for i in range(8):
        night = D + timedelta(days=i)
        on = is_routine_on(plan, night)
        data[night] = (3.0 if on else 6.0) + (i % 2)
    report = pair_report(plan, data)
    assert [p.difference for p in report.pairs] == [-3.0, -3.0]
    assert report.mean_difference == -3.0
    assert report.interval == (-3.0, -3.0)
    assert report.label == LABEL and "unblinded" in LABEL


def test_a_step_off_in_the_experiment_is_not_in_that_night_s_plan() -> None:
    experiment = plan_experiment(D, "magnesium", 2, 1, seed=5)
    off_night = D if not experiment.order[0] else D + timedelta(days=1)
    on_night = D + timedelta(days=1) if off_night == D else D
    kinds = [s.kind for s in plan_for_night(off_night, Settings(), BERLIN, experiment).steps]
    assert "magnesium" not in kinds and "stretch" in kinds
    assert plan_for_night(on_night, Settings(), BERLIN, experiment).step("magnesium") is not None
    after = D + timedelta(days=2)
    assert plan_for_night(after, Settings(), BERLIN, experiment).step("magnesium") is not None
