"""The editor's typed "Legs started at" clock time: a local hh:mm on the night, or empty."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QLineEdit

from companion.core.journal import format_clock, parse_clock
from companion.core.words import translate


class StartTimeField(QLineEdit):
    """Typed "21:30" (or "21.30"); empty is not answered."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(translate("Widgets", "hh:mm", "hours and minutes to type"))
        self.setMaxLength(5)

    def set_clock(self, value: time | None) -> None:
        self.setText("" if value is None else format_clock(value))

    def clock(self) -> time | None:
        """The typed time; JournalValueError naming `symptoms_from` when it is not one."""
        text = self.text().strip()
        return parse_clock(text.replace(".", ":"), "symptoms_from") if text else None
