"""The shared night inputs: built from the measure table, with the words people see."""

from __future__ import annotations

from companion.core.journal import FactorValue
from companion.ui.widgets.night_fields import choice_field, number_field, select_choice, tag_names


def test_a_number_field_takes_its_range_and_unit_from_the_measure(qtbot):
    spin = number_field("sleep_onset_min", "not sure")
    qtbot.addWidget(spin)
    assert spin.text() == "not sure"
    spin.stepBy(1)
    assert spin.text() == "0 min"  # the first step is a real answer
    spin.stepBy(1)
    assert spin.text() == "5 min"  # minutes step by five
    assert spin.maximum() == 720
    assert spin.accessibleName() == "Time to fall asleep"


def test_a_choice_field_shows_words_and_hands_back_the_journals_value(qtbot):
    combo = choice_field("symptom_onset")
    qtbot.addWidget(combo)
    assert combo.currentText() == "—"
    assert combo.currentData() is None
    select_choice(combo, "evening")
    assert combo.currentText() == "In the evening"
    assert combo.currentData() == "evening"
    select_choice(combo, "no such choice")
    assert combo.currentData() is None


def test_tag_names_lists_the_nights_tags_without_their_prefix():
    factors = {
        "tag:sauna": FactorValue("tag:sauna", "yes", "manual"),
        "magnesium": FactorValue("magnesium", "yes", "routine"),
        "tag:late dinner": FactorValue("tag:late dinner", "yes", "manual"),
    }
    assert tag_names(factors) == ["late dinner", "sauna"]
