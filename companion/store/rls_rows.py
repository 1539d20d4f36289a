"""The tables of issue 16: medicine courses, iron tests, night-time episodes (the experiment's
is `experiment_rows`).

A row that cannot be read back (edited by hand, damaged) is left out and named once through
`Unreadable`, like a night's field.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time

from companion.core.journal import JournalValueError, format_clock, parse_clock
from companion.core.rls_records import Episode, LabResult, MedicationCourse
from companion.core.words import translate
from companion.store.errors import Unreadable, UnreadableValue
from companion.store.night_keys import range_clause, read_day, read_moment


def insert_course(db: sqlite3.Connection, c: MedicationCourse) -> None:
    db.execute(
        "INSERT INTO medications (name, dose, unit, start, end, at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            c.name,
            c.dose,
            c.unit,
            c.start.isoformat(),
            c.end.isoformat() if c.end else None,
            format_clock(c.at) if c.at else None,
        ),
    )


def stop_course(db: sqlite3.Connection, name: str, on: date) -> int:
    """Set the end of the open course(s) of `name` (any case) to `on`; how many changed."""
    cursor = db.execute(
        "UPDATE medications SET end = ? WHERE end IS NULL AND lower(name) = lower(?) "
        "AND start <= ?",
        (on.isoformat(), name.strip(), on.isoformat()),
    )
    return cursor.rowcount


def courses(db: sqlite3.Connection, unreadable: Unreadable) -> list[MedicationCourse]:
    rows = db.execute(
        "SELECT name, dose, unit, start, end, at FROM medications ORDER BY start, name, id"
    )
    found: list[MedicationCourse] = []
    for name, dose, unit, start, end, at in rows:
        begin, stop, clock = read_day(start), read_day(end), _clock(at)
        if (
            not isinstance(name, str)
            or not isinstance(unit, str)
            or not isinstance(dose, (int, float))
            or begin is None
            or (end is not None and stop is None)
            or clock is False
        ):
            dropped = translate("Journal file", "the course {name}").format(name=name)
            unreadable.add(UnreadableValue(str(start), "medication", name, dropped))
            continue
        found.append(
            MedicationCourse(name, float(dose), unit, begin, stop, clock or None)  # type: ignore[arg-type]
        )
    return found


def _clock(raw: object) -> time | bool | None:
    """A stored HH:MM, None when absent, False when it cannot be read."""
    if raw is None:
        return None
    try:
        return parse_clock(raw, "at") if isinstance(raw, str) else False
    except JournalValueError:
        return False


def insert_lab(db: sqlite3.Connection, r: LabResult) -> None:
    db.execute(
        "INSERT INTO labs (taken, ferritin, tsat) VALUES (?, ?, ?)",
        (r.taken.isoformat(), r.ferritin, r.tsat),
    )


def labs(db: sqlite3.Connection, unreadable: Unreadable) -> list[LabResult]:
    found: list[LabResult] = []
    for taken, ferritin, tsat in db.execute(
        "SELECT taken, ferritin, tsat FROM labs ORDER BY taken, id"
    ):
        day = read_day(taken)
        numbers = [v for v in (ferritin, tsat) if v is not None]
        if day is None or not all(isinstance(v, (int, float)) for v in numbers):
            unreadable.add(UnreadableValue(str(taken), "lab", taken, "that lab result"))
            continue
        found.append(
            LabResult(
                day,
                None if ferritin is None else float(ferritin),
                None if tsat is None else float(tsat),
            )
        )
    return found


def insert_episode(db: sqlite3.Connection, e: Episode) -> None:
    db.execute(
        "INSERT INTO episodes (night, at, relief) VALUES (?, ?, ?)",
        (e.night.isoformat(), e.at.isoformat(), e.relief),
    )


def episodes(
    db: sqlite3.Connection, start: date | None, end: date | None, unreadable: Unreadable
) -> list[Episode]:
    where, args = range_clause(start, end)
    found: list[Episode] = []
    for night, at, relief in db.execute(
        f"SELECT night, at, relief FROM episodes{where} ORDER BY night, at, id", args
    ):
        day = read_day(night)
        moment: datetime | None = read_moment(at) if isinstance(at, str) else None
        if day is None or moment is None or not isinstance(relief, str):
            unreadable.add(UnreadableValue(str(night), "episode", at, "that episode"))
            continue
        found.append(Episode(day, moment, relief))
    return found
