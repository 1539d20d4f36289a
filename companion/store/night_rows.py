"""The `nights` table: one row per night, and how a `Night` becomes a row and back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import cast

from companion.core.journal import NIGHT_FIELDS, Night

_NIGHT_COLUMNS = tuple(m.key for m in NIGHT_FIELDS)
_SELECT = f"SELECT night, {', '.join(_NIGHT_COLUMNS)} FROM nights"
_TIME_COLUMNS = frozenset(i for i, m in enumerate(NIGHT_FIELDS) if m.kind == "time")


def range_clause(start: date | None, end: date | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause on `night` from `start` to `end` inclusive (either open), and its args."""
    parts: list[str] = []
    args: list[str] = []
    if start is not None:
        parts.append("night >= ?")
        args.append(start.isoformat())
    if end is not None:
        parts.append("night <= ?")
        args.append(end.isoformat())
    return (" WHERE " + " AND ".join(parts) if parts else ""), tuple(args)


def upsert_night(db: sqlite3.Connection, night: Night) -> None:
    db.execute(
        f"INSERT INTO nights (night, {', '.join(_NIGHT_COLUMNS)}) "
        f"VALUES (?{', ?' * len(_NIGHT_COLUMNS)}) "
        f"ON CONFLICT (night) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _NIGHT_COLUMNS),
        _night_row(night),
    )


def ensure_nights(db: sqlite3.Connection, nights: set[date]) -> None:
    # Factors and events may come before the check-in: the evening starts the night's row.
    db.executemany(
        "INSERT OR IGNORE INTO nights (night) VALUES (?)", [(n.isoformat(),) for n in nights]
    )


def get_night(db: sqlite3.Connection, night: date) -> Night | None:
    row = db.execute(f"{_SELECT} WHERE night = ?", (night.isoformat(),)).fetchone()
    return _night_from_row(row) if row else None


def select_nights(db: sqlite3.Connection, start: date | None, end: date | None) -> list[Night]:
    where, args = range_clause(start, end)
    return [_night_from_row(r) for r in db.execute(f"{_SELECT}{where} ORDER BY night", args)]


def _night_row(n: Night) -> tuple[object, ...]:
    values: list[object] = [n.night.isoformat()]
    for m in NIGHT_FIELDS:
        value = getattr(n, m.key)
        values.append(value.isoformat() if isinstance(value, datetime) else value)
    return tuple(values)


def _night_from_row(row: tuple[object, ...]) -> Night:
    values = [
        datetime.fromisoformat(cast(str, v)) if i in _TIME_COLUMNS and v is not None else v
        for i, v in enumerate(row[1:])
    ]
    return Night(date.fromisoformat(cast(str, row[0])), *values)  # type: ignore[arg-type]
