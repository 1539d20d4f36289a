"""Keep a window on its screen: never larger than the free area, never opened off it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(window: QWidget) -> QRect:
    """The screen's free area (without panels and docks) the window is on, or the primary's."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink the window to fit `area` (default: its screen's available geometry) with its
    frame, and move it inside; a window never placed by hand is centred.

    Only shrinks: a window smaller than the area keeps its size. Its minimum size gives way
    too, so a long form scrolls instead of falling off the screen.
    """
    area = area if area is not None else available_area(window)
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        # What show() does, once the sizes the style sheet gave have reached every layout.
        # (Not adjustSize(): it stops a window at two thirds of the screen, for no reason of ours.)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        hint = window.sizeHint().expandedTo(window.minimumSizeHint())
        window.resize(hint.expandedTo(window.minimumSize()).boundedTo(window.maximumSize()))
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    room = QSize(area.width() - extra.width(), area.height() - extra.height())
    minimum = window.minimumSize()
    window.setMinimumSize(minimum.boundedTo(room))
    size = window.size().boundedTo(room)
    if size != window.size():
        window.resize(size)
    outer = QSize(size.width() + extra.width(), size.height() + extra.height())
    if window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        left = min(max(frame.left(), area.left()), area.right() + 1 - outer.width())
        top = min(max(frame.top(), area.top()), area.bottom() + 1 - outer.height())
    else:
        left = area.left() + (area.width() - outer.width()) // 2
        top = area.top() + (area.height() - outer.height()) // 2
    if QPoint(left, top) != frame.topLeft():
        window.move(left, top)


class _FitOnFirstShow(QObject):
    """Fits its window once, the first time it is shown (later sizes are the user's)."""

    def __init__(self, window: QWidget, area: QRect | None) -> None:
        super().__init__(window)
        self._area = area
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            fit_to_screen(watched, self._area)
            self.deleteLater()
        return False


def fit_on_first_show(window: QWidget, area: QRect | None = None) -> None:
    """Call once after building a top-level window: when it first shows, `fit_to_screen`."""
    _FitOnFirstShow(window, area)
