"""The settings' "Your own stretches" section: add, edit and remove stretches of the user's own.

They take their place in the stretch order list of the Stretches section (moved there with the
other stretches); choosing one there opens it here. Each entry is kept in the settings file's
own form (a [[custom_stretches]] table) and read back with the file's reader
(core.custom_stretches), so the form and the file follow one set of rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.custom_stretches import (
    NAME_MAX,
    STEPS_LIMITS,
    CustomStretch,
    custom_stretch_from_dict,
    custom_stretch_to_dict,
    unique_stretch_id,
)
from companion.core.settings import SettingsError
from companion.core.stretches import DEFAULT_HOLD_SECONDS, HOLD_LIMITS, STRETCH_IDS
from companion.core.stretches import StretchSettingsError as EntryError
from companion.core.words import translate
from companion.render.stretch_picture import render_name_card, render_picture
from companion.ui.setup.settings_fields import (
    FieldErrors,
    hint,
    row_widget,
    seconds_suffix,
    spin_box,
)
from companion.ui.theme import SPACE_SECTION, colour, is_dark

FIELDS = ("name", "steps", "hold_seconds", "picture", "id", "per_side")
PICTURE_PATTERNS = "*.png *.jpg *.jpeg *.svg *.PNG *.JPG *.JPEG *.SVG"
# The picture's preview beside its buttons: 4:3, like the stretch window's drawing area.
PREVIEW = QSize(4 * SPACE_SECTION, 3 * SPACE_SECTION)
STEP_LINES = 4  # the steps box shows this many lines before it scrolls

PictureChooser = Callable[[QWidget], str]  # the file the user chose, "" when cancelled


def choose_picture_file(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Settings", "Choose a picture"),
        str(Path.home()),
        translate("Settings", "Pictures ({patterns})").format(patterns=PICTURE_PATTERNS),
    )
    return path


class CustomStretchesSection(QGroupBox):
    """A form for the user's own stretch chosen in the order list, with Add and Remove."""

    changed = Signal()  # any edit; the dialog validates again

    def __init__(
        self,
        custom: Sequence[CustomStretch],
        order_list: QListWidget,
        choose_picture: PictureChooser = choose_picture_file,
    ) -> None:
        super().__init__(translate("Settings", "Your own stretches"))
        self.order_list = order_list
        self.choose_picture = choose_picture
        self._rows: list[dict[str, Any]] = [custom_stretch_to_dict(c) for c in custom]
        self._new: set[int] = set()  # rows added here: their id follows the name until saved
        self._loading = False
        self._errors = FieldErrors(self)

        self.add_button = QPushButton(translate("Settings", "Add a stretch"))
        self.remove_button = QPushButton(translate("Settings", "Remove"))
        self.add_button.clicked.connect(self.add_stretch)
        self.remove_button.clicked.connect(self.remove_stretch)
        self.choose_hint = hint(
            translate("Settings", "Choose one of your own stretches in the list above to edit it.")
        )
        self.choose_hint.setWordWrap(True)
        self.problem_label = QLabel()  # an entry that is not on show needs attention
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.form = self._editor()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.choose_hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.form)
        self.problem_label.setStyleSheet(
            f"color: {colour('error', is_dark(self)).name()}; font-weight: 600;"
        )
        self._readable: dict[str, bool] = {}  # picture file → whether it can be shown
        for position in range(order_list.count()):  # ours among the rows: marked as ours
            item = order_list.item(position)
            row = self._row_for(item.data(Qt.ItemDataRole.UserRole))
            if row is not None:
                _label(item, row)
        order_list.currentItemChanged.connect(lambda _new, _old: self._show_current())
        self._show_current()

    def _editor(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(translate("Settings", "Stretch name"))
        self.name_edit.setPlaceholderText(translate("Settings", "e.g. Figure-four stretch"))
        self.steps_edit = QPlainTextEdit()
        self.steps_edit.setAccessibleName(translate("Settings", "Steps, one per line"))
        self.steps_edit.setTabChangesFocus(True)
        lines = self.steps_edit.fontMetrics().lineSpacing() * STEP_LINES
        self.steps_edit.setFixedHeight(lines + 2 * self.steps_edit.frameWidth() + SPACE_SECTION)
        self.each_side = QRadioButton(translate("Settings", "Each side (left, then right)"))
        self.once = QRadioButton(translate("Settings", "Once"))
        hold_for = translate("Settings", "Hold for")
        self.hold_spin = spin_box(HOLD_LIMITS, DEFAULT_HOLD_SECONDS, seconds_suffix(), hold_for)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_label = hint("")
        self.picture_label.setWordWrap(True)
        self.picture_button = QPushButton(translate("Settings", "Choose picture…"))
        self.no_picture_button = QPushButton(translate("Settings", "No picture"))
        self.picture_button.clicked.connect(self._choose_picture)
        self.no_picture_button.clicked.connect(lambda: self._set_picture(""))

        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        wrap = self._errors.wrap
        form.addRow(translate("Settings", "Name"), wrap("name", self.name_edit))
        steps = QVBoxLayout()
        steps.setSpacing(2)
        steps.addWidget(wrap("steps", self.steps_edit))
        low, high = STEPS_LIMITS
        steps.addWidget(
            hint(
                translate("Settings", "One step per line ({least} to {most})").format(
                    least=low, most=high
                )
            )
        )
        form.addRow(translate("Settings", "Steps"), _column(steps))
        sides = QHBoxLayout()
        sides.addWidget(self.each_side)
        sides.addWidget(self.once)
        sides.addStretch()
        form.addRow(translate("Settings", "Sides"), row_widget(sides))
        form.addRow(hold_for, wrap("hold_seconds", self.hold_spin))
        buttons = QVBoxLayout()
        buttons.addWidget(self.picture_button)
        buttons.addWidget(self.no_picture_button)
        buttons.addWidget(self.picture_label)
        buttons.addStretch()
        picture = QHBoxLayout()
        picture.addWidget(self.preview)
        picture.addLayout(buttons, 1)
        form.addRow(translate("Settings", "Picture"), wrap("picture", row_widget(picture)))

        self.name_edit.textEdited.connect(self._edited)
        self.steps_edit.textChanged.connect(self._edited)
        self.each_side.toggled.connect(self._edited)
        self.hold_spin.valueChanged.connect(self._edited)
        return holder

    # -- what the dialog reads -------------------------------------------------------------

    def custom_stretches(self) -> tuple[CustomStretch, ...]:
        """Every stretch of the user's own as the form shows it; SettingsError names the first
        field that cannot be used (and the form says it beside that field)."""
        stretches: list[CustomStretch] = []
        for index, row in enumerate(self._rows):
            try:
                stretches.append(self._checked(row, index))
            except EntryError as exc:
                raise SettingsError(exc.field, exc.message) from None
        return tuple(stretches)

    def _checked(self, row: dict[str, Any], index: int) -> CustomStretch:
        """The file's checks, and one the file cannot make: that the picture can be shown
        (read through the store's bounds: a regular file of a sane size, decodable)."""
        entry = custom_stretch_from_dict(row, index)
        if entry.picture and not self._is_readable(entry.picture):
            raise EntryError(
                f"custom_stretches[{index}].picture",
                translate(
                    "Settings", "this file cannot be shown as a picture; choose another or none"
                ),
            )
        return entry

    def _is_readable(self, path: str) -> bool:
        if path not in self._readable:
            self._readable[path] = not render_picture(path, 4, 3).isNull()
        return self._readable[path]

    def _row_for(self, stretch_id: object) -> dict[str, Any] | None:
        return next((r for r in self._rows if r["id"] == stretch_id), None)

    # -- the order list's rows of ours -----------------------------------------------------

    def add_stretch(self) -> None:
        taken = [str(r["id"]) for r in self._rows]
        row = custom_stretch_to_dict(
            CustomStretch(id=unique_stretch_id("my stretch", taken), name="", steps=())
        )
        self._rows.append(row)
        self._new.add(len(self._rows) - 1)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, row["id"])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.order_list.addItem(item)
        _label(item, row)
        self.order_list.setCurrentItem(item)
        self.name_edit.setFocus()
        self._edited()

    def remove_stretch(self) -> None:
        index = self._current_index()
        if index is None:
            return
        row_id = self._rows[index]["id"]
        del self._rows[index]
        self._new = {i - (i > index) for i in self._new if i != index}
        for position in range(self.order_list.count()):
            if self.order_list.item(position).data(Qt.ItemDataRole.UserRole) == row_id:
                self.order_list.takeItem(position)
                break
        self._edited()

    def _current_index(self) -> int | None:
        item = self.order_list.currentItem()
        stretch_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if stretch_id is None or stretch_id in STRETCH_IDS:
            return None
        return next((i for i, r in enumerate(self._rows) if r["id"] == stretch_id), None)

    def _show_current(self) -> None:
        index = self._current_index()
        self.form.setEnabled(index is not None)
        self.remove_button.setEnabled(index is not None)
        self.choose_hint.setVisible(index is None)
        self._loading = True
        row = self._rows[index] if index is not None else custom_stretch_to_dict(_EMPTY)
        self.name_edit.setText(row["name"])
        self.steps_edit.setPlainText("\n".join(row["steps"]))
        (self.each_side if row["per_side"] else self.once).setChecked(True)
        self.hold_spin.setValue(row["hold_seconds"])
        self._loading = False
        self._show_picture(row.get("picture", ""), str(row["name"]))
        self._show_problems()

    # -- editing ---------------------------------------------------------------------------

    def _edited(self) -> None:
        index = self._current_index()
        if not self._loading and index is not None:
            row = self._rows[index]
            row["name"] = self.name_edit.text()
            row["steps"] = [line for line in self.steps_edit.toPlainText().splitlines() if line]
            row["per_side"] = self.each_side.isChecked()
            row["hold_seconds"] = self.hold_spin.value()
            if index in self._new:  # not saved yet: the id follows the name ("figure-four-…")
                others = [str(r["id"]) for r in self._rows if r is not row]
                self._rename(row, unique_stretch_id(row["name"] or "my stretch", others))
            item = self.order_list.currentItem()
            if item is not None:
                _label(item, row)
            self._show_picture(row.get("picture", ""), row["name"])
        self._show_problems()
        self.changed.emit()

    def _rename(self, row: dict[str, Any], new_id: str) -> None:
        item = self.order_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == row["id"]:
            item.setData(Qt.ItemDataRole.UserRole, new_id)
        row["id"] = new_id

    def _choose_picture(self) -> None:
        path = self.choose_picture(self)
        if path:
            self._set_picture(path)

    def _set_picture(self, path: str) -> None:
        index = self._current_index()
        if index is None:
            return
        row = self._rows[index]
        if path:
            row["picture"] = path
        else:
            row.pop("picture", None)
        self._edited()

    def _show_picture(self, path: str, name: str) -> None:
        """A small preview of what the stretch window will show: the picture, or the card."""
        dark, ratio = is_dark(self), self.devicePixelRatioF()
        width, height = PREVIEW.width(), PREVIEW.height()
        shown = render_picture(path, width, height, ratio) if path else None
        if shown is None or shown.isNull():
            shown = render_name_card(name or "—", width, height, dark=dark, ratio=ratio)
        self.preview.setPixmap(shown)
        self.picture_label.setText(
            Path(path).name
            if path
            else translate("Settings", "None: a card with the name is shown")
        )
        self.preview.setAccessibleName(
            translate("Settings", "Picture: {file}").format(file=Path(path).name)
            if path
            else translate("Settings", "No picture")
        )

    def _show_problems(self) -> None:
        """Each field's message beside it; an entry not on show is named above the form."""
        self._errors.clear()
        self.problem_label.hide()
        current = self._current_index()
        for index, row in enumerate(self._rows):
            try:
                self._checked(row, index)
            except EntryError as exc:
                field = exc.field.rsplit(".", 1)[-1]
                if index == current:
                    self._errors.show(field if field in FIELDS[:4] else "name", exc.message)
                else:
                    name = row["name"] or translate("Settings", "A new stretch")
                    self.problem_label.setText(
                        translate("Settings", "{name}: {problem}.").format(
                            name=name, problem=exc.message
                        )
                    )
                    self.problem_label.show()


_EMPTY = CustomStretch(id="none", name="", steps=())


def _label(item: QListWidgetItem, row: dict[str, Any]) -> None:
    name = row["name"] or translate("Settings", "New stretch")
    item.setText(translate("Settings", "{name} (yours)").format(name=name))


def _column(layout: QVBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
