"""When the legs began: the onset choice from a clock time, and the onset trend over weeks.

A clock time written for night D is on D from 06:00 to 23:59, and after midnight (still night D)
from 00:00 to 05:59. On that timeline ("night minutes": minutes since 00:00 of D, with 24 h added
to an after-midnight time) earlier means a bigger gap before bed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time, timedelta

from companion.core.diary import Night
from companion.core.measures import SymptomOnset

# A time before this is after midnight, still the same night.
NIGHT_CLOCK_TURNS_AT = time(6, 0)
# From this long before bedtime on, legs that start count as "at bedtime".
BEDTIME_WINDOW_MIN = 30
EVENING_FROM = time(18, 0)
AFTERNOON_FROM = time(12, 0)
# Moved this much earlier over TREND_WEEKS: worth a sentence (issue 16).
EARLIER_BY_MIN = 120
TREND_WEEKS = 8
MEDIAN_NIGHTS = 7


def night_minutes(clock: time) -> int:
    """Minutes since 00:00 of the night's date; 00:00–05:59 counts as after midnight (+24 h)."""
    minutes = clock.hour * 60 + clock.minute
    return minutes + 24 * 60 if clock < NIGHT_CLOCK_TURNS_AT else minutes


def onset_from_time(symptoms_from: time, bedtime: time) -> SymptomOnset:
    """The onset choice for legs that began at `symptoms_from` on a night with `bedtime`.

    The rule, on the night's timeline (06:00 … 05:59 the next morning):
    - from 30 minutes before bedtime on (also after bedtime, after midnight) → "bedtime";
    - otherwise from 18:00 → "evening"; from 12:00 → "afternoon"; from 06:00 → "morning".
    A bedtime from 00:00 to 05:59 is after midnight, so 23:30 is then still "evening".
    """
    start = night_minutes(symptoms_from)
    if start >= night_minutes(bedtime) - BEDTIME_WINDOW_MIN:
        return "bedtime"
    if start >= night_minutes(EVENING_FROM):
        return "evening"
    if start >= night_minutes(AFTERNOON_FROM):
        return "afternoon"
    return "morning"


def median_line(
    points: Sequence[tuple[date, int]], nights: int = MEDIAN_NIGHTS
) -> list[tuple[date, float]]:
    """For each point, the median night minutes of the `nights` nights up to it (oldest first).

    The window counts calendar nights, not entries: a gap in the diary shortens it.
    """
    import statistics  # here, not at the top: it loads decimal and fractions

    ordered = sorted(points)
    line: list[tuple[date, float]] = []
    for day, _ in ordered:
        window = [m for d, m in ordered if day - timedelta(days=nights - 1) <= d <= day]
        line.append((day, float(statistics.median(window))))
    return line


def weekly_medians(points: Iterable[tuple[date, int]], first: date) -> dict[int, float]:
    """Median night minutes per week since `first` (week 0 is `first` … `first` + 6)."""
    import statistics  # here, not at the top: it loads decimal and fractions

    weeks: dict[int, list[int]] = {}
    for day, minutes in points:
        if day >= first:
            weeks.setdefault((day - first).days // 7, []).append(minutes)
    return {week: float(statistics.median(values)) for week, values in sorted(weeks.items())}


def earlier_by_minutes(points: Sequence[tuple[date, int]], last: date) -> float | None:
    """How much earlier (minutes) legs began in the last week than 8 weeks before, or None.

    Compares the median of the 7 nights up to `last` with the median of the 7 nights of the
    first week of the 8-week span; None when either week has no time recorded.
    """
    import statistics  # here, not at the top: it loads decimal and fractions

    first_week_start = last - timedelta(weeks=TREND_WEEKS) + timedelta(days=1)
    early = [m for d, m in points if first_week_start <= d < first_week_start + timedelta(days=7)]
    late = [m for d, m in points if last - timedelta(days=6) <= d <= last]
    if not early or not late:
        return None
    return float(statistics.median(early) - statistics.median(late))


def moved_earlier(points: Sequence[tuple[date, int]], last: date) -> bool:
    """Whether legs have begun at least two hours earlier over the last eight weeks."""
    moved = earlier_by_minutes(points, last)
    return moved is not None and moved >= EARLIER_BY_MIN


def clock_from_night_minutes(minutes: float) -> str:
    """'21:30' for a point on the night's timeline (the chart's axis labels)."""
    whole = round(minutes) % (24 * 60)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def with_derived_onset(n: Night, usual_bedtime: time) -> Night:
    """`n` with its onset choice set from `symptoms_from` (unchanged when there is no time).

    The bedtime is the clock time the person got into bed that night when recorded, else
    their usual bedtime.
    """
    if n.symptoms_from is None:
        return n
    bedtime = n.into_bed_at.time() if n.into_bed_at is not None else usual_bedtime
    return n.replace(symptom_onset=onset_from_time(n.symptoms_from, bedtime))
