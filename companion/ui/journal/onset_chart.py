"""The onset-trend chart: the clock time the legs started, night by night, with the 7-night median,
and a plain sentence when the start has moved earlier (`core.onset.moved_earlier`).

The values are "night minutes" (`core.onset.night_minutes`): minutes since 00:00 of the night's
date, an after-midnight start counting on past 24:00, so later in the night is higher up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.onset import clock_from_night_minutes, median_line, moved_earlier
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.render.chart_axes import Axis, chart_layout, y_of
from companion.render.chart_colours import chart_colours
from companion.render.chart_painter import paint_series
from companion.ui.theme import is_dark

# Marked here, translated where shown (context "Journal").
TITLE = QT_TRANSLATE_NOOP("Journal", "Legs started at (clock time)")
EARLIER_SENTENCE = QT_TRANSLATE_NOOP(
    "Journal",
    "Your symptoms have been starting earlier: in the last week they began at least two hours "
    "earlier than eight weeks before. That is worth mentioning to your clinician.",
)
# The axis: noon of the night's date to 06:00 the morning after, every three hours.
_HOUR = 60
_LOW, _HIGH = 6 * _HOUR, 30 * _HOUR
_TICKS = tuple(float(h * _HOUR) for h in range(6, 31, 3))


def onset_axis(values: Sequence[float | None]) -> Axis:
    """From three hours below the earliest start to three above the latest, on whole 3 h steps
    (the whole 06:00–06:00 span only when the starts spread over it)."""
    known = [v for v in values if v is not None]
    if not known:
        return Axis(18 * _HOUR, 27 * _HOUR, ())
    low = max(_LOW, (min(known) // (3 * _HOUR)) * 3 * _HOUR)
    high = min(_HIGH, (max(known) // (3 * _HOUR) + 1) * 3 * _HOUR)
    return Axis(low, high, ())


def earlier_sentence(points: Sequence[tuple[date, int]], last: date) -> str | None:
    """The sentence under the chart, when the rule in `core.onset` says so; else None."""
    return translate("Journal", EARLIER_SENTENCE) if moved_earlier(points, last) else None


class OnsetChart(QWidget):
    """Start times over consecutive nights (a gap where none was recorded) and their median."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first: date | None = None
        self.values: list[float | None] = []
        self.median: list[float | None] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("Journal", TITLE))

    def sizeHint(self) -> QSize:
        return QSize(640, 160)

    def set_points(self, points: Sequence[tuple[date, int]], first: date, last: date) -> None:
        """Start times (night minutes) by night; the nights `first` … `last` are shown."""
        count = max((last - first).days + 1, 0)
        self.first = first
        self.values = [None] * count
        for day, minutes in points:
            if 0 <= (day - first).days < count:
                self.values[(day - first).days] = float(minutes)
        self.median = [None] * count
        for day, middle in median_line(points):
            if 0 <= (day - first).days < count:
                self.median[(day - first).days] = middle
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = chart_colours(is_dark(self))
        rect = QRectF(self.rect())
        painter.fillRect(rect, colours.background)
        axis = onset_axis(self.values)
        inner = rect.adjusted(4, 4, -4, -4)
        # Clock labels and grid of our own, under the data: the frame would print raw minutes.
        layout = chart_layout(inner, painter.font())
        plot = layout.plot
        fm = QFontMetricsF(painter.font())
        for tick in (t for t in _TICKS if axis.low <= t <= axis.high):
            y = y_of(plot, axis, tick)
            painter.setPen(QPen(colours.grid, 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            label = QRectF(layout.outer.left(), y - fm.height() / 2, plot.left() - 8, fm.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, align, clock_from_night_minutes(tick))
        paint_series(
            painter,
            inner,
            self.values,
            first=self.first,
            axis=axis,
            title=translate("Journal", TITLE),
            colours=colours,
            average=self.median,
            empty_text=translate("Journal", "No start times recorded in this period"),
        )
        painter.setPen(colours.muted)
        key = translate("Journal", "dots: each night · line: 7-night median (the middle time)")
        painter.drawText(
            layout.title, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, key
        )
        painter.end()
