from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from companion.core.settings import Settings
from companion.ui.setup.settings_dialog import SettingsDialog

APPLY = QDialogButtonBox.StandardButton.Apply


@pytest.fixture
def dialog(qtbot):
    d = SettingsDialog(Settings(onboarding_done=True), "Europe/Berlin")
    qtbot.addWidget(d)
    d.show()
    return d


def test_one_click_adds_the_caffeine_cut_off(qtbot, dialog):
    dialog.custom_steps.caffeine_button.click()
    with qtbot.waitSignal(dialog.applied, timeout=1000) as blocker:
        dialog.buttons.button(APPLY).click()
    (step,) = blocker.args[0].custom_steps
    assert (step.title, step.at, step.days) == (
        "Last coffee of the day",
        time(12, 0),
        (0, 1, 2, 3, 4),
    )


def test_a_new_step_needs_a_title_and_says_so_beside_the_field(qtbot, dialog):
    section = dialog.custom_steps
    section.add_button.click()
    assert not dialog.buttons.button(APPLY).isEnabled()
    error = section._errors.labels["title"]
    assert error.isVisible() and error.text() == "Is needed."
    qtbot.keyClicks(section.title_edit, "Read a book")
    assert not error.isVisible() and dialog.buttons.button(APPLY).isEnabled()
    section.before_spin.setValue(40)
    section.day_boxes[5].setChecked(True)
    qtbot.keyClicks(section.command_edit, "my-lights 'warm white'")
    with qtbot.waitSignal(dialog.applied, timeout=1000) as blocker:
        dialog.buttons.button(APPLY).click()
    (step,) = blocker.args[0].custom_steps
    assert (step.before_bedtime_minutes, step.days) == (40, (5,))
    assert step.command == ("my-lights", "warm white")


def test_a_time_before_noon_is_refused_beside_the_time(qtbot, dialog):
    section = dialog.custom_steps
    section.caffeine_button.click()
    section.at_edit.setTime(section.at_edit.time().fromString("09:00", "HH:mm"))
    assert "12:00" in section._errors.labels["at"].text()
    assert not dialog.buttons.button(APPLY).isEnabled()
    assert "needs a fix" in section.step_list.item(0).text()


def test_steps_reorder_and_remove(qtbot, dialog):
    section = dialog.custom_steps
    section.caffeine_button.click()
    section.add_button.click()
    qtbot.keyClicks(section.title_edit, "Tea")
    section.up_button.click()
    assert [s.title for s in dialog.current().custom_steps] == ["Tea", "Last coffee of the day"]
    section.step_list.setCurrentRow(1)
    section.remove_button.click()
    assert [s.title for s in dialog.current().custom_steps] == ["Tea"]
    assert section.step_list.item(0).data(Qt.ItemDataRole.UserRole) == "step"
