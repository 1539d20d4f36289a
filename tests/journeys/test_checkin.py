"""The check-in adapter against a real journal file: load a night, save the dialog's answers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from companion.core.events import RoutineEvent
from companion.core.journal import FactorValue, JournalValueError, Night
from companion.journeys.checkin import connect_checkin, load_checkin, routine_summary, save_checkin
from companion.store import migrations
from companion.store.journal_store import JournalStore, open_journal
from companion.store.paths import Paths
from companion.ui.checkin.dialog import CheckinAnswers, CheckinDialog
from tests.fakes import BERLIN

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 25, 7, 30, tzinfo=CET)
NIGHT = date(2026, 3, 24)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=CET)


@pytest.fixture
def store(paths: Paths) -> Iterator[JournalStore]:
    with open_journal(paths, NOW) as opened:
        yield opened


def event(step: str, answer: str | None, answered: datetime | None) -> RoutineEvent:
    return RoutineEvent(NIGHT, step, at(24, 21), at(24, 21), answer, answered)  # type: ignore[arg-type]


def test_an_unknown_night_loads_empty(store: JournalStore) -> None:
    data = load_checkin(store, NIGHT)
    assert (data.night_date, data.night, data.factors, data.routine, data.tags) == (
        NIGHT,
        None,
        {},
        [],
        [],
    )


def test_load_brings_the_night_factors_routine_and_every_tag(store: JournalStore) -> None:
    store.add_tag("sauna")
    store.record_event(event("magnesium", "done", at(24, 21, 2)))
    store.save_night(Night(NIGHT, quality=4), {"tag:late dinner": "yes", "stress": "2"})
    store.set_factors(NIGHT, {"stretch_holds_done": "10", "stretch_holds_planned": "10"}, "routine")
    data = load_checkin(store, NIGHT)
    assert data.night == Night(NIGHT, quality=4)
    assert data.factors["stress"] == FactorValue("stress", "2", "manual")
    assert data.routine == ["Magnesium at 21:02", "Stretches 10/10 holds"]
    assert data.tags == ["late dinner", "sauna"]


def test_save_writes_night_factors_and_new_tags_in_one_go(store: JournalStore) -> None:
    night = Night(NIGHT, rls_intensity=3, awakenings=None, quality=4, lights_out_at=at(24, 22, 45))
    lines = save_checkin(
        store,
        CheckinAnswers(night, {"caffeine_after_noon": "2", "room_temperature_c": "18.3"}, ["walk"]),
    )
    assert store.get_night(NIGHT) == night
    assert store.factors_for(NIGHT) == {
        "caffeine_after_noon": FactorValue("caffeine_after_noon", "2", "manual"),
        "room_temperature_c": FactorValue("room_temperature_c", "18.3", "manual"),
        "tag:walk": FactorValue("tag:walk", "yes", "manual"),
    }
    assert "tag:walk" in {m.key for m in store.factor_definitions()}
    assert "Tag: walk  [manual]" in lines


def test_an_edit_removes_dropped_tags_and_keeps_untouched_rows(store: JournalStore) -> None:
    store.save_night(Night(NIGHT, quality=2), {"tag:sauna": "yes", "tag:walk": "yes"})
    store.set_factors(NIGHT, {"stress": "4"}, "import")
    store.set_factors(NIGHT, {"magnesium": "yes"}, "routine")
    save_checkin(store, CheckinAnswers(Night(NIGHT, quality=3), {"exercise": "light"}, ["walk"]))
    factors = store.factors_for(NIGHT)
    assert store.get_night(NIGHT) == Night(NIGHT, quality=3)
    assert "tag:sauna" not in factors
    assert factors["tag:walk"].value == "yes"
    assert factors["stress"] == FactorValue("stress", "4", "import")  # untouched: same source
    assert factors["magnesium"] == FactorValue("magnesium", "yes", "routine")
    assert factors["exercise"] == FactorValue("exercise", "light", "manual")


def test_a_factor_set_to_none_is_removed(store: JournalStore) -> None:
    store.save_night(Night(NIGHT), {"alcohol_drinks": "1"})
    save_checkin(store, CheckinAnswers(Night(NIGHT), {"alcohol_drinks": None}, []))
    assert store.factors_for(NIGHT) == {}


def test_an_invalid_night_writes_nothing_not_even_the_tag(store: JournalStore) -> None:
    bad = Night(NIGHT, awakenings=1, legs_woke_me=3)
    with pytest.raises(JournalValueError, match="legs_woke_me"):
        save_checkin(store, CheckinAnswers(bad, {"stress": "3"}, ["new tag"]))
    assert store.get_night(NIGHT) is None
    assert store.factors_for(NIGHT) == {}
    assert "tag:new tag" not in {m.key for m in store.factor_definitions()}


def test_the_dialog_saves_through_the_adapter(qtbot, store: JournalStore) -> None:
    store.save_night(Night(NIGHT, quality=2), {"tag:sauna": "yes"})
    data = load_checkin(store, NIGHT)
    dialog = CheckinDialog(
        data.night_date, data.night, data.factors, data.routine, data.tags, zone=BERLIN
    )
    qtbot.addWidget(dialog)
    connect_checkin(dialog, store)
    dialog.show()
    qtbot.keyClick(dialog.rls_row, "6")
    dialog.chips["sauna"].click()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert store.get_night(NIGHT) == Night(NIGHT, quality=2, rls_intensity=6)
    assert store.factors_for(NIGHT) == {}


def test_a_read_only_journal_keeps_the_dialog_open(qtbot, paths: Paths) -> None:
    with open_journal(paths, NOW) as first:
        first.save_night(Night(NIGHT, quality=2))
    db = sqlite3.connect(paths.journal_file)
    db.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    db.commit()
    db.close()
    with open_journal(paths, NOW) as store:
        assert store.is_read_only
        data = load_checkin(store, NIGHT)
        dialog = CheckinDialog(NIGHT, data.night, data.factors, [], data.tags, zone=BERLIN)
        qtbot.addWidget(dialog)
        connect_checkin(dialog, store)
        dialog.show()
        qtbot.keyClick(dialog.quality_row, "5")
        dialog.save_button.click()
        assert dialog.isVisible()
        assert dialog.status_label.text().startswith("Not saved: ")
        assert "newer version" in dialog.status_label.text()
        assert store.get_night(NIGHT) == Night(NIGHT, quality=2)


# --- the routine summary -------------------------------------------------------------------


def test_summary_from_answers_alone() -> None:
    events = [
        event("magnesium", "skipped", at(24, 21, 0)),
        event("stretch", "partial", at(24, 21, 50)),
        event("lights", "done", at(24, 22, 1)),
        event("bedtime", "missed", None),
    ]
    assert routine_summary(events, {}) == [
        "Magnesium skipped",
        "Stretches partly done",
        "Lights dimmed at 22:01",
        "Lights out missed",
    ]


def test_routine_factors_say_more_than_answers() -> None:
    factors = {
        key: FactorValue(key, value, "routine")
        for key, value in (
            ("magnesium", "yes"),
            ("magnesium_dose_mg", "300"),
            ("magnesium_time", at(24, 21, 2).isoformat()),
            ("stretch_holds_done", "8"),
            ("stretch_holds_planned", "10"),
            ("lights_dimmed", "yes"),
        )
    }
    events = [event("magnesium", "done", at(24, 21, 5)), event("stretch", "done", at(24, 22))]
    assert routine_summary(events, factors) == [
        "Magnesium 300 mg at 21:02",
        "Stretches 8/10 holds",
        "Lights dimmed",
    ]


def test_a_settled_answer_is_not_undone_by_a_later_open_prompt() -> None:
    events = [
        event("magnesium", "snoozed", at(24, 21, 0)),
        event("magnesium", "done", at(24, 21, 12)),
        event("magnesium", None, None),
        event("stretch", "snoozed", at(24, 21, 50)),
    ]
    assert routine_summary(events, {}) == ["Magnesium at 21:12", "Stretches: no answer"]


def test_magnesium_recorded_as_not_taken() -> None:
    factors = {"magnesium": FactorValue("magnesium", "no", "manual")}
    assert routine_summary([], factors) == ["No magnesium"]
