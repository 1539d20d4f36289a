"""Every way of setting a check-in answer is saved; a wheel passing over a field changes nothing."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from companion.ui.checkin.dialog import CheckinAnswers, CheckinDialog
from tests.ui.wheel import up_arrow, wheel

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 24)


@pytest.fixture
def dialog(qtbot) -> CheckinDialog:
    d = CheckinDialog(NIGHT, None, {}, [], [], zone=BERLIN, bedtime=time(22, 30))
    qtbot.addWidget(d)
    d.show()
    d.set_details_shown(True)
    d.activateWindow()
    qtbot.waitActive(d)
    return d


def saved(qtbot, dialog: CheckinDialog) -> CheckinAnswers:
    with qtbot.waitSignal(dialog.saved, timeout=1000) as blocker:
        dialog.save_button.click()
    answers = blocker.args[0]
    assert isinstance(answers, CheckinAnswers)
    return answers


def test_three_clicks_on_the_up_arrow_of_a_time_are_saved(qtbot, dialog):
    field = dialog.time_edits["into_bed_at"]
    for _ in range(3):
        qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton, pos=up_arrow(field.edit))
    shown = field.value()
    assert shown is not None and field.edit.text() == f"{shown:%H:%M}"
    night = saved(qtbot, dialog).night
    assert night.into_bed_at is not None
    assert night.into_bed_at.time() == shown
    assert shown != time(22, 15)  # the first click gave the usual time, the next two stepped it


def test_typed_digits_are_saved(qtbot, dialog):
    spin = dialog.sleep_onset_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "25")
    assert saved(qtbot, dialog).night.sleep_onset_min == 25


def test_keyboard_arrows_are_saved(qtbot, dialog):
    spin = dialog.awakenings_spin
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert saved(qtbot, dialog).night.awakenings == 1  # unknown → 0 → 1 → 2, back to 1


def test_keyboard_up_on_an_unknown_time_is_saved(qtbot, dialog):
    edit = dialog.time_edits["lights_out_at"].edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    night = saved(qtbot, dialog).night
    assert night.lights_out_at is not None
    assert night.lights_out_at.time() == time(22, 30)


def test_the_wheel_on_a_focused_field_is_saved(qtbot, dialog):
    spin = dialog.caffeine_spin
    spin.setFocus()
    wheel(spin)
    wheel(spin)
    answers = saved(qtbot, dialog)
    assert answers.factors["caffeine_after_noon"] == "1"  # unknown → 0 → 1


def test_a_choice_picked_with_the_keyboard_is_saved(qtbot, dialog):
    combo = dialog.exercise_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    answers = saved(qtbot, dialog)
    assert answers.factors["exercise"] == combo.currentData() == "light"


def test_a_passing_wheel_changes_no_field(qtbot, dialog):
    dialog.note_edit.setFocus()
    fields = [
        dialog.sleep_onset_spin,
        dialog.caffeine_spin,
        dialog.temperature_spin,
        dialog.exercise_combo,
        dialog.onset_combo,
        dialog.time_edits["into_bed_at"].edit,
    ]
    for field in fields:
        wheel(field, 1)
        wheel(field, -3)
    answers = saved(qtbot, dialog)
    assert answers.factors == {}
    assert answers.night.sleep_onset_min is None
    assert answers.night.symptom_onset is None
    assert answers.night.into_bed_at is None
