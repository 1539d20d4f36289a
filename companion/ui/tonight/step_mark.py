"""The small mark before each step of the Tonight timeline: done, missed, now, still to come."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.ui.theme import colour, is_dark

# How each step status is drawn; a status not listed is drawn as still to come.
DONE = frozenset({"done"})
PARTIAL = frozenset({"partial"})
LEFT_OUT = frozenset({"skipped"})
MISSED = frozenset({"missed"})
NOW = frozenset({"due", "late", "open"})
# Spoken for screen readers, and shown as the mark's tooltip.
MARK_WORDS = {
    "done": QT_TRANSLATE_NOOP("Tonight", "done"),
    "partial": QT_TRANSLATE_NOOP("Tonight", "partly done"),
    "skipped": QT_TRANSLATE_NOOP("Tonight", "skipped"),
    "missed": QT_TRANSLATE_NOOP("Tonight", "missed"),
    "now": QT_TRANSLATE_NOOP("Tonight", "now"),
    "later": QT_TRANSLATE_NOOP("Tonight", "still to come"),
}


def mark_for(status: str) -> str:
    """Which of the marks (MARK_WORDS' keys) a step status gets."""
    for statuses, mark in (
        (DONE, "done"),
        (PARTIAL, "partial"),
        (LEFT_OUT, "skipped"),
        (MISSED, "missed"),
        (NOW, "now"),
    ):
        if status in statuses:
            return mark
    return "later"


class StepMark(QWidget):
    """A filled disc with a tick for done, a hollow struck ring for missed, and so on."""

    def __init__(self, mark: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = mark if mark in MARK_WORDS else "later"
        words = translate("Tonight", MARK_WORDS[self.mark])
        self.setAccessibleName(words)
        self.setToolTip(words[:1].upper() + words[1:])

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height()  # grows with the text at 200 % and with big fonts
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = is_dark(self)
        side = min(self.width(), self.height())
        stroke = max(1.5, side / 9)
        box = QRectF(0, 0, side, side).adjusted(stroke, stroke, -stroke, -stroke)
        box.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QPen(colour("muted", dark), stroke)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.mark in ("done", "partial"):
            painter.setPen(QPen(colour("positive", dark), stroke))
            painter.setBrush(colour("positive", dark))
            if self.mark == "done":
                painter.drawEllipse(box)
            else:  # the left half filled: begun, not finished
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(box)
                painter.setBrush(colour("positive", dark))
                painter.drawPie(box, 90 * 16, 180 * 16)
            tick = QPen(colour("accent_text", dark), stroke * 1.2)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if self.mark == "done":
                painter.setPen(tick)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                path = QPainterPath(_at(box, 0.28, 0.52))
                path.lineTo(_at(box, 0.44, 0.68))
                path.lineTo(_at(box, 0.73, 0.34))
                painter.drawPath(path)
        elif self.mark == "now":
            painter.setPen(QPen(colour("accent", dark), stroke))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
            painter.setBrush(colour("accent", dark))
            painter.drawEllipse(box.center(), box.width() / 4, box.height() / 4)
        else:
            ring = QPen(line)
            if self.mark == "missed":
                ring.setStyle(Qt.PenStyle.DotLine)
            elif self.mark == "later":
                ring.setWidthF(stroke * 0.7)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
            painter.setPen(line)
            if self.mark == "missed":  # struck through: it did not happen
                painter.drawLine(_at(box, 0.2, 0.8), _at(box, 0.8, 0.2))
            elif self.mark == "skipped":  # a dash: left out on purpose
                painter.drawLine(_at(box, 0.3, 0.5), _at(box, 0.7, 0.5))
        painter.end()


def _at(box: QRectF, fx: float, fy: float) -> QPointF:
    return QPointF(box.left() + fx * box.width(), box.top() + fy * box.height())
