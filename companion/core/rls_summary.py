"""What the clinician's report says about medicines, iron tests, onset, arms and episodes.

Pure: the report's renderer gets these plain values; the sentences live here, once. The app
states the person's own records and published facts with their source; it never advises.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from companion.core.diary import Night
from companion.core.onset import clock_from_night_minutes, earlier_by_minutes, night_minutes
from companion.core.rls_records import Episode, LabResult, MedicationCourse
from companion.core.words import QT_TRANSLATE_NOOP, number_g, translate

# Shown translated: translate("Report", IRON_GUIDELINE).
IRON_GUIDELINE = QT_TRANSLATE_NOOP(
    "Report",
    "The 2024 American Academy of Sleep Medicine clinical practice guideline for restless legs "
    "(Winkelman et al., J Clin Sleep Med 2024; doi:10.5664/jcsm.11390) uses these iron "
    "thresholds in adults: serum ferritin ≤ 75 ng/mL (µg/L) or transferrin saturation (TSAT) "
    "< 20 %. These numbers are for a conversation with a clinician; this app does not "
    "recommend any treatment or dose.",
)
# Filled and translated by earlier_sentence; {hours} is a number like 2.5.
EARLIER_SENTENCE = QT_TRANSLATE_NOOP(
    "Report",
    "Your symptoms have been starting earlier: the median start time moved about {hours} hours "
    "earlier over the last 8 weeks. This may be worth mentioning to your clinician.",
)


@dataclass(frozen=True)
class RlsRecords:
    """Medicine courses, iron tests and episodes, as the report's journey loads them."""

    medications: Sequence[MedicationCourse] = ()
    labs: Sequence[LabResult] = ()
    episodes: Sequence[Episode] = ()
    # The nights of the 8 weeks up to the report's last night, for the onset trend sentence.
    onset_history: Sequence[Night] = field(default_factory=tuple)


def courses_in(
    courses: Sequence[MedicationCourse], first: date, last: date
) -> list[MedicationCourse]:
    return [c for c in courses if c.overlaps(first, last)]


def labs_for(
    labs: Sequence[LabResult], first: date, last: date
) -> tuple[LabResult | None, list[LabResult]]:
    """The most recent result before `first` (or None), and the results from `first` to `last`."""
    before = [r for r in labs if r.taken < first]
    return (max(before, key=lambda r: r.taken) if before else None), [
        r for r in labs if first <= r.taken <= last
    ]


def onset_points(nights: Sequence[Night]) -> list[tuple[date, int]]:
    """(night, night minutes) of every night with a start time (see `onset.night_minutes`)."""
    return [(n.night, night_minutes(n.symptoms_from)) for n in nights if n.symptoms_from]


def earlier_sentence(nights: Sequence[Night], last: date) -> str | None:
    """The plain sentence when legs began ≥ 2 hours earlier over 8 weeks, else None."""
    moved = earlier_by_minutes(onset_points(nights), last)
    if moved is None or moved < 120:
        return None
    hours = moved / 60
    return translate("Report", EARLIER_SENTENCE).format(hours=number_g(round(hours, 1)))


@dataclass(frozen=True)
class WeekRow:
    """One week of the report: from `start`, answered nights, arms, wakings, episodes."""

    start: date
    nights_answered: int
    arms_yes: int
    arms_answered: int
    legs_woke_me: int
    episodes: int
    median_start: str | None


def weekly_rows(
    nights: Sequence[Night], episodes: Sequence[Episode], first: date, last: date
) -> list[WeekRow]:
    """Week by week from `first` (the last week may be shorter)."""
    rows: list[WeekRow] = []
    start = first
    while start <= last:
        end = min(start + timedelta(days=6), last)
        week = [n for n in nights if start <= n.night <= end and not n.is_empty()]
        starts = [night_minutes(n.symptoms_from) for n in week if n.symptoms_from]
        rows.append(
            WeekRow(
                start=start,
                nights_answered=len(week),
                arms_yes=sum(n.arms is True for n in week),
                arms_answered=sum(n.arms is not None for n in week),
                legs_woke_me=sum(n.legs_woke_me or 0 for n in week),
                episodes=sum(start <= e.night <= end for e in episodes),
                median_start=(
                    clock_from_night_minutes(statistics.median(starts)) if starts else None
                ),
            )
        )
        start = end + timedelta(days=1)
    return rows
