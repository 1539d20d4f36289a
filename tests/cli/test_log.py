"""`log`: create or update one night from the shell."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from companion.cli.log import log_night, measure_for_option
from companion.core.journal import JournalValueError, Night
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths

NOW = datetime(2024, 3, 5, 7, 30, tzinfo=timezone(timedelta(hours=1)))
NIGHT = date(2024, 3, 4)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


def test_log_creates_a_night_and_says_what_was_stored(store: JournalStore) -> None:
    lines = log_night(
        store,
        NIGHT,
        {
            "rls": "6",
            "quality": "3",
            "sol": "25",
            "awakenings": "0",
            "magnesium": "yes",
            "stretched": "no",
            "caffeine-after-noon": "1",
            "alcohol": "0",
            "stress": "4",
            "note": "tight calves",
        },
        tags=["late dinner"],
    )
    assert lines[0] == "Night of Monday 2024-03-04"
    assert "Restless legs (0 none … 10 worst): 6" in lines
    assert "Time to fall asleep: 25 min" in lines
    assert "Times woken in the night: 0" in lines
    assert "Alcoholic drinks: 0  [manual]" in lines
    assert "Tag: late dinner  [manual]" in lines
    night = store.get_night(NIGHT)
    assert night == Night(
        NIGHT, rls_intensity=6, quality=3, sleep_onset_min=25, awakenings=0, note="tight calves"
    )


def test_log_updates_only_what_is_given_and_can_clear(store: JournalStore) -> None:
    log_night(store, NIGHT, {"rls": "6", "quality": "3", "stress": "2"})
    log_night(store, NIGHT, {"quality": "4", "stress": None, "rls": ""})
    assert store.get_night(NIGHT) == Night(NIGHT, quality=4)
    assert "stress" not in store.factors_for(NIGHT)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rls": "11"}, "rls_intensity"),
        ({"quality": "great"}, "quality"),
        ({"magnesium": "maybe"}, "magnesium"),
        ({"mood": "3"}, "mood"),
        ({"time_in_bed_min": "3"}, "time_in_bed_min"),
    ],
)
def test_bad_log_input_names_the_field_and_writes_nothing(
    store: JournalStore, changes: dict[str, str], field: str
) -> None:
    with pytest.raises(JournalValueError) as caught:
        log_night(store, NIGHT, changes)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)
    assert store.nights() == []


def test_a_bad_tag_writes_nothing(store: JournalStore) -> None:
    with pytest.raises(JournalValueError, match=r"^tag: "):
        log_night(store, NIGHT, {"quality": "3"}, tags=["  "])
    assert store.nights() == []


def test_options_and_keys_both_work() -> None:
    assert measure_for_option("--caffeine-after-noon").key == "caffeine_after_noon"
    assert measure_for_option("rls_intensity").key == "rls_intensity"
    assert measure_for_option("tag:x").is_tag
