"""Journal values as text: CSV cells, CLI arguments and the store's factor values, read and
written; and a night described in readable lines (what `log` prints)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time

from companion.core.day_names import weekday_name
from companion.core.diary import FactorValue, Night, derived_values
from companion.core.diary_checks import (
    check_night,
    format_number,
    needs_offset,
    not_one_of,
    range_problem,
    text_problem,
    whole_minutes,
)
from companion.core.measures import (
    BUILTIN_FACTORS,
    DERIVED,
    MEASURE_BY_KEY,
    NIGHT_FIELDS,
    NOTE_MAX,
    JournalValueError,
    Measure,
    measure_for_factor,
)
from companion.core.words import QT_TRANSLATE_NOOP, decimal, translate

_INT = re.compile(r"[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_YES = {"yes": "yes", "y": "yes", "true": "yes", "no": "no", "n": "no", "false": "no"}
# The stored answers as a person reads them: translate("Diary", _YES_NO_SHOWN[value]).
_YES_NO_SHOWN = {"yes": QT_TRANSLATE_NOOP("Diary", "yes"), "no": QT_TRANSLATE_NOOP("Diary", "no")}


def parse_time(text: str, field: str) -> datetime:
    """ISO 8601 with a UTC offset ('2024-03-24T22:30:00+01:00'), or JournalValueError."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise JournalValueError(
            field,
            translate(
                "JournalErrors", "{value} is not a date and time like 2024-03-24T22:30:00+01:00"
            ).format(value=repr(text)),
        ) from None
    if value.tzinfo is None:
        raise JournalValueError(field, needs_offset(repr(text)))
    return value


def format_time(value: datetime) -> str:
    return value.isoformat()


_CLOCK = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


def parse_clock(text: str, field: str) -> time:
    """A local clock time 'HH:MM' (00:00–23:59), or JournalValueError naming `field`."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        raise JournalValueError(
            field,
            translate("JournalErrors", "{value} is not a clock time like 21:30").format(
                value=repr(text)
            ),
        )
    return time(int(match.group(1)), int(match.group(2)))


def format_clock(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_value(m: Measure, text: str) -> str:
    """Canonical text for a factor value (what the store keeps), or JournalValueError.

    yes/no → "yes"/"no"; counts → digits; numbers → shortest decimal; times → ISO 8601 with
    offset; tags → "yes" (a tag is either on a night or absent).
    """
    raw = text.strip()
    if m.kind in ("yes_no", "tag"):
        canon = _YES.get(raw.lower())
        if canon is None or (m.kind == "tag" and canon != "yes"):
            if m.kind == "yes_no":
                message = translate("JournalErrors", "{value} is not yes or no")
            else:
                message = translate("JournalErrors", "{value} is not yes (leave it empty for no)")
            raise JournalValueError(m.key, message.format(value=repr(text)))
        return canon
    if m.kind in ("count", "scale", "minutes"):
        if not _INT.fullmatch(raw):
            raise JournalValueError(
                m.key,
                translate("JournalErrors", "{value} is not a whole number").format(
                    value=repr(text)
                ),
            )
        _raise_range(m, int(raw))
        return str(int(raw))
    if m.kind == "number":
        if not _NUMBER.fullmatch(raw):
            raise JournalValueError(
                m.key,
                translate("JournalErrors", "{value} is not a number like 18.5").format(
                    value=repr(text)
                ),
            )
        number = float(raw)
        _raise_range(m, number)
        return format_number(number)
    if m.kind == "choice":
        if raw.lower() not in m.choices:
            raise JournalValueError(m.key, not_one_of(repr(text), m.choices))
        return raw.lower()
    if m.kind == "clock":
        return format_clock(parse_clock(raw, m.key))
    if m.kind == "time":
        value = parse_time(raw, m.key)
        if value.second or value.microsecond:
            raise JournalValueError(m.key, whole_minutes(repr(text)))
        return format_time(value)
    problem = text_problem(text, NOTE_MAX)
    if problem:
        raise JournalValueError(m.key, problem)
    return text


def _raise_range(m: Measure, value: float) -> None:
    problem = range_problem(m, value)
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
    if m.kind == "clock":
        return parse_clock(text, m.key)
    canon = parse_value(m, text)
    if m.kind == "yes_no":
        return canon == "yes"
    return canon if m.kind == "choice" else int(canon)


def night_field_to_text(m: Measure, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, time):
        return format_clock(value)
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def night_from_texts(night: date, texts: Mapping[str, str], base: Night | None = None) -> Night:
    """`base` (or an empty night) with the given fields replaced from text, then checked."""
    changes: dict[str, object] = {}
    for key, text in texts.items():
        m = MEASURE_BY_KEY.get(key)
        if m is None or m.stored_in != "night":
            raise JournalValueError(key, translate("JournalErrors", "is not a night field"))
        changes[key] = night_field_from_text(m, text)
    return check_night((base or Night(night)).replace(**changes))


def describe(m: Measure, text: str) -> str:
    """'Sleep quality (1 very poor … 5 very good): 4' — one line of what was stored."""
    if m.is_tag:
        return translate("Diary", "Tag: {name}").format(name=m.label)
    unit = "" if not m.unit else (m.unit if m.unit in ("%", "/5", "°C") else f" {m.unit}")
    shown = text.replace("\n", " ⏎ ") if m.kind == "text" else text
    if m.kind == "number" and _NUMBER.fullmatch(text):  # stored with ".", read in the locale's
        shown = decimal(float(text), len(text.partition(".")[2]))
    if m.kind == "yes_no" and text in _YES_NO_SHOWN:
        shown = translate("Diary", _YES_NO_SHOWN[text])
    label = translate("Measures", m.label)  # a custom step's title finds no entry: kept as is
    return translate("Diary", "{label}: {value}").format(
        label=label, value=shown + (unit if text else "")
    )


def describe_night(n: Night, factors: Mapping[str, FactorValue]) -> list[str]:
    """What is stored for a night, one readable line each (`log` prints these)."""
    lines = [
        translate("Diary", "Night of {weekday} {date}").format(
            weekday=weekday_name(n.night), date=n.night.isoformat()
        )
    ]
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
