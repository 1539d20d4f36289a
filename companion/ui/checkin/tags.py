"""The check-in's tags: chips to switch on and off, and a field to make a new tag."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from companion.core.journal import TAG_PREFIX
from companion.core.words import translate
from companion.ui.checkin.flow_layout import FlowLayout
from companion.ui.checkin.labels import error_label, hint, sentence


class TagLineEdit(QLineEdit):
    """The "add tag" field: Enter adds the tag and must not also save the whole dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()  # QLineEdit ignores it, which would press the default button


class TagsBox(QWidget):
    """Every known tag as a chip (on = on this night) and the field that adds one.

    `create_tag` is the journal's own check and naming of a new tag; `on_added` hears of each
    chip added, so the dialog can fit its tab order and size.
    """

    def __init__(self, create_tag: Callable[[str], str], on_added: Callable[[], None]) -> None:
        super().__init__()
        self._create_tag = create_tag
        self._on_added = on_added
        self.chips: dict[str, QPushButton] = {}
        self._chip_flow = FlowLayout()
        chip_holder = QWidget()
        chip_holder.setLayout(self._chip_flow)
        self.no_tags_label = hint(
            translate("Checkin", "No tags yet: add your own, like “late dinner” or “long walk”.")
        )
        self.tag_edit = TagLineEdit()
        self.tag_edit.setPlaceholderText(translate("Checkin", "New tag"))
        self.tag_edit.setAccessibleName(translate("Checkin", "New tag name"))
        self.tag_edit.setMaxLength(60)  # room to paste; the model's own limit gives the message
        self.add_tag_button = QPushButton(translate("Checkin", "Add tag"))
        self.add_tag_button.setAutoDefault(False)
        self.tag_edit.returnPressed.connect(self.add_tag_from_field)
        self.add_tag_button.clicked.connect(self.add_tag_from_field)
        self.tag_error = error_label()
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.tag_edit, 1)
        add_row.addWidget(self.add_tag_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(chip_holder)
        layout.addWidget(self.no_tags_label)
        layout.addLayout(add_row)
        layout.addWidget(self.tag_error)

    def load(self, known: Iterable[str], on_night: Iterable[str]) -> None:
        """A chip for each known tag and each tag on the night; those on the night are on."""
        on = set(on_night)
        for name in sorted({*known, *on}, key=str.casefold):
            self._add_chip(name, checked=name in on)
        self._update_no_tags()

    def checked(self) -> list[str]:
        return [name for name, chip in self.chips.items() if chip.isChecked()]

    def tab_chain(self) -> list[QWidget]:
        return [*self.chips.values(), self.tag_edit, self.add_tag_button]

    def _add_chip(self, name: str, *, checked: bool) -> QPushButton:
        chip = QPushButton(name)
        chip.setObjectName("chip")
        chip.setCheckable(True)
        chip.setChecked(checked)
        chip.setAutoDefault(False)
        chip.setAccessibleName(translate("Checkin", "Tag: {name}").format(name=name))
        self._chip_flow.addWidget(chip)
        self.chips[name] = chip
        return chip

    def add_tag_from_field(self) -> None:
        """Make the typed tag (through `create_tag`), show it as a chip and switch it on."""
        text = self.tag_edit.text()
        if not text.strip():
            return
        try:
            name = self._create_tag(text).removeprefix(TAG_PREFIX)
        except ValueError as exc:  # JournalValueError: the model's own wording
            self.tag_error.setText(sentence(getattr(exc, "message", str(exc))))
            self.tag_error.show()
            return
        self.tag_error.hide()
        existing = next((n for n in self.chips if n.casefold() == name.casefold()), None)
        if existing is not None:
            self.chips[existing].setChecked(True)
        else:
            self._add_chip(name, checked=True)
        self.tag_edit.clear()
        self._update_no_tags()
        self._on_added()

    def _update_no_tags(self) -> None:
        self.no_tags_label.setVisible(not self.chips)
