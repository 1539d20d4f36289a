"""The bedroom temperature box: shown in the user's unit, handed back as the journal's °C."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

from companion.core.journal import MEASURE_BY_KEY, parse_value
from companion.ui.widgets.wheel_guard import guard_wheel
from companion.ui.widgets.words import NO_ANSWER, short_label

# A typical bedroom, where the box starts when stepped up from "not recorded".
TYPICAL_ROOM_C = 18.0
TYPICAL_ROOM_F = 65.0


class TemperatureSpin(QDoubleSpinBox):
    """Bedroom temperature in the user's unit, or "not recorded"; the journal keeps °C."""

    def __init__(self, fahrenheit: bool) -> None:
        super().__init__()
        m = MEASURE_BY_KEY["room_temperature_c"]
        self.fahrenheit = fahrenheit
        low, high = float(m.low or 5), float(m.high or 40)
        if fahrenheit:
            self.setDecimals(0)
            self.setSingleStep(1)
            self.setRange(_to_f(low) - 1, _to_f(high))
            self.setSuffix(" °F")
        else:
            self.setDecimals(1)
            self.setSingleStep(0.5)
            self.setRange(low - 0.5, high)
            self.setSuffix(" °C")
        self.setSpecialValueText(NO_ANSWER)
        self.setValue(self.minimum())
        self.setAccessibleName(short_label(m))
        self.setMinimumWidth(120)
        guard_wheel(self)

    def stepBy(self, steps: int) -> None:
        # Up from "not recorded" lands on a usual bedroom, not on the coldest value allowed.
        if self.value() == self.minimum() and steps > 0:
            self.setValue(TYPICAL_ROOM_F if self.fahrenheit else TYPICAL_ROOM_C)
            return
        super().stepBy(steps)

    def shown(self) -> float | None:
        return None if self.value() == self.minimum() else self.value()

    def set_celsius(self, celsius: float | None) -> None:
        if celsius is None:
            self.setValue(self.minimum())
        else:
            self.setValue(round(_to_f(celsius)) if self.fahrenheit else celsius)

    def set_celsius_text(self, text: str | None) -> None:
        """Show the journal's stored text ("18.25"), or "not recorded" for None."""
        self.set_celsius(None if text is None else float(text))

    def celsius_text(self) -> str | None:
        """The journal's canonical °C text for what is shown, or None."""
        value = self.shown()
        if value is None:
            return None
        celsius = round((value - 32) * 5 / 9, 1) if self.fahrenheit else value
        return parse_value(MEASURE_BY_KEY["room_temperature_c"], f"{celsius:.1f}")


def _to_f(celsius: float) -> float:
    return celsius * 9 / 5 + 32
