"""The journal window lets go of everything when it closes, and ten years read lean."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from companion.core.journal import Night
from companion.journeys.journal import JournalJourney
from companion.journeys.journal_data import load_journal_data
from companion.services import memory
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths
from tests.fakes import JournalHost

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 25, 9, 0, tzinfo=CET)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        for i in range(40):
            day = date(2026, 2, 1) + timedelta(days=i)
            bed = datetime.combine(day, datetime.min.time(), CET) + timedelta(hours=22, minutes=i)
            opened.save_night(
                Night(day, lights_out_at=bed, rls_intensity=i % 11, symptom_onset="evening"),
                {"magnesium": "yes" if i % 2 else "no", "stress": str(1 + i % 5)},
            )
        yield opened


def test_a_closed_journal_window_is_deleted_with_its_nights(
    qtbot: QtBot, paths: Paths, store: JournalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[bool] = []
    monkeypatch.setattr(memory, "release_memory", lambda: released.append(True))
    journey = JournalJourney(JournalHost(paths, store, NOW))
    journey.open()
    window = journey.window
    assert window is not None and len(window.data_.records) == 40
    nights = weakref.ref(window.data_)
    window.close()
    qtbot.waitUntil(lambda: released == [True])  # memory handed back once, after deletion
    assert journey.window is None and not shiboken6.isValid(window)
    del window  # the test's own handle: nothing in the app holds one
    gc.collect()
    assert nights() is None
    journey.open()  # and it opens again as before
    assert journey.window is not None and len(journey.window.data_.records) == 40
    journey.close()


def test_ten_years_read_the_same_nights_sharing_equal_values(store: JournalStore) -> None:
    data = load_journal_data(store)
    first, second, third = data.records[:3]
    # What the window shows is unchanged by the sharing...
    assert first.factors["magnesium"].value == "no" and second.factors["magnesium"].value == "yes"
    assert first.night.lights_out_at == datetime(2026, 2, 1, 22, 0, tzinfo=CET)
    assert first.night.symptom_onset == "evening"
    # ...but equal values are one object, so a long journal costs less memory.
    assert first.factors["magnesium"] is third.factors["magnesium"]
    assert first.night.lights_out_at is not None and second.night.lights_out_at is not None
    assert first.night.lights_out_at.tzinfo is second.night.lights_out_at.tzinfo
