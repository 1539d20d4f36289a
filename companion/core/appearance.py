"""When the app wears its evening colours: the one home of the "evening is dark" rule.

From an hour before the night's first evening step until the morning check-in is answered (or
noon, when the night ends) the app is in the evening; by day it follows the desktop. The
`appearance` setting can force either. Pure: the caller passes `now` and whether the check-in
of the night is answered, and re-asks at `next_change` (or when either of those changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from companion.core.nights import DAY_TURNS_AT
from companion.core.plan import local_datetime, plan_for_night, which_night
from companion.core.settings import APPEARANCES, Appearance, Settings

if TYPE_CHECKING:  # a night's record: read after midnight only
    from companion.core.diary import Night

__all__ = ["APPEARANCES", "Appearance", "LookNow", "evening_starts", "is_checked_in", "look_at"]

Look = Literal["evening", "day"]

# The steps that belong to the evening (the check-in and morning stretches are the morning's).
EVENING_KINDS = frozenset({"magnesium", "stretch", "lights", "breathing", "bedtime"})
# Dark this long before the first of them: the eyes settle before the routine begins.
LEAD = timedelta(hours=1)
# The answers that make a night's check-in "answered" (the routine's own rows do not count).
CHECKIN_FIELDS = ("rls_intensity", "quality", "rested", "sleep_onset_min", "awakenings")


@dataclass(frozen=True)
class LookNow:
    """The look in force at a moment, and the next moment it may change by the clock alone."""

    look: Look
    next_change: datetime | None  # None: forced by the setting, the clock never changes it


def evening_starts(night: date, settings: Settings, tz: ZoneInfo) -> datetime:
    """An hour before the night's first evening step (its bedtime when every step is off),
    never before noon of that day."""
    plan = plan_for_night(night, settings, tz)
    firsts = [s.at_utc for s in plan.steps if s.kind in EVENING_KINDS] or [plan.bedtime_utc]
    noon = local_datetime(night, DAY_TURNS_AT, tz).astimezone(UTC)
    return max(min(firsts) - LEAD, noon)


def night_ends(night: date, tz: ZoneInfo) -> datetime:
    """Noon of the day after: where the night turns."""
    return local_datetime(night + timedelta(days=1), DAY_TURNS_AT, tz).astimezone(UTC)


def is_checked_in(night: Night | None) -> bool:
    """Whether the morning check-in of this night holds any answer."""
    return night is not None and any(getattr(night, f) is not None for f in CHECKIN_FIELDS)


def look_at(now: datetime, settings: Settings, tz: ZoneInfo, *, checked_in: bool) -> LookNow:
    """The look at `now`; `checked_in`: the check-in of the night `now` belongs to is answered
    (it counts only after midnight, when it can be about a night that has passed)."""
    forced = settings.appearance
    if forced != "auto":
        return LookNow(forced, None)
    night = which_night(now, tz)
    start, end = evening_starts(night, settings, tz), night_ends(night, tz)
    tomorrow = evening_starts(night + timedelta(days=1), settings, tz)
    moment = now.astimezone(UTC)
    after_midnight = now.astimezone(tz).date() > night
    if moment < start:
        return LookNow("day", start.astimezone(tz))
    if checked_in and after_midnight:
        return LookNow("day", tomorrow.astimezone(tz))
    return LookNow("evening", end.astimezone(tz))
