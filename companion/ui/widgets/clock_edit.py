"""A time box in the locale's clock ("22:30" or "10:30 PM") that also takes 24 h typed by habit."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTimeEdit, QWidget

from companion.ui.widgets.clock_text import is_twelve_hour, time_display_format

Section = QTimeEdit.Section


class ClockEdit(QTimeEdit):
    """A QTimeEdit in the app locale's short time format, hours and minutes.

    In a 12-hour locale Qt's own typing takes "10:30 PM" only in part (a space over "AM" wipes
    it) and refuses "22" in the hour: this box reads an hour of 13 to 23 or 00 to 09 as 24-hour,
    and "a"/"p" as the half of the day, so both habits land on the same time.
    """

    def __init__(self, value: time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(time_display_format())
        self._twelve = is_twelve_hour()
        if value is not None:
            self.setTime(QTime(value.hour, value.minute))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._twelve and self._typed_twelve_hour(event.text()):
            event.accept()
            return
        super().keyPressEvent(event)

    def _typed_twelve_hour(self, typed: str) -> bool:
        """Handle a key Qt's 12-hour sections get wrong; False leaves it to Qt."""
        section = self.currentSection()
        if section == Section.HourSection and typed.isdigit():
            return self._twenty_four_hour(typed)
        if section == Section.AmPmSection and typed and not typed.isdigit():
            half = typed.lower()
            if half in ("a", "p"):
                hour = self.time().hour() % 12 + (12 if half == "p" else 0)
                self.setTime(QTime(hour, self.time().minute()))
                self.setSelectedSection(Section.AmPmSection)
            # Anything else here (the space before "PM", its "M") would overwrite the AM/PM.
            return typed.isprintable()
        return False

    def _twenty_four_hour(self, digit: str) -> bool:
        line = self.lineEdit()
        so_far = "" if line.hasSelectedText() else self.sectionText(Section.HourSection)
        typed = so_far + digit
        if len(typed) != 2 or not (typed.startswith("0") or 13 <= int(typed) <= 23):
            return False
        self.setTime(QTime(int(typed), self.time().minute()))
        self.setSelectedSection(Section.MinuteSection)
        return True
