"""The settings' bedtime section: usual bedtime, per-weekday bedtimes, wake-up time, time zone."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QTimeEdit,
)

from companion.core.settings import WEEKDAYS, Settings, available_zone_names
from companion.core.words import translate
from companion.ui.setup.onboarding import time_edit, to_time
from companion.ui.setup.settings_fields import FieldErrors, day_name, hint, set_label_buddy


class BedtimeSection(QGroupBox):
    """When the evening ends and the morning starts, and in which time zone."""

    def __init__(self, settings: Settings, system_zone: str, errors: FieldErrors) -> None:
        super().__init__(translate("Settings", "Bedtime"))
        self.bedtime_edit = time_edit(settings.bedtime)
        self.bedtime_edit.setAccessibleName(translate("Settings", "Bedtime"))
        self.wake_edit = time_edit(settings.wake_time)
        self.wake_edit.setAccessibleName(translate("Settings", "Wake-up time"))
        self.weekday_boxes: list[QCheckBox] = []
        self.weekday_edits: list[QTimeEdit] = []
        weekday_grid = QGridLayout()
        for day in range(len(WEEKDAYS)):
            override = settings.bedtime_by_weekday.get(day)
            name = day_name(day)
            box = QCheckBox(translate("Settings", "{weekday} night").format(weekday=name))
            box.setChecked(override is not None)
            edit = time_edit(override or settings.bedtime)
            edit.setEnabled(override is not None)
            edit.setAccessibleName(
                translate("Settings", "Bedtime on {weekday} night").format(weekday=name)
            )
            box.toggled.connect(edit.setEnabled)
            weekday_grid.addWidget(box, day, 0)
            weekday_grid.addWidget(edit, day, 1)
            self.weekday_boxes.append(box)
            self.weekday_edits.append(edit)
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItem(
            translate("Settings", "System ({zone})").format(zone=system_zone), ""
        )
        for zone in sorted(available_zone_names()):
            self.zone_combo.addItem(zone, zone)
        # Parented: the combo box does not own its completer, and an orphan (with its ~600 zone
        # names) would outlive every settings window opened.
        completer = QCompleter(
            [self.zone_combo.itemText(i) for i in range(self.zone_combo.count())], self.zone_combo
        )
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(settings.timezone or "")))
        self.zone_combo.setAccessibleName(translate("Settings", "Time zone"))

        form = QFormLayout(self)
        form.addRow(translate("Settings", "Usual bedtime"), self.bedtime_edit)
        form.addRow(hint(translate("Settings", "A different bedtime on some nights:")))
        form.addRow(weekday_grid)
        form.addRow(translate("Settings", "Wake-up time"), self.wake_edit)
        zone_field = errors.wrap("timezone", self.zone_combo)
        form.addRow(translate("Settings", "Time zone"), zone_field)
        set_label_buddy(form, zone_field, self.zone_combo)
        # The text field inside the editable combo box is a control of its own to AT-SPI.
        line_edit = self.zone_combo.lineEdit()
        if line_edit is not None:
            line_edit.setAccessibleName(self.zone_combo.accessibleName())

    def bedtime(self) -> time:
        return to_time(self.bedtime_edit)

    def wake_time(self) -> time:
        return to_time(self.wake_edit)

    def bedtime_by_weekday(self) -> dict[int, time]:
        return {
            day: to_time(edit)
            for day, (box, edit) in enumerate(
                zip(self.weekday_boxes, self.weekday_edits, strict=True)
            )
            if box.isChecked()
        }

    def zone(self) -> str | None:
        text = self.zone_combo.currentText().strip()
        index = self.zone_combo.findText(text)
        if index >= 0:
            return str(self.zone_combo.itemData(index)) or None
        return text  # typed by hand: validation says whether it is a real zone
