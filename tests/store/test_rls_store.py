"""Medicines, iron tests, episodes and the experiment in the journal file (issue 16)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta, timezone

import pytest

from companion.core.journal import Night
from companion.core.n_of_1 import plan_experiment
from companion.core.rls_records import Episode, LabResult, MedicationCourse
from companion.store.journal_store import StoreError, open_journal
from companion.store.paths import Paths

CET = timezone(timedelta(hours=1))
NOW = datetime(2024, 3, 5, 7, 30, tzinfo=CET)
D = date(2024, 3, 4)


def test_records_are_kept_and_read_back(paths: Paths) -> None:
    with open_journal(paths, NOW) as store:
        store.save_night(Night(D, symptoms_from=time(0, 40), arms=False))
        store.add_medication(MedicationCourse("gabapentin", 300, "mg", D, None, time(19, 0)))
        store.add_lab(LabResult(D, 52.5, None))
        store.add_episode(Episode(D, datetime(2024, 3, 5, 3, 0, tzinfo=CET), "walked"))
        store.save_experiment(plan_experiment(D, "stretch", 4, 7, seed=9))
    with open_journal(paths, NOW) as store:
        night = store.get_night(D)
        assert night is not None and (night.symptoms_from, night.arms) == (time(0, 40), False)
        assert store.medications()[0].at == time(19, 0)
        assert store.labs() == [LabResult(D, 52.5, None)]
        assert [e.relief for e in store.episodes(D, D)] == ["walked"]
        assert store.episodes(D + timedelta(days=1)) == []
        assert store.experiment() == plan_experiment(D, "stretch", 4, 7, seed=9)


def test_stopping_a_medicine_ends_the_open_course(paths: Paths) -> None:
    with open_journal(paths, NOW) as store:
        store.add_medication(MedicationCourse("Ropinirole", 1, "mg", D, None, None))
        store.stop_medication("ropinirole", D + timedelta(days=30))
        assert store.medications()[0].end == D + timedelta(days=30)
        with pytest.raises(StoreError):
            store.stop_medication("ropinirole", D + timedelta(days=31))  # none open now


def test_a_schema_1_journal_is_migrated_with_a_dated_copy_first(paths: Paths) -> None:
    from companion.store.migrations import MIGRATIONS

    paths.ensure()
    db = sqlite3.connect(paths.journal_file)
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO nights (night, rls_intensity) VALUES ('2024-03-04', 5)")
    db.commit()
    db.close()
    with open_journal(paths, NOW) as store:
        night = store.get_night(D)
        assert night is not None and night.rls_intensity == 5 and night.arms is None
        assert store.medications() == [] and store.experiment() is None
    copies = list(paths.backup_dir.iterdir())
    assert any("v1" in c.name or "migration" in c.name or "pre" in c.name for c in copies), copies
