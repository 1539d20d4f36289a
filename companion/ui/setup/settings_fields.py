"""Form pieces shared by the settings sections: error lines under fields, spin boxes, hints."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from companion.core.words import translate
from companion.ui.theme import colour, is_dark


class FieldErrors:
    """One message line under each checked field, keyed by the settings field it explains."""

    def __init__(self, window: QWidget) -> None:
        self._window = window  # whose palette (day or night) the messages are coloured for
        self.labels: dict[str, QLabel] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """The field with a message line under it, empty until the value is wrong."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet(
            f"color: {colour('error', is_dark(self._window)).name()}; font-weight: 600;"
        )
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.labels[field] = error
        return holder

    def clear(self) -> None:
        for label in self.labels.values():
            label.hide()

    def show(self, field: str, message: str) -> None:
        """Explain `field` (a settings path such as "stretch.hold_seconds": its top key)."""
        label = self.labels.get(field.split(".")[0])
        if label is not None:
            label.setText(_sentence(message))
            label.show()


def spin_box(limits: tuple[int, int], value: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*limits)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


def minutes_suffix() -> str:
    """What follows a number of minutes in a spin box."""
    return translate("Settings", " min", "after a number of minutes in a field")


def seconds_suffix() -> str:
    """What follows a number of seconds in a spin box."""
    return translate("Settings", " s", "after a number of seconds in a field")


def day_name(weekday: int, short: bool = False) -> str:
    """Monday (0) … Sunday (6) as the user's locale writes it ("Mon" when `short`)."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, form)


def row_widget(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setEnabled(False)  # muted colour
    return label


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def set_label_buddy(form: QFormLayout, field: QWidget, buddy: QWidget) -> None:
    """Make the form's label of `field` (a holder) the buddy of `buddy` inside it: on Linux a
    combo box is named only by a label, and addRow set the holder as the buddy."""
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setBuddy(buddy)
