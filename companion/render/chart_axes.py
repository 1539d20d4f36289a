"""A chart's frame: value axis, layout, night-to-x mapping, title, grid and date labels."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from companion.core.words import number_g
from companion.render.adherence_painter import strip_label_width
from companion.render.chart_colours import ChartColours
from companion.render.dates import axis_date

# One value per night, oldest first; None is "nothing logged", never zero.
Value = float | None


@dataclass(frozen=True)
class Axis:
    """The value range of a chart and where its grid lines go."""

    low: float
    high: float
    ticks: tuple[float, ...]
    unit: str = ""


def nice_axis(values: Sequence[Value], *, floor: float = 0.0, unit: str = "") -> Axis:
    """An axis from `floor` to a round number above the largest value (at least 10)."""
    top = max((v for v in values if v is not None), default=0.0)
    top = max(top, 10.0)
    step = 10 ** math.floor(math.log10(top / 4))
    for m in (1, 2, 2.5, 5, 10):
        if top / (step * m) <= 5:
            step *= m
            break
    high = math.ceil(top / step) * step
    count = round((high - floor) / step)
    return Axis(floor, high, tuple(floor + i * step for i in range(count + 1)), unit)


@dataclass(frozen=True)
class Layout:
    plot: QRectF
    title: QRectF
    outer: QRectF  # the whole chart: no label may leave it


@dataclass(frozen=True)
class Label:
    """One piece of axis text and the rect it is drawn in (value labels right-aligned)."""

    rect: QRectF
    text: str
    align: Qt.AlignmentFlag


def chart_layout(rect: QRectF, font: QFont) -> Layout:
    """Title line on top; below it half a line of room, so the top value label (centred on
    the top grid line) stays clear of the title; a line of date labels under the plot."""
    fm = QFontMetricsF(font)
    line = fm.height()
    # Wide enough for the routine strip's row names, so its cells line up with the charts.
    left = max(fm.horizontalAdvance("1000") + 10, strip_label_width(fm) + 16)
    title = QRectF(rect.left() + 2, rect.top(), rect.width() - 4, line + 2)
    top = title.bottom() + line / 2 + 4
    bottom = rect.bottom() - line - 6  # room for the date labels
    plot = QRectF(
        rect.left() + left,
        top,
        max(rect.width() - left - 8, 10),
        max(bottom - top, 10),
    )
    return Layout(plot, title, QRectF(rect))


def x_of(plot: QRectF, count: int, index: int) -> float:
    return plot.left() + (index + 0.5) * plot.width() / max(count, 1)


def index_at(plot: QRectF, count: int, x: float) -> int | None:
    if count == 0 or not plot.left() <= x <= plot.right():
        return None
    return min(count - 1, max(0, int((x - plot.left()) * count / plot.width())))


def y_of(plot: QRectF, axis: Axis, value: float) -> float:
    span = axis.high - axis.low or 1.0
    return plot.bottom() - (value - axis.low) / span * plot.height()


def _date_ticks(first: date, count: int) -> list[tuple[int, str]]:
    """(index, label) for the x axis: weeks, months or years, depending on the span."""
    ticks: list[tuple[int, str]] = []
    for i in range(count):
        day = first + timedelta(days=i)
        if count <= 45:
            if day.weekday() == 0:
                ticks.append((i, axis_date(day, "d MMM")))
        elif count <= 200:
            if day.day == 1:
                ticks.append((i, axis_date(day, "MMM")))
        elif count <= 800:
            if day.day == 1 and day.month in (1, 4, 7, 10):
                ticks.append(
                    (i, axis_date(day, "MMM yyyy" if day.month == 1 or not ticks else "MMM"))
                )
        elif day.day == 1 and day.month == 1:
            ticks.append((i, f"{day.year}"))
    return ticks


def frame_labels(
    layout: Layout, fm: QFontMetricsF, first: date | None, count: int, axis: Axis
) -> list[Label]:
    """Where each value and date label goes: inside `layout.outer`, none overlapping.

    A date label that would overlap the one before it, or run past the chart's right edge,
    is left out (the grid still shows the week or month)."""
    plot, outer = layout.plot, layout.outer
    labels: list[Label] = []
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for tick in axis.ticks:
        y = y_of(plot, axis, tick)
        left = max(outer.left(), plot.left() - 60)
        rect = QRectF(left, y - fm.height() / 2, plot.left() - 4 - left, fm.height())
        labels.append(Label(rect, number_g(tick), right))
    if first is None or count == 0:
        return labels
    last_right = -1e9
    top = plot.bottom() + 3
    for index, text in _date_ticks(first, count):
        x = x_of(plot, count, index) + 2
        width = fm.horizontalAdvance(text) + 2
        if x < last_right or x + width > outer.right():
            continue
        labels.append(Label(QRectF(x, top, width, fm.height()), text, Qt.AlignmentFlag.AlignLeft))
        last_right = x + width + 6
    return labels


def paint_frame(
    painter: QPainter,
    layout: Layout,
    first: date | None,
    count: int,
    axis: Axis,
    title: str,
    colours: ChartColours,
) -> None:
    """Title, horizontal grid with value labels, date labels under the plot."""
    plot = layout.plot
    fm = QFontMetricsF(painter.font())
    painter.setPen(colours.text)
    title_font = QFont(painter.font())
    title_font.setBold(True)
    painter.save()
    painter.setFont(title_font)
    painter.drawText(
        layout.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
    )
    painter.restore()
    grid = QPen(colours.grid)
    grid.setWidthF(1.0)
    painter.setPen(grid)
    for tick in axis.ticks:
        y = y_of(plot, axis, tick)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    for label in frame_labels(layout, fm, first, count, axis):
        if label.align & Qt.AlignmentFlag.AlignLeft:  # a date: a tick mark at its night
            x = label.rect.left() - 2
            painter.setPen(grid)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        painter.setPen(colours.muted)
        painter.drawText(label.rect, label.align, label.text)
