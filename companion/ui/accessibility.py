"""How our windows present themselves to screen readers: plain-widget windows as frames.

Qt gives a top-level plain QWidget (or QFrame) the accessible role Client (AT-SPI "filler")
or Border, and a screen reader then does not announce it as a window at all. Only QMainWindow
and QDialog get a window role from Qt. Rather than turn every window into a QMainWindow, one
accessibility factory gives those windows the Window role (AT-SPI "frame"); everything else
keeps Qt's own interface.
"""

from __future__ import annotations

import atexit
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

if TYPE_CHECKING:  # the widget classes load when a screen reader first asks (never, for most)
    from PySide6.QtWidgets import QWidget

_installed = False
# The interfaces made here are Python objects that Qt's accessibility cache also holds. Qt
# deletes one when its window goes; those still alive at exit must be handed back to Qt before
# Python's clean-up deletes them too (a double free: a crash on quitting).
_made: list[QAccessibleInterface] = []


def install_window_roles() -> None:
    """Install the factory once per process, before its first window is shown (`present`, a
    card, a message): an idle tray shows none and loads none of this (~0.1 MB)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_window_interface)
        atexit.register(_release_interfaces)
        _installed = True


def _window_interface(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    from PySide6.QtWidgets import QAccessibleWidget, QWidget

    if not isinstance(obj, QWidget) or not _is_plain_window(obj):
        return None
    _made[:] = [iface for iface in _made if shiboken6.isValid(iface)]  # drop closed windows
    iface = QAccessibleWidget(obj, QAccessible.Role.Window)
    _made.append(iface)
    return iface


def _release_interfaces() -> None:
    for iface in _made:
        if shiboken6.isValid(iface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
    _made.clear()


def _is_plain_window(widget: QWidget) -> bool:
    """A top-level window whose nearest Qt class is QWidget or QFrame (no richer interface of
    Qt's own would be replaced)."""
    # Imported here: start-up installs the factory before the tray icon, and building PySide's
    # Qt namespace then would cost ~12 ms (tests/app checks what loads before the icon).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QWidget

    # The window types a person sees as a window of its own (cards are Tool windows); popups,
    # tooltips and menus are Qt's business and keep their roles.
    if not widget.isWindow() or widget.windowType() not in (
        Qt.WindowType.Window,
        Qt.WindowType.Tool,
    ):
        return False
    qt_class = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
    return qt_class in (QWidget, QFrame)
