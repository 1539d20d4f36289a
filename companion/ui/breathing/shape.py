"""The breathing shape: a soft disc that grows with the in-breath and shrinks with the out-breath,
inside a faint ring that marks a full breath."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.words import translate
from companion.ui.breathing.style import (
    GUIDE_RING_WIDTH,
    SHAPE_FILL_ALPHA,
    SHAPE_RIM_WIDTH,
    SHAPE_SHARE,
    SMALLEST_SHAPE,
    colour,
)


class BreathShape(QWidget):
    """Draws the breath at `size` (0 empty … 1 full). A change repaints only the disc's square,
    never the whole window: the animation stays cheap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints its whole background
        self.setAccessibleName(translate("Breathing", "Breathing guide"))

    @property
    def breath_size(self) -> float:
        return self._size

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 160)

    def full_radius(self) -> float:
        return min(self.width(), self.height()) / 2 * SHAPE_SHARE

    def radius_at(self, size: float) -> float:
        full = self.full_radius()
        return full * (SMALLEST_SHAPE + (1 - SMALLEST_SHAPE) * size)

    def disc_rect(self, size: float) -> QRect:
        """The square the disc of `size` covers, with room for its rim's antialiasing."""
        r = self.radius_at(size) + SHAPE_RIM_WIDTH + 2
        c = QPointF(self.width() / 2, self.height() / 2)
        return QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r).toAlignedRect()

    def set_breath_size(self, size: float) -> None:
        size = min(max(size, 0.0), 1.0)
        if abs(size - self._size) < 1e-4:
            return
        dirty = self.disc_rect(max(size, self._size))  # the larger disc holds both
        self._size = size
        self.update(dirty)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), colour("window"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(QPen(colour("line"), GUIDE_RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        full = self.full_radius()
        painter.drawEllipse(centre, full, full)
        fill = colour("accent")
        fill.setAlphaF(SHAPE_FILL_ALPHA)
        painter.setBrush(fill)
        painter.setPen(QPen(colour("accent"), SHAPE_RIM_WIDTH))
        radius = self.radius_at(self._size)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
