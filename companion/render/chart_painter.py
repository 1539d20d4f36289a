"""Painting the journal's charts with QPainter on any paint device (widget, image, PDF).

QtGui only — no widgets — so the PDF report (`services/report.py`) draws exactly the same
charts as the journal window without a QApplication. Everything here takes plain data:
one value (or None, "nothing logged") per night, oldest first, nights consecutive.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

Value = float | None


@dataclass(frozen=True)
class ChartColours:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    line: QColor
    average: QColor
    highlight: QColor
    done: QColor
    not_done: QColor


def chart_colours(dark: bool) -> ChartColours:
    """Colours that read on the app's day and night palettes (and on paper: dark=False)."""
    if dark:
        return ChartColours(
            background=QColor("#262c3c"),
            text=QColor("#e9e4da"),
            muted=QColor("#a7a9b4"),
            grid=QColor("#3a4256"),
            line=QColor("#7fb3e0"),
            average=QColor("#e0a458"),
            highlight=QColor("#e9e4da"),
            done=QColor("#5fa8d3"),
            not_done=QColor("#4a5266"),
        )
    return ChartColours(
        background=QColor("#ffffff"),
        text=QColor("#23283a"),
        muted=QColor("#5f6577"),
        grid=QColor("#e4e0d8"),
        line=QColor("#3f78b5"),
        average=QColor("#b0620f"),
        highlight=QColor("#23283a"),
        done=QColor("#2f6fab"),
        not_done=QColor("#dcd7cd"),
    )


# --- the intensity scale (calendar tint, legend, PDF) ------------------------------------------

# Viridis, reversed: 0 (no symptoms) is pale yellow, 10 (worst) deep violet. Perceptually even
# and readable with every common colour-vision deficiency; darker simply means worse.
_RAMP = (
    (0.0, "#fde725"),
    (0.125, "#b5de2b"),
    (0.25, "#6ece58"),
    (0.375, "#35b779"),
    (0.5, "#1f9e89"),
    (0.625, "#26828e"),
    (0.75, "#31688e"),
    (0.875, "#3e4989"),
    (1.0, "#482878"),
)


def intensity_colour(value: float, top: float = 10.0) -> QColor:
    """The scale's colour for an RLS intensity (0 … `top`)."""
    t = min(max(value / top, 0.0), 1.0)
    for (t0, c0), (t1, c1) in itertools.pairwise(_RAMP):
        if t <= t1:
            f = 0.0 if t1 == t0 else (t - t0) / (t1 - t0)
            a, b = QColor(c0), QColor(c1)
            return QColor.fromRgbF(
                a.redF() + (b.redF() - a.redF()) * f,
                a.greenF() + (b.greenF() - a.greenF()) * f,
                a.blueF() + (b.blueF() - a.blueF()) * f,
            )
    return QColor(_RAMP[-1][1])


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever has the higher WCAG contrast with `background`."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return QColor("#000000") if on_black >= on_white else QColor("#ffffff")


def paint_intensity_legend(painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
    """A ramp 0 … 10 with its ends named, in `rect`."""
    painter.save()
    fm = QFontMetricsF(painter.font())
    label_w = max(fm.horizontalAdvance("0 none"), fm.horizontalAdvance("10 worst")) + 6
    ramp = QRectF(
        rect.left() + label_w, rect.top() + 2, rect.width() - 2 * label_w, rect.height() - 4
    )
    steps = 11
    for i in range(steps):
        cell = QRectF(
            ramp.left() + i * ramp.width() / steps,
            ramp.top(),
            ramp.width() / steps + 0.5,
            ramp.height(),
        )
        painter.fillRect(cell, intensity_colour(i))
    painter.setPen(colours.muted)
    painter.drawRect(ramp)
    painter.setPen(colours.text)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(
        QRectF(rect.left(), rect.top(), label_w - 4, rect.height()),
        flags | Qt.AlignmentFlag.AlignRight,
        "0 none",
    )
    painter.drawText(
        QRectF(ramp.right() + 4, rect.top(), label_w, rect.height()),
        flags | Qt.AlignmentFlag.AlignLeft,
        "10 worst",
    )
    painter.restore()


# --- series ------------------------------------------------------------------------------------


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


def chart_layout(rect: QRectF, font: QFont) -> Layout:
    fm = QFontMetricsF(font)
    line = fm.height()
    # Wide enough for the routine strip's row names, so its cells line up with the charts.
    left = max(fm.horizontalAdvance("1000") + 10, fm.horizontalAdvance("Magnesium") + 16)
    plot = QRectF(
        rect.left() + left,
        rect.top() + line + 6,
        max(rect.width() - left - 8, 10),
        max(rect.height() - 2 * line - 12, 10),
    )
    return Layout(plot, QRectF(rect.left() + 2, rect.top(), rect.width() - 4, line + 2))


def x_of(plot: QRectF, count: int, index: int) -> float:
    return plot.left() + (index + 0.5) * plot.width() / max(count, 1)


def index_at(plot: QRectF, count: int, x: float) -> int | None:
    if count == 0 or not plot.left() <= x <= plot.right():
        return None
    return min(count - 1, max(0, int((x - plot.left()) * count / plot.width())))


def _y_of(plot: QRectF, axis: Axis, value: float) -> float:
    span = axis.high - axis.low or 1.0
    return plot.bottom() - (value - axis.low) / span * plot.height()


def _date_ticks(first: date, count: int) -> list[tuple[int, str]]:
    """(index, label) for the x axis: weeks, months or years, depending on the span."""
    ticks: list[tuple[int, str]] = []
    for i in range(count):
        day = first + timedelta(days=i)
        if count <= 45:
            if day.weekday() == 0:
                ticks.append((i, f"{day.day} {day:%b}"))
        elif count <= 200:
            if day.day == 1:
                ticks.append((i, f"{day:%b}"))
        elif count <= 800:
            if day.day == 1 and day.month in (1, 4, 7, 10):
                ticks.append((i, f"{day:%b %Y}" if day.month == 1 or not ticks else f"{day:%b}"))
        elif day.day == 1 and day.month == 1:
            ticks.append((i, f"{day.year}"))
    return ticks


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
    for tick in axis.ticks:
        y = _y_of(plot, axis, tick)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.muted)
        label = f"{tick:g}"
        painter.drawText(
            QRectF(plot.left() - 60, y - fm.height() / 2, 56, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    if first is None or count == 0:
        return
    painter.setPen(colours.muted)
    last_right = -1e9
    for index, label in _date_ticks(first, count):
        x = x_of(plot, count, index)
        width = fm.horizontalAdvance(label)
        if x - 2 < last_right or x + width > plot.right() + 30:
            continue
        painter.setPen(grid)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        painter.setPen(colours.muted)
        painter.drawText(QPointF(x + 2, plot.bottom() + 3 + fm.ascent()), label)
        last_right = x + width + 8


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
        current.append(QPointF(x_of(plot, count, i), _y_of(plot, axis, v)))
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
    empty_text: str = "Nothing logged in this period",
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
            painter.drawEllipse(QPointF(x, _y_of(plot, axis, value)), 4.5, 4.5)
    painter.restore()
    return layout


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
    painter.drawText(QPointF(x + 22, y + fm.ascent() / 2 - 1), "each night")
    if with_average:
        x += 26 + fm.horizontalAdvance("each night") + 12
        painter.setPen(QPen(colours.average, 2.5))
        painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
        painter.setPen(colours.muted)
        painter.drawText(QPointF(x + 22, y + fm.ascent() / 2 - 1), "7-night average")
    painter.restore()


# --- the adherence strip ---------------------------------------------------------------------


def paint_adherence(
    painter: QPainter,
    rect: QRectF,
    rows: Sequence[tuple[str, Sequence[bool | None]]],
    *,
    colours: ChartColours,
    plot_left: float | None = None,
    hover: int | None = None,
) -> QRectF:
    """One row per routine step: a filled cell for done, a pale one for not done, nothing where
    nothing was recorded. `plot_left` lines the cells up with the charts above. Returns the
    area of the cells."""
    painter.save()
    fm = QFontMetricsF(painter.font())
    left = plot_left if plot_left is not None else rect.left() + 90
    area = QRectF(left, rect.top(), max(rect.right() - 8 - left, 10), rect.height())
    row_h = area.height() / max(len(rows), 1)
    for r, (label, cells) in enumerate(rows):
        top = area.top() + r * row_h
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(rect.left() + 2, top, left - rect.left() - 8, row_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(label, Qt.TextElideMode.ElideRight, left - rect.left() - 10),
        )
        count = len(cells)
        if not count:
            continue
        width = area.width() / count
        gap = 1.0 if width >= 4 else 0.0
        cell_h = row_h - 3
        cell_w = max(width - gap, 0.6)
        done: list[QRectF] = []
        missed: list[QRectF] = []
        for i, state in enumerate(cells):
            if state is not None:
                rect_i = QRectF(area.left() + i * width, top + 1.5, cell_w, cell_h)
                (done if state else missed).append(rect_i)
        # One call per colour: thousands of single fills are slow (and, in PySide6 6.12,
        # many thousand fillRect calls in one paint event upset its reference counting).
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in ((colours.not_done, missed), (colours.done, done)):
            if rects:
                painter.setBrush(colour)
                painter.drawRects(rects)
    if hover is not None and rows and 0 <= hover < len(rows[0][1]):
        width = area.width() / len(rows[0][1])
        pen = QPen(colours.highlight)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(
            QRectF(area.left() + hover * width, area.top(), max(width, 2), area.height())
        )
    painter.restore()
    return area
