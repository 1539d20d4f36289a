"""The check-in's "Legs started at…" and "Arms too?": each way of setting them is saved."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from companion.core.journal import Night
from companion.ui.checkin.dialog import CheckinDialog

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 24)


def dialog(qtbot, night: Night | None = None) -> CheckinDialog:
    d = CheckinDialog(NIGHT, night, {}, [], [], zone=BERLIN, bedtime=time(22, 30))
    qtbot.addWidget(d)
    d.show()
    d.set_details_shown(True)
    return d


def saved_night(qtbot, d: CheckinDialog) -> Night:
    with qtbot.waitSignal(d.saved, timeout=1000) as blocker:
        d.save_button.click()
    return blocker.args[0].night


def test_a_typed_start_time_is_saved_and_sets_the_choice(qtbot) -> None:
    d = dialog(qtbot)
    edit = d.symptoms_from_edit.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "1915")
    assert d.onset_combo.currentData() == "evening"
    night = saved_night(qtbot, d)
    assert (night.symptoms_from, night.symptom_onset) == (time(19, 15), "evening")


def test_an_arrow_from_unknown_gives_the_suggested_time_near_bedtime(qtbot) -> None:
    d = dialog(qtbot)
    d.symptoms_from_edit.edit.setFocus()
    qtbot.keyClick(d.symptoms_from_edit.edit, Qt.Key.Key_Up)
    assert d.symptoms_from_edit.value() == time(21, 30)
    assert saved_night(qtbot, d).symptom_onset == "evening"


@pytest.mark.parametrize(("index", "stored"), [(1, True), (2, False)])
def test_arms_picked_by_keyboard_is_saved(qtbot, index: int, stored: bool) -> None:
    d = dialog(qtbot)
    d.arms_combo.setFocus()
    for _ in range(index):
        qtbot.keyClick(d.arms_combo, Qt.Key.Key_Down)
    assert saved_night(qtbot, d).arms is stored


def test_a_stored_time_and_arms_open_unfolded_and_come_back_unchanged(qtbot) -> None:
    stored = Night(NIGHT, symptoms_from=time(17, 0), symptom_onset="bedtime", arms=True)
    d = CheckinDialog(NIGHT, stored, {}, [], [], zone=BERLIN)
    qtbot.addWidget(d)
    d.show()
    assert d.details.isVisible()
    night = saved_night(qtbot, d)
    # The stored choice is the user's: loading the time does not overwrite it.
    assert (night.symptoms_from, night.symptom_onset, night.arms) == (time(17, 0), "bedtime", True)
