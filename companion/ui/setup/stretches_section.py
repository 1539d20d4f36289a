"""The settings' stretches section: which stretches in which order, hold times, mornings."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from companion.core.custom_stretches import CustomStretch, stretches_by_id
from companion.core.settings import SettingsError
from companion.core.stretches import (
    CATALOGUE,
    HOLD_LIMITS,
    MORNING_OFFSET_LIMITS,
    ROUND_LIMITS,
    SWITCH_LIMITS,
    StretchSettings,
    StretchSettingsError,
)
from companion.core.words import translate
from companion.ui.setup.settings_fields import (
    FieldErrors,
    hint,
    minutes_suffix,
    row_widget,
    seconds_suffix,
    spin_box,
)


class StretchesSection(QGroupBox):
    """A checkable, reorderable list of the catalogue and the session's timings."""

    changed = Signal()  # the choice or order of stretches; the dialog validates again

    def __init__(
        self, stretch: StretchSettings, errors: FieldErrors, custom: Sequence[CustomStretch] = ()
    ) -> None:
        """`custom`: the user's own stretches, listed with the built-in ones (their section,
        ui.setup.custom_stretches_section, edits them)."""
        super().__init__(translate("Settings", "Stretches"))
        catalogue = stretches_by_id(custom)
        self.stretch_list = QListWidget()
        self.stretch_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.stretch_list.setAccessibleName(translate("Settings", "Stretches, in order"))
        chosen = list(stretch.stretches)
        for stretch_id in chosen + [i for i in catalogue if i not in chosen]:
            shown = catalogue[stretch_id]
            # Ours in the user's language; the user's own as they wrote it.
            item = QListWidgetItem(
                shown.name if shown.custom else translate("Stretches", shown.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, stretch_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if stretch_id in chosen else Qt.CheckState.Unchecked
            )
            self.stretch_list.addItem(item)
        # Room for the five and two of the user's own; it scrolls beyond.
        rows = self.stretch_list.sizeHintForRow(0) * (len(CATALOGUE) + 2)
        self.stretch_list.setFixedHeight(rows + 2 * self.stretch_list.frameWidth() + 4)
        self.up_button = QPushButton(translate("Settings", "Move up"))
        self.down_button = QPushButton(translate("Settings", "Move down"))
        self.up_button.clicked.connect(lambda: self._move_stretch(-1))
        self.down_button.clicked.connect(lambda: self._move_stretch(1))
        order_buttons = QVBoxLayout()
        order_buttons.addWidget(self.up_button)
        order_buttons.addWidget(self.down_button)
        order_buttons.addStretch()
        order_row = QHBoxLayout()
        order_row.addWidget(self.stretch_list, 1)
        order_row.addLayout(order_buttons)
        hold, rounds = translate("Settings", "Hold each side"), translate("Settings", "Rounds")
        switch = translate("Settings", "Pause to switch sides")
        self.hold_spin = spin_box(HOLD_LIMITS, stretch.hold_seconds, seconds_suffix(), hold)
        self.rounds_spin = spin_box(ROUND_LIMITS, stretch.rounds, "", rounds)
        self.switch_spin = spin_box(SWITCH_LIMITS, stretch.switch_seconds, seconds_suffix(), switch)
        self.morning_box = QCheckBox(translate("Settings", "Also stretch in the morning"))
        self.morning_box.setChecked(stretch.morning_stretch)
        self.morning_spin = spin_box(
            MORNING_OFFSET_LIMITS,
            stretch.morning_offset_minutes,
            minutes_suffix(),
            translate("Settings", "Morning stretches: minutes after waking up"),
        )
        self.morning_spin.setEnabled(stretch.morning_stretch)
        self.morning_box.toggled.connect(self.morning_spin.setEnabled)
        morning_row = QHBoxLayout()
        morning_row.addWidget(self.morning_spin)
        morning_row.addWidget(hint(translate("Settings", "after waking up")))
        morning_row.addStretch()
        form = QFormLayout(self)
        form.addRow(errors.wrap("stretch", row_widget(order_row)))
        form.addRow(hold, self.hold_spin)
        form.addRow(rounds, self.rounds_spin)
        form.addRow(switch, self.switch_spin)
        form.addRow(self.morning_box)
        form.addRow("", row_widget(morning_row))
        self.stretch_list.itemChanged.connect(lambda _item: self.changed.emit())

    def stretch_settings(self, base: StretchSettings) -> StretchSettings:
        """`base` with this section's choices; SettingsError("stretch", …) when they are wrong."""
        order = [
            self.stretch_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.stretch_list.count())
            if self.stretch_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        try:
            return dataclasses.replace(
                base,
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
        self.changed.emit()
