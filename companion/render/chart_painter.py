"""Painting one trend chart (nightly values, average line, hover) with QPainter on any device.

QtGui only — no widgets — so the PDF report (`render/report.py`) draws exactly the same
charts as the journal window without a QApplication. Everything here takes plain data:
one value (or None, "nothing logged") per night, oldest first, nights consecutive.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from companion.core.words import translate
from companion.render.chart_axes import Axis, Layout, Value, chart_layout, paint_frame, x_of, y_of
from companion.render.chart_colours import ChartColours


def rolling_mean(values: Sequence[Value], window: int = 7, minimum: int = 4) -> list[Value]:
    """Mean of the last `window` nights' known values; None where fewer than `minimum` known."""
    result: list[Value] = []
    total = 0.0
    known = 0
    for i, v in enumerate(values):
        if v is not None:
            total += v
            known += 1
        if i >= window:
            old = values[i - window]
            if old is not None:
                total -= old
                known -= 1
        result.append(total / known if known >= minimum else None)
    return result


def _envelope(run: list[QPointF]) -> list[QPointF]:
    """More nights than pixels: per pixel column, its lowest and highest point only.

    Looks the same as the full zigzag and keeps the stroker fast (a 3,650-point zigzag
    takes seconds to antialias at 200 %)."""
    out: list[QPointF] = []
    column: int | None = None
    low = high = run[0]
    for p in run:
        x = int(p.x())
        if x != column:
            if column is not None:
                out.extend((low, high) if low.y() >= high.y() else (high, low))
            column, low, high = x, p, p
        elif p.y() > low.y():
            low = p
        elif p.y() < high.y():
            high = p
    out.extend((low, high) if low.y() >= high.y() else (high, low))
    return out


def _segments(plot: QRectF, axis: Axis, values: Sequence[Value]) -> list[list[QPointF]]:
    """Runs of consecutive known values as point lists; a None breaks the line."""
    runs: list[list[QPointF]] = []
    current: list[QPointF] = []
    count = len(values)
    for i, v in enumerate(values):
        if v is None:
            if current:
                runs.append(current)
                current = []
            continue
        current.append(QPointF(x_of(plot, count, i), y_of(plot, axis, v)))
    if current:
        runs.append(current)
    return runs


def paint_series(
    painter: QPainter,
    rect: QRectF,
    values: Sequence[Value],
    *,
    first: date | None,
    axis: Axis,
    title: str,
    colours: ChartColours,
    average: Sequence[Value] | None = None,
    hover: int | None = None,
    empty_text: str | None = None,
) -> Layout:
    """One chart: nightly values (dots joined where nights are consecutive), an optional
    average line, and a hover marker. Returns the layout (for mapping the mouse)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    layout = chart_layout(rect, painter.font())
    plot = layout.plot
    count = len(values)
    paint_frame(painter, layout, first, count, axis, title, colours)
    if all(v is None for v in values):
        painter.setPen(colours.muted)
        if empty_text is None:
            empty_text = translate("Charts", "Nothing logged in this period")
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return layout
    dense = count > 0 and plot.width() / count < 4
    faint = QColor(colours.line)
    if average is not None:
        faint.setAlphaF(0.55)
    pen = QPen(faint)
    pen.setWidthF(1.0 if dense else 1.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for run in _segments(plot, axis, values):
        if len(run) > 1:
            if dense:
                # Each pixel column as one vertical line from its lowest to highest night:
                # separate short lines stroke fast, where a zigzag polyline of thousands of
                # points takes seconds to antialias at 200 %.
                env = _envelope(run)
                painter.drawLines(env if len(env) % 2 == 0 else env[:-1])
            else:
                painter.drawPolyline(run)
    if not dense:
        painter.setBrush(faint)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = 2.6 if plot.width() / max(count, 1) > 8 else 1.8
        for run in _segments(plot, axis, values):
            for p in run:
                painter.drawEllipse(p, radius, radius)
    else:
        # Lone nights between gaps would vanish in a dense chart: give them a dot.
        painter.setBrush(faint)
        painter.setPen(Qt.PenStyle.NoPen)
        for run in _segments(plot, axis, values):
            if len(run) == 1:
                painter.drawEllipse(run[0], 1.5, 1.5)
    if average is not None:
        avg_pen = QPen(colours.average)
        avg_pen.setWidthF(2.5)
        avg_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        avg_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(avg_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for run in _segments(plot, axis, average):
            if len(run) > 1:
                painter.drawPolyline(run)
    if hover is not None and 0 <= hover < count:
        x = x_of(plot, count, hover)
        marker = QPen(colours.highlight)
        marker.setWidthF(1.0)
        marker.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(marker)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        value = values[hover]
        if value is not None:
            painter.setPen(QPen(colours.background, 2))
            painter.setBrush(colours.line)
            painter.drawEllipse(QPointF(x, y_of(plot, axis, value)), 4.5, 4.5)
    painter.restore()
    return layout


def legend_width(fm: QFontMetricsF, with_average: bool) -> float:
    """How wide `paint_legend_line` draws, so a caller can keep it inside the chart."""
    each_night = 22 + fm.horizontalAdvance(translate("Charts", "each night"))
    if not with_average:
        return each_night
    return each_night + 16 + 22 + fm.horizontalAdvance(translate("Charts", "7-night average"))


def paint_legend_line(
    painter: QPainter, at: QPointF, colours: ChartColours, with_average: bool
) -> None:
    """A small key: 'each night' dot-line, '7-night average' bold line."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fm = QFontMetricsF(painter.font())
    x, y = at.x(), at.y()
    faint = QColor(colours.line)
    if with_average:
        faint.setAlphaF(0.55)
    painter.setPen(QPen(faint, 1.5))
    painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
    painter.setPen(colours.muted)
    each_night = translate("Charts", "each night")
    painter.drawText(QPointF(x + 22, y + fm.ascent() / 2 - 1), each_night)
    if with_average:
        x += 26 + fm.horizontalAdvance(each_night) + 12
        painter.setPen(QPen(colours.average, 2.5))
        painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
        painter.setPen(colours.muted)
        painter.drawText(
            QPointF(x + 22, y + fm.ascent() / 2 - 1), translate("Charts", "7-night average")
        )
    painter.restore()
