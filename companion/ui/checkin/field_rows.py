"""Label, field and problem message, row by row, with each message kept by its field's key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from companion.core.journal import MEASURE_BY_KEY
from companion.core.words import translate
from companion.ui.checkin.labels import error_label
from companion.ui.checkin.scale_row import ScaleRow
from companion.ui.widgets.words import short_label


class FieldRows:
    """Lays out the dialog's fields and remembers where each field's problem is shown."""

    def __init__(self) -> None:
        self.errors: dict[str, QLabel] = {}

    def add(self, grid: QGridLayout, key: str, widget: QWidget) -> None:
        row = grid.rowCount()
        text = QLabel(short_label(MEASURE_BY_KEY[key]))
        text.setBuddy(widget)
        if isinstance(widget, ScaleRow):
            # Its end words hang below the buttons: line the label up with the buttons.
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignTop)
            text.setContentsMargins(0, 10, 0, 0)
        else:
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignLeft)
        # The message spans the whole row for room to breathe; right under the field it still
        # reads as belonging to it.
        grid.addWidget(self.message_for(key), row + 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)  # fields stay beside their labels, spare width goes right

    def message_for(self, key: str) -> QLabel:
        """A new, hidden problem message for the field `key`."""
        label = error_label()
        field = short_label(MEASURE_BY_KEY[key])
        label.setAccessibleName(translate("Checkin", "Problem with {field}").format(field=field))
        self.errors[key] = label
        return label
