"""Every time field speaks the locale's clock: "10:30 PM" in the US, "22:30" in Germany."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QTimeEdit, QWidget

from companion.core.settings import Settings
from companion.services.language import use_language
from companion.ui.setup.onboarding import OnboardingDialog
from companion.ui.setup.settings_dialog import SettingsDialog
from companion.ui.tonight.episode_dialog import EpisodeDialog
from companion.ui.widgets.clock_text import read_clock, show_clock, time_display_format
from companion.ui.widgets.time_field import ClockField, OptionalTimeEdit

NIGHT = date(2026, 3, 24)
PLUS_ONE = timezone(timedelta(hours=1))


def _onboarding() -> tuple[QWidget, QTimeEdit]:
    dialog = OnboardingDialog(time(22, 30), time(7, 0))
    return dialog, dialog.bedtime_edit


def _settings_bedtime() -> tuple[QWidget, QTimeEdit]:
    dialog = SettingsDialog(Settings(onboarding_done=True, bedtime=time(22, 30)), "Europe/Berlin")
    return dialog, dialog.bedtime_edit


def _settings_weekday() -> tuple[QWidget, QTimeEdit]:
    dialog = SettingsDialog(Settings(onboarding_done=True, bedtime=time(22, 30)), "Europe/Berlin")
    dialog.weekday_boxes[4].setChecked(True)
    return dialog, dialog.weekday_edits[4]


def _custom_step() -> tuple[QWidget, QTimeEdit]:
    dialog = SettingsDialog(Settings(onboarding_done=True), "Europe/Berlin")
    dialog.custom_steps.add_step()
    dialog.custom_steps.when_combo.setCurrentIndex(0)  # "At a time of day"
    edit = dialog.custom_steps.at_edit
    edit.setTime(QTime(22, 30))
    return dialog, edit


def _episode() -> tuple[QWidget, QTimeEdit]:
    dialog = EpisodeDialog(time(22, 30))
    return dialog, dialog.time_edit


def _checkin() -> tuple[QWidget, QTimeEdit]:
    field = OptionalTimeEdit("Lights out", time(22, 30))
    field.set_time(time(22, 30))
    return field, field.edit


TIME_BOXES: dict[str, Callable[[], tuple[QWidget, QTimeEdit]]] = {
    "welcome": _onboarding,
    "settings bedtime": _settings_bedtime,
    "settings weekday": _settings_weekday,
    "settings custom step": _custom_step,
    "episode": _episode,
    "check-in": _checkin,
}


def type_into(qtbot, edit: QTimeEdit, text: str) -> None:
    """Type as a person does: the box focused, its hour section picked, then the keys."""
    edit.setFocus()
    edit.setTime(QTime(8, 0))
    edit.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, text)
    edit.interpretText()


@pytest.mark.parametrize("make", TIME_BOXES.values(), ids=TIME_BOXES.keys())
def test_us_time_boxes_show_pm_and_take_both_habits(qtbot, make) -> None:
    use_language("auto", QLocale("en_US"))
    window, edit = make()
    qtbot.addWidget(window)
    window.show()
    assert edit.text() == "10:30 PM"
    for typed in ("10:30 PM", "22:30"):
        type_into(qtbot, edit, typed)
        assert edit.time() == QTime(22, 30), typed
        assert edit.text() == "10:30 PM", typed
    type_into(qtbot, edit, "7:05 am")
    assert edit.time() == QTime(7, 5)
    # The whole "10:30 PM" has room: nothing of it is cut off.
    edit.setTime(QTime(22, 30))
    assert edit.width() >= edit.fontMetrics().horizontalAdvance("10:30 PM")


@pytest.mark.parametrize("make", TIME_BOXES.values(), ids=TIME_BOXES.keys())
def test_german_time_boxes_keep_the_24_hour_clock(qtbot, make) -> None:
    use_language("auto", QLocale("de_DE"))
    window, edit = make()
    qtbot.addWidget(window)
    window.show()
    assert edit.text() == "22:30"
    type_into(qtbot, edit, "06:15")
    assert edit.time() == QTime(6, 15)


def test_the_journal_field_shows_the_us_clock_and_reads_both_habits(qtbot) -> None:
    use_language("auto", QLocale("en_US"))
    field = ClockField("into_bed_at")
    qtbot.addWidget(field)
    field.set_moment(datetime(2026, 3, 24, 22, 30, tzinfo=PLUS_ONE))
    assert field.text() == "10:30 PM"
    evening = datetime(2026, 3, 24, 22, 30, tzinfo=PLUS_ONE)
    for typed in ("10:30 PM", "22:30", "10:30pm", "22.30"):
        field.setText(typed)
        assert field.moment(NIGHT, None, PLUS_ONE) == evening, typed
    field.setText("6:45 AM")
    assert field.moment(NIGHT, None, PLUS_ONE) == datetime(2026, 3, 25, 6, 45, tzinfo=PLUS_ONE)
    field.setText("half ten")
    with pytest.raises(ValueError, match="not a time like 10:30 PM"):
        field.moment(NIGHT, None, PLUS_ONE)


def test_the_journal_field_stays_24_hour_in_german(qtbot) -> None:
    use_language("auto", QLocale("de_DE"))
    field = ClockField("into_bed_at")
    qtbot.addWidget(field)
    field.set_moment(datetime(2026, 3, 24, 22, 30, tzinfo=PLUS_ONE))
    assert field.text() == "22:30"
    field.setText("10:30 PM")  # not a German way to write a time
    with pytest.raises(ValueError, match="22:30"):
        field.moment(NIGHT, None, PLUS_ONE)


def test_the_settings_file_keeps_the_24_hour_time(qtbot) -> None:
    use_language("auto", QLocale("en_US"))
    dialog = SettingsDialog(Settings(onboarding_done=True), "Europe/Berlin")
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.bedtime_edit, "11:15 PM")
    assert dialog.current().bedtime == time(23, 15)


@pytest.mark.parametrize(
    ("name", "shown"),
    [("en_US", "10:30 PM"), ("de_DE", "22:30"), ("es_ES", "22:30"), ("fr_FR", "22:30")],
)
def test_formats_come_from_the_locale_without_seconds(name: str, shown: str) -> None:
    locale = QLocale(name)
    assert "s" not in time_display_format(locale)
    assert show_clock(time(22, 30), locale) == shown
    assert read_clock(shown, locale) == time(22, 30)
    assert read_clock("22:30", locale) == time(22, 30)
    assert read_clock("25:00", locale) is None


def test_legs_started_at_follows_the_us_clock_and_reads_both_habits(qtbot) -> None:
    from companion.core.journal import JournalValueError
    from companion.ui.journal.start_time_field import StartTimeField

    use_language("auto", QLocale("en_US"))
    field = StartTimeField()
    qtbot.addWidget(field)
    field.set_clock(time(21, 30))
    assert field.text() == "9:30 PM"
    assert field.clock() == time(21, 30)
    for typed, wanted in (("21:30", time(21, 30)), ("9:30 pm", time(21, 30)), ("", None)):
        field.setText(typed)
        assert field.clock() == wanted
    field.setText("soon")
    with pytest.raises(JournalValueError):
        field.clock()
