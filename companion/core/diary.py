"""One night's diary entry: the `Night`, its factor rows, and the values derived from them.

Derived values (never stored, always recomputed; all in whole minutes unless said):

- time in bed        = out-of-bed − into-bed
- total sleep time   = (final wake − lights-out) − sleep-onset minutes − WASO minutes
                       (WASO counts as 0 when awakenings is exactly 0; otherwise a missing
                       WASO makes total sleep time unknown, because null ≠ 0)
- sleep efficiency   = 100 × total sleep time / time in bed, in %, rounded to 0.1
- sleep-onset time   = lights-out + sleep-onset minutes (a clock time, with offset)

Worked example (tested): into bed 22:30, lights out 22:45, 20 min to fall asleep, 2 awakenings
for 30 min in all, final wake 06:15, out of bed 06:30 → time in bed 480 min, total sleep
(450 − 20 − 30) = 400 min, efficiency 83.3 %, asleep at 23:05.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from companion.core.measures import Source, SymptomOnset


@dataclass(frozen=True, slots=True)  # 3,650 of them in a journal window: no dict each
class Night:
    """What the user reported about one night. None means "not answered" (never zero).

    Times are timezone-aware datetimes in whole minutes; they keep the offset they were given.
    """

    night: date
    into_bed_at: datetime | None = None
    lights_out_at: datetime | None = None
    sleep_onset_min: int | None = None
    awakenings: int | None = None
    waso_min: int | None = None
    final_wake_at: datetime | None = None
    out_of_bed_at: datetime | None = None
    quality: int | None = None
    rested: int | None = None
    rls_intensity: int | None = None
    symptom_onset: SymptomOnset | None = None
    legs_woke_me: int | None = None
    note: str = ""
    # A local clock time on the night's date: 06:00–23:59 that day, 00:00–05:59 after midnight.
    symptoms_from: time | None = None
    arms: bool | None = None

    def replace(self, **changes: object) -> Night:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def is_empty(self) -> bool:
        """True when nothing but the date is known (e.g. only the routine ran that evening)."""
        return self == Night(self.night)


@dataclass(frozen=True, slots=True)
class FactorValue:
    """One factor row: canonical text value (see `parse_value`) and where it came from."""

    key: str
    value: str
    source: Source


# --- derived values -----------------------------------------------------------------------


def minutes_between(start: datetime | None, end: datetime | None) -> int | None:
    """Whole minutes from `start` to `end`; None when either is not known."""
    if start is None or end is None:
        return None
    return int((end - start).total_seconds() // 60)


def time_in_bed_min(n: Night) -> int | None:
    return minutes_between(n.into_bed_at, n.out_of_bed_at)


def total_sleep_min(n: Night) -> int | None:
    asleep_span = minutes_between(n.lights_out_at, n.final_wake_at)
    waso = n.waso_min if n.waso_min is not None else (0 if n.awakenings == 0 else None)
    if asleep_span is None or n.sleep_onset_min is None or waso is None:
        return None
    return asleep_span - n.sleep_onset_min - waso


def sleep_efficiency_pct(n: Night) -> float | None:
    tst, tib = total_sleep_min(n), time_in_bed_min(n)
    if tst is None or tib is None or tib <= 0:
        return None
    return round(100 * tst / tib, 1)


def sleep_onset_at(n: Night) -> datetime | None:
    if n.lights_out_at is None or n.sleep_onset_min is None:
        return None
    return n.lights_out_at + timedelta(minutes=n.sleep_onset_min)


def derived_values(n: Night) -> dict[str, int | float | datetime | None]:
    """Every derived value by its key in `MEASURES`."""
    return {
        "time_in_bed_min": time_in_bed_min(n),
        "total_sleep_min": total_sleep_min(n),
        "sleep_efficiency_pct": sleep_efficiency_pct(n),
        "sleep_onset_at": sleep_onset_at(n),
    }
