"""How often the whole routine was done: adherence over a window, and streaks of nights."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from companion.core.night_records import ROUTINE_STEPS, NightRecord


@dataclass(frozen=True)
class Adherence:
    """Nights in a window of `days` ending at `last_night`, with each step and the whole routine."""

    days: int
    whole: int
    by_step: Mapping[str, int]

    @property
    def share(self) -> float:
        return self.whole / self.days if self.days else 0.0


def adherence(records: Iterable[NightRecord], last_night: date, days: int) -> Adherence:
    """Counts over the `days` nights ending at `last_night`; unrecorded nights count as not done."""
    first = last_night - timedelta(days=days - 1)
    inside = [r for r in records if first <= r.day <= last_night]
    return Adherence(
        days=days,
        whole=sum(r.routine_done for r in inside),
        by_step={s: sum(r.routine.get(s) is True for r in inside) for s in ROUTINE_STEPS},
    )


@dataclass(frozen=True)
class Streaks:
    current: int
    longest: int


def streaks(records: Iterable[NightRecord], last_night: date) -> Streaks:
    """Runs of consecutive nights with the whole routine done.

    The current run counts back from `last_night`; if that evening is not (yet) complete it
    counts back from the night before, so an unfinished evening does not reset it.
    """
    done = {r.day for r in records if r.routine_done and r.day <= last_night}
    longest = 0
    for day in done:
        if day - timedelta(days=1) not in done:
            length = 1
            while day + timedelta(days=length) in done:
                length += 1
            longest = max(longest, length)
    start = last_night if last_night in done else last_night - timedelta(days=1)
    current = 0
    while start - timedelta(days=current) in done:
        current += 1
    return Streaks(current, longest)
