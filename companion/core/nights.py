"""The one home of "the night turns at noon" (DESIGN §4.3).

A night is the local date on which its evening began: a check-in at 07:00 on the 25th belongs to
the night of the 24th. A clock time written for a night is in that evening from noon on, and in
the morning after before noon.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

DAY_TURNS_AT = time(12, 0)


def night_of(local: datetime) -> date:
    """The night a local moment belongs to: its date, or the day before if before noon."""
    if local.time() < DAY_TURNS_AT:
        return local.date() - timedelta(days=1)
    return local.date()


def day_of_clock(night: date, wall: time) -> date:
    """The calendar day on which `wall` falls in `night`: that day from noon, else the next."""
    return night if wall >= DAY_TURNS_AT else night + timedelta(days=1)


def night_window(night: date) -> tuple[datetime, datetime]:
    """Naive local bounds [noon of `night`, midnight after the next day) that its times fall in.

    Wide on purpose: late sleepers and day sleepers still get up before that second midnight.
    """
    start = datetime.combine(night, DAY_TURNS_AT)
    return start, datetime.combine(night + timedelta(days=2), time(0, 0))
