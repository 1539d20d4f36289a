"""The `events` table: every prompt of the routine and its answer, one row each."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import date, datetime

from companion.core.events import ANSWERS, RoutineEvent
from companion.core.words import translate
from companion.store.errors import Unreadable, UnreadableValue
from companion.store.night_keys import read_day, read_moment

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


def events_with_ids(
    db: sqlite3.Connection, night: date, unreadable: Unreadable
) -> list[tuple[int, RoutineEvent]]:
    cursor = db.execute(
        f"SELECT id, {', '.join(_EVENT_COLUMNS)} FROM events WHERE night = ? ORDER BY id",
        (night.isoformat(),),
    )
    pairs = ((r[0], _event_from_row(r[1:], unreadable)) for r in cursor)
    return [(i, e) for i, e in pairs if e is not None]


def all_events(db: sqlite3.Connection, unreadable: Unreadable) -> list[RoutineEvent]:
    rows = db.execute(f"{_SELECT} ORDER BY night, id")
    return [e for e in (_event_from_row(r, unreadable) for r in rows) if e is not None]


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


def _event_from_row(row: tuple[object, ...], unreadable: Unreadable) -> RoutineEvent | None:
    """The event, or None (told to `unreadable`) when its night, step or planned time cannot
    be read; an unreadable shown or answered time or answer reads as not recorded."""
    night, step, planned, shown, answer, answered = row
    day = read_day(night)
    name = (
        translate("Journal file", "the event {step}").format(step=step)
        if isinstance(step, str)
        else translate("Journal file", "an event")
    )
    if day is None:
        unreadable.add(UnreadableValue(str(night), "night", night, name))
        return None
    planned_at = read_moment(planned) if isinstance(planned, str) else None
    if planned_at is None or not isinstance(step, str):
        field, raw = ("step", step) if not isinstance(step, str) else ("planned_at", planned)
        unreadable.add(UnreadableValue(day.isoformat(), field, raw, name))
        return None

    def optional(field: str, raw: object) -> datetime | None:
        value = read_moment(raw) if isinstance(raw, str) else None
        if raw is not None and value is None:
            unreadable.add(UnreadableValue(day.isoformat(), f"{step} {field}", raw))
        return value

    if answer is not None and answer not in ANSWERS:
        unreadable.add(UnreadableValue(day.isoformat(), f"{step} answer", answer))
        answer = None
    return RoutineEvent(
        night=day,
        step=step,
        planned_at=planned_at,
        shown_at=optional("shown_at", shown),
        answer=answer,
        answered_at=optional("answered_at", answered),
    )
