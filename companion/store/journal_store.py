"""The journal on disk: `open_journal` and the `JournalStore` the rest of the app talks to.

SQLite in WAL mode with `synchronous=FULL`: every write method is one transaction, and once it
returns the data is on disk (a power cut right after cannot lose it). A file we cannot use is
moved aside, never deleted, and the caller gets a `JournalNotice` to show the user; a file from
a newer version of the app is opened read-only instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Literal, cast

from companion.core.events import Answer, RoutineEvent
from companion.core.journal import (
    BUILTIN_FACTORS,
    NIGHT_FIELDS,
    TAG_PREFIX,
    FactorValue,
    Measure,
    Night,
    Source,
    check_night,
    measure_for_factor,
    parse_value,
    tag_key,
    tag_measure,
)
from companion.store import backups, migrations
from companion.store.files import make_private_file, move_aside
from companion.store.paths import FILE_MODE, Paths, make_private_dir

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000  # the tray app and a `log` from the shell may write at the same moment


class JournalStoreError(Exception):
    """The journal cannot do what was asked; the message is meant for the user."""


class JournalReadOnlyError(JournalStoreError):
    """A write to a journal opened read-only (it comes from a newer version of the app)."""


@dataclass(frozen=True)
class JournalNotice:
    """What the user must be told after opening (the GUI shows it; the CLI prints it, exit 1)."""

    kind: Literal["moved_aside", "newer_version"]
    message: str
    moved_to: Path | None = None


_NIGHT_COLUMNS = tuple(m.key for m in NIGHT_FIELDS)
_EVENT_COLUMNS = tuple(f.name for f in fields(RoutineEvent))


def open_journal(paths: Paths, now: datetime) -> JournalStore:
    """Open (creating or migrating as needed) the journal at `paths.journal_file`.

    `now` dates the moved-aside names, the pre-migration copy and today's backup. Never
    raises for a damaged file: it is moved aside and a fresh journal opened, with
    `store.notice` saying so. Raises JournalStoreError only if even a fresh file cannot be used.
    """
    path = paths.journal_file
    make_private_dir(path.parent)
    notice: JournalNotice | None = None
    if path.exists():
        problem, version = _inspect(path)
        if problem is not None:
            moved = _move_aside_with_sidecars(path, now)
            notice = JournalNotice(
                "moved_aside",
                f"The journal file could not be read ({problem}). It was moved aside to "
                f"{moved} and kept for recovery; a new, empty journal has been started.",
                moved,
            )
        elif version > migrations.latest_version():
            return JournalStore(
                _connect_read_only(path),
                paths,
                notice=JournalNotice(
                    "newer_version",
                    f"The journal {path} was written by a newer version of Bedtime Companion "
                    f"(format {version}; this version knows up to "
                    f"{migrations.latest_version()}). It is open read-only: nothing will be "
                    f"saved until the app is updated.",
                ),
                read_only=True,
            )
    db = _connect(path)
    try:
        _migrate_with_copy(db, paths.backup_dir, now)
        _sync_builtin_definitions(db)
        store = JournalStore(db, paths, notice=notice, read_only=False)
        try:
            store.back_up_daily(now.date())
        except (OSError, sqlite3.Error) as exc:
            # The journal itself is fine; a backup that cannot be made must not keep it shut.
            log.warning("today's journal backup could not be made: %s", exc)
    except BaseException:
        db.close()
        raise
    return store


def _inspect(path: Path) -> tuple[str | None, int]:
    """(what is wrong or None, user_version) for an existing file, without changing it."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"it cannot be opened: {exc}", 0
    try:
        version = migrations.user_version(db)
        result = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"it is not a journal database: {exc}", 0
    finally:
        db.close()
    if [tuple(r) for r in result] != [("ok",)]:
        return f"its integrity check failed: {result[0][0]}", version
    return None, version


def _move_aside_with_sidecars(path: Path, now: datetime) -> Path:
    # The -wal holds committed writes of the damaged file: keep it beside it for recovery.
    moved = move_aside(path, "damaged", stamp=now)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            move_aside(sidecar, "damaged", stamp=now)
    return moved


def _connect(path: Path) -> sqlite3.Connection:
    if not path.exists():
        # Create it ourselves so it is 0600 from the start; SQLite gives -wal/-shm the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    make_private_file(path)
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a "write" is exactly one
    # transaction and nothing is left open behind our back.
    db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise JournalStoreError(f"The journal {path} cannot use write-ahead logging ({mode}).")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        db.close()
        raise
    _tighten_sidecars(path)
    return db


def _connect_read_only(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    db.execute("PRAGMA query_only = ON")
    return db


def _tighten_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        make_private_file(path.with_name(path.name + suffix))


def _migrate_with_copy(db: sqlite3.Connection, backup_dir: Path, now: datetime) -> None:
    version = migrations.user_version(db)
    if version >= migrations.latest_version():
        return
    has_content = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if has_content:
        backups.copy_before_migration(db, backup_dir, version, now)
    try:
        migrations.migrate(db)
    except sqlite3.Error as exc:
        raise JournalStoreError(
            f"The journal could not be upgraded from format {version}: {exc}. It is unchanged"
            + (" and a copy was saved in the backups folder." if has_content else ".")
        ) from exc


def _sync_builtin_definitions(db: sqlite3.Connection) -> None:
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


class JournalStore:
    """Nights, factors and routine events of one journal file. Use from one thread."""

    def __init__(
        self,
        db: sqlite3.Connection,
        paths: Paths,
        *,
        notice: JournalNotice | None,
        read_only: bool,
    ) -> None:
        self._db = db
        self.paths = paths
        self.notice = notice
        self.is_read_only = read_only
        self._depth = 0

    # -- lifetime ------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> JournalStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one transaction (they nest: only the outermost commits)."""
        if self.is_read_only:
            raise JournalReadOnlyError(self.notice.message if self.notice else "read-only")
        if self._depth == 0:
            self._db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                self._db.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (disk full, I/O error) leaves the transaction open; roll it
                # back so the next write starts clean instead of failing for good.
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise

    @contextmanager
    def rolled_back(self) -> Iterator[None]:
        """Run writes and then undo them all (for dry runs that must report real counts)."""
        if self.is_read_only:
            raise JournalReadOnlyError(self.notice.message if self.notice else "read-only")
        if self._depth:
            raise JournalStoreError("a dry run cannot start inside a transaction")
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        finally:
            self._depth = 0
            self._db.execute("ROLLBACK")

    def back_up_daily(self, today: date) -> Path | None:
        """Today's backup unless it exists (or the journal is still empty); the last 14 kept."""
        if self.is_read_only:
            return None
        if not self._db.execute("SELECT 1 FROM nights LIMIT 1").fetchone():
            return None
        return backups.back_up_daily(self._db, self.paths.backup_dir, today)

    # -- nights --------------------------------------------------------------------------

    def upsert_night(self, night: Night) -> None:
        """Create or replace one night's fields (its factors and events stay)."""
        self.save_night(night)

    def save_night(
        self,
        night: Night,
        factors: Mapping[str, str | None] | None = None,
        source: Source = "manual",
    ) -> None:
        """A night's fields and some of its factors, validated and written in one transaction."""
        check_night(night)
        row = _night_row(night)
        with self.transaction():
            self._db.execute(
                f"INSERT INTO nights (night, {', '.join(_NIGHT_COLUMNS)}) "
                f"VALUES (?{', ?' * len(_NIGHT_COLUMNS)}) "
                f"ON CONFLICT (night) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in _NIGHT_COLUMNS),
                row,
            )
            if factors:
                self.set_factors(night.night, factors, source)

    def get_night(self, night: date) -> Night | None:
        cursor = self._db.execute(
            f"SELECT night, {', '.join(_NIGHT_COLUMNS)} FROM nights WHERE night = ?",
            (night.isoformat(),),
        )
        row = cursor.fetchone()
        return _night_from_row(row) if row else None

    def nights(self, start: date | None = None, end: date | None = None) -> list[Night]:
        """Nights from `start` to `end` inclusive (either open), oldest first."""
        where, args = _range_clause(start, end)
        cursor = self._db.execute(
            f"SELECT night, {', '.join(_NIGHT_COLUMNS)} FROM nights{where} ORDER BY night", args
        )
        return [_night_from_row(r) for r in cursor]

    def _ensure_night(self, night: date) -> None:
        # Factors and events may come before the check-in: the evening starts the night's row.
        self._db.execute("INSERT OR IGNORE INTO nights (night) VALUES (?)", (night.isoformat(),))

    # -- factors -------------------------------------------------------------------------

    def set_factor(
        self, night: date, key: str, value: str | None, source: Source = "manual"
    ) -> None:
        self.set_factors(night, {key: value}, source)

    def set_factors(
        self, night: date, values: Mapping[str, str | None], source: Source = "manual"
    ) -> None:
        """Set factor values, or remove them with None / "" / a tag's "no"; new tags get defined.

        Values are checked and stored in canonical form (see `journal.parse_value`).
        """
        rows: list[FactorValue] = []
        removed: list[str] = []
        for key, text in values.items():
            m = measure_for_factor(key)
            if text is None or not text.strip() or (m.is_tag and text.strip().lower() == "no"):
                removed.append(m.key)
            else:
                rows.append(FactorValue(m.key, parse_value(m, text), source))
        self.write_factor_values(night, rows, removed)

    def write_factor_values(
        self, night: date, values: Iterable[FactorValue], remove: Iterable[str] = ()
    ) -> None:
        """Store exact factor rows (each with its own source) and remove keys; one transaction.

        Values must already be canonical (`journal.parse_value`); importers use this to keep
        the source a file recorded.
        """
        day = night.isoformat()
        values = list(values)  # walked twice below
        rows = [(day, fv.key, fv.value, fv.source) for fv in values]
        tags = [
            (fv.key, tag_measure(fv.key).label) for fv in values if fv.key.startswith(TAG_PREFIX)
        ]
        with self.transaction():
            self._ensure_night(night)
            if tags:
                self._db.executemany(
                    "INSERT OR IGNORE INTO factor_definitions (key, label, kind, builtin) "
                    "VALUES (?, ?, 'tag', 0)",
                    tags,
                )
            self._db.executemany(
                "DELETE FROM factor_values WHERE night = ? AND key = ?", [(day, k) for k in remove]
            )
            self._db.executemany(
                "INSERT INTO factor_values (night, key, value, source) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (night, key) DO UPDATE SET value = excluded.value, "
                "source = excluded.source",
                rows,
            )

    def factors_for(self, night: date) -> dict[str, FactorValue]:
        cursor = self._db.execute(
            "SELECT key, value, source FROM factor_values WHERE night = ?", (night.isoformat(),)
        )
        return {k: FactorValue(k, v, cast(Source, s)) for k, v, s in cursor}

    def all_factors(
        self, start: date | None = None, end: date | None = None
    ) -> dict[date, dict[str, FactorValue]]:
        """Factor values of many nights at once (one query, for exports and charts)."""
        where, args = _range_clause(start, end)
        result: dict[date, dict[str, FactorValue]] = {}
        cursor = self._db.execute(
            f"SELECT night, key, value, source FROM factor_values{where} ORDER BY night, key", args
        )
        for night, k, v, s in cursor:
            result.setdefault(date.fromisoformat(night), {})[k] = FactorValue(k, v, s)
        return result

    def factor_definitions(self) -> list[Measure]:
        """Built-in factors in the model's order, then the user's tags by name."""
        tags = [
            tag_measure(key)
            for (key,) in self._db.execute(
                "SELECT key FROM factor_definitions WHERE builtin = 0 ORDER BY key"
            )
        ]
        return [*BUILTIN_FACTORS, *tags]

    def add_tag(self, name: str) -> str:
        """Define a user tag (no-op if it exists); its factor key, e.g. 'tag:late dinner'."""
        key = tag_key(name)
        with self.transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO factor_definitions (key, label, kind, builtin) "
                "VALUES (?, ?, 'tag', 0)",
                (key, key.removeprefix(TAG_PREFIX)),
            )
        return key

    # -- routine events ------------------------------------------------------------------

    def record_event(self, event: RoutineEvent) -> int:
        """Store a new event; its id, for `update_event` when the prompt is answered."""
        with self.transaction():
            self._ensure_night(event.night)
            cursor = self._db.execute(
                f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
                _event_row(event),
            )
        assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
        return cursor.lastrowid

    def update_event(self, event_id: int, event: RoutineEvent) -> None:
        """Replace event `event_id` (e.g. with its answer); JournalStoreError if there is none."""
        with self.transaction():
            self._ensure_night(event.night)
            cursor = self._db.execute(
                "UPDATE events SET "
                + ", ".join(f"{c} = ?" for c in _EVENT_COLUMNS)
                + " WHERE id = ?",
                (*_event_row(event), event_id),
            )
            if cursor.rowcount != 1:
                raise JournalStoreError(f"There is no routine event number {event_id}.")

    def events_with_ids(self, night: date) -> list[tuple[int, RoutineEvent]]:
        """(id, event) for one night in the order they were recorded (to resume after restart)."""
        cursor = self._db.execute(
            f"SELECT id, {', '.join(_EVENT_COLUMNS)} FROM events WHERE night = ? ORDER BY id",
            (night.isoformat(),),
        )
        return [(r[0], _event_from_row(r[1:])) for r in cursor]

    def events_for_night(self, night: date) -> list[RoutineEvent]:
        return [event for _, event in self.events_with_ids(night)]

    def all_events(self) -> list[RoutineEvent]:
        """Every event, by night and then in the order recorded."""
        cursor = self._db.execute(
            f"SELECT {', '.join(_EVENT_COLUMNS)} FROM events ORDER BY night, id"
        )
        return [_event_from_row(r) for r in cursor]

    def add_events(self, events: list[RoutineEvent]) -> None:
        """Store many events in one transaction (imports)."""
        with self.transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO nights (night) VALUES (?)",
                {(e.night.isoformat(),) for e in events},
            )
            self._db.executemany(
                f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
                [_event_row(e) for e in events],
            )

    # -- checks --------------------------------------------------------------------------

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])


# --- row conversions ------------------------------------------------------------------------


def _range_clause(start: date | None, end: date | None) -> tuple[str, tuple[str, ...]]:
    parts: list[str] = []
    args: list[str] = []
    if start is not None:
        parts.append("night >= ?")
        args.append(start.isoformat())
    if end is not None:
        parts.append("night <= ?")
        args.append(end.isoformat())
    return (" WHERE " + " AND ".join(parts) if parts else ""), tuple(args)


def _night_row(n: Night) -> tuple[object, ...]:
    values: list[object] = [n.night.isoformat()]
    for m in NIGHT_FIELDS:
        value = getattr(n, m.key)
        values.append(value.isoformat() if isinstance(value, datetime) else value)
    return tuple(values)


_TIME_COLUMNS = frozenset(i for i, m in enumerate(NIGHT_FIELDS) if m.kind == "time")


def _night_from_row(row: tuple[object, ...]) -> Night:
    values = [
        datetime.fromisoformat(cast(str, v)) if i in _TIME_COLUMNS and v is not None else v
        for i, v in enumerate(row[1:])
    ]
    return Night(date.fromisoformat(cast(str, row[0])), *values)  # type: ignore[arg-type]


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
