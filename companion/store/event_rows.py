"""The `events` table: every prompt of the routine and its answer, one row each."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import date, datetime
from typing import cast

from companion.core.events import Answer, RoutineEvent

_EVENT_COLUMNS = tuple(f.name for f in fields(RoutineEvent))
_INSERT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES (?{', ?' * (len(_EVENT_COLUMNS) - 1)})"
)
_SELECT = f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events"


def insert_event(db: sqlite3.Connection, event: RoutineEvent) -> int:
    cursor = db.execute(_INSERT, _event_row(event))
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
    return cursor.lastrowid


def insert_events(db: sqlite3.Connection, events: list[RoutineEvent]) -> None:
    db.executemany(_INSERT, [_event_row(e) for e in events])


def replace_event(db: sqlite3.Connection, event_id: int, event: RoutineEvent) -> bool:
    """Overwrite event `event_id`; False if there is none."""
    cursor = db.execute(
        "UPDATE events SET " + ", ".join(f"{c} = ?" for c in _EVENT_COLUMNS) + " WHERE id = ?",
        (*_event_row(event), event_id),
    )
    return cursor.rowcount == 1


def events_with_ids(db: sqlite3.Connection, night: date) -> list[tuple[int, RoutineEvent]]:
    cursor = db.execute(
        f"SELECT id, {', '.join(_EVENT_COLUMNS)} FROM events WHERE night = ? ORDER BY id",
        (night.isoformat(),),
    )
    return [(r[0], _event_from_row(r[1:])) for r in cursor]


def all_events(db: sqlite3.Connection) -> list[RoutineEvent]:
    return [_event_from_row(r) for r in db.execute(f"{_SELECT} ORDER BY night, id")]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _event_row(e: RoutineEvent) -> tuple[str | None, ...]:
    return (
        e.night.isoformat(),
        e.step,
        e.planned_at.isoformat(),
        _iso(e.shown_at),
        e.answer,
        _iso(e.answered_at),
    )


def _when(text: object) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) else None


def _event_from_row(row: tuple[object, ...]) -> RoutineEvent:
    night, step, planned, shown, answer, answered = row
    return RoutineEvent(
        night=date.fromisoformat(cast(str, night)),
        step=cast(str, step),
        planned_at=datetime.fromisoformat(cast(str, planned)),
        shown_at=_when(shown),
        answer=cast("Answer | None", answer),
        answered_at=_when(answered),
    )
