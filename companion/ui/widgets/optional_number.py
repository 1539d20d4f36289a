"""A whole-number spin box that may be left unknown (None), never silently 0."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from companion.ui.widgets.wheel_guard import guard_wheel
from companion.ui.widgets.words import NO_ANSWER


class OptionalNumberSpin(QSpinBox):
    """A whole number or None: the position just below the range shows `unknown_text`.

    The first step up from unknown lands on the lowest real answer, rounded up to a whole step
    (0 minutes, not 4; 50 mg, not 1), whatever the step size.
    """

    def __init__(
        self,
        low: int,
        high: int,
        *,
        unknown_text: str = NO_ANSWER,
        suffix: str = "",
        step: int = 1,
    ) -> None:
        super().__init__()
        self.setRange(low - 1, high)
        self.setSingleStep(step)
        self.setSpecialValueText(unknown_text)
        self.setSuffix(suffix)
        self.setAccelerated(True)
        self.setMinimumWidth(120)
        guard_wheel(self)
        self._first = -(-low // step) * step
        self.setValue(self.minimum())

    def stepBy(self, steps: int) -> None:
        if self.value() == self.minimum() and steps > 0:
            self.setValue(self._first)
            return
        super().stepBy(steps)

    def optional_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def optional_text(self) -> str | None:
        """The value as the journal's text ("3"), or None while unknown."""
        value = self.optional_value()
        return None if value is None else str(value)
