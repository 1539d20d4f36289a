"""What to do with each step of tonight's plan, decided from our own record of prompts and answers.

Pure over (plan, persisted events, settings, now): the app may be restarted, crash, or wake from
sleep at any moment and simply asks again; nothing here remembers anything between calls.
APScheduler's misfire window is not consulted, because it forgets across restarts.

The rules (DESIGN §4.4, issue 3), with the choices made where the issue leaves room:

- A step is *due* at its time. Once its time has passed it is still shown, late, only while
  useful: until the next later step's time and never after bedtime. The lights-out step (and any
  step set to 0 minutes, which falls at bedtime) is useful until `BEDTIME_WINDOW` after bedtime,
  long enough to catch someone still up, short enough that a laptop opened at midnight stays
  quiet. The morning check-in is useful until noon (at least `CHECKIN_MIN_WINDOW` after it, for
  wake times close to noon). After that the step is `missed`, to be recorded as such.
- Because those late windows do not overlap, waking the machine never produces a burst: at most
  the most recent step (or steps sharing its time) is shown; all earlier ones are missed.
- A prompt shown but never answered (the user walked away, or the app died with it open) stays
  open under the same rule and is shown again after a restart while still useful.
- Snooze brings the prompt back after `settings.snooze_minutes`, at most `MAX_SNOOZES` times, and
  never past bedtime (the check-in: never past its noon limit): the return is capped at
  `ANSWER_WINDOW` before that limit, so the returned prompt can still be answered. A step that has
  been snoozed stays answerable until that limit even after the next step's time: the user chose
  to do it later. Lights out cannot be snoozed at all, as its time *is* bedtime.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from companion.core.day_names import day_and_month
from companion.core.events import FINAL_ANSWERS, RoutineEvent
from companion.core.plan import NOON, Plan, Step, local_datetime, plan_for_night, which_night
from companion.core.settings import Settings
from companion.core.words import clock_time, translate

__all__ = [
    "ANSWER_WINDOW",
    "BEDTIME_WINDOW",
    "CHECKIN_MIN_WINDOW",
    "MAX_SNOOZES",
    "ON_TIME_TOLERANCE",
    "REMINDERS_LEAD",
    "StepState",
    "StepStatus",
    "describe_next",
    "missed_events",
    "next_step",
    "next_wakeup",
    "reminders_wake_at",
    "snooze_until",
    "step_states",
    "waiting_status",
]

StepStatus = Literal[
    "upcoming",  # its time has not come
    "due",  # its time has come (within ON_TIME_TOLERANCE): show the prompt
    "late",  # its time passed unseen but it is still useful: show the prompt, marked late
    "open",  # a prompt was shown and not answered: keep it (show it again after a restart)
    "snoozed",  # snoozed; comes back at `due_at`
    "done",
    "skipped",
    "partial",
    "missed",
]

MAX_SNOOZES = 3
# By day the reminders start this long before their night's first step (reminders_wake_at):
# the hour the evening look begins too.
REMINDERS_LEAD = timedelta(hours=1)
# Morning steps stay useful until noon, like the check-in.
MORNING_KINDS = frozenset({"checkin", "morning_stretch"})
BEDTIME_WINDOW = timedelta(minutes=30)
CHECKIN_MIN_WINDOW = timedelta(hours=2)
ANSWER_WINDOW = timedelta(minutes=5)
# A prompt the scheduler fires a few seconds (or a minute) after its time is not "late".
ON_TIME_TOLERANCE = timedelta(minutes=2)
# Shorter snoozes than this are not worth offering.
MIN_SNOOZE = timedelta(minutes=1)

_ACTIONABLE: frozenset[StepStatus] = frozenset({"due", "late", "open"})
_PENDING: frozenset[StepStatus] = frozenset({"upcoming", "snoozed", "due", "late", "open"})


@dataclass(frozen=True)
class StepState:
    """Where one step stands at `now`, and what the app should do about it."""

    step: Step
    status: StepStatus
    due_at: datetime  # the step's time, or when a snooze ends
    until: datetime | None  # while pending: when it turns missed; None once settled
    snoozes: int
    can_snooze: bool
    answered_at: datetime | None = None  # when settled; for missed, when it stopped being useful
    is_recorded: bool = True  # False for a missed step the journal does not know yet

    @property
    def should_show(self) -> bool:
        """A prompt for this step belongs on screen now."""
        return self.status in _ACTIONABLE

    @property
    def is_pending(self) -> bool:
        return self.status in _PENDING


@dataclass(frozen=True)
class _Limits:
    late_until: datetime  # end of the window for a step nobody has seen or snoozed
    until: datetime  # end of the window once snoozed
    snooze_cap: datetime  # a snooze ends no later than this


def step_states(
    plan: Plan, events: Iterable[RoutineEvent], settings: Settings, now: datetime
) -> tuple[StepState, ...]:
    """Every step of the plan with its state at `now`, in plan order."""
    now = _utc(now)
    by_step: dict[str, list[RoutineEvent]] = {}
    for event in events:
        if event.night == plan.night:
            by_step.setdefault(event.step, []).append(event)
    return tuple(
        _localised(_state(step, _limits(plan, i), by_step.get(step.kind, []), settings, now))
        for i, step in enumerate(plan.steps)
    )


def _localised(state: StepState) -> StepState:
    # Worked out in UTC (see companion.core.plan); handed out in the plan's zone, ready to show.
    tz = state.step.at.tzinfo
    return dataclasses.replace(
        state,
        due_at=state.due_at.astimezone(tz),
        until=None if state.until is None else state.until.astimezone(tz),
        answered_at=None if state.answered_at is None else state.answered_at.astimezone(tz),
    )


def _limits(plan: Plan, index: int) -> _Limits:
    step = plan.steps[index]
    at = step.at_utc
    bedtime = plan.bedtime_utc
    if step.kind in MORNING_KINDS:
        cutoff = _checkin_cutoff(step)
        snooze_cap = cutoff
    elif at < bedtime:
        cutoff = snooze_cap = bedtime
    else:  # lights out, or another step set to 0 minutes before bedtime
        cutoff = at + BEDTIME_WINDOW
        snooze_cap = bedtime  # "never past bedtime": not snoozable
    later = (s.at_utc for s in plan.steps[index + 1 :] if s.at_utc > at)
    next_time = next(later, None)
    late_until = cutoff if next_time is None else min(cutoff, next_time)
    return _Limits(late_until=late_until, until=cutoff, snooze_cap=snooze_cap)


def _checkin_cutoff(step: Step) -> datetime:
    tz = step.at.tzinfo
    assert isinstance(tz, ZoneInfo)  # plan_for_night builds every Step in a ZoneInfo
    noon = local_datetime(step.at.date(), NOON, tz)
    return max(_utc(noon), step.at_utc + CHECKIN_MIN_WINDOW)


def _event_moment(event: RoutineEvent) -> datetime:
    return _utc(event.answered_at or event.shown_at or event.planned_at)


def _state(
    step: Step,
    limits: _Limits,
    events: Sequence[RoutineEvent],
    settings: Settings,
    now: datetime,
) -> StepState:
    # Stable sort: rows stored with the same moment keep the order they were written in.
    history = sorted(events, key=_event_moment)
    finals = [e for e in history if e.answer in FINAL_ANSWERS]
    snoozed_at = [_event_moment(e) for e in history if e.answer == "snoozed"]
    snoozes = len(snoozed_at)
    if finals:
        final = finals[-1]
        settled: StepStatus = final.answer  # type: ignore[assignment]  # one of FINAL_ANSWERS
        return StepState(step, settled, step.at_utc, None, snoozes, False, final.answered_at)

    due_at, until = step.at_utc, limits.late_until
    if snoozed_at:
        # Whatever was allowed when Snooze was pressed stands; a later settings change (a longer
        # snooze) is still held to the cap.
        due_at = max(_snooze_return(snoozed_at[-1], settings, limits), snoozed_at[-1])
        until = limits.until
    if now >= until:
        return StepState(step, "missed", due_at, None, snoozes, False, until, is_recorded=False)

    last = history[-1] if history else None
    status: StepStatus
    if last is not None and last.answer is None and last.shown_at is not None:
        status = "open"
    elif now < due_at:
        status = "snoozed" if snoozes else "upcoming"
    elif now - due_at < ON_TIME_TOLERANCE:
        status = "due"
    else:
        status = "late"
    offered = _offered_snooze(now, settings, limits, snoozes)
    can_snooze = status in _ACTIONABLE and offered is not None
    return StepState(step, status, due_at, until, snoozes, can_snooze)


def _snooze_return(start: datetime, settings: Settings, limits: _Limits) -> datetime:
    wanted = start + timedelta(minutes=settings.snooze_minutes)
    return min(wanted, limits.snooze_cap - ANSWER_WINDOW)


def _offered_snooze(
    now: datetime, settings: Settings, limits: _Limits, snoozes: int
) -> datetime | None:
    if snoozes >= MAX_SNOOZES:
        return None
    end = _snooze_return(now, settings, limits)
    return end if end - now >= MIN_SNOOZE else None


def snooze_until(
    plan: Plan, events: Iterable[RoutineEvent], settings: Settings, kind: str, now: datetime
) -> datetime | None:
    """When the step would come back if snoozed at `now`, or None if Snooze is not offered."""
    events = list(events)
    for index, state in enumerate(step_states(plan, events, settings, now)):
        if state.step.kind == kind:
            if not state.can_snooze:
                return None
            return _offered_snooze(_utc(now), settings, _limits(plan, index), state.snoozes)
    return None


def missed_events(
    plan: Plan, events: Iterable[RoutineEvent], settings: Settings, now: datetime
) -> list[RoutineEvent]:
    """The `missed` rows to write now: steps past their usefulness that the journal lacks."""
    events = list(events)
    open_shown: dict[str, datetime | None] = {}
    for event in sorted(events, key=_event_moment):
        if event.night == plan.night:
            open_shown[event.step] = event.shown_at if event.answer is None else None
    return [
        RoutineEvent(
            night=plan.night,
            step=state.step.kind,
            planned_at=state.step.at,
            # Keep the unanswered prompt's shown_at so the store can close that row.
            shown_at=open_shown.get(state.step.kind),
            answer="missed",
            answered_at=state.answered_at,
        )
        for state in step_states(plan, events, settings, now)
        if state.status == "missed" and not state.is_recorded
    ]


def next_wakeup(
    plan: Plan, events: Iterable[RoutineEvent], settings: Settings, now: datetime
) -> datetime | None:
    """The next moment after `now` at which some step's state changes, or None when all settled.

    The app acts on the current states at each wake-up (show what `should_show`, write
    `missed_events`) and then sleeps until this moment. The Snooze button's availability can
    change in between; the prompt asks `can_snooze` again when it is pressed.
    """
    now_utc = _utc(now)
    moments: list[datetime] = []
    for state in step_states(plan, events, settings, now):
        if state.status in ("upcoming", "snoozed"):
            moments.append(state.due_at)
        if state.until is not None:
            moments.append(state.until)
    future = [m for m in moments if _utc(m) > now_utc]
    return min(future, key=_utc) if future else None


def next_step(
    plan: Plan, events: Iterable[RoutineEvent], settings: Settings, now: datetime
) -> tuple[Step, datetime] | None:
    """The step the tray should name, and when: the current prompt, else the next one to come."""
    pending = [s for s in step_states(plan, events, settings, now) if s.is_pending]
    if not pending:
        return None
    # Something on screen now comes first; then whatever is due soonest.
    current = [s for s in pending if s.should_show]
    state = current[-1] if current else min(pending, key=lambda s: _utc(s.due_at))
    return state.step, state.due_at


def reminders_wake_at(now: datetime, settings: Settings, tz: ZoneInfo) -> datetime | None:
    """When the reminders of the night `now` belongs to must run: REMINDERS_LEAD before its
    first step. None when that moment has passed (or the night has no step): they run now.

    Between the night's turn (noon) and then nothing can be due, so the tray need not hold the
    scheduler and the journal (issue 19); the experiment is not read, so a step it turns off
    tonight can only make this earlier, never late.
    """
    plan = plan_for_night(which_night(now, tz), settings, tz)
    if not plan.steps:
        return None
    wake = min(step.at_utc for step in plan.steps) - REMINDERS_LEAD
    return wake if _utc(now) < wake else None


def waiting_status(now: datetime, settings: Settings, tz: ZoneInfo) -> str:
    """The tray's line while the reminders wait for their night: its first step."""
    plan = plan_for_night(which_night(now, tz), settings, tz)
    upcoming = next_step(plan, (), settings, now)
    return describe_next(upcoming[0], now.astimezone(tz), upcoming[1]) if upcoming else ""


def describe_next(step: Step, now: datetime, at: datetime | None = None) -> str:
    """'Magnesium at 21:00 · in 25 min' — for the tray tooltip and menu.

    `at` defaults to the step's time; pass the end of a snooze instead where there is one.
    """
    when = (at or step.at).astimezone(step.at.tzinfo)
    today = now.astimezone(step.at.tzinfo).date()
    if when.date() == today:
        sentence = translate("Reminders", "{step} at {time} · {relative}")
    elif when.date() == today + timedelta(days=1):
        sentence = translate("Reminders", "{step} tomorrow at {time} · {relative}")
    else:
        sentence = translate("Reminders", "{step} on {date} at {time} · {relative}")
    # Through UTC: subtracting two times that share a zone ignores a DST change between them.
    return sentence.format(
        step=step.label,
        date=day_and_month(when.date()),  # "26 Nov" in the user's words, never ISO
        time=clock_time(when),
        relative=_relative(_utc(when) - _utc(now)),
    )


def _relative(delta: timedelta) -> str:
    seconds = delta.total_seconds()
    if seconds <= 0:
        return translate("Reminders", "now")
    minutes = math.ceil(seconds / 60)  # "in 1 min" until the moment itself, never "in 0 min"
    if minutes < 60:
        return translate("Reminders", "in %n min", None, minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes == 0:
        return translate("Reminders", "in %n h", None, hours)
    return translate("Reminders", "in {hours} h %n min", None, minutes).format(hours=hours)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("reminders need aware datetimes")
    return moment.astimezone(UTC)
