"""Tonight's plan: each routine step at an exact moment, derived from the night's bedtime.

Rules (DESIGN §4.4, issue 3):
- Evening offsets are *elapsed* minutes before bedtime, so they are subtracted in UTC: "90 min
  before bed" is 90 real minutes even when a DST change falls in between.
- A bedtime from 00:00 to 11:59 belongs to the evening before: on the night of the 7th, a
  00:30 bedtime is at 00:30 on the 8th.
- Local wall times that do not exist (spring-forward gap) use the UTC offset from before the gap,
  and repeated ones (fall-back) take the first occurrence (RFC 5545 §3.3.5). `zoneinfo` reads
  `fold=0` exactly that way, so a wall time is resolved with fold=0 and then normalised.
- The check-in is the next morning's wake time (a local wall time, same gap/fold rules) plus its
  offset, again elapsed; it is always after bedtime.

Every `at` is an aware datetime in the plan's zone. Compare and subtract them through UTC
(`Step.at_utc`): Python compares two datetimes that share a tzinfo by wall time, which is wrong
across a fall-back fold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from companion.core.custom_steps import CustomStep
from companion.core.n_of_1 import ExperimentPlan, is_routine_on
from companion.core.nights import DAY_TURNS_AT, day_of_clock, night_of
from companion.core.settings import PLAN_KINDS, STEP_LABELS, Settings, StepKind
from companion.core.words import clock_time, translate

__all__ = [
    "NOON",
    "STEP_LABELS",
    "Plan",
    "Step",
    "bedtime_for_night",
    "format_plan_table",
    "format_utc_offset",
    "local_datetime",
    "plan_for_night",
    "plan_to_json_dict",
    "which_night",
]

NOON = DAY_TURNS_AT


@dataclass(frozen=True)
class Step:
    """One step of one night: what, when, and its offset as in the JSON contract."""

    kind: StepKind | str  # a built-in kind, or "custom:<id>" for one of the user's own
    at: datetime  # aware, in the plan's zone
    offset_minutes: int  # minutes before bedtime; negative for steps after it (the check-in)
    title: str = ""  # a custom step's own title; the built-in ones take their label
    is_clock_time: bool = False  # set at a clock time (a custom step), not counted from bedtime

    @property
    def at_utc(self) -> datetime:
        return self.at.astimezone(UTC)

    @property
    def label(self) -> str:
        if self.title:
            return self.title
        label = STEP_LABELS.get(cast(StepKind, self.kind))
        return self.kind if label is None else translate("Steps", label)


@dataclass(frozen=True)
class Plan:
    """The steps of one night, in time order; `bedtime` is set even if its step is disabled."""

    night: date
    timezone: str
    bedtime: datetime
    steps: tuple[Step, ...]

    @property
    def bedtime_utc(self) -> datetime:
        return self.bedtime.astimezone(UTC)

    def step(self, kind: str) -> Step | None:
        """The step of that kind, or None if it is disabled tonight."""
        return next((s for s in self.steps if s.kind == kind), None)


def local_datetime(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """The moment a local wall clock shows `wall` on `day`, per RFC 5545 for gaps and folds."""
    # fold=0 means "offset from before the transition" for both a gap and a fold; the round trip
    # through UTC then moves a nonexistent 02:30 to the real 03:30 and fixes the offset shown.
    naive = datetime.combine(day, wall.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def which_night(now: datetime, tz: ZoneInfo) -> date:
    """The night a moment belongs to: the local date on which that evening began (turns at noon)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("which_night needs an aware datetime")
    return night_of(now.astimezone(tz))


def is_morning_after(now: datetime, settings: Settings, tz: ZoneInfo) -> bool:
    """Whether `now` is nearer the night's wake-up than its bedtime (a morning, not a late
    evening): with a 01:00 bedtime, 00:30 is still the evening before."""
    night = which_night(now, tz)
    bedtime = bedtime_for_night(night, settings, tz).astimezone(UTC)
    wake = _checkin_at(night, settings, tz, bedtime, 0).astimezone(UTC)
    return now.astimezone(UTC) >= bedtime + (wake - bedtime) / 2


def bedtime_for_night(night: date, settings: Settings, tz: ZoneInfo) -> datetime:
    """The night's bedtime; a morning bedtime (00:00–11:59) is on the following calendar day."""
    wall = settings.bedtime_for(night)
    return local_datetime(day_of_clock(night, wall), wall, tz)


def is_step_off_tonight(kind: str, night: date, experiment: ExperimentPlan | None) -> bool:
    """Whether a self-experiment has the routine step `kind` off that night (not prompted)."""
    return (
        experiment is not None
        and experiment.factor == kind
        and is_routine_on(experiment, night) is False
    )


def plan_for_night(
    night: date, settings: Settings, tz: ZoneInfo, experiment: ExperimentPlan | None = None
) -> Plan:
    """Tonight's enabled steps in time order, each at an aware local datetime; a step that
    `experiment` has off tonight is left out, so it is not prompted."""
    bedtime = bedtime_for_night(night, settings, tz)
    bedtime_utc = bedtime.astimezone(UTC)
    steps: list[Step] = []
    for kind, offset in settings.enabled_steps():
        if is_step_off_tonight(kind, night, experiment):
            continue
        if kind == "checkin":
            at = _checkin_at(night, settings, tz, bedtime_utc, offset)
            minutes_before = -_whole_minutes(at.astimezone(UTC) - bedtime_utc)
            steps.append(Step(kind, at, minutes_before))
        else:
            at = (bedtime_utc - timedelta(minutes=offset)).astimezone(tz)
            steps.append(Step(kind, at, offset))
    for custom in settings.custom_steps:
        if custom.is_on(night) and not is_step_off_tonight(custom.kind, night, experiment):
            steps.append(_custom_step(custom, night, tz, bedtime_utc))
    if settings.stretch.morning_stretch:
        # The article suggests stretching twice a day: the same routine after waking up.
        offset = settings.stretch.morning_offset_minutes
        at = _checkin_at(night, settings, tz, bedtime_utc, offset)
        steps.append(Step("morning_stretch", at, -_whole_minutes(at.astimezone(UTC) - bedtime_utc)))
    # Sort by the instant, not the wall time (see the module docstring), ties in catalogue order.
    steps.sort(key=lambda s: (s.at_utc, _catalogue_rank(s.kind)))
    return Plan(night=night, timezone=_zone_name(tz), bedtime=bedtime, steps=tuple(steps))


def _custom_step(custom: CustomStep, night: date, tz: ZoneInfo, bedtime_utc: datetime) -> Step:
    # A clock time is a wall time on the night's date (gap/fold rules as for bedtime); minutes
    # before bedtime are elapsed minutes, like the built-in steps.
    if custom.at is not None:
        at = local_datetime(night, custom.at, tz)
        minutes = _whole_minutes(bedtime_utc - at.astimezone(UTC))
        return Step(custom.kind, at, minutes, custom.title, is_clock_time=True)
    minutes = custom.before_bedtime_minutes or 0
    at = (bedtime_utc - timedelta(minutes=minutes)).astimezone(tz)
    return Step(custom.kind, at, minutes, custom.title)


def _catalogue_rank(kind: str) -> int:
    # Built-in steps in catalogue order; the user's own after them at the same moment.
    return PLAN_KINDS.index(kind) if kind in PLAN_KINDS else len(PLAN_KINDS)


def _checkin_at(
    night: date, settings: Settings, tz: ZoneInfo, bedtime_utc: datetime, offset: int
) -> datetime:
    # The morning after the night; only a bedtime later in the morning than the wake time (a
    # strange but valid setting) pushes it a day on, so the check-in always follows bedtime.
    day = night + timedelta(days=1)
    wake = local_datetime(day, settings.wake_time, tz)
    if wake.astimezone(UTC) <= bedtime_utc:
        wake = local_datetime(day + timedelta(days=1), settings.wake_time, tz)
    return (wake.astimezone(UTC) + timedelta(minutes=offset)).astimezone(tz)


def _whole_minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _zone_name(tz: ZoneInfo) -> str:
    return tz.key if tz.key is not None else str(tz)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def plan_to_json_dict(plan: Plan) -> dict[str, Any]:
    """The `plan --json` contract: ISO 8601 with offsets, steps in time order."""
    return {
        "night": plan.night.isoformat(),
        "timezone": plan.timezone,
        "bedtime": _iso(plan.bedtime),
        "steps": [
            {
                "kind": s.kind,
                "at": _iso(s.at),
                "offset_minutes": s.offset_minutes,
                **({"title": s.title} if s.title else {}),
            }
            for s in plan.steps
        ],
    }


def format_utc_offset(moment: datetime) -> str:
    """'UTC-05:00', 'UTC+10:30' — the offset the local clock shows at that moment."""
    offset = moment.utcoffset()
    assert offset is not None  # every Step.at is aware
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def _when(step: Step, bedtime: datetime) -> str:
    if step.kind in ("checkin", "morning_stretch"):
        return translate("Plan", "next morning")
    if step.is_clock_time:
        return translate("Plan", "at a set time")
    if step.at_utc == bedtime.astimezone(UTC):
        return translate("Plan", "at bedtime")
    return translate("Plan", "{minutes} min before bedtime").format(minutes=step.offset_minutes)


def format_plan_table(plan: Plan) -> str:
    """A small aligned table for `plan` without --json; dates shown only where they differ."""
    header = translate("Plan", "Night of {night} ({zone}), bedtime {time}").format(
        night=plan.night.isoformat(), zone=plan.timezone, time=_clock(plan.bedtime, plan.night)
    )
    if not plan.steps:
        return header + "\n" + translate("Plan", "No steps are enabled.")
    rows = [
        (s.label, _clock(s.at, plan.night), format_utc_offset(s.at), _when(s, plan.bedtime))
        for s in plan.steps
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [header]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[3]]))
    return "\n".join(lines)


def _clock(moment: datetime, night: date) -> str:
    # ISO dates, not weekday names: strftime's names would follow whatever locale is set.
    if moment.date() == night:
        return clock_time(moment)
    return translate("Plan", "{date} {time}", "a date and a time of day").format(
        date=moment.date().isoformat(), time=clock_time(moment)
    )
