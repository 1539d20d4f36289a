"""A yes/no question that may stay unanswered: the no-answer mark, "Yes", "No"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from companion.core.journal import MEASURE_BY_KEY
from companion.core.words import translate
from companion.ui.widgets.wheel_guard import guard_wheel
from companion.ui.widgets.words import NO_ANSWER, short_label


class YesNoField(QComboBox):
    """The measure `key`'s answer as True, False or None (not answered, never "no")."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.setAccessibleName(short_label(MEASURE_BY_KEY[key]))
        yes, no = translate("Widgets", "Yes"), translate("Widgets", "No")
        for text, value in ((NO_ANSWER, None), (yes, True), (no, False)):
            self.addItem(text, value)
        guard_wheel(self)

    def answer(self) -> bool | None:
        value = self.currentData()
        return value if isinstance(value, bool) else None

    def set_answer(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])
