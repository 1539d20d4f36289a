"""The checks a night must pass before it is stored, each problem naming its field."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time

from companion.core.diary import Night, minutes_between, sleep_onset_at, total_sleep_min
from companion.core.measures import (
    MEASURE_BY_KEY,
    NIGHT_FIELDS,
    NOTE_MAX,
    JournalValueError,
    Measure,
    Problem,
)
from companion.core.nights import night_window

_TIME_ORDER = ("into_bed_at", "lights_out_at", "sleep_onset_at", "final_wake_at", "out_of_bed_at")


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
        problems.append(
            Problem(
                "legs_woke_me", f"{n.legs_woke_me} is more than the awakenings ({n.awakenings})"
            )
        )
    times = [
        (k, getattr(n, k) if k != "sleep_onset_at" else sleep_onset_at(n)) for k in _TIME_ORDER
    ]
    known = [(k, t) for k, t in times if t is not None]
    for (k1, t1), (k2, t2) in itertools.pairwise(known):
        if t2 < t1:
            field = "sleep_onset_min" if "sleep_onset_at" in (k1, k2) else k2
            problems.append(
                Problem(
                    field, f"{_label(k2)} ({_clock(t2)}) comes before {_label(k1)} ({_clock(t1)})"
                )
            )
    tst = total_sleep_min(n)
    if tst is not None and tst < 0 and not problems:
        problems.append(
            Problem(
                "waso_min",
                f"time to fall asleep ({n.sleep_onset_min} min) plus time awake "
                f"({n.waso_min or 0} min) is longer than lights-out to final wake "
                f"({minutes_between(n.lights_out_at, n.final_wake_at)} min)",
            )
        )
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
            return "must be a date and time"
        return _time_problem(value, night)
    if m.kind in ("minutes", "count", "scale"):
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        return range_problem(m, value)
    if m.kind == "clock":
        if not isinstance(value, time) or value.tzinfo is not None:
            return "must be a local clock time"
        return "must be in whole minutes" if value.second or value.microsecond else None
    if m.kind == "yes_no":
        return None if isinstance(value, bool) else "must be yes or no"
    if m.kind == "choice":
        return None if value in m.choices else f"{value!r} is not one of {', '.join(m.choices)}"
    if m.kind == "text":
        if not isinstance(value, str):
            return "must be text"
        return text_problem(value, NOTE_MAX)
    return None


def _time_problem(value: datetime, night: date) -> str | None:
    if value.tzinfo is None or value.utcoffset() is None:
        return f"{value.isoformat()} needs a UTC offset (like +01:00)"
    if value.second or value.microsecond:
        return f"{value.isoformat()} must be in whole minutes"
    low, high = night_window(night)
    local = value.replace(tzinfo=None)
    if not low <= local < high:
        return (
            f"{value.isoformat()} is outside the night of {night.isoformat()} "
            f"(noon that day to midnight the day after)"
        )
    return None


def range_problem(m: Measure, value: float) -> str | None:
    """What is wrong with a number outside the measure's range, or None."""
    if (m.low is not None and value < m.low) or (m.high is not None and value > m.high):
        return f"{format_number(value)} is outside {format_number(m.low)}–{format_number(m.high)}"
    return None


def text_problem(value: str, limit: int) -> str | None:
    """What is wrong with a text the journal cannot keep, or None."""
    if "\x00" in value:
        return "must not contain a NUL character"
    if len(value) > limit:
        return f"is {len(value)} characters long; at most {limit} fit"
    return None


def _label(key: str) -> str:
    return MEASURE_BY_KEY[key].label.lower()


def _clock(t: datetime) -> str:
    return t.strftime("%d %b %H:%M")


def format_number(value: float | None) -> str:
    """A number as the journal writes it: no ".0" on whole numbers, "…" for an open bound."""
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
