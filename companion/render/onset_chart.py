"""The onset-time chart: when the legs began each night, with the 7-night median, by clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from companion.core.onset import clock_from_night_minutes, median_line
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.render.chart_axes import Axis, frame_labels
from companion.render.chart_colours import chart_colours
from companion.render.chart_painter import paint_series

TITLE = QT_TRANSLATE_NOOP(
    "Charts", "When the legs started each night (clock time), with the 7-night median"
)
EMPTY = QT_TRANSLATE_NOOP("Charts", "No start times recorded in this period")


def onset_axis(points: Sequence[tuple[date, int]]) -> Axis:
    """Whole hours around the recorded times, a grid line every one to three hours."""
    values = [m for _, m in points] or [18 * 60, 24 * 60]
    low = (min(values) // 60) * 60
    high = -(-max(values) // 60) * 60
    if high - low < 4 * 60:
        high = low + 4 * 60
    step = 60 if high - low <= 6 * 60 else (120 if high - low <= 12 * 60 else 180)
    ticks = tuple(float(t) for t in range(low, high + 1, step))
    return Axis(float(low), float(ticks[-1]), ticks)


def paint_onset_chart(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[tuple[date, int]],
    first: date,
    days: int,
    *,
    dark: bool = False,
    background: QColor | None = None,
) -> None:
    """Dots at each night's start time (later is higher), the 7-night median as a line."""
    values: list[float | None] = [None] * days
    for day, minutes in points:
        if 0 <= (day - first).days < days:
            values[(day - first).days] = float(minutes)
    median: list[float | None] = [None] * days
    for day, value in median_line(points):
        if 0 <= (day - first).days < days:
            median[(day - first).days] = value
    axis = onset_axis([p for p in points if 0 <= (p[0] - first).days < days])
    colours = chart_colours(dark)
    layout = paint_series(
        painter,
        rect,
        values,
        first=first,
        axis=axis,
        title=translate("Charts", TITLE),
        colours=colours,
        average=median,
        empty_text=translate("Charts", EMPTY),
    )
    # The shared frame labels values as numbers: write them as clock times instead.
    painter.save()
    fm = QFontMetricsF(painter.font())
    for label in frame_labels(layout, fm, first, days, axis):
        if not label.align & Qt.AlignmentFlag.AlignRight:
            continue
        left = layout.outer.left()
        box = QRectF(left, label.rect.top(), label.rect.right() - left, label.rect.height())
        painter.fillRect(box.adjusted(0, 0, 1, 0), background or colours.background)
        painter.setPen(colours.muted)
        painter.drawText(box, label.align, clock_from_night_minutes(float(label.text)))
    painter.restore()
