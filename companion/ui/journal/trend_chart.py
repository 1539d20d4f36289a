"""One trend chart widget: a measure over consecutive nights, with hover and arrow keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.treatment_markers import MarkerKind
from companion.core.words import QT_TRANSLATE_NOOP, decimal, translate
from companion.render.chart_axes import Axis, Layout, chart_layout, index_at, nice_axis, x_of
from companion.render.chart_colours import ChartColours, chart_colours
from companion.render.chart_painter import (
    legend_width,
    paint_legend_line,
    paint_series,
    rolling_mean,
)
from companion.ui.theme import colour, is_dark

Point = tuple[date, float | None]


@dataclass(frozen=True)
class SeriesSpec:
    key: str
    title: str  # marked in "Journal": `shown_title` translates it
    unit: str  # the same
    axis: Axis | None  # None: fitted to the data
    with_average: bool = False
    decimals: int = 0

    def shown_title(self) -> str:
        return translate("Journal", self.title)

    def shown_unit(self) -> str:
        return translate("Journal", self.unit) if self.unit else ""


SERIES: tuple[SeriesSpec, ...] = (
    SeriesSpec(
        "rls_intensity",
        QT_TRANSLATE_NOOP("Journal", "Restless legs (0 none … 10 worst)"),
        "",
        Axis(0, 10, (0, 2, 4, 6, 8, 10)),
        with_average=True,
    ),
    SeriesSpec(
        "quality",
        QT_TRANSLATE_NOOP("Journal", "Sleep quality (1 very poor … 5 very good)"),
        "",
        Axis(1, 5, (1, 2, 3, 4, 5)),
    ),
    SeriesSpec(
        "sleep_efficiency_pct",
        QT_TRANSLATE_NOOP("Journal", "Sleep efficiency (%)"),
        QT_TRANSLATE_NOOP("Journal", " %"),
        Axis(0, 100, (0, 25, 50, 75, 100)),
        decimals=1,
    ),
    SeriesSpec(
        "sleep_onset_min",
        QT_TRANSLATE_NOOP("Journal", "Time to fall asleep (minutes)"),
        QT_TRANSLATE_NOOP("Journal", " min"),
        None,
    ),
)


def dense_values(points: Sequence[Point], first: date, last: date) -> list[float | None]:
    """One value per night from `first` to `last`; nights without a value are None."""
    count = (last - first).days + 1
    values: list[float | None] = [None] * max(count, 0)
    for day, value in points:
        i = (day - first).days
        if 0 <= i < count and value is not None:
            values[i] = float(value)
    return values


def format_number(value: float | None, spec: SeriesSpec) -> str:
    if value is None:
        return "—"
    return f"{decimal(value, spec.decimals)}{spec.shown_unit()}"


class TrendChart(QWidget):
    """One measure over consecutive nights; hover or arrow keys pick a night."""

    hovered = Signal(object)  # index into the nights, or None

    def __init__(self, spec: SeriesSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.first: date | None = None
        self.values: list[float | None] = []
        self.average: list[float | None] | None = None
        self.axis = spec.axis or nice_axis([], unit=spec.unit)
        self.hover: int | None = None
        self.marks: list[tuple[int, MarkerKind]] = []  # (night index, kind) of medicines, tests
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(spec.shown_title())

    def sizeHint(self) -> QSize:
        return QSize(640, 160)

    def set_values(self, first: date | None, values: Sequence[float | None]) -> None:
        self.first = first
        self.values = list(values)
        self.average = rolling_mean(self.values) if self.spec.with_average else None
        self.axis = self.spec.axis or nice_axis(self.values, unit=self.spec.unit)
        if self.hover is not None and self.hover >= len(self.values):
            self.hover = None
        self.update()

    def set_marks(self, marks: Sequence[tuple[int, MarkerKind]]) -> None:
        """Medicine changes and iron tests to mark, by night index (outside the range: left out)."""
        self.marks = [(i, kind) for i, kind in marks if 0 <= i < len(self.values)]
        self.update()

    def set_points(self, points: Sequence[Point]) -> None:
        """Plain data: (date, value or None) pairs, any order, gaps allowed."""
        days = [d for d, _ in points]
        if not days:
            self.set_values(None, [])
            return
        first, last = min(days), max(days)
        self.set_values(first, dense_values(points, first, last))

    def set_hover(self, index: int | None) -> None:
        if index != self.hover:
            self.hover = index
            self.update()

    def colours(self) -> ChartColours:
        return chart_colours(is_dark(self))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = self.colours()
        rect = QRectF(self.rect())
        painter.fillRect(rect, colours.background)
        inner = rect.adjusted(4, 4, -4, -4)
        layout = paint_series(
            painter,
            inner,
            self.values,
            first=self.first,
            axis=self.axis,
            title=self.spec.shown_title(),
            colours=colours,
            average=self.average,
            hover=self.hover,
        )
        self._paint_marks(painter, layout)
        if self.spec.with_average:
            fm = QFontMetricsF(painter.font())
            title_w = fm.horizontalAdvance(self.spec.shown_title()) * 1.1 + 24
            # Flush right, however long the translated words are; never over the title.
            x = max(layout.title.left() + title_w, inner.right() - legend_width(fm, True) - 4)
            paint_legend_line(painter, QPointF(x, layout.title.center().y()), colours, True)
        if self.hasFocus():
            pen = QPen(colours.average)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_marks(self, painter: QPainter, layout: Layout) -> None:
        """A line from top to bottom at each mark: a medicine in the accent with a triangle on
        top, an iron test in the muted colour with a dot, so both read without colour too."""
        dark = is_dark(self)
        plot = layout.plot
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for index, kind in self.marks:
            x = x_of(plot, len(self.values), index)
            tint = colour("accent" if kind == "medicine" else "muted", dark)
            pen = QPen(tint)
            pen.setWidthF(1.2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            top = plot.top()
            if kind == "medicine":
                painter.drawPolygon(
                    QPolygonF([QPointF(x - 5, top - 6), QPointF(x + 5, top - 6), QPointF(x, top)])
                )
            else:
                painter.drawEllipse(QPointF(x, top - 3), 3.5, 3.5)
        painter.restore()

    def plot_rect(self) -> QRectF:
        return chart_layout(QRectF(self.rect()).adjusted(4, 4, -4, -4), self.font()).plot

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = index_at(self.plot_rect(), len(self.values), event.position().x())
        self.hovered.emit(index)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(None)
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self.values)
        key = event.key()
        moves: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_PageUp: -7,
            Qt.Key.Key_PageDown: 7,
        }
        if count and key in moves:
            start = self.hover if self.hover is not None else count - 1
            self.hovered.emit(min(count - 1, max(0, start + moves[key])))
        elif count and key == Qt.Key.Key_Home:
            self.hovered.emit(0)
        elif count and key == Qt.Key.Key_End:
            self.hovered.emit(count - 1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
