"""The `factor_values` and `factor_definitions` tables: what surrounded each night, and tags."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import cast

from companion.core.diary import FactorValue
from companion.core.measures import (
    BUILTIN_FACTORS,
    SOURCES,
    TAG_PREFIX,
    JournalValueError,
    Measure,
    measure_for_factor,
    tag_measure,
)
from companion.core.words import translate
from companion.store.errors import Unreadable, UnreadableValue
from companion.store.night_keys import range_clause, read_day

_DEFINE_TAG = (
    "INSERT OR IGNORE INTO factor_definitions (key, label, kind, builtin) VALUES (?, ?, 'tag', 0)"
)


def sync_builtin_definitions(db: sqlite3.Connection) -> None:
    """Make the table of built-in factors match the code (labels may change between versions)."""
    wanted = {(m.key, m.label, m.kind) for m in BUILTIN_FACTORS}
    have = set(db.execute("SELECT key, label, kind FROM factor_definitions WHERE builtin = 1"))
    if wanted <= have:
        return  # the common case: no write at all on open
    db.execute("BEGIN IMMEDIATE")
    try:
        db.executemany(
            "INSERT INTO factor_definitions (key, label, kind, builtin) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (key) DO UPDATE SET label = excluded.label, kind = excluded.kind, "
            "builtin = 1",
            sorted(wanted - have),
        )
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def define_tags(db: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Define user tags by key (those already defined stay as they are)."""
    db.executemany(_DEFINE_TAG, [(key, tag_measure(key).label) for key in keys])


def write_values(
    db: sqlite3.Connection, night: date, values: list[FactorValue], remove: Iterable[str]
) -> None:
    """Store exact factor rows and remove keys (the night's row must exist)."""
    day = night.isoformat()
    define_tags(db, [fv.key for fv in values if fv.key.startswith(TAG_PREFIX)])
    db.executemany(
        "DELETE FROM factor_values WHERE night = ? AND key = ?", [(day, k) for k in remove]
    )
    db.executemany(
        "INSERT INTO factor_values (night, key, value, source) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (night, key) DO UPDATE SET value = excluded.value, "
        "source = excluded.source",
        [(day, fv.key, fv.value, fv.source) for fv in values],
    )


def values_for(
    db: sqlite3.Connection, night: date, unreadable: Unreadable
) -> dict[str, FactorValue]:
    return values_between(db, night, night, unreadable).get(night, {})


def values_between(
    db: sqlite3.Connection, start: date | None, end: date | None, unreadable: Unreadable
) -> dict[date, dict[str, FactorValue]]:
    where, args = range_clause(start, end)
    result: dict[date, dict[str, FactorValue]] = {}
    cursor = db.execute(
        f"SELECT night, key, value, source FROM factor_values{where} ORDER BY night, key", args
    )
    # Ten years hold ~40,000 rows but a few hundred distinct (key, value, source): one shared
    # (frozen) FactorValue each, checked once, and one date per night, so a journal window
    # keeps tens of objects per night instead of hundreds, and its peak leaves less behind.
    shared: dict[tuple[object, object, object], FactorValue | None] = {}
    last_night: object = None
    day: date | None = None
    values: dict[str, FactorValue] = {}
    for night, k, v, s in cursor:
        if night != last_night:
            last_night, day = night, read_day(night)
            if day is not None:
                values = result.setdefault(day, {})
        if day is None:
            dropped = translate("Journal file", "the factor {key}").format(key=k)
            unreadable.add(UnreadableValue(str(night), "night", night, dropped))
            continue
        fv = shared.get((k, v, s), _UNSEEN)
        if fv is _UNSEEN:
            fv = shared[(k, v, s)] = _factor_value(k, v, s)
        if fv is None:
            unreadable.add(UnreadableValue(day.isoformat(), str(k), v, "the value"))
            continue
        values[fv.key] = fv
    return {d: v for d, v in result.items() if v}


_UNSEEN = FactorValue("", "", "manual")  # a marker: this (key, value, source) not met yet


def _factor_value(key: object, value: object, source: object) -> FactorValue | None:
    """The row as a FactorValue, or None when the journal cannot use it."""
    if not _readable(key, value):
        return None
    return FactorValue(cast(str, key), cast(str, value), source if source in SOURCES else "manual")


def _readable(key: object, value: object) -> bool:
    """Whether a stored factor is one the journal knows, holding a value it can hold."""
    if not isinstance(key, str) or not isinstance(value, str):
        return False
    # Here, not above: the tray writes factors but never reads them, and this loads the diary.
    from companion.core.diary_text import parse_value

    try:
        m = measure_for_factor(key)
        return parse_value(m, value) is not None
    except (JournalValueError, OverflowError, ValueError):
        return False


def definitions(db: sqlite3.Connection) -> list[Measure]:
    """Built-in factors in the model's order, then the user's tags by name."""
    tags = [
        tag_measure(key)
        for (key,) in db.execute(
            "SELECT key FROM factor_definitions WHERE builtin = 0 ORDER BY key"
        )
    ]
    return [*BUILTIN_FACTORS, *tags]
