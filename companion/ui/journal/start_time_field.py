"""The editor's typed "Legs started at" clock time: a local hh:mm on the night, or empty."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QLineEdit

from companion.core.journal import parse_clock
from companion.ui.widgets.clock_text import (
    TYPED_CLOCK_LENGTH,
    read_clock,
    show_clock,
    typed_clock_hint,
)


class StartTimeField(QLineEdit):
    """Typed in the locale's form ("9:30 PM") or 24 h ("21:30", "21.30"); empty is not
    answered."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(typed_clock_hint())
        self.setMaxLength(TYPED_CLOCK_LENGTH)

    def set_clock(self, value: time | None) -> None:
        self.setText("" if value is None else show_clock(value))

    def clock(self) -> time | None:
        """The typed time; JournalValueError naming `symptoms_from` when it is not one."""
        text = self.text().strip()
        if not text:
            return None
        # Not a time in any form: the journal's own check words the message.
        return read_clock(text) or parse_clock(text, "symptoms_from")
