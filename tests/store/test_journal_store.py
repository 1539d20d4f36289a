"""The journal file: opening, migrations, damaged files, permissions, backups, the store API."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.events import RoutineEvent
from companion.core.journal import FactorValue, JournalValueError, Night
from companion.store import backups, migrations
from companion.store.journal_store import (
    JournalReadOnlyError,
    JournalStore,
    JournalStoreError,
    open_journal,
)
from companion.store.paths import Paths

CET = timezone(timedelta(hours=1))
NOW = datetime(2024, 3, 5, 7, 30, tzinfo=CET)
NIGHT = date(2024, 3, 4)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=CET)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def sample_night() -> Night:
    return Night(NIGHT, into_bed_at=at(4, 22, 30), quality=4, awakenings=0, note="fine")


# --- the API ------------------------------------------------------------------------------


def test_a_night_round_trips_with_its_offsets(store: JournalStore) -> None:
    night = sample_night()
    store.upsert_night(night)
    stored = store.get_night(NIGHT)
    assert stored == night
    assert stored is not None and stored.into_bed_at is not None
    assert stored.into_bed_at.isoformat() == "2024-03-04T22:30:00+01:00"
    assert store.get_night(date(2024, 3, 5)) is None


def test_upsert_replaces_fields_and_keeps_factors(store: JournalStore) -> None:
    store.save_night(sample_night(), {"magnesium": "yes"}, source="routine")
    store.upsert_night(Night(NIGHT, quality=2))
    assert store.get_night(NIGHT) == Night(NIGHT, quality=2)
    assert store.factors_for(NIGHT) == {"magnesium": FactorValue("magnesium", "yes", "routine")}


def test_invalid_nights_are_refused_and_nothing_is_written(store: JournalStore) -> None:
    with pytest.raises(JournalValueError, match="quality"):
        store.save_night(Night(NIGHT, quality=9), {"magnesium": "yes"})
    with pytest.raises(JournalValueError, match="stress"):
        store.save_night(sample_night(), {"stress": "9"})
    assert store.get_night(NIGHT) is None
    assert store.factors_for(NIGHT) == {}


def test_nights_in_a_range_oldest_first(store: JournalStore) -> None:
    for day in (3, 1, 2, 5):
        store.upsert_night(Night(date(2024, 3, day), quality=3))
    assert [n.night.day for n in store.nights()] == [1, 2, 3, 5]
    assert [n.night.day for n in store.nights(date(2024, 3, 2), date(2024, 3, 3))] == [2, 3]
    assert [n.night.day for n in store.nights(start=date(2024, 3, 3))] == [3, 5]


def test_factors_set_remove_and_tags(store: JournalStore) -> None:
    key = store.add_tag(" late dinner ")
    assert key == "tag:late dinner"
    store.set_factors(NIGHT, {"caffeine_after_noon": "2", key: "yes", "exercise": "Light"})
    store.set_factor(NIGHT, "caffeine_after_noon", None)
    store.set_factor(NIGHT, "tag:new one", "yes")  # used before being defined: defined now
    factors = store.factors_for(NIGHT)
    assert {k: v.value for k, v in factors.items()} == {
        "exercise": "light",
        "tag:late dinner": "yes",
        "tag:new one": "yes",
    }
    labels = [m.label for m in store.factor_definitions() if m.is_tag]
    assert labels == ["late dinner", "new one"]
    store.set_factor(NIGHT, key, "no")
    assert key not in store.factors_for(NIGHT)
    with pytest.raises(JournalValueError, match="bogus"):
        store.set_factor(NIGHT, "bogus", "1")


def test_a_factor_or_event_starts_the_night_row(store: JournalStore) -> None:
    store.set_factor(NIGHT, "magnesium", "yes", "routine")
    assert store.get_night(NIGHT) == Night(NIGHT)


def test_events_record_update_and_list(store: JournalStore) -> None:
    shown = RoutineEvent(NIGHT, "magnesium", at(4, 21), at(4, 21), None, None)
    event_id = store.record_event(shown)
    other = store.record_event(RoutineEvent(NIGHT, "stretch", at(4, 21, 45), None, "missed", None))
    answered = RoutineEvent(NIGHT, "magnesium", at(4, 21), at(4, 21), "done", at(4, 21, 2))
    store.update_event(event_id, answered)
    assert store.events_for_night(NIGHT) == [
        answered,
        RoutineEvent(NIGHT, "stretch", at(4, 21, 45), None, "missed", None),
    ]
    assert [i for i, _ in store.events_with_ids(NIGHT)] == [event_id, other]
    assert store.all_events() == store.events_for_night(NIGHT)
    assert store.events_for_night(date(2024, 3, 1)) == []
    with pytest.raises(JournalStoreError):
        store.update_event(999, answered)


def test_a_failed_transaction_leaves_nothing(store: JournalStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert_night(sample_night())
        store.set_factor(NIGHT, "magnesium", "yes")
        raise RuntimeError("power cut")
    assert store.get_night(NIGHT) is None
    assert store.factors_for(NIGHT) == {}


def test_pragmas(store: JournalStore, paths: Paths) -> None:
    db = sqlite3.connect(paths.journal_file)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    inner = store._db  # the live connection's own settings
    assert inner.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert inner.execute("PRAGMA foreign_keys").fetchone()[0] == 1


# --- permissions --------------------------------------------------------------------------


def test_files_are_private(paths: Paths) -> None:
    paths.data_dir.chmod(0o755)
    with open_journal(paths, NOW) as store:
        store.upsert_night(sample_night())
        store.back_up_daily(date(2024, 3, 5))
        journal = paths.journal_file
        for path in (journal, journal.with_name(journal.name + "-wal")):
            assert mode(path) == 0o600, path
        shm = journal.with_name(journal.name + "-shm")
        if shm.exists():
            assert mode(shm) == 0o600
        assert mode(paths.data_dir) == 0o700
        assert mode(paths.backup_dir) == 0o700
        assert [mode(p) for p in paths.backup_dir.iterdir()] == [0o600]


# --- migrations ---------------------------------------------------------------------------


def test_a_new_journal_is_at_the_latest_version(store: JournalStore, paths: Paths) -> None:
    db = sqlite3.connect(paths.journal_file)
    assert migrations.user_version(db) == migrations.latest_version()
    db.close()
    assert not paths.backup_dir.exists()  # nothing to copy before migrating an empty file


@pytest.mark.parametrize("version", range(migrations.latest_version()))
def test_migrates_from_every_earlier_version(paths: Paths, version: int) -> None:
    paths.data_dir.mkdir(exist_ok=True)
    db = sqlite3.connect(paths.journal_file, isolation_level=None)
    for step in migrations.MIGRATIONS[:version]:
        step(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()
    with open_journal(paths, NOW) as store:
        store.upsert_night(sample_night())
        assert store.get_night(NIGHT) == sample_night()


def test_an_empty_file_is_version_zero_and_gets_migrated(paths: Paths) -> None:
    paths.data_dir.mkdir(exist_ok=True)
    paths.journal_file.write_bytes(b"")
    with open_journal(paths, NOW) as store:
        assert store.notice is None
        store.upsert_night(sample_night())


def _with_extra_step(monkeypatch: pytest.MonkeyPatch, step: migrations.Migration) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])


def test_a_copy_is_taken_before_migrating_and_data_survives(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(paths, NOW) as store:
        store.save_night(sample_night(), {"magnesium": "yes"})
    old = migrations.latest_version()

    def add_column(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE nights ADD COLUMN spare TEXT")

    _with_extra_step(monkeypatch, add_column)
    with open_journal(paths, NOW) as store:
        assert store.get_night(NIGHT) == sample_night()
    copies = sorted(paths.backup_dir.glob(f"journal-v{old}-before-migration-*.sqlite3"))
    assert [p.name for p in copies] == [f"journal-v{old}-before-migration-20240305-073000.sqlite3"]
    copy = sqlite3.connect(copies[0])
    assert migrations.user_version(copy) == old
    assert copy.execute("SELECT quality FROM nights").fetchall() == [(4,)]
    copy.close()
    assert mode(copies[0]) == 0o600


def test_a_failing_step_rolls_back_and_leaves_the_file_as_it_was(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(paths, NOW) as store:
        store.upsert_night(sample_night())
    old = migrations.latest_version()

    def half_done(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        db.execute("SELECT * FROM no_such_table")

    _with_extra_step(monkeypatch, half_done)
    with pytest.raises(JournalStoreError, match=f"from format {old}"):
        open_journal(paths, NOW)
    db = sqlite3.connect(paths.journal_file)
    assert migrations.user_version(db) == old
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half" not in tables
    db.close()


# --- damaged and newer files --------------------------------------------------------------


def _assert_moved_aside(paths: Paths, store: JournalStore, original: bytes) -> None:
    assert store.notice is not None and store.notice.kind == "moved_aside"
    moved = store.notice.moved_to
    assert moved is not None and moved.read_bytes() == original
    assert moved.name.startswith("journal.sqlite3.damaged-20240305-073000")
    assert str(moved) in store.notice.message
    store.upsert_night(sample_night())  # the app keeps running on a fresh journal
    assert store.nights() == [sample_night()]


def test_garbage_bytes_are_moved_aside(paths: Paths) -> None:
    paths.data_dir.mkdir(exist_ok=True)
    garbage = b"this is not sqlite at all\x00\xff" * 100
    paths.journal_file.write_bytes(garbage)
    with open_journal(paths, NOW) as store:
        _assert_moved_aside(paths, store, garbage)
        assert "not a journal database" in store.notice.message  # type: ignore[union-attr]


def test_a_truncated_database_is_moved_aside(paths: Paths) -> None:
    with open_journal(paths, NOW) as store:
        for day in range(1, 28):
            store.upsert_night(Night(date(2024, 2, day), note="x" * 3000))
    db = sqlite3.connect(paths.journal_file)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    whole = paths.journal_file.read_bytes()
    truncated = whole[: len(whole) // 2]
    paths.journal_file.write_bytes(truncated)
    with open_journal(paths, NOW) as store:
        _assert_moved_aside(paths, store, truncated)


def test_a_newer_version_is_opened_read_only_and_not_moved(paths: Paths) -> None:
    with open_journal(paths, NOW) as store:
        store.upsert_night(sample_night())
    db = sqlite3.connect(paths.journal_file)
    db.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    db.commit()
    db.close()
    before = paths.journal_file.read_bytes()
    with open_journal(paths, NOW) as store:
        assert store.is_read_only
        assert store.notice is not None and store.notice.kind == "newer_version"
        assert "newer version" in store.notice.message
        assert store.get_night(NIGHT) == sample_night()  # reading still works
        with pytest.raises(JournalReadOnlyError, match="read-only"):
            store.upsert_night(Night(NIGHT, quality=1))
        with pytest.raises(JournalReadOnlyError):
            store.record_event(RoutineEvent(NIGHT, "magnesium", at(4, 21), None, None, None))
    assert paths.journal_file.read_bytes() == before
    assert sorted(p.name for p in paths.data_dir.iterdir() if "damaged" in p.name) == []


# --- backups ------------------------------------------------------------------------------


def test_daily_backups_rotate_to_fourteen(store: JournalStore, paths: Paths) -> None:
    store.upsert_night(sample_night())
    first = date(2024, 3, 5)
    for offset in range(20):
        store.back_up_daily(first + timedelta(days=offset))
    names = [p.name for p in backups.daily_backups(paths.backup_dir)]
    assert len(names) == 14
    assert names[0] == "journal-2024-03-11.sqlite3"
    assert names[-1] == "journal-2024-03-24.sqlite3"


def test_one_backup_a_day_and_it_is_a_readable_copy(store: JournalStore, paths: Paths) -> None:
    store.upsert_night(sample_night())
    made = store.back_up_daily(date(2024, 3, 5))
    assert made is not None
    store.upsert_night(Night(NIGHT, quality=1))
    assert store.back_up_daily(date(2024, 3, 5)) is None  # already done today
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT quality FROM nights").fetchall() == [(4,)]
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_opening_makes_todays_backup_once_there_is_something_to_keep(paths: Paths) -> None:
    with open_journal(paths, NOW) as store:
        store.upsert_night(sample_night())
    assert not paths.backup_dir.exists()  # the journal was empty when opened
    with open_journal(paths, NOW) as store:
        pass
    assert [p.name for p in backups.daily_backups(paths.backup_dir)] == [
        "journal-2024-03-05.sqlite3"
    ]


def test_a_failed_commit_rolls_back_and_the_next_write_works(paths):
    import sqlite3
    from datetime import UTC, date, datetime

    from companion.core.journal import Night
    from companion.store.errors import StoreError
    from companion.store.journal_store import open_journal

    store = open_journal(paths, datetime(2026, 11, 24, 12, tzinfo=UTC))
    real = store._db

    class CommitFailsOnce:
        failed = False

        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, *args):
            if sql == "COMMIT" and not CommitFailsOnce.failed:
                CommitFailsOnce.failed = True
                raise sqlite3.OperationalError("disk I/O error")
            return real.execute(sql, *args)

    store._db = CommitFailsOnce()
    try:
        with pytest.raises(StoreError, match="disk I/O error") as caught:
            store.upsert_night(Night(date(2026, 11, 20), rls_intensity=3))
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError)  # the cause is kept
        store.upsert_night(Night(date(2026, 11, 21), rls_intensity=4))  # no "within a transaction"
        assert [n.night for n in store.nights()] == [date(2026, 11, 21)]
    finally:
        store._db = real
        store.close()
