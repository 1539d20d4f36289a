"""The journal model: one night's answers, the factors around it, and the values derived from them.

Pure: no Qt, no clock, no disk. The store saves what this module validates; the check-in dialog,
the `log` command and the importers all build a `Night` and let `check_night` judge it.

Every measure the journal knows — stored night fields, built-in factors and derived values —
has its key, label and kind in ONE table, `MEASURES`; column orders, CLI option names and
messages are all read from it.

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

A night is the local date on which the evening began; the day turns at noon, so a check-in at
07:00 on the 25th belongs to the night of the 24th (`night_for`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal, get_args

from companion.core.nights import DAY_TURNS_AT, night_of

Source = Literal["routine", "manual", "import"]
SOURCES: tuple[Source, ...] = get_args(Source)

SymptomOnset = Literal["none", "bedtime", "evening", "afternoon", "morning"]
SYMPTOM_ONSETS: tuple[SymptomOnset, ...] = get_args(SymptomOnset)

Kind = Literal["time", "minutes", "count", "scale", "choice", "text", "yes_no", "number", "tag"]
StoredIn = Literal["night", "factor", "derived"]

TAG_PREFIX = "tag:"
TAG_MAX = 40
NOTE_MAX = 10_000


@dataclass(frozen=True)
class Measure:
    """One thing the journal records or derives: its key, how people see it, what it accepts.

    `option` is the `log` command's option name (without dashes) where there is one.
    """

    key: str
    label: str
    kind: Kind
    stored_in: StoredIn
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    unit: str = ""
    option: str | None = None

    @property
    def is_tag(self) -> bool:
        return self.kind == "tag"


_EXERCISE = ("none", "light", "moderate", "vigorous")

# THE table. Order matters: it is the CSV column order and the order of `log`'s summary.
# Kept as a table, one measure per line: it reads better than the formatter's columns.
# fmt: off
MEASURES: tuple[Measure, ...] = (
    # Night fields (Consensus Sleep Diary measures in our own words, plus RLS measures).
    Measure("into_bed_at", "Got into bed", "time", "night"),
    Measure("lights_out_at", "Lights out", "time", "night"),
    Measure("sleep_onset_min", "Time to fall asleep", "minutes", "night", 0, 720, unit="min", option="sol"),  # noqa: E501
    Measure("awakenings", "Times woken in the night", "count", "night", 0, 99, option="awakenings"),
    Measure("waso_min", "Time awake after first falling asleep", "minutes", "night", 0, 1440, unit="min"),  # noqa: E501
    Measure("final_wake_at", "Woke for the day", "time", "night"),
    Measure("out_of_bed_at", "Got out of bed", "time", "night"),
    Measure("quality", "Sleep quality (1 very poor … 5 very good)", "scale", "night", 1, 5, option="quality"),  # noqa: E501
    Measure("rested", "Felt rested (1 not at all … 5 fully)", "scale", "night", 1, 5),
    Measure("rls_intensity", "Restless legs (0 none … 10 worst)", "scale", "night", 0, 10, option="rls"),  # noqa: E501
    Measure("symptom_onset", "Legs started bothering me", "choice", "night", choices=SYMPTOM_ONSETS),  # noqa: E501
    Measure("legs_woke_me", "Times my legs woke me", "count", "night", 0, 99),
    Measure("note", "Note", "text", "night", option="note"),
    # Derived values: exported, never stored (formulas in the module docstring).
    Measure("time_in_bed_min", "Time in bed", "minutes", "derived", unit="min"),
    Measure("total_sleep_min", "Total sleep time", "minutes", "derived", unit="min"),
    Measure("sleep_efficiency_pct", "Sleep efficiency", "number", "derived", unit="%"),
    Measure("sleep_onset_at", "Fell asleep at", "time", "derived"),
    # Built-in factors: rows (night, key, value, source).
    Measure("magnesium", "Took magnesium", "yes_no", "factor", option="magnesium"),
    Measure("magnesium_dose_mg", "Magnesium dose", "count", "factor", 1, 2000, unit="mg"),
    Measure("magnesium_time", "Magnesium taken at", "time", "factor"),
    Measure("stretched", "Stretched this evening", "yes_no", "factor", option="stretched"),
    Measure("stretch_holds_done", "Stretch holds done", "count", "factor", 0, 100),
    Measure("stretch_holds_planned", "Stretch holds planned", "count", "factor", 0, 100),
    Measure("stretch_minutes", "Minutes spent stretching", "count", "factor", 0, 240, unit="min"),
    Measure("lights_dimmed", "Dimmed the lights", "yes_no", "factor"),
    Measure("caffeine_after_noon", "Caffeinated drinks after noon", "count", "factor", 0, 30, option="caffeine-after-noon"),  # noqa: E501
    Measure("alcohol_drinks", "Alcoholic drinks", "count", "factor", 0, 30, option="alcohol"),
    Measure("exercise", "Exercise", "choice", "factor", choices=_EXERCISE),
    Measure("stress", "Stress (1 calm … 5 very stressed)", "scale", "factor", 1, 5, option="stress"),  # noqa: E501
    Measure("room_temperature_c", "Bedroom temperature", "number", "factor", 5, 40, unit="°C"),
    # Kept apart from our quality score on purpose: a different app's scale, not the user's answer.
    Measure("saa_rating", "Sleep as Android rating", "number", "factor", 0.25, 5, unit="/5"),
)
# fmt: on

MEASURE_BY_KEY: dict[str, Measure] = {m.key: m for m in MEASURES}
NIGHT_FIELDS: tuple[Measure, ...] = tuple(m for m in MEASURES if m.stored_in == "night")
DERIVED: tuple[Measure, ...] = tuple(m for m in MEASURES if m.stored_in == "derived")
BUILTIN_FACTORS: tuple[Measure, ...] = tuple(m for m in MEASURES if m.stored_in == "factor")
# The night's clock times, in the order the night goes (into bed … out of bed).
TIME_FIELDS: tuple[str, ...] = tuple(m.key for m in NIGHT_FIELDS if m.kind == "time")
OPTIONS: dict[str, Measure] = {m.option: m for m in MEASURES if m.option is not None}


class JournalValueError(ValueError):
    """A value the journal cannot accept; `field` names it the way exports and `log` do."""

    def __init__(self, field: str, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.problems = problems or [Problem(field, message)]


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
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

    def replace(self, **changes: object) -> Night:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def is_empty(self) -> bool:
        """True when nothing but the date is known (e.g. only the routine ran that evening)."""
        return self == Night(self.night)


@dataclass(frozen=True)
class FactorValue:
    """One factor row: canonical text value (see `parse_value`) and where it came from."""

    key: str
    value: str
    source: Source


# --- nights and dates ---------------------------------------------------------------------


def night_for(moment: datetime) -> date:
    """The night a moment belongs to: its local date, or the day before if before noon."""
    return night_of(moment)


def night_window(night: date) -> tuple[datetime, datetime]:
    """Naive local bounds [noon of `night`, midnight after the next day) that its times fall in.

    Wide on purpose: late sleepers and day sleepers still get up before that second midnight.
    """
    start = datetime.combine(night, DAY_TURNS_AT)
    return start, datetime.combine(night + timedelta(days=2), time(0, 0))


# --- derived values -----------------------------------------------------------------------


def _minutes(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return int((end - start).total_seconds() // 60)


def time_in_bed_min(n: Night) -> int | None:
    return _minutes(n.into_bed_at, n.out_of_bed_at)


def total_sleep_min(n: Night) -> int | None:
    asleep_span = _minutes(n.lights_out_at, n.final_wake_at)
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


# --- validation ---------------------------------------------------------------------------

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
                f"({_minutes(n.lights_out_at, n.final_wake_at)} min)",
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
        return _range_problem(m, value)
    if m.kind == "choice":
        return None if value in m.choices else f"{value!r} is not one of {', '.join(m.choices)}"
    if m.kind == "text":
        if not isinstance(value, str):
            return "must be text"
        return _text_problem(value, NOTE_MAX)
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


def _range_problem(m: Measure, value: float) -> str | None:
    if (m.low is not None and value < m.low) or (m.high is not None and value > m.high):
        return f"{_fmt_number(value)} is outside {_fmt_number(m.low)}–{_fmt_number(m.high)}"
    return None


def _text_problem(value: str, limit: int) -> str | None:
    if "\x00" in value:
        return "must not contain a NUL character"
    if len(value) > limit:
        return f"is {len(value)} characters long; at most {limit} fit"
    return None


def _label(key: str) -> str:
    return MEASURE_BY_KEY[key].label.lower()


def _clock(t: datetime) -> str:
    return t.strftime("%d %b %H:%M")


def _fmt_number(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# --- text forms (CSV cells, CLI arguments, the store's factor values) ----------------------

_INT = re.compile(r"[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_YES = {"yes": "yes", "y": "yes", "true": "yes", "no": "no", "n": "no", "false": "no"}


def parse_time(text: str, field: str) -> datetime:
    """ISO 8601 with a UTC offset ('2024-03-24T22:30:00+01:00'), or JournalValueError."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise JournalValueError(
            field, f"{text!r} is not a date and time like 2024-03-24T22:30:00+01:00"
        ) from None
    if value.tzinfo is None:
        raise JournalValueError(field, f"{text!r} needs a UTC offset (like +01:00)")
    return value


def format_time(value: datetime) -> str:
    return value.isoformat()


def parse_value(m: Measure, text: str) -> str:
    """Canonical text for a factor value (what the store keeps), or JournalValueError.

    yes/no → "yes"/"no"; counts → digits; numbers → shortest decimal; times → ISO 8601 with
    offset; tags → "yes" (a tag is either on a night or absent).
    """
    raw = text.strip()
    if m.kind in ("yes_no", "tag"):
        canon = _YES.get(raw.lower())
        if canon is None or (m.kind == "tag" and canon != "yes"):
            raise JournalValueError(
                m.key,
                f"{text!r} is not "
                + ("yes or no" if m.kind == "yes_no" else "yes (leave it empty for no)"),
            )
        return canon
    if m.kind in ("count", "scale", "minutes"):
        if not _INT.fullmatch(raw):
            raise JournalValueError(m.key, f"{text!r} is not a whole number")
        _raise_range(m, int(raw))
        return str(int(raw))
    if m.kind == "number":
        if not _NUMBER.fullmatch(raw):
            raise JournalValueError(m.key, f"{text!r} is not a number like 18.5")
        number = float(raw)
        _raise_range(m, number)
        return _fmt_number(number)
    if m.kind == "choice":
        if raw.lower() not in m.choices:
            raise JournalValueError(m.key, f"{text!r} is not one of {', '.join(m.choices)}")
        return raw.lower()
    if m.kind == "time":
        value = parse_time(raw, m.key)
        if value.second or value.microsecond:
            raise JournalValueError(m.key, f"{text!r} must be in whole minutes")
        return format_time(value)
    problem = _text_problem(text, NOTE_MAX)
    if problem:
        raise JournalValueError(m.key, problem)
    return text


def _raise_range(m: Measure, value: float) -> None:
    problem = _range_problem(m, value)
    if problem:
        raise JournalValueError(m.key, problem)


def night_field_from_text(m: Measure, text: str) -> object:
    """A night field's typed value from text; empty text is "not answered" (None, or "")."""
    if m.kind == "text":
        return parse_value(m, text)
    if not text.strip():
        return None
    if m.kind == "time":
        return parse_time(text, m.key)
    canon = parse_value(m, text)
    return canon if m.kind == "choice" else int(canon)


def night_field_to_text(m: Measure, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, float):
        return _fmt_number(value)
    return str(value)


def night_from_texts(night: date, texts: Mapping[str, str], base: Night | None = None) -> Night:
    """`base` (or an empty night) with the given fields replaced from text, then checked."""
    changes: dict[str, object] = {}
    for key, text in texts.items():
        m = MEASURE_BY_KEY.get(key)
        if m is None or m.stored_in != "night":
            raise JournalValueError(key, "is not a night field")
        changes[key] = night_field_from_text(m, text)
    return check_night((base or Night(night)).replace(**changes))


# --- tags ---------------------------------------------------------------------------------


def tag_key(name: str) -> str:
    """The factor key of a user tag: 'tag:' + its name, trimmed; JournalValueError if unusable."""
    clean = " ".join(name.split())
    if not clean:
        raise JournalValueError("tag", "a tag needs a name")
    if len(clean) > TAG_MAX:
        raise JournalValueError("tag", f"{clean[:20]!r}… is longer than {TAG_MAX} characters")
    if any(not ch.isprintable() for ch in clean):
        raise JournalValueError("tag", f"{clean!r} contains a control character")
    return TAG_PREFIX + clean


def tag_measure(key: str) -> Measure:
    """The definition of a user tag from its key ('tag:after dinner walk')."""
    name = key.removeprefix(TAG_PREFIX)
    return Measure(tag_key(name), name, "tag", "factor")


def measure_for_factor(key: str) -> Measure:
    """A built-in factor's definition or a tag's, else JournalValueError naming the key."""
    m = MEASURE_BY_KEY.get(key)
    if m is not None and m.stored_in == "factor":
        return m
    if key.startswith(TAG_PREFIX):
        return tag_measure(key)
    raise JournalValueError(key, "is not a factor this journal knows")


def describe(m: Measure, text: str) -> str:
    """'Sleep quality (1 very poor … 5 very good): 4' — one line of what was stored."""
    if m.is_tag:
        return f"Tag: {m.label}"
    unit = "" if not m.unit else (m.unit if m.unit in ("%", "/5", "°C") else f" {m.unit}")
    shown = text.replace("\n", " ⏎ ") if m.kind == "text" else text
    return f"{m.label}: {shown}{unit if text else ''}"


def describe_night(n: Night, factors: Mapping[str, FactorValue]) -> list[str]:
    """What is stored for a night, one readable line each (`log` prints these)."""
    lines = [f"Night of {n.night:%A} {n.night.isoformat()}"]
    for m in NIGHT_FIELDS:
        text = night_field_to_text(m, getattr(n, m.key))
        if text:
            lines.append(describe(m, text))
    for m in DERIVED:
        value = derived_values(n)[m.key]
        if value is not None:
            lines.append(describe(m, derived_to_text(m, value)))
    for key in sorted(factors, key=_factor_order):
        m = measure_for_factor(key)
        lines.append(describe(m, factors[key].value) + f"  [{factors[key].source}]")
    return lines


def derived_to_text(m: Measure, value: int | float | datetime | None) -> str:
    """A derived value as exported: minutes as digits, efficiency to 0.1 %, times as ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_time(value)
    if m.key == "sleep_efficiency_pct":
        return f"{value:.1f}"
    return str(value)


_FACTOR_POSITION = {m.key: i for i, m in enumerate(BUILTIN_FACTORS)}


def _factor_order(key: str) -> tuple[int, str]:
    return (_FACTOR_POSITION.get(key, len(_FACTOR_POSITION)), key)
