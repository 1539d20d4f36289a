"""The journal's search field: what it searches, and a clear button a screen reader can name."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton

from companion.core.words import translate


class SearchField(QLineEdit):
    """Searches the nights' notes; Ctrl+F reaches it from anywhere in the list."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(translate("Journal", "Search notes (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(translate("Journal", "Search notes"))
        # Qt leaves the clear button without a name for a screen reader.
        for button in self.findChildren(QToolButton):
            button.setAccessibleName(translate("Journal", "Clear the search"))
