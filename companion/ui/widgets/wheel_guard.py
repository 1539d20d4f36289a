"""The wheel changes a spin box, combo box or slider only once the user has focused it.

Scrolling a long form passes the pointer over many fields; without this, each one it crosses
takes the wheel and silently changes a stored answer. An unfocused field hands the wheel on to
the form, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # ignored, so the wheel goes on to the scroll area around the field
            return True
        return False


_GUARD: _WheelGuard | None = None


def guard_wheel(field: QWidget) -> None:
    """Let the wheel change `field` only while it has the keyboard focus."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    # Qt's default for these is WheelFocus: the wheel would grab the focus and then change it.
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    field.removeEventFilter(_GUARD)
    field.installEventFilter(_GUARD)


def guard_wheels_in(root: QWidget) -> None:
    """Guard every spin box, combo box and slider inside `root` (call when the form is built)."""
    for kind in GUARDED:
        for field in root.findChildren(kind):
            guard_wheel(field)
