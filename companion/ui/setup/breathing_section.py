"""The settings' breathing section: the pacer's rhythm, its length and its optional cue (its
on/off and its time before bedtime are the "Breathing" row under Reminders)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox

from companion.core.breathing import BREATH_SECONDS_LIMITS, MINUTES_LIMITS, BreathingSettings
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.ui.setup.settings_fields import hint, minutes_suffix, seconds_suffix, spin_box

CUE_CHOICES = (
    ("off", QT_TRANSLATE_NOOP("Settings", "None, just the screen")),
    ("chime", QT_TRANSLATE_NOOP("Settings", "A soft chime")),
    ("voice", QT_TRANSLATE_NOOP("Settings", "A quiet voice")),
)


class BreathingSection(QGroupBox):
    """Seconds in, seconds out, minutes, and a cue as each breath turns."""

    def __init__(self, settings: BreathingSettings) -> None:
        super().__init__(translate("Settings", "Breathing"))
        seconds = seconds_suffix()
        breathe_in, breathe_out = (
            translate("Settings", "Breathe in for"),
            translate("Settings", "Breathe out for"),
        )
        self.in_spin = spin_box(BREATH_SECONDS_LIMITS, settings.in_seconds, seconds, breathe_in)
        self.out_spin = spin_box(BREATH_SECONDS_LIMITS, settings.out_seconds, seconds, breathe_out)
        self.minutes_spin = spin_box(
            MINUTES_LIMITS,
            settings.minutes,
            minutes_suffix(),
            translate("Settings", "Breathing minutes"),
        )
        self.cue_combo = QComboBox()
        for value, text in CUE_CHOICES:
            self.cue_combo.addItem(translate("Settings", text), value)
        self.cue_combo.setCurrentIndex(self.cue_combo.findData(settings.cue))
        form = QFormLayout(self)
        form.addRow(
            hint(translate("Settings", "Slow breathing to wind down; turn it on under Reminders."))
        )
        form.addRow(breathe_in, self.in_spin)
        form.addRow(breathe_out, self.out_spin)
        form.addRow(
            translate("Settings", "For", "breathing for a number of minutes"), self.minutes_spin
        )
        form.addRow(translate("Settings", "With each breath"), self.cue_combo)

    def breathing_settings(self) -> BreathingSettings:
        return BreathingSettings(
            in_seconds=self.in_spin.value(),
            out_seconds=self.out_spin.value(),
            minutes=self.minutes_spin.value(),
            cue=self.cue_combo.currentData(),
        )
