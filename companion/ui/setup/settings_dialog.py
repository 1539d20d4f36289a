"""Settings window: every choice of core.settings, checked as you type, applied at once."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.settings import (
    DOSE_LIMITS,
    OFFSET_LIMITS,
    SNOOZE_LIMITS,
    STEP_KINDS,
    STEP_LABELS,
    VOLUME_LIMITS,
    WEEKDAYS,
    Settings,
    SettingsError,
    StepSetting,
    available_zone_names,
)
from companion.core.stretches import (
    CATALOGUE,
    HOLD_LIMITS,
    MORNING_OFFSET_LIMITS,
    ROUND_LIMITS,
    SWITCH_LIMITS,
    StretchSettings,
    StretchSettingsError,
)
from companion.ui.setup.onboarding import time_edit, to_time
from companion.ui.theme import colour, is_dark

UNITS = (("auto", "From my region"), ("celsius", "Celsius (°C)"), ("fahrenheit", "Fahrenheit (°F)"))


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `applied` carries each valid result (Apply or OK)."""

    applied = Signal(object)  # Settings

    def __init__(self, settings: Settings, system_zone: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Settings — Bedtime Companion")
        self._base = settings
        self._errors: dict[str, QLabel] = {}

        # Evening and morning times
        self.bedtime_edit = time_edit(settings.bedtime)
        self.bedtime_edit.setAccessibleName("Bedtime")
        self.wake_edit = time_edit(settings.wake_time)
        self.wake_edit.setAccessibleName("Wake-up time")
        self.weekday_boxes: list[QCheckBox] = []
        self.weekday_edits: list[QTimeEdit] = []
        weekday_grid = QGridLayout()
        for day, name in enumerate(WEEKDAYS):
            override = settings.bedtime_by_weekday.get(day)
            box = QCheckBox(f"{name.capitalize()} night")
            box.setChecked(override is not None)
            edit = time_edit(override or settings.bedtime)
            edit.setEnabled(override is not None)
            edit.setAccessibleName(f"Bedtime on {name.capitalize()} night")
            box.toggled.connect(edit.setEnabled)
            weekday_grid.addWidget(box, day, 0)
            weekday_grid.addWidget(edit, day, 1)
            self.weekday_boxes.append(box)
            self.weekday_edits.append(edit)
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItem(f"System ({system_zone})", "")
        for zone in sorted(available_zone_names()):
            self.zone_combo.addItem(zone, zone)
        completer = QCompleter(
            [self.zone_combo.itemText(i) for i in range(self.zone_combo.count())]
        )
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(settings.timezone or "")))
        self.zone_combo.setAccessibleName("Time zone")

        times = QGroupBox("Bedtime")
        times_form = QFormLayout(times)
        times_form.addRow("Usual bedtime", self.bedtime_edit)
        times_form.addRow(_hint("A different bedtime on some nights:"))
        times_form.addRow(weekday_grid)
        times_form.addRow("Wake-up time", self.wake_edit)
        times_form.addRow("Time zone", self._with_error("timezone", self.zone_combo))

        # The routine's steps
        self.step_boxes: dict[str, QCheckBox] = {}
        self.step_spins: dict[str, QSpinBox] = {}
        steps = QGroupBox("Reminders")
        steps_grid = QGridLayout(steps)
        for row, kind in enumerate(STEP_KINDS):
            step = settings.steps[kind]
            box = QCheckBox(STEP_LABELS[kind])
            box.setChecked(step.enabled)
            self.step_boxes[kind] = box
            steps_grid.addWidget(box, row, 0)
            low, high = OFFSET_LIMITS[kind]
            if high == 0:
                steps_grid.addWidget(_hint("at bedtime"), row, 1, 1, 2)
                continue
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(step.offset_minutes)
            spin.setSuffix(" min")
            spin.setAccessibleName(f"{STEP_LABELS[kind]}: minutes")
            box.toggled.connect(spin.setEnabled)
            spin.setEnabled(step.enabled)
            self.step_spins[kind] = spin
            steps_grid.addWidget(spin, row, 1)
            steps_grid.addWidget(
                _hint("after waking up" if kind == "checkin" else "before bedtime"), row, 2
            )
        self.snooze_spin = QSpinBox()
        self.snooze_spin.setRange(*SNOOZE_LIMITS)
        self.snooze_spin.setValue(settings.snooze_minutes)
        self.snooze_spin.setSuffix(" min")
        self.snooze_spin.setAccessibleName("Snooze length")
        snooze_row = QHBoxLayout()
        snooze_row.addWidget(QLabel("Snooze for"))
        snooze_row.addWidget(self.snooze_spin)
        snooze_row.addStretch()
        steps_grid.addLayout(snooze_row, len(STEP_KINDS), 0, 1, 3)

        # Magnesium
        self.label_edit = QLineEdit(settings.magnesium_label)
        self.label_edit.setAccessibleName("Magnesium product")
        self.dose_spin = QSpinBox()
        self.dose_spin.setRange(*DOSE_LIMITS)
        self.dose_spin.setValue(settings.magnesium_dose_mg)
        self.dose_spin.setSuffix(" mg")
        self.dose_spin.setAccessibleName("Magnesium dose")
        magnesium = QGroupBox("Magnesium")
        magnesium_form = QFormLayout(magnesium)
        magnesium_form.addRow("Product", self._with_error("magnesium_label", self.label_edit))
        magnesium_form.addRow("Dose", self.dose_spin)

        # Stretches
        self.stretch_list = QListWidget()
        self.stretch_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.stretch_list.setAccessibleName("Stretches, in order")
        chosen = list(settings.stretch.stretches)
        for stretch_id in chosen + [i for i in CATALOGUE if i not in chosen]:
            item = QListWidgetItem(CATALOGUE[stretch_id].name)
            item.setData(Qt.ItemDataRole.UserRole, stretch_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if stretch_id in chosen else Qt.CheckState.Unchecked
            )
            self.stretch_list.addItem(item)
        rows = self.stretch_list.sizeHintForRow(0) * len(CATALOGUE)
        self.stretch_list.setFixedHeight(rows + 2 * self.stretch_list.frameWidth() + 4)
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.up_button.clicked.connect(lambda: self._move_stretch(-1))
        self.down_button.clicked.connect(lambda: self._move_stretch(1))
        order_buttons = QVBoxLayout()
        order_buttons.addWidget(self.up_button)
        order_buttons.addWidget(self.down_button)
        order_buttons.addStretch()
        order_row = QHBoxLayout()
        order_row.addWidget(self.stretch_list, 1)
        order_row.addLayout(order_buttons)
        self.hold_spin = _spin(HOLD_LIMITS, settings.stretch.hold_seconds, " s", "Hold each side")
        self.rounds_spin = _spin(ROUND_LIMITS, settings.stretch.rounds, "", "Rounds")
        self.switch_spin = _spin(
            SWITCH_LIMITS, settings.stretch.switch_seconds, " s", "Pause to switch sides"
        )
        self.morning_box = QCheckBox("Also stretch in the morning")
        self.morning_box.setChecked(settings.stretch.morning_stretch)
        self.morning_spin = _spin(
            MORNING_OFFSET_LIMITS,
            settings.stretch.morning_offset_minutes,
            " min",
            "Morning stretches: minutes after waking up",
        )
        self.morning_spin.setEnabled(settings.stretch.morning_stretch)
        self.morning_box.toggled.connect(self.morning_spin.setEnabled)
        morning_row = QHBoxLayout()
        morning_row.addWidget(self.morning_spin)
        morning_row.addWidget(_hint("after waking up"))
        morning_row.addStretch()
        stretches = QGroupBox("Stretches")
        stretches_form = QFormLayout(stretches)
        stretches_form.addRow(self._with_error("stretch", _layout_widget(order_row)))
        stretches_form.addRow("Hold each side", self.hold_spin)
        stretches_form.addRow("Rounds", self.rounds_spin)
        stretches_form.addRow("Pause to switch sides", self.switch_spin)
        stretches_form.addRow(self.morning_box)
        stretches_form.addRow("", _layout_widget(morning_row))

        # Comfort
        self.sound_box = QCheckBox("Play soft sounds")
        self.sound_box.setChecked(settings.sound_enabled)
        self.voice_box = QCheckBox("Speak the stretch instructions")
        self.voice_box.setChecked(settings.voice_enabled)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(*VOLUME_LIMITS)
        self.volume_slider.setValue(settings.volume)
        self.volume_slider.setAccessibleName("Volume")
        self.unit_combo = QComboBox()
        for value, text in UNITS:
            self.unit_combo.addItem(text, value)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(settings.temperature_unit))
        self.unit_combo.setAccessibleName("Temperature unit")
        self.autostart_box = QCheckBox("Start Bedtime Companion when I log in")
        self.autostart_box.setChecked(settings.start_at_login)
        general = QGroupBox("General")
        general_form = QFormLayout(general)
        general_form.addRow(self.sound_box)
        general_form.addRow(self.voice_box)
        general_form.addRow("Volume", self.volume_slider)
        general_form.addRow("Room temperature in", self.unit_combo)
        general_form.addRow(self.autostart_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.buttons.clicked.connect(self._on_clicked)

        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(times)
        left.addWidget(stretches)
        left.addStretch()
        right = QVBoxLayout()
        for group in (steps, magnesium, general):
            right.addWidget(group)
        right.addStretch()
        columns.addLayout(left)
        columns.addLayout(right)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        hint = content.sizeHint()
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(hint.width() + scrollbar + 2 * layout.contentsMargins().left())
        self.resize(self.minimumWidth(), min(hint.height() + 80, 760))

        self.label_edit.textChanged.connect(self.validate)
        self.stretch_list.itemChanged.connect(self.validate)
        self.zone_combo.currentTextChanged.connect(self.validate)

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        """The field with a message line under it, empty until the value is wrong."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet(f"color: {colour('error', is_dark(self)).name()}; font-weight: 600;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._errors[field] = error
        return holder

    def current(self) -> Settings:
        """The settings as the fields show them; SettingsError names the first wrong field."""
        steps = {
            kind: StepSetting(
                enabled=self.step_boxes[kind].isChecked(),
                offset_minutes=self.step_spins[kind].value() if kind in self.step_spins else 0,
            )
            for kind in STEP_KINDS
        }
        return dataclasses.replace(
            self._base,
            bedtime=to_time(self.bedtime_edit),
            bedtime_by_weekday={
                day: to_time(edit)
                for day, (box, edit) in enumerate(
                    zip(self.weekday_boxes, self.weekday_edits, strict=True)
                )
                if box.isChecked()
            },
            wake_time=to_time(self.wake_edit),
            timezone=self._zone(),
            steps=steps,
            magnesium_label=self.label_edit.text().strip(),
            magnesium_dose_mg=self.dose_spin.value(),
            snooze_minutes=self.snooze_spin.value(),
            sound_enabled=self.sound_box.isChecked(),
            volume=self.volume_slider.value(),
            stretch=self._stretch_settings(),
            voice_enabled=self.voice_box.isChecked(),
            temperature_unit=self.unit_combo.currentData(),
            start_at_login=self.autostart_box.isChecked(),
        )

    def _stretch_settings(self) -> StretchSettings:
        order = [
            self.stretch_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.stretch_list.count())
            if self.stretch_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        try:
            return dataclasses.replace(
                self._base.stretch,
                stretches=tuple(order),
                hold_seconds=self.hold_spin.value(),
                rounds=self.rounds_spin.value(),
                switch_seconds=self.switch_spin.value(),
                morning_stretch=self.morning_box.isChecked(),
                morning_offset_minutes=self.morning_spin.value(),
            )
        except StretchSettingsError as exc:
            raise SettingsError("stretch", exc.message) from None

    def _move_stretch(self, step: int) -> None:
        row = self.stretch_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.stretch_list.count():
            return
        item = self.stretch_list.takeItem(row)
        self.stretch_list.insertItem(target, item)
        self.stretch_list.setCurrentRow(target)
        self.validate()

    def _zone(self) -> str | None:
        text = self.zone_combo.currentText().strip()
        index = self.zone_combo.findText(text)
        if index >= 0:
            return str(self.zone_combo.itemData(index)) or None
        return text  # typed by hand: validation says whether it is a real zone

    def validate(self) -> Settings | None:
        """Show a message next to the wrong field; the OK and Apply buttons follow validity."""
        for label in self._errors.values():
            label.hide()
        try:
            result: Settings | None = self.current()
        except SettingsError as exc:
            result = None
            label = self._errors.get(exc.field.split(".")[0])
            if label is not None:
                label.setText(_sentence(exc.message))
                label.show()
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


def _spin(limits: tuple[int, int], value: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*limits)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


def _layout_widget(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setEnabled(False)  # muted colour
    return label


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
