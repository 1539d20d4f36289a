"""The `experiment` table: the journal's one self-experiment (issue 16), read by the tray
each night to know which steps are off."""

from __future__ import annotations

import sqlite3

from companion.core.n_of_1 import ExperimentPlan
from companion.store.errors import Unreadable, UnreadableValue
from companion.store.night_keys import read_day


def save_experiment(db: sqlite3.Connection, p: ExperimentPlan) -> None:
    order = "".join("1" if on else "0" for on in p.order)
    db.execute(
        "INSERT OR REPLACE INTO experiment (id, start, factor, blocks, block_days, seed, "
        "block_order) VALUES (1, ?, ?, ?, ?, ?, ?)",
        (p.start.isoformat(), p.factor, p.blocks, p.block_days, p.seed, order),
    )


def experiment(db: sqlite3.Connection, unreadable: Unreadable) -> ExperimentPlan | None:
    row = db.execute(
        "SELECT start, factor, blocks, block_days, seed, block_order FROM experiment"
    ).fetchone()
    if row is None:
        return None
    start, factor, blocks, block_days, seed, order = row
    day = read_day(start)
    ok = (
        day is not None
        and isinstance(factor, str)
        and all(isinstance(v, int) and v > 0 for v in (blocks, block_days))
        and isinstance(seed, int)
        and isinstance(order, str)
        and len(order) == blocks
        and set(order) <= {"0", "1"}
    )
    if not ok or day is None:
        unreadable.add(UnreadableValue(str(start), "experiment", factor, "the experiment"))
        return None
    return ExperimentPlan(day, factor, blocks, block_days, seed, tuple(c == "1" for c in order))
