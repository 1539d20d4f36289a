"""Our JSON's `medications`, `labs` and `episodes` arrays (DESIGN §4.6), written and read back.

Each is a list of objects: a medication `{"name", "dose", "unit", "from", "to", "at"}` (dates
YYYY-MM-DD, `to` null while still taken, `at` HH:MM or null), a lab `{"date", "ferritin",
"tsat"}` (µg/L and %, either null), an episode `{"night", "at", "relief"}` (`at` ISO 8601 with
its offset). Exports of schema 1 have none of them and still import.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from companion.core.journal import JournalValueError, format_clock, parse_clock
from companion.core.rls_records import (
    Episode,
    LabResult,
    MedicationCourse,
    check_course,
    check_episode,
    check_lab,
)
from companion.core.words import translate
from companion.store.formats.batch import Batch, ImportFileError, parse_night_date
from companion.store.formats.limits import brief, checked_time
from companion.store.journal_store import JournalStore

ARRAYS: tuple[str, ...] = ("medications", "labs", "episodes")


def rls_arrays(store: JournalStore) -> dict[str, list[dict[str, Any]]]:
    """The three arrays as plain Python data."""
    return {
        "medications": [
            {
                "name": c.name,
                "dose": c.dose,
                "unit": c.unit,
                "from": c.start.isoformat(),
                "to": c.end.isoformat() if c.end else None,
                "at": format_clock(c.at) if c.at else None,
            }
            for c in store.medications()
        ],
        "labs": [
            {"date": r.taken.isoformat(), "ferritin": r.ferritin, "tsat": r.tsat}
            for r in store.labs()
        ],
        "episodes": [
            {"night": e.night.isoformat(), "at": e.at.isoformat(), "relief": e.relief}
            for e in store.episodes()
        ],
    }


def read_rls_arrays(doc: dict[str, Any], batch: Batch, name: str, lines: Any) -> None:
    """Read the arrays present in `doc` into `batch`; `lines(key)` lists element lines."""
    readers = {"medications": _course, "labs": _lab, "episodes": _episode}
    for key, reader in readers.items():
        items = doc.get(key, [])
        if not isinstance(items, list):
            raise ImportFileError(name, 1, key, translate("Import", "must be a list"))
        for i, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise JournalValueError(
                        key, translate("Import", "each entry must be an object")
                    )
                getattr(batch, key).append(reader(item, name))
            except JournalValueError as exc:
                raise ImportFileError(name, lines(key)[i], exc.field, exc.message) from None
            except ImportFileError as exc:
                raise exc.at_line(lines(key)[i]) from None


def _only(item: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in item:
        if key not in keys:
            raise JournalValueError(key, translate("Import", "is not part of the export format"))


def _text(item: dict[str, Any], key: str, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise JournalValueError(
            key, translate("Import", "{value} must be text").format(value=brief(value))
        )
    return value


def _number(item: dict[str, Any], key: str, required: bool = True) -> float | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise JournalValueError(
            key, translate("Import", "{value} is not a number").format(value=brief(value))
        )
    return float(value)


def _day(item: dict[str, Any], key: str, name: str, required: bool = True) -> date | None:
    text = _text(item, key, required)
    return None if text is None else parse_night_date(text, name, 1, key)


def _course(item: dict[str, Any], name: str) -> MedicationCourse:
    _only(item, ("name", "dose", "unit", "from", "to", "at"))
    start = _day(item, "from", name)
    at = _text(item, "at", required=False)
    assert start is not None  # required
    return check_course(
        MedicationCourse(
            name=_text(item, "name") or "",
            dose=_number(item, "dose") or 0.0,
            unit=_text(item, "unit") or "",
            start=start,
            end=_day(item, "to", name, required=False),
            at=None if at is None else parse_clock(at, "at"),
        )
    )


def _lab(item: dict[str, Any], name: str) -> LabResult:
    _only(item, ("date", "ferritin", "tsat"))
    taken = _day(item, "date", name)
    assert taken is not None  # required
    return check_lab(
        LabResult(taken, _number(item, "ferritin", False), _number(item, "tsat", False))
    )


def _episode(item: dict[str, Any], name: str) -> Episode:
    _only(item, ("night", "at", "relief"))
    night = _day(item, "night", name)
    assert night is not None  # required
    return check_episode(
        Episode(
            night, checked_time(_text(item, "at") or "", "at"), _text(item, "relief", False) or ""
        )
    )
