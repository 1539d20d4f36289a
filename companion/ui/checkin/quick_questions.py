"""The check-in's common path: five quick questions about the night, answered by keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QWidget

from companion.core.journal import Night
from companion.ui.checkin.field_rows import FieldRows
from companion.ui.checkin.scale_row import scale_row_for
from companion.ui.widgets.night_fields import number_field


class QuickQuestions(QWidget):
    """Legs, time to fall asleep, awakenings, quality and rest: what most mornings need."""

    def __init__(self, rows: FieldRows) -> None:
        super().__init__()
        self.rls_row = scale_row_for("rls_intensity")
        self.sleep_onset_spin = number_field("sleep_onset_min")
        self.awakenings_spin = number_field("awakenings")
        self.quality_row = scale_row_for("quality")
        self.rested_row = scale_row_for("rested")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        for key, widget in self.fields().items():
            rows.add(grid, key, widget)

    def fields(self) -> dict[str, QWidget]:
        """Each question's input by its night field, in reading (and tab) order."""
        return {
            "rls_intensity": self.rls_row,
            "sleep_onset_min": self.sleep_onset_spin,
            "awakenings": self.awakenings_spin,
            "quality": self.quality_row,
            "rested": self.rested_row,
        }

    def load(self, night: Night) -> None:
        self.rls_row.set_value(night.rls_intensity)
        self.sleep_onset_spin.set_optional_value(night.sleep_onset_min)
        self.awakenings_spin.set_optional_value(night.awakenings)
        self.quality_row.set_value(night.quality)
        self.rested_row.set_value(night.rested)

    def values(self) -> dict[str, int | None]:
        """The answers by night field; None where not answered."""
        return {
            "rls_intensity": self.rls_row.value(),
            "sleep_onset_min": self.sleep_onset_spin.optional_value(),
            "awakenings": self.awakenings_spin.optional_value(),
            "quality": self.quality_row.value(),
            "rested": self.rested_row.value(),
        }

    def listen(self, changed: Callable[[], object]) -> None:
        """Call `changed` on every edit (plain callbacks: see `companion.ui.checkin.dialog`)."""
        for row in (self.rls_row, self.quality_row, self.rested_row):
            row.listeners.append(lambda _value: changed())
        for spin in (self.sleep_onset_spin, self.awakenings_spin):
            spin.valueChanged.connect(changed)
