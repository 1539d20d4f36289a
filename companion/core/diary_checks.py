"""The checks a night must pass before it is stored, each problem naming its field."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time

from companion.core.day_names import day_and_month
from companion.core.diary import Night, minutes_between, sleep_onset_at, total_sleep_min
from companion.core.measures import (
    NIGHT_FIELDS,
    NOTE_MAX,
    JournalValueError,
    Measure,
    Problem,
)
from companion.core.nights import night_window
from companion.core.words import QT_TRANSLATE_NOOP, clock_time, number_g, translate

_TIME_ORDER = ("into_bed_at", "lights_out_at", "sleep_onset_at", "final_wake_at", "out_of_bed_at")
# The night's moments inside a sentence ("lights out (…) comes before got into bed"): their own
# forms, as lowercasing a label is wrong in German; shown as translate("JournalErrors", value).
_IN_SENTENCE: dict[str, str] = {
    "into_bed_at": QT_TRANSLATE_NOOP("JournalErrors", "got into bed"),
    "lights_out_at": QT_TRANSLATE_NOOP("JournalErrors", "lights out"),
    "sleep_onset_at": QT_TRANSLATE_NOOP("JournalErrors", "fell asleep at"),
    "final_wake_at": QT_TRANSLATE_NOOP("JournalErrors", "woke for the day"),
    "out_of_bed_at": QT_TRANSLATE_NOOP("JournalErrors", "got out of bed"),
}


def night_problems(n: Night) -> list[Problem]:
    """Everything wrong with a night, each naming its field; empty when the night is fine."""
    problems: list[Problem] = []
    for m in NIGHT_FIELDS:
        value = getattr(n, m.key)
        if value is None:
            continue
        message = _field_problem(m, value, n.night)
        if message:
            problems.append(Problem(m.key, message))
    if problems:
        return problems  # order checks on bad values would only repeat the same complaint
    if n.legs_woke_me is not None and n.awakenings is not None and n.legs_woke_me > n.awakenings:
        message = translate(
            "JournalErrors", "{count} is more than the awakenings ({awakenings})"
        ).format(count=n.legs_woke_me, awakenings=n.awakenings)
        problems.append(Problem("legs_woke_me", message))
    times = [
        (k, getattr(n, k) if k != "sleep_onset_at" else sleep_onset_at(n)) for k in _TIME_ORDER
    ]
    known = [(k, t) for k, t in times if t is not None]
    for (k1, t1), (k2, t2) in itertools.pairwise(known):
        if t2 < t1:
            field = "sleep_onset_min" if "sleep_onset_at" in (k1, k2) else k2
            problems.append(Problem(field, _order_problem(k1, t1, k2, t2)))
    tst = total_sleep_min(n)
    if tst is not None and tst < 0 and not problems:
        message = translate(
            "JournalErrors",
            "time to fall asleep ({onset} min) plus time awake ({awake} min) is longer than "
            "lights-out to final wake ({night} min)",
        ).format(
            onset=n.sleep_onset_min,
            awake=n.waso_min or 0,
            night=minutes_between(n.lights_out_at, n.final_wake_at),
        )
        problems.append(Problem("waso_min", message))
    return problems


def check_night(n: Night) -> Night:
    """The night itself if valid, else JournalValueError for the first problem (all: .problems)."""
    problems = night_problems(n)
    if problems:
        raise JournalValueError(problems[0].field, problems[0].message, problems)
    return n


def _field_problem(m: Measure, value: object, night: date) -> str | None:
    if m.kind == "time":
        if not isinstance(value, datetime):
            return translate("JournalErrors", "must be a date and time")
        return _time_problem(value, night)
    if m.kind in ("minutes", "count", "scale"):
        if isinstance(value, bool) or not isinstance(value, int):
            return translate("JournalErrors", "must be a whole number")
        return range_problem(m, value)
    if m.kind == "clock":
        if not isinstance(value, time) or value.tzinfo is not None:
            return translate("JournalErrors", "must be a local clock time")
        if value.second or value.microsecond:
            return translate("JournalErrors", "must be in whole minutes")
        return None
    if m.kind == "yes_no":
        return None if isinstance(value, bool) else translate("JournalErrors", "must be yes or no")
    if m.kind == "choice":
        return None if value in m.choices else not_one_of(repr(value), m.choices)
    if m.kind == "text":
        if not isinstance(value, str):
            return translate("JournalErrors", "must be text")
        return text_problem(value, NOTE_MAX)
    return None


def not_one_of(shown: str, choices: tuple[str, ...]) -> str:
    """'\'x\' is not one of none, light, …' — the choices are the values to type, kept as is."""
    return translate("JournalErrors", "{value} is not one of {choices}").format(
        value=shown, choices=", ".join(choices)
    )


def _time_problem(value: datetime, night: date) -> str | None:
    if value.tzinfo is None or value.utcoffset() is None:
        return needs_offset(value.isoformat())
    if value.second or value.microsecond:
        return whole_minutes(value.isoformat())
    low, high = night_window(night)
    local = value.replace(tzinfo=None)
    if not low <= local < high:
        return translate(
            "JournalErrors",
            "{moment} is outside the night of {night} (noon that day to midnight the day after)",
        ).format(moment=value.isoformat(), night=night.isoformat())
    return None


def needs_offset(shown: str) -> str:
    """'… needs a UTC offset (like +01:00)', naming the value as typed."""
    return translate("JournalErrors", "{value} needs a UTC offset (like +01:00)").format(
        value=shown
    )


def whole_minutes(shown: str) -> str:
    return translate("JournalErrors", "{value} must be in whole minutes").format(value=shown)


def range_problem(m: Measure, value: float) -> str | None:
    """What is wrong with a number outside the measure's range, or None."""
    if (m.low is not None and value < m.low) or (m.high is not None and value > m.high):
        return translate("JournalErrors", "{value} is outside {low}–{high}").format(
            value=shown_number(value), low=shown_number(m.low), high=shown_number(m.high)
        )
    return None


def text_problem(value: str, limit: int) -> str | None:
    """What is wrong with a text the journal cannot keep, or None."""
    if "\x00" in value:
        return translate("JournalErrors", "must not contain a NUL character")
    return too_long(value, limit)


def too_long(value: str, limit: int) -> str | None:
    """'is 70 characters long; at most 60 fit', or None when it fits."""
    if len(value) <= limit:
        return None
    return translate("JournalErrors", "is {length} characters long; at most {limit} fit").format(
        length=len(value), limit=limit
    )


def _order_problem(k1: str, t1: datetime, k2: str, t2: datetime) -> str:
    return translate(
        "JournalErrors", "{later} ({later_time}) comes before {earlier} ({earlier_time})"
    ).format(
        later=translate("JournalErrors", _IN_SENTENCE[k2]),
        later_time=_clock(t2),
        earlier=translate("JournalErrors", _IN_SENTENCE[k1]),
        earlier_time=_clock(t1),
    )


def _clock(t: datetime) -> str:
    return translate("JournalErrors", "{day} {time}", "a date and a time of day").format(
        day=day_and_month(t.date()), time=clock_time(t)
    )


def format_number(value: float | None) -> str:
    """A number as the journal stores it: no ".0" on whole numbers, "…" for an open bound."""
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def shown_number(value: float | None) -> str:
    """`format_number` as a person reads it, in the locale's digits ('18,5' in German)."""
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else number_g(value)
