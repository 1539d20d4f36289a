"""The settings' "Your own steps" section: add, edit, reorder and remove custom routine steps.

Each row is kept in the settings file's own form (a [[custom_steps]] table) and read back with
the file's reader (core.custom_steps), so the form and the file follow one set of rules.
"""

from __future__ import annotations

import shlex
from datetime import time
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.custom_steps import (
    BEFORE_LIMITS,
    EARLIEST_AT,
    TITLE_MAX,
    WEEKDAY_NAMES,
    CustomStep,
    CustomStepError,
    caffeine_preset,
    custom_step_from_dict,
    custom_step_to_dict,
    custom_steps_from_list,
    unique_id,
)
from companion.core.settings import SettingsError
from companion.core.words import QT_TRANSLATE_NOOP, clock_time, translate
from companion.ui.setup.onboarding import time_edit, to_time
from companion.ui.setup.settings_fields import (
    FieldErrors,
    day_name,
    hint,
    minutes_suffix,
    row_widget,
    set_label_buddy,
    spin_box,
)

WHEN_CHOICES = (
    ("at", QT_TRANSLATE_NOOP("Settings", "At a time of day")),
    ("before", QT_TRANSLATE_NOOP("Settings", "Before bedtime")),
)
LIST_ROWS = 4


class CustomStepsSection(QGroupBox):
    """A list of the user's own steps and a form for the one selected."""

    changed = Signal()  # any edit; the dialog validates again

    def __init__(self, steps: tuple[CustomStep, ...], parent: QWidget | None = None) -> None:
        super().__init__(translate("Settings", "Your own steps"), parent)
        self._rows: list[dict[str, Any]] = [custom_step_to_dict(s) for s in steps]
        self._loading = False
        self._errors = FieldErrors(self)

        self.step_list = QListWidget()
        self.step_list.setAccessibleName(translate("Settings", "Your own steps, in order"))
        self.step_list.currentRowChanged.connect(self._show_row)
        self.add_button = QPushButton(translate("Settings", "Add a step"))
        self.caffeine_button = QPushButton(translate("Settings", "Add a caffeine cut-off"))
        self.caffeine_button.setToolTip(
            translate("Settings", "Last coffee of the day at {time}, Monday to Friday").format(
                time=clock_time(time(12, 0))
            )
        )
        self.up_button = QPushButton(translate("Settings", "Move up"))
        self.down_button = QPushButton(translate("Settings", "Move down"))
        self.remove_button = QPushButton(translate("Settings", "Remove"))
        self.add_button.clicked.connect(self.add_step)
        self.caffeine_button.clicked.connect(self.add_caffeine_cut_off)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_step)

        self.form = self._editor()
        buttons = QGridLayout()
        for i, button in enumerate(
            (self.add_button, self.caffeine_button, self.up_button, self.down_button)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.addWidget(self.remove_button, 2, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_list)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        # Room for LIST_ROWS rows (it scrolls beyond): the form below keeps its place.
        rows = self.step_list.fontMetrics().lineSpacing() * LIST_ROWS
        self.step_list.setFixedHeight(rows + 2 * self.step_list.frameWidth() + LIST_ROWS)
        self._refill(0 if self._rows else -1)

    def _editor(self) -> QWidget:
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setAccessibleName(translate("Settings", "Step title"))
        self.when_combo = QComboBox()
        for value, text in WHEN_CHOICES:
            self.when_combo.addItem(translate("Settings", text), value)
        self.when_combo.setAccessibleName(translate("Settings", "When"))
        self.at_edit = time_edit(EARLIEST_AT)
        self.at_edit.setAccessibleName(translate("Settings", "Time of day"))
        self.before_spin = spin_box(
            BEFORE_LIMITS, 15, minutes_suffix(), translate("Settings", "Minutes before bedtime")
        )
        self.day_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        for day in range(len(WEEKDAY_NAMES)):
            box = QCheckBox(day_name(day, short=True))
            box.setAccessibleName(day_name(day))
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch()
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(translate("Settings", "Text on the card"))
        self.text_edit.setPlaceholderText(translate("Settings", "Optional"))
        self.command_edit = QLineEdit()
        self.command_edit.setAccessibleName(translate("Settings", "Command to run"))
        self.command_edit.setPlaceholderText(
            translate("Settings", "Optional, e.g. {command}").format(command="my-lights warm")
        )

        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        wrap = self._errors.wrap
        form.addRow(translate("Settings", "Title"), wrap("title", self.title_edit))
        when = QHBoxLayout()
        when.addWidget(self.when_combo)
        when.addWidget(self.at_edit)
        when.addWidget(self.before_spin)
        when.addStretch()
        when_field = wrap("at", row_widget(when))
        form.addRow(translate("Settings", "When"), when_field)
        set_label_buddy(form, when_field, self.when_combo)
        column = QVBoxLayout()
        column.addWidget(wrap("days", row_widget(days)))
        column.addWidget(hint(translate("Settings", "None ticked: every day")))
        column.setSpacing(2)
        form.addRow(translate("Settings", "Days"), _column_widget(column))
        form.addRow(translate("Settings", "Text"), wrap("text", self.text_edit))
        form.addRow(translate("Settings", "Command"), wrap("command", self.command_edit))

        self.title_edit.textEdited.connect(self._edited)
        self.when_combo.currentIndexChanged.connect(self._edited)
        self.at_edit.timeChanged.connect(self._edited)
        self.before_spin.valueChanged.connect(self._edited)
        for box in self.day_boxes:
            box.toggled.connect(self._edited)
        self.text_edit.textEdited.connect(self._edited)
        self.command_edit.textEdited.connect(self._edited)
        return holder

    # the list -------------------------------------------------------------------------------

    def add_step(self) -> None:
        new = CustomStep(id=unique_id("step", self._ids()), title="", before_bedtime_minutes=15)
        self._append(custom_step_to_dict(new))
        self.title_edit.setFocus()

    def add_caffeine_cut_off(self) -> None:
        self._append(custom_step_to_dict(caffeine_preset(self._ids())))

    def remove_step(self) -> None:
        row = self.step_list.currentRow()
        if row >= 0:
            del self._rows[row]
            self._refill(min(row, len(self._rows) - 1))
            self.changed.emit()

    def _move(self, by: int) -> None:
        row = self.step_list.currentRow()
        to = row + by
        if row >= 0 and 0 <= to < len(self._rows):
            self._rows[row], self._rows[to] = self._rows[to], self._rows[row]
            self._refill(to)
            self.changed.emit()

    def _append(self, table: dict[str, Any]) -> None:
        self._rows.append(table)
        self._refill(len(self._rows) - 1)
        self.changed.emit()

    def _ids(self) -> list[str]:
        return [str(r.get("id", "")) for r in self._rows]

    def _refill(self, current: int) -> None:
        self._loading = True
        self.step_list.clear()
        for index, table in enumerate(self._rows):
            item = QListWidgetItem(_row_text(table, index))
            item.setData(Qt.ItemDataRole.UserRole, table.get("id"))
            self.step_list.addItem(item)
        self._loading = False
        self.step_list.setCurrentRow(current)
        self._show_row(current)

    def _show_row(self, row: int) -> None:
        has_row = 0 <= row < len(self._rows)
        self.form.setEnabled(has_row)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has_row)
        if not has_row or self._loading:
            return
        table = self._rows[row]
        self._loading = True
        self.title_edit.setText(str(table.get("title", "")))
        is_at = "at" in table
        self.when_combo.setCurrentIndex(0 if is_at else 1)
        hour, minute = (str(table.get("at", "12:00")) + ":00").split(":")[:2]
        self.at_edit.setTime(to_qtime(time(int(hour), int(minute))))
        self.before_spin.setValue(int(table.get("before_bedtime_minutes", 15)))
        chosen = set(table.get("days", []))
        for box, name in zip(self.day_boxes, WEEKDAY_NAMES, strict=True):
            box.setChecked(name in chosen)
        self.text_edit.setText(str(table.get("text", "")))
        self.command_edit.setText(shlex.join(table.get("command", [])))
        self._loading = False
        self._show_when()
        self._check(row)

    # editing --------------------------------------------------------------------------------

    def _edited(self) -> None:
        row = self.step_list.currentRow()
        if self._loading or row < 0:
            return
        self._show_when()
        table: dict[str, Any] = {"id": self._rows[row].get("id", "")}
        table["title"] = self.title_edit.text()
        if self.text_edit.text().strip():
            table["text"] = self.text_edit.text().strip()
        if self.when_combo.currentData() == "at":
            table["at"] = f"{to_time(self.at_edit):%H:%M}"
        else:
            table["before_bedtime_minutes"] = self.before_spin.value()
        days = [n for box, n in zip(self.day_boxes, WEEKDAY_NAMES, strict=True) if box.isChecked()]
        if days:
            table["days"] = days
        if self.command_edit.text().strip():
            table["command"] = _words(self.command_edit.text())
        self._rows[row] = table
        self.step_list.item(row).setText(_row_text(table, row))
        self._check(row)
        self.changed.emit()

    def _show_when(self) -> None:
        is_at = self.when_combo.currentData() == "at"
        self.at_edit.setVisible(is_at)
        self.before_spin.setVisible(not is_at)

    def _check(self, row: int) -> None:
        """The message for the selected step, beside the field it is about."""
        self._errors.clear()
        try:
            custom_step_from_dict(self._rows[row], row)
        except CustomStepError as exc:
            name = exc.field.rsplit(".", 1)[-1]
            self._errors.show("at" if name == "before_bedtime_minutes" else name, exc.message)

    def custom_steps(self) -> tuple[CustomStep, ...]:
        """The steps as the list shows them; SettingsError names the first that cannot be used."""
        try:
            return custom_steps_from_list(self._rows)
        except CustomStepError as exc:
            raise SettingsError(exc.field, exc.message) from None


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _row_text(table: dict[str, Any], index: int) -> str:
    title = str(table.get("title", "")).strip() or translate("Settings", "(no title yet)")
    try:
        step = custom_step_from_dict(table, index)
    except CustomStepError:
        return translate("Settings", "{title} · needs a fix").format(title=title)
    if step.at is not None:
        when = translate("Settings", "at {time}").format(time=clock_time(step.at))
    else:
        minutes = step.before_bedtime_minutes or 0
        when = translate("Settings", "%n min before bedtime", None, minutes)
    days = sorted(step.days)
    if days:
        on = ", ".join(day_name(day, short=True) for day in days)
    else:
        on = translate("Settings", "every day")
    return translate("Settings", "{title} · {when} · {days}", "a step in the list").format(
        title=title, when=when, days=on
    )


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:  # an unclosed quote: take the words as they stand
        return text.split()


def _column_widget(column: QVBoxLayout) -> QWidget:
    holder = QWidget()
    column.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(column)
    return holder
