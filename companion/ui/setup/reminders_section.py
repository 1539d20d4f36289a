"""The settings' reminders section: which routine steps prompt, how early, and the snooze."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox

from companion.core.settings import (
    OFFSET_LIMITS,
    SNOOZE_LIMITS,
    STEP_KINDS,
    STEP_LABELS,
    Settings,
    StepKind,
    StepSetting,
)
from companion.core.words import translate
from companion.ui.setup.settings_fields import hint, minutes_suffix


class RemindersSection(QGroupBox):
    """One row per routine step: on or off, and its minutes from bedtime (or waking)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(translate("Settings", "Reminders"))
        self.step_boxes: dict[str, QCheckBox] = {}
        self.step_spins: dict[str, QSpinBox] = {}
        grid = QGridLayout(self)
        for row, kind in enumerate(STEP_KINDS):
            step = settings.steps[kind]
            label = translate("Steps", STEP_LABELS[kind])
            box = QCheckBox(label)
            box.setChecked(step.enabled)
            self.step_boxes[kind] = box
            grid.addWidget(box, row, 0)
            low, high = OFFSET_LIMITS[kind]
            if high == 0:
                grid.addWidget(hint(translate("Settings", "at bedtime")), row, 1, 1, 2)
                continue
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(step.offset_minutes)
            spin.setSuffix(minutes_suffix())
            spin.setAccessibleName(translate("Settings", "{step}: minutes").format(step=label))
            box.toggled.connect(spin.setEnabled)
            spin.setEnabled(step.enabled)
            self.step_spins[kind] = spin
            grid.addWidget(spin, row, 1)
            when = (
                translate("Settings", "after waking up")
                if kind == "checkin"
                else translate("Settings", "before bedtime")
            )
            grid.addWidget(hint(when), row, 2)
        self.snooze_spin = QSpinBox()
        self.snooze_spin.setRange(*SNOOZE_LIMITS)
        self.snooze_spin.setValue(settings.snooze_minutes)
        self.snooze_spin.setSuffix(minutes_suffix())
        self.snooze_spin.setAccessibleName(translate("Settings", "Snooze length"))
        snooze_row = QHBoxLayout()
        snooze_row.addWidget(QLabel(translate("Settings", "Snooze for")))
        snooze_row.addWidget(self.snooze_spin)
        snooze_row.addStretch()
        grid.addLayout(snooze_row, len(STEP_KINDS), 0, 1, 3)

    def steps(self) -> dict[StepKind, StepSetting]:
        return {
            kind: StepSetting(
                enabled=self.step_boxes[kind].isChecked(),
                offset_minutes=self.step_spins[kind].value() if kind in self.step_spins else 0,
            )
            for kind in STEP_KINDS
        }
