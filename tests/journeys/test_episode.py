"""Episodes from the tray: the typed time placed at its moment, stored on its night."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from companion.journeys.episode import episode_moment, record_episode
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 25, 0, 20, tzinfo=BERLIN)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


def test_a_time_before_midnight_typed_after_it_is_last_evening() -> None:
    assert episode_moment(NOW, time(23, 50), BERLIN) == datetime(2026, 3, 24, 23, 50, tzinfo=BERLIN)
    assert episode_moment(NOW, time(0, 10), BERLIN) == datetime(2026, 3, 25, 0, 10, tzinfo=BERLIN)


def test_an_episode_after_midnight_is_stored_on_the_night_before(store: JournalStore) -> None:
    at = episode_moment(NOW, time(0, 15), BERLIN)
    record_episode(store, at, "walked")
    [stored] = store.episodes()
    assert (stored.night, stored.relief) == (date(2026, 3, 24), "walked")
    assert stored.at == at
