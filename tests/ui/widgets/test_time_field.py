"""Clock-time inputs: unknown until set, and times placed in their night (it turns at noon)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from companion.ui.widgets.time_field import ClockField, OptionalTimeEdit, moment_for
from companion.ui.widgets.words import NO_ANSWER

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 24)
PLUS_ONE = timezone(timedelta(hours=1))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


def test_times_follow_the_night_window_and_dst():
    assert moment_for(NIGHT, time(23, 30), BERLIN) == at(24, 23, 30)
    assert moment_for(NIGHT, time(11, 59), BERLIN) == at(25, 11, 59)
    # Berlin springs forward at 02:00 on 29 March 2026: 02:30 does not exist, 03:30 does.
    assert moment_for(date(2026, 3, 28), time(2, 30), BERLIN).utcoffset().total_seconds() == 7200


def test_an_optional_time_starts_unknown_and_an_arrow_gives_the_suggestion(qtbot):
    field = OptionalTimeEdit("Lights out", time(22, 30))
    qtbot.addWidget(field)
    assert field.value() is None
    assert field.edit.text() == NO_ANSWER
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == time(22, 30)
    field.set_time(None)
    assert field.value() is None


def test_a_typed_clock_time_lands_in_the_right_day_of_the_night(qtbot):
    field = ClockField("into_bed_at")
    qtbot.addWidget(field)
    assert field.moment(NIGHT, None, PLUS_ONE) is None  # empty is not answered
    field.setText("22:30")
    assert field.moment(NIGHT, None, PLUS_ONE) == datetime(2026, 3, 24, 22, 30, tzinfo=PLUS_ONE)
    field.setText("06.45")
    assert field.moment(NIGHT, None, PLUS_ONE) == datetime(2026, 3, 25, 6, 45, tzinfo=PLUS_ONE)


def test_a_typed_time_keeps_the_stored_offset_and_refuses_words(qtbot):
    field = ClockField("magnesium_time")
    qtbot.addWidget(field)
    stored = datetime(2026, 3, 24, 21, 2, tzinfo=timezone(timedelta(hours=2)))
    field.set_moment(stored)
    assert field.text() == "21:02"
    assert field.moment(NIGHT, stored, PLUS_ONE).utcoffset() == timedelta(hours=2)
    field.setText("8 pm")
    with pytest.raises(ValueError, match="not a time like 22:30"):
        field.moment(NIGHT, None, PLUS_ONE)
