"""Checks that a window fits its screen and cuts no text, for any window's tests to reuse.

`SCREEN_AREA` is what a 1280×720 screen leaves below a 32 px panel (and what 2560×1440 at
200 % leaves, in device-independent pixels). `screen_config` writes the offscreen platform's
screen file for it, so a child process can open windows on exactly that screen.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTabBar, QWidget

PANEL = 32
SCREEN_AREA = QRect(0, PANEL, 1280, 720 - PANEL)


def screen_config(folder: Path, area: QRect, scale: int) -> str:
    """QT_QPA_PLATFORM for an offscreen screen whose free area is `area` at `scale`."""
    screen = {
        "name": "fit",
        "x": area.x(),  # Qt keeps a screen's origin unscaled
        "y": area.y(),
        "width": area.width() * scale,
        "height": area.height() * scale,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [screen]}))
    return f"offscreen:configfile={path}"


def frame_problems(window: QWidget, area: QRect) -> list[str]:
    """Where the window with its frame leaves the area (empty when it fits)."""
    frame = window.frameGeometry()
    if area.contains(frame):
        return []
    return [f"frame {frame.getRect()} is not inside {area.getRect()}"]


def _scroll_ancestor(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def hidden_buttons(window: QWidget, buttons: Iterable[QWidget]) -> list[str]:
    """Buttons that are not shown whole inside the window, or that live in a scroll area
    (where scrolling could take them out of view)."""
    problems = []
    for button in buttons:
        name = button.text() if isinstance(button, QAbstractButton) else button.objectName()
        if not button.isVisible():
            problems.append(f"{name!r} is hidden")
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        if not window.rect().contains(QRect(top_left, button.size())):
            problems.append(f"{name!r} at {top_left.toTuple()} is outside {window.size()}")
        if _scroll_ancestor(button, window) is not None:
            problems.append(f"{name!r} scrolls with the form")
    return problems


def _visible_width(widget: QWidget, window: QWidget) -> int:
    """How much of the widget's width is on show: a scroll area never scrolls sideways here,
    so what sticks out past its viewport (or past the window) is cut."""
    scroll = _scroll_ancestor(widget, window)
    clip = window if scroll is None else scroll.viewport()
    left = widget.mapTo(clip, QPoint(0, 0)).x()
    return min(widget.width(), clip.width() - left)


def cut_texts(window: QWidget) -> list[str]:
    """Every visible label, button, check box and tab whose text does not fit its space."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.tabSizeHint(i).width():
                    problems.append(f"tab {widget.tabText(i)!r} is elided")
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            wraps = widget.wordWrap()
        elif isinstance(widget, QAbstractButton):
            text, wraps = widget.text(), False
        else:
            continue
        if not text.strip():
            continue
        if wraps:
            needed_h = widget.heightForWidth(widget.width())
            if needed_h > widget.height():
                problems.append(f"{text[:40]!r}: {widget.height()} px tall, needs {needed_h}")
            continue
        needed = widget.sizeHint().width()
        shown = _visible_width(widget, window)
        if shown < needed:
            problems.append(f"{text[:40]!r}: {shown} px shown, needs {needed}")
    return problems
