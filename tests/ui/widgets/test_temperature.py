"""The bedroom temperature box: the user's unit on screen, °C text for the journal."""

from __future__ import annotations

import pytest

from companion.ui.widgets.temperature import TemperatureSpin


@pytest.mark.parametrize(("fahrenheit", "first"), [(False, "18.0 °C"), (True, "65 °F")])
def test_not_recorded_until_stepped_then_a_usual_bedroom(qtbot, fahrenheit, first):
    spin = TemperatureSpin(fahrenheit)
    qtbot.addWidget(spin)
    assert spin.text() == "—"
    assert spin.celsius_text() is None
    spin.stepBy(1)
    assert spin.text() == first


def test_fahrenheit_is_shown_and_celsius_handed_back(qtbot):
    spin = TemperatureSpin(fahrenheit=True)
    qtbot.addWidget(spin)
    spin.set_celsius_text("18.5")
    assert spin.text() == "65 °F"
    spin.setValue(68)
    assert spin.celsius_text() == "20"


def test_a_stored_value_shows_and_none_clears(qtbot):
    spin = TemperatureSpin(fahrenheit=False)
    qtbot.addWidget(spin)
    spin.set_celsius_text("19.5")
    assert spin.text() == "19.5 °C"
    spin.set_celsius_text(None)
    assert spin.shown() is None
