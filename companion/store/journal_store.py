"""The journal on disk: `open_journal` and the `JournalStore` the rest of the app talks to.

Every write method is one transaction, and once it returns the data is on disk (WAL with
`synchronous=FULL`: a power cut right after cannot lose it). Every failure leaves as
`StoreError` (see `errors`); opening and recovering the file live in `journal_file`.

The tray writes routine events and factors and reads the experiment: only what those need loads
with this module; a night's fields and the restless-legs records load with their first use.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from companion.core.diary import FactorValue
from companion.core.events import RoutineEvent
from companion.core.measures import Measure, Source, measure_for_factor, tag_key
from companion.core.n_of_1 import ExperimentPlan
from companion.core.words import translate
from companion.store import backups, event_rows, experiment_rows, factor_rows, night_keys
from companion.store.errors import (
    JournalReadOnlyError,
    JournalStoreError,
    StoreError,
    Unreadable,
    UnreadableValue,
    public_methods_raise_store_error,
    raises_store_error,
    store_errors,
)
from companion.store.journal_file import JournalNotice, open_database
from companion.store.paths import Paths

if TYPE_CHECKING:
    from companion.core.diary import Night
    from companion.core.rls_records import Episode, LabResult, MedicationCourse

__all__ = [
    "JournalNotice",
    "JournalReadOnlyError",
    "JournalStore",
    "JournalStoreError",
    "StoreError",
    "UnreadableValue",
    "open_journal",
]

log = logging.getLogger(__name__)


@raises_store_error
def open_journal(paths: Paths, now: datetime) -> JournalStore:
    """Open (creating or migrating as needed) the journal at `paths.journal_file`.

    `now` dates the moved-aside names, the pre-migration copy and today's backup. Never
    raises for a damaged file: it is moved aside and a fresh journal opened, with
    `store.notice` saying so. Raises StoreError only if even a fresh file cannot be used.
    """
    opened = open_database(paths.journal_file, paths.backup_dir, now)
    store = JournalStore(opened.db, paths, notice=opened.notice, read_only=opened.read_only)
    try:
        store.back_up_daily(now.date())
    except StoreError as exc:
        # The journal itself is fine; a backup that cannot be made must not keep it shut.
        log.warning("today's journal backup could not be made: %s", exc)
    except BaseException:
        store.close()
        raise
    store.shrink_memory()
    return store


@public_methods_raise_store_error
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
        self._unreadable = Unreadable()

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
        self._refuse_if_read_only()
        with store_errors():
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
                    # A failed COMMIT (disk full, I/O error) leaves the transaction open; roll
                    # it back so the next write starts clean instead of failing for good.
                    with suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                    raise

    @contextmanager
    def rolled_back(self) -> Iterator[None]:
        """Run writes and then undo them all (for dry runs that must report real counts)."""
        self._refuse_if_read_only()
        if self._depth:
            raise StoreError("a dry run cannot start inside a transaction")
        with store_errors():
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0
                self._db.execute("ROLLBACK")

    def _refuse_if_read_only(self) -> None:
        if self.is_read_only:
            raise JournalReadOnlyError(self.notice.message if self.notice else "read-only")

    def back_up_daily(self, today: date) -> Path | None:
        """Today's backup unless it exists (or the journal is still empty); the last 14 kept."""
        if self.is_read_only:
            return None
        if not self._db.execute("SELECT 1 FROM nights LIMIT 1").fetchone():
            return None
        copied = backups.back_up_daily(self._db, self.paths.backup_dir, today)
        self.shrink_memory()  # the copy read every page through this connection
        return copied

    def shrink_memory(self) -> None:
        """Hand back the connection's page cache: after opening (the checks, a migration) or a
        backup it holds up to 2 MB of pages that the tray, writing a few rows an evening, would
        otherwise keep all day."""
        self._db.execute("PRAGMA shrink_memory")

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
        from companion.core.diary_checks import check_night
        from companion.store import night_rows

        check_night(night)
        with self.transaction():
            night_rows.upsert_night(self._db, night)
            if factors:
                self.set_factors(night.night, factors, source)

    def get_night(self, night: date) -> Night | None:
        from companion.store import night_rows

        return night_rows.get_night(self._db, night, self._unreadable)

    def nights(self, start: date | None = None, end: date | None = None) -> list[Night]:
        """Nights from `start` to `end` inclusive (either open), oldest first."""
        from companion.store import night_rows

        return night_rows.select_nights(self._db, start, end, self._unreadable)

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
        from companion.core.diary_text import parse_value

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
        with self.transaction():
            night_keys.ensure_nights(self._db, {night})
            factor_rows.write_values(self._db, night, list(values), remove)

    def factors_for(self, night: date) -> dict[str, FactorValue]:
        return factor_rows.values_for(self._db, night, self._unreadable)

    def all_factors(
        self, start: date | None = None, end: date | None = None
    ) -> dict[date, dict[str, FactorValue]]:
        """Factor values of many nights at once (one query, for exports and charts)."""
        return factor_rows.values_between(self._db, start, end, self._unreadable)

    def factor_definitions(self) -> list[Measure]:
        """Built-in factors in the model's order, then the user's tags by name."""
        return factor_rows.definitions(self._db)

    def add_tag(self, name: str) -> str:
        """Define a user tag (no-op if it exists); its factor key, e.g. 'tag:late dinner'."""
        key = tag_key(name)
        with self.transaction():
            factor_rows.define_tags(self._db, [key])
        return key

    # -- routine events ------------------------------------------------------------------

    def record_event(self, event: RoutineEvent) -> int:
        """Store a new event; its id, for `update_event` when the prompt is answered."""
        with self.transaction():
            night_keys.ensure_nights(self._db, {event.night})
            return event_rows.insert_event(self._db, event)

    def update_event(self, event_id: int, event: RoutineEvent) -> None:
        """Replace event `event_id` (e.g. with its answer); StoreError if there is none."""
        with self.transaction():
            night_keys.ensure_nights(self._db, {event.night})
            if not event_rows.replace_event(self._db, event_id, event):
                raise StoreError(
                    translate("Journal file", "There is no routine event number {number}.").format(
                        number=event_id
                    )
                )

    def events_with_ids(self, night: date) -> list[tuple[int, RoutineEvent]]:
        """(id, event) for one night in the order they were recorded (to resume after restart)."""
        return event_rows.events_with_ids(self._db, night, self._unreadable)

    def events_for_night(self, night: date) -> list[RoutineEvent]:
        return [event for _, event in self.events_with_ids(night)]

    def all_events(self) -> list[RoutineEvent]:
        """Every event, by night and then in the order recorded."""
        return event_rows.all_events(self._db, self._unreadable)

    def add_events(self, events: list[RoutineEvent]) -> None:
        """Store many events in one transaction (imports)."""
        with self.transaction():
            night_keys.ensure_nights(self._db, {e.night for e in events})
            event_rows.insert_events(self._db, events)

    # -- medicines, iron tests, episodes, the experiment (issue 16) ---------------------

    def add_episode(self, episode: Episode) -> None:
        from companion.core.rls_records import check_episode
        from companion.store import rls_rows

        check_episode(episode)
        with self.transaction():
            rls_rows.insert_episode(self._db, episode)

    def episodes(self, start: date | None = None, end: date | None = None) -> list[Episode]:
        """Episodes of the nights from `start` to `end` inclusive (either open), in time order."""
        from companion.store import rls_rows

        return rls_rows.episodes(self._db, start, end, self._unreadable)

    def add_medication(self, course: MedicationCourse) -> None:
        from companion.core.rls_records import check_course
        from companion.store import rls_rows

        check_course(course)
        with self.transaction():
            rls_rows.insert_course(self._db, course)

    def stop_medication(self, name: str, on: date) -> None:
        """End the open course of `name` on `on`; StoreError when none is open then."""
        from companion.store import rls_rows

        with self.transaction():
            if not rls_rows.stop_course(self._db, name, on):
                raise StoreError(
                    translate(
                        "Journal file", "No course of {name} started by {day} is open."
                    ).format(name=repr(name), day=on.isoformat())
                )

    def medications(self) -> list[MedicationCourse]:
        """Every course, by start date."""
        from companion.store import rls_rows

        return rls_rows.courses(self._db, self._unreadable)

    def add_lab(self, result: LabResult) -> None:
        from companion.core.rls_records import check_lab
        from companion.store import rls_rows

        check_lab(result)
        with self.transaction():
            rls_rows.insert_lab(self._db, result)

    def labs(self) -> list[LabResult]:
        """Every iron test, oldest first."""
        from companion.store import rls_rows

        return rls_rows.labs(self._db, self._unreadable)

    def save_experiment(self, plan: ExperimentPlan) -> None:
        """Keep `plan` as the journal's one experiment (replacing any earlier one)."""
        with self.transaction():
            experiment_rows.save_experiment(self._db, plan)

    def experiment(self) -> ExperimentPlan | None:
        return experiment_rows.experiment(self._db, self._unreadable)

    # -- checks --------------------------------------------------------------------------

    def unreadable_values(self) -> list[UnreadableValue]:
        """Stored values the reads so far could not use (each read as empty or left out)."""
        return self._unreadable.values()

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])
