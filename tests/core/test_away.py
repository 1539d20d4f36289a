"""The decision table: show the card, hold it quietly, wait for the user, or count it missed."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from companion.core.away import AWAY_AFTER, IdleReading, PromptDecision, prompt_decision
from companion.core.events import RoutineEvent
from companion.core.plan import plan_for_night
from companion.core.reminders import StepState, step_states
from companion.core.settings import Settings
from tests.fakes import BERLIN

NIGHT = date(2026, 3, 10)
SETTINGS = Settings()  # magnesium 21:00, stretch 21:45, lights 22:00, bedtime 22:30
PLAN = plan_for_night(NIGHT, SETTINGS, BERLIN)

HERE = IdleReading(screen_saver=False, idle_for=timedelta(seconds=20))
IDLE = IdleReading(screen_saver=False, idle_for=AWAY_AFTER)
LOCKED = IdleReading(screen_saver=True, idle_for=timedelta(seconds=3))
UNKNOWN = IdleReading()


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(NIGHT, time(hour, minute), tzinfo=BERLIN)


def magnesium(now: datetime, events: tuple[RoutineEvent, ...] = ()) -> StepState:
    return next(s for s in step_states(PLAN, events, SETTINGS, now) if s.step.kind == "magnesium")


def decide(now: datetime, idle: IdleReading, full_screen: bool | None) -> PromptDecision:
    return prompt_decision(magnesium(now), now, idle=idle, full_screen=full_screen)


@pytest.mark.parametrize(
    ("idle", "full_screen", "expected"),
    [
        (HERE, False, "show"),
        (HERE, True, "hold"),  # a film is on: a quiet notification, no card over it
        (IDLE, False, "wait"),  # five minutes without input: nobody is there
        (IDLE, True, "hold"),  # watching a film touches no key, yet the watcher is there
        (LOCKED, False, "wait"),
        (LOCKED, True, "wait"),  # locked: nobody sees the screen at all
        (UNKNOWN, None, "show"),  # a desktop that tells nothing: as before
        (UNKNOWN, True, "hold"),
        (IdleReading(idle_for=timedelta(minutes=4, seconds=59)), None, "show"),
        (IdleReading(screen_saver=False), None, "show"),
    ],
)
def test_a_due_step_is_shown_held_or_waits(
    idle: IdleReading, full_screen: bool | None, expected: PromptDecision
) -> None:
    assert decide(at(21, 0), idle, full_screen) == expected


def test_a_step_back_from_away_while_still_useful_is_shown_late() -> None:
    state = magnesium(at(21, 20))
    assert state.status == "late"
    assert prompt_decision(state, at(21, 20), idle=HERE, full_screen=False) == "show"


def test_a_step_whose_useful_window_closed_is_missed_whoever_is_there() -> None:
    # Magnesium is useful until the stretches at 21:45.
    for idle in (HERE, IDLE, LOCKED, UNKNOWN):
        assert decide(at(21, 45), idle, False) == "missed"
    # A state read just before the window closed, decided just after: still missed.
    before = magnesium(at(21, 44))
    assert prompt_decision(before, at(21, 45), idle=HERE, full_screen=None) == "missed"


def test_a_step_answered_while_its_prompt_waited_is_not_shown() -> None:
    done = RoutineEvent(NIGHT, "magnesium", PLAN.steps[0].at, None, "done", at(21, 5))
    snoozed = RoutineEvent(NIGHT, "magnesium", PLAN.steps[0].at, None, "snoozed", at(21, 5))
    for answer in (done, snoozed):
        state = magnesium(at(21, 6), (answer,))
        assert prompt_decision(state, at(21, 6), idle=HERE, full_screen=False) == "settled"


def test_away_is_five_minutes_without_input_or_a_screen_saver() -> None:
    assert IdleReading(idle_for=AWAY_AFTER).is_away
    assert not IdleReading(idle_for=AWAY_AFTER - timedelta(seconds=1)).is_away
    assert IdleReading(screen_saver=True).is_away
    assert not IdleReading().is_away
