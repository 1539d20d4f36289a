"""The one builder of the inputs for a night's fields, shared by the check-in and the journal.

Each input is made from its measure in `core.journal.MEASURES` (range, unit, wording), so the
two windows that edit a night show and read the same field the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox

from companion.core.journal import MEASURE_BY_KEY, TAG_PREFIX, FactorValue
from companion.ui.widgets.optional_number import OptionalNumberSpin
from companion.ui.widgets.wheel_guard import guard_wheel
from companion.ui.widgets.words import NO_ANSWER, choice_word, short_label

# Minutes go by five and a magnesium dose by the tablet; everything else one at a time.
_STEPS = {"sleep_onset_min": 5, "waso_min": 5, "magnesium_dose_mg": 50}


def number_field(key: str, unknown_text: str = NO_ANSWER) -> OptionalNumberSpin:
    """A whole-number field for a count, minutes or a dose, unknown until set."""
    m = MEASURE_BY_KEY[key]
    spin = OptionalNumberSpin(
        int(m.low or 0),
        int(m.high or 99),
        unknown_text=unknown_text,
        suffix=f" {m.unit}" if m.unit else "",
        step=_STEPS.get(key, 1),
    )
    spin.setAccessibleName(short_label(m))
    return spin


def choice_field(key: str) -> QComboBox:
    """A choice measure's words, after "not recorded"; the item data is the journal's value."""
    m = MEASURE_BY_KEY[key]
    combo = QComboBox()
    combo.setAccessibleName(short_label(m))
    combo.addItem(NO_ANSWER, None)
    for choice in m.choices:
        combo.addItem(choice_word(key, choice), choice)
    combo.setMinimumWidth(150)
    guard_wheel(combo)
    return combo


def select_choice(combo: QComboBox, value: str | None) -> None:
    """Show a stored choice; None, or a value the list lacks, shows "not recorded"."""
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def tag_names(factors: Mapping[str, FactorValue]) -> list[str]:
    """The names of the tags on a night, without their prefix, in a stable order."""
    return sorted(k.removeprefix(TAG_PREFIX) for k in factors if k.startswith(TAG_PREFIX))
