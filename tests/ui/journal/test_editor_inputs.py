"""Every way of setting a value in the journal's night editor is saved; a wheel passing over a
field changes nothing and leaves Save off."""

from __future__ import annotations

from datetime import date, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from companion.core.insights import make_record
from companion.core.journal import FactorValue, Night
from companion.ui.journal.night_editor import NightEditor
from tests.ui.wheel import up_arrow, wheel

TZ = timezone(timedelta(hours=1))
DAY = date(2024, 3, 1)


@pytest.fixture
def editor(qtbot) -> NightEditor:
    e = NightEditor(TZ)
    qtbot.addWidget(e)
    factors = {"lights_dimmed": FactorValue("lights_dimmed", "yes", "routine")}
    e.load(make_record(Night(DAY, rls_intensity=3), factors))
    e.show()
    e.activateWindow()
    qtbot.waitActive(e)
    return e


def saved(qtbot, editor: NightEditor) -> tuple[Night, dict[str, str | None]]:
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=1000) as blocker:
        editor.save_button.click()
    return blocker.args[0], blocker.args[1]


def test_a_passing_wheel_changes_nothing_and_leaves_save_off(editor):
    editor.note.setFocus()
    fields = [
        editor.yes_no["lights_dimmed"],
        editor.spins["rls_intensity"],
        editor.onset,
        editor.exercise,
        editor.temperature,
        editor.dose,
    ]
    for field in fields:
        wheel(field, -1)
        wheel(field, 2)
    assert editor.yes_no["lights_dimmed"].currentText() == "yes"
    assert editor.spins["rls_intensity"].optional_value() == 3
    assert not editor.save_button.isEnabled()


def test_the_wheel_on_a_focused_choice_is_saved(qtbot, editor):
    combo = editor.yes_no["lights_dimmed"]
    combo.setFocus()
    wheel(combo, -1)
    _night, factors = saved(qtbot, editor)
    assert factors == {"lights_dimmed": "no"}


def test_clicks_on_the_up_arrow_are_saved(qtbot, editor):
    spin = editor.spins["rls_intensity"]
    for _ in range(2):
        qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=up_arrow(spin))
    night, _factors = saved(qtbot, editor)
    assert night.rls_intensity == 5


def test_keyboard_arrows_are_saved(qtbot, editor):
    spin = editor.spins["awakenings"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    night, _factors = saved(qtbot, editor)
    assert night.awakenings == 1  # unknown → 0 → 1


def test_typed_values_are_saved(qtbot, editor):
    qtbot.keyClicks(editor.times["lights_out_at"], "23:10")
    spin = editor.spins["quality"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    night, _factors = saved(qtbot, editor)
    assert night.quality == 4
    assert night.lights_out_at is not None
    assert (night.lights_out_at.hour, night.lights_out_at.minute) == (23, 10)


def test_a_choice_picked_with_the_keyboard_is_saved(qtbot, editor):
    combo = editor.exercise
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    _night, factors = saved(qtbot, editor)
    assert factors == {"exercise": "none"}
