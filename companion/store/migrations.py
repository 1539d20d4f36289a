"""The journal's schema, built step by step: `PRAGMA user_version` says how far a file has come.

One function per step, run in order, each inside its own transaction together with the
`user_version` bump, so a crash leaves the file at the previous version, never in between.
A step is never edited once released; a change of schema is a new step at the end.
The SQL in a step spells out its constants on purpose: it must keep meaning what it meant
when it was written, whatever the model becomes later.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _step_1_create_tables(db: sqlite3.Connection) -> None:
    db.execute(
        """
        CREATE TABLE nights (
            night TEXT PRIMARY KEY
                CHECK (night GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            into_bed_at TEXT,
            lights_out_at TEXT,
            sleep_onset_min INTEGER,
            awakenings INTEGER,
            waso_min INTEGER,
            final_wake_at TEXT,
            out_of_bed_at TEXT,
            quality INTEGER CHECK (quality BETWEEN 1 AND 5),
            rested INTEGER CHECK (rested BETWEEN 1 AND 5),
            rls_intensity INTEGER CHECK (rls_intensity BETWEEN 0 AND 10),
            symptom_onset TEXT
                CHECK (symptom_onset IN ('none', 'bedtime', 'evening', 'afternoon', 'morning')),
            legs_woke_me INTEGER,
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE factor_definitions (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            kind TEXT NOT NULL,
            builtin INTEGER NOT NULL CHECK (builtin IN (0, 1))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE factor_values (
            night TEXT NOT NULL REFERENCES nights (night) ON DELETE CASCADE,
            key TEXT NOT NULL REFERENCES factor_definitions (key),
            value TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('routine', 'manual', 'import')),
            PRIMARY KEY (night, key)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            night TEXT NOT NULL REFERENCES nights (night) ON DELETE CASCADE,
            step TEXT NOT NULL,
            planned_at TEXT NOT NULL,
            shown_at TEXT,
            answer TEXT CHECK (answer IN ('done', 'snoozed', 'skipped', 'missed', 'partial')),
            answered_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX events_by_night ON events (night, id)")


def _step_2_rls_records(db: sqlite3.Connection) -> None:
    # Issue 16: when the legs began as a clock time, the arms, medicines, iron tests,
    # night-time episodes and one randomised self-experiment.
    db.execute(
        "ALTER TABLE nights ADD COLUMN symptoms_from TEXT "
        "CHECK (symptoms_from GLOB '[0-2][0-9]:[0-5][0-9]')"
    )
    db.execute("ALTER TABLE nights ADD COLUMN arms INTEGER CHECK (arms IN (0, 1))")
    db.execute(
        """
        CREATE TABLE medications (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            dose REAL NOT NULL,
            unit TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT,
            at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE labs (
            id INTEGER PRIMARY KEY,
            taken TEXT NOT NULL,
            ferritin REAL,
            tsat REAL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE episodes (
            id INTEGER PRIMARY KEY,
            night TEXT NOT NULL,
            at TEXT NOT NULL,
            relief TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX episodes_by_night ON episodes (night, at)")
    db.execute(
        """
        CREATE TABLE experiment (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            start TEXT NOT NULL,
            factor TEXT NOT NULL,
            blocks INTEGER NOT NULL,
            block_days INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            block_order TEXT NOT NULL
        )
        """
    )


Migration = Callable[[sqlite3.Connection], None]

# Index i holds the step from version i to version i + 1.
MIGRATIONS: list[Migration] = [_step_1_create_tables, _step_2_rls_records]


def latest_version() -> int:
    return len(MIGRATIONS)


def user_version(db: sqlite3.Connection) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(db: sqlite3.Connection) -> list[int]:
    """Bring `db` (autocommit mode) to the latest version; the versions reached, in order.

    Each step and its version bump commit together; if a step fails, that step is rolled
    back and the error propagates with the file still at the last good version.
    """
    reached: list[int] = []
    version = user_version(db)
    while version < latest_version():
        db.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            version = user_version(db)
            if version >= latest_version():
                db.execute("ROLLBACK")
                break
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        version += 1
        reached.append(version)
    return reached
