"""The read-only card at the top of the check-in: what the evening routine already recorded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from companion.core.words import translate
from companion.ui.checkin.labels import heading


class RoutineCard(QFrame):
    """The routine's summary lines (magnesium, stretches, lights), never edited here."""

    def __init__(self, routine: Sequence[str]) -> None:
        super().__init__()
        self.setObjectName("routineCard")
        self.routine_label = QLabel(
            " · ".join(routine)
            if routine
            else translate("Checkin", "The evening routine recorded nothing this night.")
        )
        self.routine_label.setWordWrap(True)
        self.routine_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(heading(translate("Checkin", "From the evening routine"), small=True))
        layout.addWidget(self.routine_label)
