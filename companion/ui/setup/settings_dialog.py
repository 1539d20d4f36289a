"""Settings window: every choice of core.settings, checked as you type, applied at once."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.languages import NATIVE_NAMES
from companion.core.settings import DOSE_LIMITS, VOLUME_LIMITS, Settings, SettingsError
from companion.core.texts import APP_NAME
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.ui.screen_fit import fit_on_first_show
from companion.ui.setup.bedtime_section import BedtimeSection
from companion.ui.setup.breathing_section import BreathingSection
from companion.ui.setup.custom_steps_section import CustomStepsSection
from companion.ui.setup.custom_stretches_section import CustomStretchesSection
from companion.ui.setup.reminders_section import RemindersSection
from companion.ui.setup.settings_fields import FieldErrors
from companion.ui.setup.stretches_section import StretchesSection
from companion.ui.widgets.form_scroll import FormScroll
from companion.ui.widgets.wheel_guard import guard_wheels_in

# (settings value, words shown); the words are translated where the combo box is filled.
UNITS = (
    ("auto", QT_TRANSLATE_NOOP("Settings", "From my region")),
    ("celsius", QT_TRANSLATE_NOOP("Settings", "Celsius (°C)")),
    ("fahrenheit", QT_TRANSLATE_NOOP("Settings", "Fahrenheit (°F)")),
)
APPEARANCES = (
    ("auto", QT_TRANSLATE_NOOP("Settings", "Dark in the evening, like my desktop by day")),
    ("evening", QT_TRANSLATE_NOOP("Settings", "Always dark")),
    ("day", QT_TRANSLATE_NOOP("Settings", "Always like my desktop")),
)
PROMPTS = (  # core.prompt_surface.PROMPT_SURFACES, in words
    ("auto", QT_TRANSLATE_NOOP("Settings", "Automatic")),
    ("cards", QT_TRANSLATE_NOOP("Settings", "Cards")),
    ("notifications", QT_TRANSLATE_NOOP("Settings", "Notifications")),
    ("both", QT_TRANSLATE_NOOP("Settings", "Cards and notifications")),
)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `applied` carries each valid result (Apply or OK)."""

    applied = Signal(object)  # Settings

    def __init__(self, settings: Settings, system_zone: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Settings", "Settings — {app}").format(app=APP_NAME))
        self._base = settings
        self._field_errors = FieldErrors(self)
        self._errors = self._field_errors.labels

        self.times = BedtimeSection(settings, system_zone, self._field_errors)
        self.reminders = RemindersSection(settings)
        self.stretches = StretchesSection(
            settings.stretch, self._field_errors, settings.custom_stretches
        )
        self.custom_stretches = CustomStretchesSection(
            settings.custom_stretches, self.stretches.stretch_list
        )
        self.breathing = BreathingSection(settings.breathing)
        self.custom_steps = CustomStepsSection(settings.custom_steps)
        # The fields by name, as before the sections had modules of their own.
        self.bedtime_edit = self.times.bedtime_edit
        self.wake_edit = self.times.wake_edit
        self.weekday_boxes = self.times.weekday_boxes
        self.weekday_edits = self.times.weekday_edits
        self.zone_combo = self.times.zone_combo
        self.step_boxes = self.reminders.step_boxes
        self.step_spins = self.reminders.step_spins
        self.snooze_spin = self.reminders.snooze_spin
        self.stretch_list = self.stretches.stretch_list
        self.up_button = self.stretches.up_button
        self.down_button = self.stretches.down_button
        self.hold_spin = self.stretches.hold_spin
        self.rounds_spin = self.stretches.rounds_spin
        self.switch_spin = self.stretches.switch_spin
        self.morning_box = self.stretches.morning_box
        self.morning_spin = self.stretches.morning_spin
        magnesium = self._magnesium_group(settings)
        general = self._general_group(settings)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.clicked.connect(self._on_clicked)

        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(self.times)
        left.addWidget(self.stretches)
        left.addWidget(self.custom_stretches)
        left.addWidget(self.breathing)
        left.addStretch()
        right = QVBoxLayout()
        for group in (self.reminders, self.custom_steps, magnesium, general):
            right.addWidget(group)
        right.addStretch()
        columns.addLayout(left)
        columns.addLayout(right)
        # The form scrolls (never sideways) on a small screen; OK, Cancel and Apply stay below it,
        # always in view, and the first show fits the whole window to the screen.
        layout = QVBoxLayout(self)
        layout.addWidget(FormScroll(content), 1)
        layout.addWidget(self.buttons)
        guard_wheels_in(self)
        fit_on_first_show(self)

        self.label_edit.textChanged.connect(self.validate)
        self.stretches.changed.connect(self.validate)
        self.custom_steps.changed.connect(self.validate)
        self.custom_stretches.changed.connect(self.validate)
        self.zone_combo.currentTextChanged.connect(self.validate)

    def _magnesium_group(self, settings: Settings) -> QGroupBox:
        self.label_edit = QLineEdit(settings.magnesium_label)
        self.label_edit.setAccessibleName(translate("Settings", "Magnesium product"))
        self.dose_spin = QSpinBox()
        self.dose_spin.setRange(*DOSE_LIMITS)
        self.dose_spin.setValue(settings.magnesium_dose_mg)
        self.dose_spin.setSuffix(" mg")  # a unit symbol, the same in every language
        self.dose_spin.setAccessibleName(translate("Settings", "Magnesium dose"))
        magnesium = QGroupBox(translate("Settings", "Magnesium"))
        form = QFormLayout(magnesium)
        form.addRow(
            translate("Settings", "Product"),
            self._field_errors.wrap("magnesium_label", self.label_edit),
        )
        form.addRow(translate("Settings", "Dose"), self.dose_spin)
        return magnesium

    def _general_group(self, settings: Settings) -> QGroupBox:
        self.sound_box = QCheckBox(translate("Settings", "Play soft sounds"))
        self.sound_box.setChecked(settings.sound_enabled)
        self.voice_box = QCheckBox(translate("Settings", "Speak the stretch instructions"))
        self.voice_box.setChecked(settings.voice_enabled)
        self.motion_box = QCheckBox(translate("Settings", "Reduce motion"))
        self.motion_box.setToolTip(
            translate("Settings", "Show each stretch's pose still instead of moving into it")
        )
        self.motion_box.setChecked(settings.reduce_motion)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(*VOLUME_LIMITS)
        self.volume_slider.setValue(settings.volume)
        self.volume_slider.setAccessibleName(translate("Settings", "Volume"))
        self.unit_combo = QComboBox()
        for value, text in UNITS:
            self.unit_combo.addItem(translate("Settings", text), value)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(settings.temperature_unit))
        self.unit_combo.setAccessibleName(translate("Settings", "Temperature unit"))
        self.appearance_combo = QComboBox()
        for value, text in APPEARANCES:
            self.appearance_combo.addItem(translate("Settings", text), value)
        self.appearance_combo.setCurrentIndex(self.appearance_combo.findData(settings.appearance))
        self.appearance_combo.setAccessibleName(translate("Settings", "Appearance"))
        self.prompts_combo = QComboBox()
        for value, text in PROMPTS:
            self.prompts_combo.addItem(translate("Settings", text), value)
        self.prompts_combo.setCurrentIndex(self.prompts_combo.findData(settings.prompts))
        self.prompts_combo.setAccessibleName(translate("Settings", "Show reminders as"))
        self.prompts_combo.setToolTip(
            translate(
                "Settings",
                "Automatic: a card by the tray icon and a notification, answered on either. On "
                "Wayland, where a card cannot sit by the tray icon, the notification alone. "
                "Where notifications have no Done button, the cards stay.",
            )
        )
        self.language_combo = QComboBox()
        self.language_combo.addItem(translate("Settings", "As the system"), "auto")
        for code, name in NATIVE_NAMES.items():  # each in its own words, found in any language
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.language_combo.setToolTip(
            translate(
                "Settings",
                "Windows you open from now on use the new language; the tray menu and the "
                "Tonight window change the next time {app} starts.",
            ).format(app=APP_NAME)
        )
        self.autostart_box = QCheckBox(
            translate("Settings", "Start {app} when I log in").format(app=APP_NAME)
        )
        self.autostart_box.setChecked(settings.start_at_login)
        general = QGroupBox(translate("Settings", "General"))
        form = QFormLayout(general)
        form.addRow(self.sound_box)
        form.addRow(self.voice_box)
        form.addRow(self.motion_box)
        form.addRow(translate("Settings", "Volume"), self.volume_slider)
        form.addRow(translate("Settings", "Room temperature in"), self.unit_combo)
        form.addRow(translate("Settings", "Appearance"), self.appearance_combo)
        form.addRow(translate("Settings", "Show reminders as"), self.prompts_combo)
        form.addRow(translate("Settings", "Language"), self.language_combo)
        form.addRow(self.autostart_box)
        return general

    def current(self) -> Settings:
        """The settings as the fields show them; SettingsError names the first wrong field."""
        return dataclasses.replace(
            self._base,
            bedtime=self.times.bedtime(),
            bedtime_by_weekday=self.times.bedtime_by_weekday(),
            wake_time=self.times.wake_time(),
            timezone=self.times.zone(),
            steps=self.reminders.steps(),
            magnesium_label=self.label_edit.text().strip(),
            magnesium_dose_mg=self.dose_spin.value(),
            snooze_minutes=self.snooze_spin.value(),
            sound_enabled=self.sound_box.isChecked(),
            volume=self.volume_slider.value(),
            stretch=self.stretches.stretch_settings(self._base.stretch),
            breathing=self.breathing.breathing_settings(),
            custom_steps=self.custom_steps.custom_steps(),
            custom_stretches=self.custom_stretches.custom_stretches(),
            voice_enabled=self.voice_box.isChecked(),
            reduce_motion=self.motion_box.isChecked(),
            temperature_unit=self.unit_combo.currentData(),
            start_at_login=self.autostart_box.isChecked(),
            appearance=self.appearance_combo.currentData(),
            prompts=self.prompts_combo.currentData(),
            language=self.language_combo.currentData(),
        )

    def validate(self) -> Settings | None:
        """Show a message next to the wrong field; the OK and Apply buttons follow validity."""
        self._field_errors.clear()
        try:
            result: Settings | None = self.current()
        except SettingsError as exc:
            result = None
            self._field_errors.show(exc.field, exc.message)
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(which).setEnabled(result is not None)
        return result

    def _on_clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.RejectRole:
            self.reject()
            return
        settings = self.validate()
        if settings is None:
            return
        self._base = settings
        self.applied.emit(settings)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            self.accept()
