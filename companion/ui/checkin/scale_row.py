"""The row of numbered buttons that answers one question on a scale (legs, quality, …)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from companion.core.journal import MEASURE_BY_KEY
from companion.core.words import translate
from companion.ui.checkin.labels import hint
from companion.ui.widgets.words import scale_words, short_label

_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ScaleRow(QWidget):
    """A row of numbered buttons for one answer on a scale; None until one is chosen.

    One stop in the tab order: digits choose (type "1" then "0" quickly for 10), arrows move,
    Home/End jump to the ends, Delete clears. Enter and Esc are left to the dialog.
    """

    def __init__(self, low: int, high: int, low_word: str, high_word: str, name: str) -> None:
        super().__init__()
        self.low, self.high = low, high
        self._value: int | None = None
        # Plain callbacks, not a signal: see `companion.ui.checkin.dialog`.
        self.listeners: list[Callable[[int | None], object]] = []
        self._typed = QElapsedTimer()
        self._last_digit: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for number in range(low, high + 1):
            button = QPushButton(str(number))
            button.setProperty("scale", True)
            button.setCheckable(True)
            button.setAutoDefault(False)
            # The row takes the focus, not each button: one Tab per question.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(
                translate("Checkin", "{question}: {number}").format(question=name, number=number)
            )
            button.clicked.connect(lambda _=False, n=number: self._clicked(n))
            row.addWidget(button)
            self.buttons.append(button)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        self.low_label = hint(low_word)
        self.high_label = hint(high_word)
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self.low_label)
        ends.addStretch()
        ends.addWidget(self.high_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 2)
        column.setSpacing(2)
        column.addLayout(row)
        column.addLayout(ends)
        # Kept at its natural width, so the end words sit under the first and last buttons.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not self.low <= value <= self.high:
            return
        for number, button in enumerate(self.buttons, start=self.low):
            button.setChecked(number == value)
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(
                translate("Checkin", "not answered")
                if value is None
                else translate("Checkin", "{value} of {highest}", "a scale's answer").format(
                    value=value, highest=self.high
                )
            )
            for listener in self.listeners:
                listener(value)

    def _clicked(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        # Clicking the chosen number again takes the answer back.
        self.set_value(None if number == self._value else number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        # Shift is allowed: some layouts (AZERTY) type digits with it.
        if text.isdigit() and len(text) == 1 and not event.modifiers() & _COMMAND_KEYS:
            self._digit(int(text))
            return
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(self.low if current is None else min(current + 1, self.high))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(self.high if current is None else max(current - 1, self.low))
        elif key == Qt.Key.Key_Home:
            self.set_value(self.low)
        elif key == Qt.Key.Key_End:
            self.set_value(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)  # Enter, Esc, Tab: the dialog's business
            return
        self._last_digit = None

    def _digit(self, digit: int) -> None:
        # "1" then "0" within a second means 10, as typing into a number box would.
        quick = self._typed.isValid() and self._typed.elapsed() < 1000
        if quick and self._last_digit is not None:
            combined = self._last_digit * 10 + digit
            if self.low <= combined <= self.high:
                self.set_value(combined)
                self._last_digit = None
                return
        self._typed.start()
        self._last_digit = digit
        self.set_value(digit)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = painter.pen()
            pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidthF(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)


def scale_row_for(key: str) -> ScaleRow:
    """The row for a scale measure, its range and end words read from MEASURES."""
    m = MEASURE_BY_KEY[key]
    low_word, high_word = scale_words(m)
    return ScaleRow(int(m.low or 0), int(m.high or 0), low_word, high_word, short_label(m))
