from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from companion.core.settings import Settings
from companion.ui.setup.settings_dialog import SettingsDialog

OK = QDialogButtonBox.StandardButton.Ok
APPLY = QDialogButtonBox.StandardButton.Apply


@pytest.fixture
def dialog(qtbot):
    d = SettingsDialog(Settings(onboarding_done=True), "Europe/Berlin")
    qtbot.addWidget(d)
    d.show()
    return d


def test_unchanged_dialog_gives_back_the_same_settings(dialog):
    assert dialog.current() == Settings(onboarding_done=True)


def test_apply_emits_every_edited_field(qtbot, dialog):
    dialog.bedtime_edit.setTime(dialog.bedtime_edit.time().fromString("23:00", "HH:mm"))
    dialog.weekday_boxes[4].setChecked(True)  # Friday night
    dialog.weekday_edits[4].setTime(dialog.bedtime_edit.time().fromString("00:30", "HH:mm"))
    dialog.step_boxes["lights"].setChecked(False)
    dialog.step_spins["magnesium"].setValue(120)
    dialog.label_edit.setText("Magnesium citrate")
    dialog.dose_spin.setValue(200)
    dialog.zone_combo.setCurrentText("America/New_York")
    dialog.voice_box.setChecked(False)
    with qtbot.waitSignal(dialog.applied, timeout=1000) as blocker:
        dialog.buttons.button(APPLY).click()
    s: Settings = blocker.args[0]
    assert s.bedtime == time(23, 0)
    assert s.bedtime_by_weekday == {4: time(0, 30)}
    assert not s.steps["lights"].enabled
    assert s.steps["magnesium"].offset_minutes == 120
    assert (s.magnesium_label, s.magnesium_dose_mg) == ("Magnesium citrate", 200)
    assert s.timezone == "America/New_York"
    assert s.voice_enabled is False
    assert s.onboarding_done  # untouched fields survive
    assert dialog.isVisible()  # Apply keeps the window open


def test_disabled_step_greys_its_minutes(dialog):
    dialog.step_boxes["stretch"].setChecked(False)
    assert not dialog.step_spins["stretch"].isEnabled()


def test_empty_product_name_is_explained_next_to_the_field(qtbot, dialog):
    dialog.label_edit.setText("  ")
    error = dialog._errors["magnesium_label"]
    assert error.isVisible()
    assert error.text() == "Must not be empty."
    assert not dialog.buttons.button(OK).isEnabled()
    with qtbot.assertNotEmitted(dialog.applied):
        dialog.buttons.button(APPLY).click()
    dialog.label_edit.setText("Magnesium")
    assert not error.isVisible()
    assert dialog.buttons.button(OK).isEnabled()


def test_unknown_time_zone_is_explained(dialog):
    dialog.zone_combo.setCurrentText("Atlantis/Capital")
    error = dialog._errors["timezone"]
    assert error.isVisible()
    assert "not a known IANA time zone" in error.text()
    dialog.zone_combo.setCurrentIndex(0)  # back to the system zone
    assert not error.isVisible()
    assert dialog.current().timezone is None


def test_ok_applies_and_closes(qtbot, dialog):
    dialog.snooze_spin.setValue(5)
    with qtbot.waitSignal(dialog.applied, timeout=1000) as blocker:
        dialog.buttons.button(OK).click()
    assert blocker.args[0].snooze_minutes == 5
    assert not dialog.isVisible()


def test_stretch_choices_order_and_timing(qtbot, dialog):
    from PySide6.QtCore import Qt

    dialog.stretch_list.setCurrentRow(2)  # quadriceps
    dialog.up_button.click()
    dialog.stretch_list.item(4).setCheckState(Qt.CheckState.Unchecked)  # lying leg
    dialog.hold_spin.setValue(45)
    dialog.rounds_spin.setValue(2)
    dialog.morning_box.setChecked(True)
    dialog.volume_slider.setValue(30)
    with qtbot.waitSignal(dialog.applied, timeout=1000) as blocker:
        dialog.buttons.button(APPLY).click()
    s: Settings = blocker.args[0]
    assert s.stretch.stretches == ("calf", "quadriceps", "hamstring", "hip_glute")
    assert (s.stretch.hold_seconds, s.stretch.rounds, s.stretch.morning_stretch) == (45, 2, True)
    assert s.volume == 30


def test_no_stretch_chosen_is_explained(qtbot, dialog):
    from PySide6.QtCore import Qt

    for row in range(dialog.stretch_list.count()):
        dialog.stretch_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    error = dialog._errors["stretch"]
    assert error.isVisible()
    assert "at least one stretch" in error.text()
    assert not dialog.buttons.button(OK).isEnabled()
