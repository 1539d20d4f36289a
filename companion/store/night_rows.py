"""The `nights` table: one row per night, and how a `Night` becomes a row and back."""

from __future__ import annotations

import functools
import sqlite3
from datetime import date, datetime, time

from companion.core.journal import (
    NIGHT_FIELDS,
    JournalValueError,
    Measure,
    Night,
    format_clock,
    parse_clock,
    parse_value,
)
from companion.store.errors import Unreadable, UnreadableValue
from companion.store.night_keys import range_clause, read_day, read_moment

_NIGHT_COLUMNS = tuple(m.key for m in NIGHT_FIELDS)
_SELECT = f"SELECT night, {', '.join(_NIGHT_COLUMNS)} FROM nights"


def upsert_night(db: sqlite3.Connection, night: Night) -> None:
    db.execute(
        f"INSERT INTO nights (night, {', '.join(_NIGHT_COLUMNS)}) "
        f"VALUES (?{', ?' * len(_NIGHT_COLUMNS)}) "
        f"ON CONFLICT (night) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _NIGHT_COLUMNS),
        _night_row(night),
    )


def get_night(db: sqlite3.Connection, night: date, unreadable: Unreadable) -> Night | None:
    row = db.execute(f"{_SELECT} WHERE night = ?", (night.isoformat(),)).fetchone()
    return _night_from_row(row, unreadable) if row else None


def select_nights(
    db: sqlite3.Connection, start: date | None, end: date | None, unreadable: Unreadable
) -> list[Night]:
    where, args = range_clause(start, end)
    rows = db.execute(f"{_SELECT}{where} ORDER BY night", args)
    return [n for n in (_night_from_row(r, unreadable) for r in rows) if n is not None]


def _night_row(n: Night) -> tuple[object, ...]:
    values: list[object] = [n.night.isoformat()]
    for m in NIGHT_FIELDS:
        value = getattr(n, m.key)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, time):
            value = format_clock(value)
        elif isinstance(value, bool):
            value = int(value)
        values.append(value)
    return tuple(values)


def _night_from_row(row: tuple[object, ...], unreadable: Unreadable) -> Night | None:
    day = read_day(row[0])
    if day is None:
        unreadable.add(UnreadableValue(str(row[0]), "night", row[0], "the whole night"))
        return None
    values: dict[str, object] = {}
    for m, raw in zip(NIGHT_FIELDS, row[1:], strict=True):
        value = _field_value(m, raw)
        if value is _UNREADABLE:
            unreadable.add(UnreadableValue(day.isoformat(), m.key, raw))
            value = "" if m.kind == "text" else None
        values[m.key] = value
    return Night(day, **values)  # type: ignore[arg-type]


_UNREADABLE = object()


def _field_value(m: Measure, raw: object) -> object:
    """The typed value of one stored field; _UNREADABLE when it is not one the field can hold."""
    if raw is None:
        return None
    if m.kind == "text":
        return raw if isinstance(raw, str) else _UNREADABLE
    if m.kind == "time":
        value = read_moment(raw) if isinstance(raw, str) else None
        return _UNREADABLE if value is None else value
    if m.kind == "choice":
        # The model's own string, not a copy per night.
        return next((c for c in m.choices if c == raw), _UNREADABLE)
    if m.kind == "clock":
        try:
            return _clock(raw, m.key) if isinstance(raw, str) else _UNREADABLE
        except JournalValueError:
            return _UNREADABLE
    if m.kind == "yes_no":
        return bool(raw) if raw in (0, 1) and not isinstance(raw, float) else _UNREADABLE
    if isinstance(raw, bool) or not isinstance(raw, int):
        return _UNREADABLE
    try:
        parse_value(m, str(raw))  # within the measure's range
    except JournalValueError:
        return _UNREADABLE
    return raw


@functools.lru_cache(maxsize=2048)  # a day has 1,440 clock times: one shared time each
def _clock(raw: str, key: str) -> time:
    return parse_clock(raw, key)
