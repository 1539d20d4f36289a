"""The settings' breathing section: the pacer's rhythm, its length and its optional cue (its
on/off and its time before bedtime are the "Breathing" row under Reminders)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox

from companion.core.breathing import BREATH_SECONDS_LIMITS, MINUTES_LIMITS, BreathingSettings
from companion.ui.setup.settings_fields import hint, spin_box

CUE_CHOICES = (
    ("off", "None, just the screen"),
    ("chime", "A soft chime"),
    ("voice", "A quiet voice"),
)


class BreathingSection(QGroupBox):
    """Seconds in, seconds out, minutes, and a cue as each breath turns."""

    def __init__(self, settings: BreathingSettings) -> None:
        super().__init__("Breathing")
        self.in_spin = spin_box(BREATH_SECONDS_LIMITS, settings.in_seconds, " s", "Breathe in for")
        self.out_spin = spin_box(
            BREATH_SECONDS_LIMITS, settings.out_seconds, " s", "Breathe out for"
        )
        self.minutes_spin = spin_box(MINUTES_LIMITS, settings.minutes, " min", "Breathing minutes")
        self.cue_combo = QComboBox()
        for value, text in CUE_CHOICES:
            self.cue_combo.addItem(text, value)
        self.cue_combo.setCurrentIndex(self.cue_combo.findData(settings.cue))
        form = QFormLayout(self)
        form.addRow(hint("Slow breathing to wind down; turn it on under Reminders."))
        form.addRow("Breathe in for", self.in_spin)
        form.addRow("Breathe out for", self.out_spin)
        form.addRow("For", self.minutes_spin)
        form.addRow("With each breath", self.cue_combo)

    def breathing_settings(self) -> BreathingSettings:
        return BreathingSettings(
            in_seconds=self.in_spin.value(),
            out_seconds=self.out_spin.value(),
            minutes=self.minutes_spin.value(),
            cue=self.cue_combo.currentData(),
        )
