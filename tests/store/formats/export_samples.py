"""A journal to export and the helpers the format tests share."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from companion.core.events import RoutineEvent
from companion.core.journal import Night
from companion.store.journal_store import JournalStore
from tests.nights import full_night

CET = timezone(timedelta(hours=1))

CEST = timezone(timedelta(hours=2))

NOW = datetime(2024, 3, 5, 7, 30, tzinfo=CET)

NIGHT = date(2024, 3, 4)


def at(day: int, hour: int, minute: int = 0, tz: timezone = CET) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=tz)


def fill(store: JournalStore) -> None:
    store.save_night(
        full_night(NIGHT, CET, note='Calves "buzzing", then\nfine — ünïcödé, 眠い'),
        {
            "magnesium": "yes",
            "magnesium_dose_mg": "300",
            "magnesium_time": "2024-03-04T21:02:00+01:00",
        },
        source="routine",
    )
    store.save_night(
        Night(date(2024, 3, 30), into_bed_at=at(30, 23), out_of_bed_at=at(31, 7, 0, CEST)),
        {"stress": "2", "tag:late dinner": "yes", "room_temperature_c": "18.5"},
    )
    store.add_tag("never used")
    store.record_event(RoutineEvent(NIGHT, "magnesium", at(4, 21), at(4, 21), "done", at(4, 21, 2)))
    store.record_event(RoutineEvent(NIGHT, "stretch", at(4, 21, 45), None, "missed", None))
    store.record_event(RoutineEvent(NIGHT, "stretch", at(4, 21, 45), None, "missed", None))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path
