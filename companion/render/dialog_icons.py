"""Our line icons for message boxes (information, warning, error, question), tinted by the caller.

One stroke weight, round caps, drawn on a 24-unit grid like the rest of our icons; the colour
comes from the text role of the palette in effect, so they sit quietly on the evening palette.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

DialogIcon = Literal["information", "warning", "error", "question"]
SIZES = (16, 24, 32, 48, 64, 96, 128)  # pixels: every size a dialog asks for, at 100–200 %
STROKE = 1.8  # in grid units (a 24-unit square)


def dialog_icon(kind: DialogIcon, ink: QColor) -> QIcon:
    """The icon at every size a dialog may ask for."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(dialog_pixmap(kind, ink, size))
    return icon


def dialog_pixmap(kind: DialogIcon, ink: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(size / 24, size / 24)
    pen = QPen(ink, STROKE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _OUTLINES[kind](painter)
    painter.end()
    return pixmap


def _ink(painter: QPainter) -> QColor:
    return painter.pen().color()


def _information(painter: QPainter) -> None:
    ink = _ink(painter)
    painter.drawEllipse(QRectF(2.5, 2.5, 19, 19))
    painter.drawLine(QPointF(12, 11), QPointF(12, 17))
    _fill_dot(painter, ink, 12, 7.5)


def _warning(painter: QPainter) -> None:
    ink = _ink(painter)
    path = QPainterPath(QPointF(12, 3))
    path.lineTo(QPointF(21.5, 20))
    path.lineTo(QPointF(2.5, 20))
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawLine(QPointF(12, 9), QPointF(12, 14))
    _fill_dot(painter, ink, 12, 17)


def _error(painter: QPainter) -> None:
    painter.drawEllipse(QRectF(2.5, 2.5, 19, 19))
    painter.drawLine(QPointF(8.5, 8.5), QPointF(15.5, 15.5))
    painter.drawLine(QPointF(15.5, 8.5), QPointF(8.5, 15.5))


def _question(painter: QPainter) -> None:
    ink = _ink(painter)
    painter.drawEllipse(QRectF(2.5, 2.5, 19, 19))
    path = QPainterPath(QPointF(9.2, 9.5))
    path.cubicTo(QPointF(9.2, 6.2), QPointF(14.8, 6.2), QPointF(14.8, 9.5))
    path.cubicTo(QPointF(14.8, 11.6), QPointF(12, 11.8), QPointF(12, 14))
    painter.drawPath(path)
    _fill_dot(painter, ink, 12, 17)


def _fill_dot(painter: QPainter, ink: QColor, x: float, y: float) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawEllipse(QPointF(x, y), 1.25, 1.25)
    painter.restore()


_OUTLINES = {
    "information": _information,
    "warning": _warning,
    "error": _error,
    "question": _question,
}
