"""What every table keys its rows by: a night's date, a moment, a range of nights.

Routine events, factors and the experiment need only these, not the `Night` model: the tray,
which writes a few rows an evening, loads this and not the whole journal model (issue 19).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, tzinfo

# The years the app can show and compute with (a night's plan, the calendar, the charts);
# every way in (imports, `log`, `plan --date`) refuses a date outside them.
FIRST_YEAR = 1900
LAST_YEAR = 2200


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


def ensure_nights(db: sqlite3.Connection, nights: set[date]) -> None:
    # Factors and events may come before the check-in: the evening starts the night's row.
    db.executemany(
        "INSERT OR IGNORE INTO nights (night) VALUES (?)", [(n.isoformat(),) for n in nights]
    )


def read_day(raw: object) -> date | None:
    """A stored night's date, or None when it is not one the app can show."""
    try:
        day = date.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None
    return day if day is not None and FIRST_YEAR <= day.year <= LAST_YEAR else None


def read_moment(raw: str) -> datetime | None:
    """A stored date and time (ISO 8601 with offset), or None when it cannot be used."""
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if value.tzinfo is None or not FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    # Each parse makes its own offset object; 3,650 nights hold ~15,000 times in a handful of
    # offsets, so share one per offset (equal, immutable) and keep a third of the objects.
    zone = _ZONES.setdefault(value.tzinfo, value.tzinfo)
    return value if zone is value.tzinfo else value.replace(tzinfo=zone)


_ZONES: dict[tzinfo, tzinfo] = {}
