from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.custom_steps import CustomStep, caffeine_preset
from companion.core.events import Answer, RoutineEvent
from companion.core.plan import Plan, Step, plan_for_night
from companion.core.reminders import (
    MAX_SNOOZES,
    StepState,
    describe_next,
    missed_events,
    next_step,
    next_wakeup,
    snooze_until,
    step_states,
)
from companion.core.settings import Settings
from tests.fakes import BERLIN, NEW_YORK

NIGHT = date(2026, 3, 10)
SETTINGS = Settings()  # magnesium 21:00, stretch 21:45, lights 22:00, bedtime 22:30, check-in 07:15
PLAN = plan_for_night(NIGHT, SETTINGS, BERLIN)


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    """That wall time on the evening of NIGHT, or the next morning for hours before noon."""
    day = NIGHT if hour >= 12 else NIGHT + timedelta(days=1)
    return datetime.combine(day, time(hour, minute, second), tzinfo=BERLIN)


def morning(hour: int, minute: int = 0) -> datetime:
    """That wall time on the morning after NIGHT."""
    return datetime.combine(NIGHT + timedelta(days=1), time(hour, minute), tzinfo=BERLIN)


def event(
    kind: str,
    shown: datetime | None,
    answer: Answer | None = None,
    answered: datetime | None = None,
    plan: Plan = PLAN,
) -> RoutineEvent:
    step = plan.step(kind)
    assert step is not None
    return RoutineEvent(plan.night, kind, step.at, shown, answer, answered)


def states(
    now: datetime, events: Sequence[RoutineEvent] = (), plan: Plan = PLAN, s: Settings = SETTINGS
) -> dict[str, StepState]:
    return {state.step.kind: state for state in step_states(plan, events, s, now)}


def statuses(
    now: datetime, events: Sequence[RoutineEvent] = (), plan: Plan = PLAN
) -> dict[str, str]:
    return {kind: state.status for kind, state in states(now, events, plan).items()}


def shown_now(now: datetime, events: Sequence[RoutineEvent] = ()) -> list[str]:
    return [kind for kind, state in states(now, events).items() if state.should_show]


# --- on time, late, missed --------------------------------------------------------------------


def test_before_the_first_step_everything_is_upcoming_and_the_app_sleeps_till_it() -> None:
    assert set(statuses(at(20, 0)).values()) == {"upcoming"}
    assert next_wakeup(PLAN, [], SETTINGS, at(20, 0)) == at(21, 0)


def test_a_step_is_due_at_its_time() -> None:
    assert statuses(at(21, 0)) == {
        "magnesium": "due",
        "stretch": "upcoming",
        "lights": "upcoming",
        "bedtime": "upcoming",
        "checkin": "upcoming",
    }
    state = states(at(21, 0, 30))["magnesium"]
    assert state.status == "due" and state.should_show and state.can_snooze
    assert state.until == at(21, 45)  # useful until the stretch
    assert next_wakeup(PLAN, [], SETTINGS, at(21, 0)) == at(21, 45)


def test_a_step_seen_for_the_first_time_after_its_time_is_shown_late_while_useful() -> None:
    # The app was closed at 21:00 and opened at 21:50: magnesium is past, the stretch is useful.
    now = at(21, 50)
    assert statuses(now) == {
        "magnesium": "missed",
        "stretch": "late",
        "lights": "upcoming",
        "bedtime": "upcoming",
        "checkin": "upcoming",
    }
    assert states(now)["stretch"].until == at(22, 0)


def test_a_missed_step_is_recorded_once_as_missed() -> None:
    now = at(21, 50)
    [row] = missed_events(PLAN, [], SETTINGS, now)
    assert (row.night, row.step, row.answer, row.shown_at) == (NIGHT, "magnesium", "missed", None)
    assert row.planned_at == at(21, 0)
    assert row.answered_at == at(21, 45)  # the moment it stopped being useful
    state = states(now, [row])["magnesium"]
    assert state.status == "missed" and state.is_recorded
    assert missed_events(PLAN, [row], SETTINGS, now) == []


def test_waking_the_laptop_at_2340_brings_no_burst() -> None:
    now = at(23, 40)
    assert shown_now(now) == []
    assert statuses(now) == {
        "magnesium": "missed",
        "stretch": "missed",
        "lights": "missed",
        "bedtime": "missed",
        "checkin": "upcoming",
    }
    assert [e.step for e in missed_events(PLAN, [], SETTINGS, now)] == [
        "magnesium",
        "stretch",
        "lights",
        "bedtime",
    ]
    assert next_wakeup(PLAN, [], SETTINGS, now) == at(7, 15)


def test_waking_just_after_bedtime_shows_only_lights_out() -> None:
    now = at(22, 40)
    assert shown_now(now) == ["bedtime"]
    assert states(now)["bedtime"].status == "late"
    assert states(now)["bedtime"].until == at(23, 0)  # lights out stays useful for 30 min
    assert statuses(now)["lights"] == "missed"


def test_an_ignored_prompt_gives_way_to_the_next_step() -> None:
    events = [event("magnesium", at(21, 0))]
    assert statuses(at(21, 30), events)["magnesium"] == "open"
    assert shown_now(at(21, 45), events) == ["stretch"]
    [row] = missed_events(PLAN, events, SETTINGS, at(21, 45))
    assert row.shown_at == at(21, 0)  # the store can close that prompt's row


def test_the_checkin_is_useful_until_noon() -> None:
    assert states(at(10, 0))["checkin"].status == "late"
    assert states(at(11, 59))["checkin"].until == morning(12)
    assert statuses(morning(12))["checkin"] == "missed"
    assert next_wakeup(PLAN, [], SETTINGS, morning(12)) is None


def test_a_checkin_near_noon_still_gets_time() -> None:
    s = Settings(wake_time=time(11, 30))
    plan = plan_for_night(NIGHT, s, BERLIN)
    state = {x.step.kind: x for x in step_states(plan, [], s, at(11, 45))}["checkin"]
    assert state.status == "due"
    assert state.until == morning(13, 45)


def test_answered_steps_stay_answered() -> None:
    events = [
        event("magnesium", at(21, 0), "done", at(21, 2)),
        event("stretch", at(21, 45), "partial", at(21, 52)),
        event("lights", at(22, 0), "skipped", at(22, 1)),
    ]
    now = at(22, 10)
    got = states(now, events)
    assert [got[k].status for k in ("magnesium", "stretch", "lights")] == [
        "done",
        "partial",
        "skipped",
    ]
    assert got["magnesium"].answered_at == at(21, 2)
    assert not any(got[k].should_show for k in got)
    assert missed_events(PLAN, events, SETTINGS, now) == []


def test_an_early_answer_settles_the_step_before_its_time() -> None:
    events = [event("magnesium", None, "done", at(20, 40))]
    assert statuses(at(20, 45), events)["magnesium"] == "done"
    assert next_wakeup(PLAN, events, SETTINGS, at(20, 45)) == at(21, 45)


def test_events_of_other_nights_are_ignored() -> None:
    other = RoutineEvent(NIGHT - timedelta(days=1), "magnesium", at(21, 0), None, "done", at(21, 0))
    assert statuses(at(21, 0), [other])["magnesium"] == "due"


def test_on_a_fall_back_night_late_and_missed_follow_real_time() -> None:
    # Bedtime 02:00 EST: magnesium 01:30 EDT, stretch 01:15 EST, lights 01:30 EST.
    plan = plan_for_night(date(2026, 10, 31), Settings(bedtime=time(2, 0)), NEW_YORK)
    now = datetime(2026, 11, 1, 6, 20, tzinfo=UTC)  # 01:20 EST, the second 01:20 of the night
    got = {s.step.kind: s.status for s in step_states(plan, [], SETTINGS, now)}
    # By wall clock magnesium (01:30) would look upcoming; it was 50 real minutes ago.
    assert got["magnesium"] == "missed"
    assert got["stretch"] == "late"
    assert got["lights"] == "upcoming"
    wake = next_wakeup(plan, [], SETTINGS, now)
    # isoformat, not ==: comparing two times in one zone ignores fold, so EDT would pass too.
    assert wake is not None and wake.isoformat() == "2026-11-01T01:30:00-05:00"  # lights, EST


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        step_states(PLAN, [], SETTINGS, datetime(2026, 3, 10, 21, 0))


# --- snooze -----------------------------------------------------------------------------------


def test_snooze_brings_the_step_back_after_the_snooze_time() -> None:
    events = [event("magnesium", at(21, 0), "snoozed", at(21, 1))]
    state = states(at(21, 5), events)["magnesium"]
    assert (state.status, state.due_at, state.snoozes) == ("snoozed", at(21, 11), 1)
    assert not state.should_show
    assert next_wakeup(PLAN, events, SETTINGS, at(21, 5)) == at(21, 11)
    assert states(at(21, 11), events)["magnesium"].status == "due"


def test_a_snoozed_step_stays_useful_past_the_next_step_but_not_past_bedtime() -> None:
    events = [
        event("magnesium", at(21, 0), "snoozed", at(21, 40)),
        event("magnesium", at(21, 50), "snoozed", at(21, 55)),
    ]
    assert statuses(at(22, 5), events)["magnesium"] == "due"  # after the stretch's time
    assert states(at(22, 5), events)["magnesium"].until == at(22, 30)
    assert statuses(at(22, 30), events)["magnesium"] == "missed"


def test_at_most_three_snoozes() -> None:
    events: list[RoutineEvent] = []
    for n in range(MAX_SNOOZES):
        shown = at(21, 0) + timedelta(minutes=10 * n)
        state = states(shown, events)["magnesium"]
        assert state.can_snooze, n
        events.append(event("magnesium", shown, "snoozed", shown))
    state = states(at(21, 30), events)["magnesium"]
    assert state.status == "due" and state.snoozes == 3
    assert not state.can_snooze
    assert snooze_until(PLAN, events, SETTINGS, "magnesium", at(21, 30)) is None


def test_snooze_never_runs_past_bedtime() -> None:
    events = [event("lights", at(22, 0))]
    # 10 minutes from 22:20 would be 22:30; it comes back at 22:25, with time left to answer.
    assert snooze_until(PLAN, events, SETTINGS, "lights", at(22, 20)) == at(22, 25)
    assert snooze_until(PLAN, events, SETTINGS, "lights", at(22, 10)) == at(22, 20)
    # Less than a minute of snooze left: Snooze is not offered.
    assert not states(at(22, 24, 30), events)["lights"].can_snooze
    assert snooze_until(PLAN, events, SETTINGS, "lights", at(22, 24, 30)) is None
    # Reading the capped snooze back from the record gives the same return.
    snoozed = [event("lights", at(22, 0), "snoozed", at(22, 20))]
    assert states(at(22, 21), snoozed)["lights"].due_at == at(22, 25)


def test_lights_out_cannot_be_snoozed() -> None:
    events = [event("bedtime", at(22, 30))]
    assert not states(at(22, 30), events)["bedtime"].can_snooze


def test_checkin_snooze_stops_before_noon() -> None:
    events = [event("checkin", at(11, 40))]
    assert snooze_until(PLAN, events, SETTINGS, "checkin", at(11, 40)) == at(11, 50)
    assert snooze_until(PLAN, events, SETTINGS, "checkin", at(11, 50)) == at(11, 55)


def test_snooze_is_only_offered_for_a_prompt_on_screen() -> None:
    assert not states(at(20, 0))["magnesium"].can_snooze
    assert snooze_until(PLAN, [], SETTINGS, "magnesium", at(20, 0)) is None
    assert snooze_until(PLAN, [], SETTINGS, "nonsense", at(21, 0)) is None


# --- crash and restart ------------------------------------------------------------------------


def test_a_prompt_left_open_by_a_crash_is_shown_again_while_useful() -> None:
    events = [event("lights", at(22, 0))]  # shown, then the app died
    assert statuses(at(22, 20), events)["lights"] == "open"
    assert shown_now(at(22, 20), events) == ["lights"]
    assert statuses(at(22, 30), events)["lights"] == "missed"
    rows = {row.step: row for row in missed_events(PLAN, events, SETTINGS, at(22, 35))}
    assert (rows["lights"].shown_at, rows["lights"].answered_at) == (at(22, 0), at(22, 30))
    assert rows["magnesium"].shown_at is None  # never shown: the app was not running


def test_restart_mid_evening_neither_repeats_an_answer_nor_loses_a_pending_step() -> None:
    persisted = [
        event("magnesium", at(21, 0), "done", at(21, 3)),
        event("stretch", at(21, 45), "snoozed", at(21, 46)),
    ]
    # A fresh process at 21:50 knows only the persisted rows.
    got = states(at(21, 50), persisted)
    assert got["magnesium"].status == "done" and not got["magnesium"].should_show
    assert got["stretch"].status == "snoozed" and got["stretch"].due_at == at(21, 56)
    assert next_wakeup(PLAN, persisted, SETTINGS, at(21, 50)) == at(21, 56)
    assert next_step(PLAN, persisted, SETTINGS, at(21, 50)) == (PLAN.steps[1], at(21, 56))


@dataclass
class FakeApp:
    """The app's loop reduced to its decisions: wake, show, answer, record missed, sleep."""

    journal: list[RoutineEvent]
    answers: dict[str, list[Answer]]
    on_screen: set[str] = field(default_factory=set)
    shown_log: list[tuple[str, datetime]] = field(default_factory=list)

    def wake(self, now: datetime) -> datetime | None:
        self.journal.extend(missed_events(PLAN, self.journal, SETTINGS, now))
        for state in step_states(PLAN, self.journal, SETTINGS, now):
            kind = state.step.kind
            if not state.should_show or kind in self.on_screen:
                continue
            self.shown_log.append((kind, now))
            queue = self.answers.get(kind, [])
            if queue:
                answer = queue.pop(0)
                self.journal.append(event(kind, now, answer, now + timedelta(minutes=1)))
            else:  # shown and left open: the user is away, or the app is about to die
                self.journal.append(event(kind, now))
                self.on_screen.add(kind)
        return next_wakeup(PLAN, self.journal, SETTINGS, now)


def run(app_for: dict[datetime, FakeApp], start: datetime, end: datetime) -> None:
    """Wake whenever asked; at each key of `app_for` a new process takes over (a restart)."""
    now: datetime | None = start
    current = app_for[start]
    restarts = sorted(app_for)
    while now is not None and now < end:
        for moment in restarts:
            if moment <= now:
                current = app_for[moment]
        woke = current.wake(now)
        later = [m for m in restarts if m > now]
        now = min([m for m in [woke, *later[:1]] if m is not None], default=None)


def test_a_whole_evening_shows_each_step_once() -> None:
    answers: dict[str, list[Answer]] = {
        "magnesium": ["snoozed", "done"],
        "stretch": ["partial"],
        "lights": ["done"],
        "bedtime": ["done"],
        "checkin": ["done"],
    }
    journal: list[RoutineEvent] = []
    app = FakeApp(journal, answers)
    run({at(20, 0): app}, at(20, 0), morning(12))
    assert app.shown_log == [
        ("magnesium", at(21, 0)),
        ("magnesium", at(21, 11)),
        ("stretch", at(21, 45)),
        ("lights", at(22, 0)),
        ("bedtime", at(22, 30)),
        ("checkin", at(7, 15)),
    ]
    assert {s.step.kind: s.status for s in step_states(PLAN, journal, SETTINGS, morning(12))} == {
        "magnesium": "done",
        "stretch": "partial",
        "lights": "done",
        "bedtime": "done",
        "checkin": "done",
    }


def test_a_crash_with_a_prompt_open_and_a_restart_shows_it_again() -> None:
    journal: list[RoutineEvent] = []
    first = FakeApp(journal, {"magnesium": ["done"]})  # stretch: shown, then the app dies
    second = FakeApp(journal, {"stretch": ["done"], "lights": ["done"], "bedtime": ["skipped"]})
    run({at(20, 0): first, at(21, 50): second}, at(20, 0), at(23, 59))
    assert first.shown_log == [("magnesium", at(21, 0)), ("stretch", at(21, 45))]
    assert second.shown_log == [
        ("stretch", at(21, 50)),
        ("lights", at(22, 0)),
        ("bedtime", at(22, 30)),
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(0, 16 * 60), min_size=1, max_size=6, unique=True),
)
def test_restarts_never_repeat_an_answered_step(restart_minutes: list[int]) -> None:
    """However often the app restarts, each step is answered once and nothing is left pending."""
    journal: list[RoutineEvent] = []
    # One user answers each prompt once, whichever process shows it: the queues are shared.
    answers: dict[str, list[Answer]] = {
        "magnesium": ["snoozed", "done"],
        "stretch": ["done"],
        "lights": ["done"],
        "bedtime": ["done"],
        "checkin": ["done"],
    }
    start = at(20, 0)
    apps = {start: FakeApp(journal, answers)}
    for minutes in restart_minutes:
        apps[start + timedelta(minutes=minutes)] = FakeApp(journal, answers)
    run(apps, start, morning(12))
    final = [e for e in journal if e.answer not in (None, "snoozed")]
    assert sorted(e.step for e in final) == sorted(s.kind for s in PLAN.steps)
    assert {s.status for s in step_states(PLAN, journal, SETTINGS, morning(12))} == {"done"}


# --- no burst, as a property ------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 16 * 60 * 60),
    st.lists(st.integers(0, 240), min_size=3, max_size=3),
    st.integers(17 * 60, 23 * 60 + 59),
)
def test_no_burst_at_any_moment(seconds: int, offsets: list[int], bedtime_minute: int) -> None:
    """With nothing recorded, whenever the app wakes it shows at most the latest step(s) due."""
    s = Settings(bedtime=time(bedtime_minute // 60, bedtime_minute % 60))
    for kind, offset in zip(("magnesium", "stretch", "lights"), offsets, strict=True):
        s = s.with_step(kind, offset_minutes=offset)
    plan = plan_for_night(NIGHT, s, BERLIN)
    now = datetime.combine(NIGHT, time(16, 0), tzinfo=BERLIN) + timedelta(seconds=seconds)
    shown = [x.step for x in step_states(plan, [], s, now) if x.should_show]
    past = [step.at_utc for step in plan.steps if step.at_utc <= now]
    assert all(step.at_utc == max(past) for step in shown)
    wake = next_wakeup(plan, [], s, now)
    assert wake is None or wake > now


# --- tray text --------------------------------------------------------------------------------


def test_next_step_names_the_coming_step() -> None:
    assert next_step(PLAN, [], SETTINGS, at(20, 35)) == (PLAN.steps[0], at(21, 0))
    done = [event("magnesium", at(21, 0), "done", at(21, 1))]
    assert next_step(PLAN, done, SETTINGS, at(21, 10)) == (PLAN.steps[1], at(21, 45))
    assert next_step(PLAN, [], SETTINGS, at(23, 40)) == (PLAN.steps[4], at(7, 15))
    assert next_step(PLAN, [], SETTINGS, morning(12)) is None


def test_next_step_prefers_the_prompt_on_screen() -> None:
    assert next_step(PLAN, [], SETTINGS, at(21, 50)) == (PLAN.steps[1], at(21, 45))


def step_of(kind: str) -> Step:
    step = PLAN.step(kind)
    assert step is not None
    return step


@pytest.mark.parametrize(
    ("kind", "now", "when", "text"),
    [
        ("magnesium", at(20, 35), None, "Magnesium at 21:00 · in 25 min"),
        ("magnesium", at(20, 59, 30), None, "Magnesium at 21:00 · in 1 min"),
        ("magnesium", at(21, 0), None, "Magnesium at 21:00 · now"),
        ("magnesium", at(19, 0), None, "Magnesium at 21:00 · in 2 h"),
        ("stretch", at(21, 0), at(21, 11), "Stretches at 21:11 · in 11 min"),
        ("checkin", at(22, 45), None, "Morning check-in tomorrow at 07:15 · in 8 h 30 min"),
        ("checkin", at(1, 0), None, "Morning check-in at 07:15 · in 6 h 15 min"),
    ],
)
def test_describe_next(kind: str, now: datetime, when: datetime | None, text: str) -> None:
    assert describe_next(step_of(kind), now, when) == text


def test_describe_next_reads_now_in_any_zone() -> None:
    now = at(20, 35).astimezone(UTC)
    assert describe_next(step_of("magnesium"), now) == "Magnesium at 21:00 · in 25 min"


def test_describe_next_counts_real_time_across_a_clock_change() -> None:
    plan = plan_for_night(date(2026, 10, 31), SETTINGS, NEW_YORK)
    checkin = plan.step("checkin")
    assert checkin is not None
    now = datetime(2026, 11, 1, 1, 0, tzinfo=NEW_YORK)  # EDT; the clocks go back an hour later
    assert describe_next(checkin, now) == "Morning check-in at 07:15 · in 7 h 15 min"


# --- custom steps run through the same engine -------------------------------------------------

_TEA = CustomStep(id="tea", title="Chamomile tea", before_bedtime_minutes=60)  # 21:30
CUSTOM = dataclasses.replace(SETTINGS, custom_steps=(caffeine_preset(), _TEA))
CUSTOM_PLAN = plan_for_night(NIGHT, CUSTOM, BERLIN)  # NIGHT is a Tuesday: the cut-off is on


def test_a_custom_step_is_due_at_its_time_and_late_after_a_resume() -> None:
    due = states(at(12, 0, 30), plan=CUSTOM_PLAN, s=CUSTOM)
    assert due["custom:caffeine"].status == "due"
    # The laptop slept from 11:50 to 15:00: the cut-off is shown once, late, not missed.
    late = states(at(15), plan=CUSTOM_PLAN, s=CUSTOM)
    assert late["custom:caffeine"].status == "late" and late["custom:caffeine"].should_show


def test_a_custom_step_turns_missed_at_the_next_step_and_is_recorded_once() -> None:
    now = at(21, 40)  # tea at 21:30 is late until the stretch at 21:45
    assert states(now, plan=CUSTOM_PLAN, s=CUSTOM)["custom:tea"].status == "late"
    missed = missed_events(CUSTOM_PLAN, [], CUSTOM, at(21, 50))
    kinds = [e.step for e in missed]
    assert "custom:tea" in kinds and "custom:caffeine" in kinds
    assert missed_events(CUSTOM_PLAN, missed, CUSTOM, at(21, 55)) == []


def test_a_custom_step_answered_before_a_restart_stays_answered() -> None:
    done = event("custom:tea", at(21, 30), "done", at(21, 31), plan=CUSTOM_PLAN)
    snoozed = event("custom:caffeine", at(12), "snoozed", at(12, 1), plan=CUSTOM_PLAN)
    after = states(at(21, 35), [done, snoozed], plan=CUSTOM_PLAN, s=CUSTOM)
    assert after["custom:tea"].status == "done"
    assert after["custom:caffeine"].status in ("late", "open", "due")


def test_a_prompt_open_at_a_crash_is_shown_again_for_a_custom_step() -> None:
    shown = event("custom:tea", at(21, 30), plan=CUSTOM_PLAN)
    assert states(at(21, 33), [shown], plan=CUSTOM_PLAN, s=CUSTOM)["custom:tea"].status == "open"


def test_a_custom_step_on_a_fall_back_night_follows_real_time() -> None:
    night = date(2026, 10, 24)  # Berlin falls back on the 25th at 03:00
    settings = dataclasses.replace(CUSTOM, bedtime=time(2, 30))
    plan = plan_for_night(night, settings, BERLIN)
    tea = plan.step("custom:tea")
    assert tea is not None
    assert (plan.bedtime_utc - tea.at_utc) == timedelta(minutes=60)
    assert states(tea.at + timedelta(seconds=30), plan=plan, s=settings)["custom:tea"].status == (
        "due"
    )
