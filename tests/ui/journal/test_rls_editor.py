"""The night editor's start time, arms and the night's episodes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from companion.core.insights import make_record
from companion.core.journal import Night
from companion.core.rls_records import Episode
from companion.ui.journal.episodes_list import NONE_YET
from companion.ui.journal.night_editor import NightEditor

TZ = timezone(timedelta(hours=1))
DAY = date(2024, 3, 1)


@pytest.fixture
def editor(qtbot) -> NightEditor:
    e = NightEditor(TZ)
    qtbot.addWidget(e)
    e.load(make_record(Night(DAY, rls_intensity=3)))
    e.show()
    return e


def saved(qtbot, editor: NightEditor) -> Night:
    with qtbot.waitSignal(editor.saved, timeout=1000) as blocker:
        editor.save_button.click()
    night: Night = blocker.args[0]
    return night


def test_a_typed_start_time_sets_the_choice_and_is_saved(qtbot, editor) -> None:
    editor.bedtime_for = lambda _day: time(23, 0)
    qtbot.keyClicks(editor.symptoms_from, "14.30")
    assert editor.onset.currentData() == "afternoon"
    night = saved(qtbot, editor)
    assert (night.symptoms_from, night.symptom_onset) == (time(14, 30), "afternoon")


def test_a_start_time_that_is_not_a_time_names_the_field(qtbot, editor) -> None:
    qtbot.keyClicks(editor.symptoms_from, "9pm")
    assert "symptoms_from" in editor.problems.text()
    assert not editor.save_button.isEnabled()


def test_arms_picked_by_keyboard_is_saved(qtbot, editor) -> None:
    editor.arms.setFocus()
    qtbot.keyClick(editor.arms, Qt.Key.Key_Down)
    assert saved(qtbot, editor).arms is True


def test_the_nights_episodes_are_listed_in_time_order(editor) -> None:
    assert editor.episodes.lines.text() == NONE_YET
    editor.set_episodes(
        [
            Episode(DAY, datetime(2024, 3, 2, 2, 10, tzinfo=TZ), "stretched"),
            Episode(DAY, datetime(2024, 3, 1, 23, 40, tzinfo=TZ), "walked: to the kitchen"),
        ]
    )
    assert editor.episodes.lines.text() == "23:40 — walked: to the kitchen\n02:10 — stretched"
