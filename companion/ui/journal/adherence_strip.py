"""The routine strip widget: magnesium, stretches and lights done each night."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.render.adherence_painter import paint_adherence, strip_label
from companion.render.chart_axes import index_at
from companion.render.chart_colours import ChartColours, chart_colours
from companion.ui.theme import is_dark

__all__ = ["AdherenceStrip", "dense_states", "night_step_text", "strip_label"]

# The hover line's words for one step on one night: whole phrases, so each language can put the
# step's name in its own case and place (German "Magnesium erledigt", never a lowercased label).
_NIGHT_STEP_TEXTS: dict[tuple[str, bool | None], str] = {
    ("magnesium", True): QT_TRANSLATE_NOOP("Journal", "magnesium done"),
    ("magnesium", False): QT_TRANSLATE_NOOP("Journal", "magnesium not done"),
    ("magnesium", None): QT_TRANSLATE_NOOP("Journal", "magnesium not recorded"),
    ("stretch", True): QT_TRANSLATE_NOOP("Journal", "stretches done"),
    ("stretch", False): QT_TRANSLATE_NOOP("Journal", "stretches not done"),
    ("stretch", None): QT_TRANSLATE_NOOP("Journal", "stretches not recorded"),
    ("lights", True): QT_TRANSLATE_NOOP("Journal", "lights done"),
    ("lights", False): QT_TRANSLATE_NOOP("Journal", "lights not done"),
    ("lights", None): QT_TRANSLATE_NOOP("Journal", "lights not recorded"),
}


def night_step_text(step: str, state: bool | None) -> str:
    """'magnesium done': how one routine step went on one night, in the hover line."""
    return translate("Journal", _NIGHT_STEP_TEXTS[(step, state)])


def dense_states(
    points: Sequence[tuple[date, bool | None]], first: date, last: date
) -> list[bool | None]:
    count = (last - first).days + 1
    states: list[bool | None] = [None] * max(count, 0)
    for day, state in points:
        i = (day - first).days
        if 0 <= i < count:
            states[i] = state
    return states


class AdherenceStrip(QWidget):
    """Magnesium, stretches and lights, one row each, lined up with the charts above."""

    hovered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, list[bool | None]]] = []
        self.plot_left: float | None = None
        self.hover: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Journal", "Routine done each night"))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(640, int(line * 1.5 * 3 + 2 * line + 12))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_rows(self, rows: Sequence[tuple[str, Sequence[bool | None]]]) -> None:
        self.rows = [(label, list(cells)) for label, cells in rows]
        self.update()

    def set_hover(self, index: int | None) -> None:
        if index != self.hover:
            self.hover = index
            self.update()

    def _cells_rect(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(self.rect()).adjusted(4, line + 8, -4, -line - 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = chart_colours(is_dark(self))
        painter.fillRect(self.rect(), colours.background)
        line = painter.fontMetrics().height()
        font = painter.font()
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        painter.setPen(colours.text)
        title = translate("Journal", "Routine each evening")
        painter.drawText(QPointF(6, 4 + painter.fontMetrics().ascent()), title)
        painter.restore()
        self._paint_key(painter, colours, line)
        paint_adherence(
            painter,
            self._cells_rect(),
            self.rows,
            colours=colours,
            plot_left=self.plot_left,
            hover=self.hover,
        )
        painter.end()

    def _paint_key(self, painter: QPainter, colours: ChartColours, line: float) -> None:
        fm = painter.fontMetrics()
        y = self.height() - line - 2
        x = self.plot_left if self.plot_left is not None else 90.0
        done = translate("Journal", "done", "a routine step")
        not_done = translate("Journal", "not done", "a routine step")
        for colour, text in ((colours.done, done), (colours.not_done, not_done)):
            painter.fillRect(QRectF(x, y + 3, 10, line - 6), colour)
            painter.setPen(colours.muted)
            painter.drawText(QPointF(x + 14, y + fm.ascent()), text)
            x += 14 + fm.horizontalAdvance(text) + 16
        painter.drawText(
            QPointF(x, y + fm.ascent()), translate("Journal", "blank: nothing recorded")
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        count = len(self.rows[0][1]) if self.rows else 0
        left = self.plot_left if self.plot_left is not None else 90.0
        area = QRectF(left, 0, max(self.width() - 12 - left, 10), self.height())
        self.hovered.emit(index_at(area, count, event.position().x()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(None)
        super().leaveEvent(event)
