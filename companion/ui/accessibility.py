"""How our windows present themselves to screen readers: plain-widget windows as frames.

Qt gives a top-level plain QWidget (or QFrame) the accessible role Client (AT-SPI "filler")
or Border, and a screen reader then does not announce it as a window at all. Only QMainWindow
and QDialog get a window role from Qt. Rather than turn every window into a QMainWindow, one
accessibility factory gives those windows the Window role (AT-SPI "frame"); everything else
keeps Qt's own interface.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QFrame, QWidget

# The window types a person sees as a window of its own (cards are Tool windows); popups,
# tooltips and menus are Qt's business and keep their roles.
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Tool)
_installed = False


def install_window_roles() -> None:
    """Install the factory once per process (before or after the first window exists)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_window_interface)
        _installed = True


def _window_interface(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget) or not _is_plain_window(obj):
        return None
    return QAccessibleWidget(obj, QAccessible.Role.Window)


def _is_plain_window(widget: QWidget) -> bool:
    """A top-level window whose nearest Qt class is QWidget or QFrame (no richer interface of
    Qt's own would be replaced)."""
    if not widget.isWindow() or widget.windowType() not in _WINDOW_TYPES:
        return False
    qt_class = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
    return qt_class in (QWidget, QFrame)
