"""The optional number box: unknown stays None, the first step up is a real answer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.ui.widgets.optional_number import OptionalNumberSpin


def make(qtbot, *args, **kwargs) -> OptionalNumberSpin:
    spin = OptionalNumberSpin(*args, **kwargs)
    qtbot.addWidget(spin)
    return spin


def test_an_untouched_box_is_empty_and_reads_none(qtbot):
    spin = make(qtbot, 0, 99, unknown_text="not sure")
    assert spin.text() == "not sure"
    assert spin.optional_value() is None
    assert spin.optional_text() is None


def test_a_value_set_with_the_arrows_is_returned(qtbot):
    spin = make(qtbot, 0, 99)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.optional_value() == 0  # zero is a real answer, not "unknown"
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.optional_value() == 2
    assert spin.optional_text() == "2"


def test_down_from_the_lowest_answer_is_unknown_again(qtbot):
    spin = make(qtbot, 0, 99)
    spin.set_optional_value(0)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.optional_value() is None
    assert spin.text() == "—"


def test_the_first_step_lands_on_a_whole_step(qtbot):
    minutes = make(qtbot, 0, 720, suffix=" min", step=5)
    minutes.stepBy(1)
    assert minutes.text() == "0 min"
    minutes.stepBy(1)
    assert minutes.optional_value() == 5
    dose = make(qtbot, 1, 2000, suffix=" mg", step=50)
    dose.stepBy(1)
    assert dose.text() == "50 mg"  # not 1 mg


def test_setting_none_clears_a_value(qtbot):
    spin = make(qtbot, 0, 10)
    spin.set_optional_value(7)
    assert spin.optional_value() == 7
    spin.set_optional_value(None)
    assert spin.optional_value() is None
