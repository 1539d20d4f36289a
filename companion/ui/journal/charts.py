"""Trend charts of the journal, drawn with QPainter (DESIGN §2: no QtCharts).

Charts take plain data — lists of (date, value or None) — never the store. A night with
nothing logged is a gap in the line, never a zero. Hover (or Left/Right with the keyboard)
shows the night's values in the panel's info line and the tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import ROUTINE_STEPS
from companion.render.chart_painter import (
    Axis,
    ChartColours,
    chart_colours,
    chart_layout,
    index_at,
    nice_axis,
    paint_adherence,
    paint_legend_line,
    paint_series,
    rolling_mean,
)
from companion.ui.theme import is_dark

Point = tuple[date, float | None]

RANGES: tuple[tuple[str, int | None], ...] = (
    ("30 nights", 30),
    ("90 nights", 90),
    ("365 nights", 365),
    ("All", None),
)


@dataclass(frozen=True)
class SeriesSpec:
    key: str
    title: str
    unit: str
    axis: Axis | None  # None: fitted to the data
    with_average: bool = False
    decimals: int = 0


SERIES: tuple[SeriesSpec, ...] = (
    SeriesSpec(
        "rls_intensity",
        "Restless legs (0 none … 10 worst)",
        "",
        Axis(0, 10, (0, 2, 4, 6, 8, 10)),
        with_average=True,
    ),
    SeriesSpec(
        "quality", "Sleep quality (1 very poor … 5 very good)", "", Axis(1, 5, (1, 2, 3, 4, 5))
    ),
    SeriesSpec(
        "sleep_efficiency_pct",
        "Sleep efficiency (%)",
        " %",
        Axis(0, 100, (0, 25, 50, 75, 100)),
        decimals=1,
    ),
    SeriesSpec("sleep_onset_min", "Time to fall asleep (minutes)", " min", None),
)
SERIES_BY_KEY = {s.key: s for s in SERIES}
STRIP_LABELS = {"magnesium": "Magnesium", "stretch": "Stretches", "lights": "Lights"}


def dense_values(points: Sequence[Point], first: date, last: date) -> list[float | None]:
    """One value per night from `first` to `last`; nights without a value are None."""
    count = (last - first).days + 1
    values: list[float | None] = [None] * max(count, 0)
    for day, value in points:
        i = (day - first).days
        if 0 <= i < count and value is not None:
            values[i] = float(value)
    return values


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


def format_number(value: float | None, spec: SeriesSpec) -> str:
    if value is None:
        return "—"
    return f"{value:.{spec.decimals}f}{spec.unit}"


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
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(spec.title)

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
        paint_series(
            painter,
            inner,
            self.values,
            first=self.first,
            axis=self.axis,
            title=self.spec.title,
            colours=colours,
            average=self.average,
            hover=self.hover,
        )
        if self.spec.with_average:
            layout = chart_layout(inner, painter.font())
            fm = painter.fontMetrics()
            title_w = fm.horizontalAdvance(self.spec.title) * 1.1 + 24
            x = max(layout.title.left() + title_w, layout.plot.right() - 230)
            paint_legend_line(painter, QPointF(x, layout.title.center().y()), colours, True)
        if self.hasFocus():
            pen = QPen(colours.average)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()

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
        moves = {
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
        self.setAccessibleName("Routine done each night")

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
        painter.drawText(QPointF(6, 4 + painter.fontMetrics().ascent()), "Routine each evening")
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
        for colour, text in ((colours.done, "done"), (colours.not_done, "not done")):
            painter.fillRect(QRectF(x, y + 3, 10, line - 6), colour)
            painter.setPen(colours.muted)
            painter.drawText(QPointF(x + 14, y + fm.ascent()), text)
            x += 14 + fm.horizontalAdvance(text) + 16
        painter.drawText(QPointF(x, y + fm.ascent()), "blank: nothing recorded")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        count = len(self.rows[0][1]) if self.rows else 0
        left = self.plot_left if self.plot_left is not None else 90.0
        area = QRectF(left, 0, max(self.width() - 12 - left, 10), self.height())
        self.hovered.emit(index_at(area, count, event.position().x()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(None)
        super().leaveEvent(event)


class ChartsPanel(QWidget):
    """The four trend charts, the routine strip, a range switch and an info line."""

    range_changed = Signal(object)  # nights shown (int) or None for all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: dict[str, list[Point]] = {}
        self._adherence: dict[str, list[tuple[date, bool | None]]] = {}
        self._end: date | None = None
        self._first: date | None = None
        self._count = 0
        self._nights: int | None = 30

        self.range_buttons = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setSpacing(4)
        switch.addWidget(QLabel("Show the last"))
        for i, (label, nights) in enumerate(RANGES):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setToolTip(f"Alt+{i + 1}")
            button.setShortcut(f"Alt+{i + 1}")
            button.setProperty("nights", nights)
            self.range_buttons.addButton(button, i)
            switch.addWidget(button)
        switch.addStretch(1)
        self.range_buttons.button(0).setChecked(True)
        self.range_buttons.idClicked.connect(self._range_clicked)

        self.charts = [TrendChart(spec) for spec in SERIES]
        self.strip = AdherenceStrip()
        self.info = QLabel("Point at a night (or focus a chart and use ← →) to see its values.")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setAccessibleName("Night under the pointer")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(switch)
        for chart in self.charts:
            layout.addWidget(chart, 1)
            chart.hovered.connect(self.set_hover)
        layout.addWidget(self.strip)
        self.strip.hovered.connect(self.set_hover)
        layout.addWidget(self.info)

    def sizeHint(self) -> QSize:
        return QSize(760, 820)

    # -- data -------------------------------------------------------------------------

    def set_data(
        self,
        series: Mapping[str, Sequence[Point]],
        adherence: Mapping[str, Sequence[tuple[date, bool | None]]],
        end: date | None = None,
    ) -> None:
        """Series by key (`SERIES`), routine steps by `ROUTINE_STEPS`, each oldest first;
        `end` = last night shown (default: the last night in the data)."""
        self._series = {k: list(v) for k, v in series.items()}
        self._adherence = {k: list(v) for k, v in adherence.items()}
        days = [pts[-1][0] for pts in self._series.values() if pts]
        days += [pts[-1][0] for pts in self._adherence.values() if pts]
        self._end = end or (max(days) if days else None)
        self._refresh()

    def set_range(self, nights: int | None) -> None:
        for button in self.range_buttons.buttons():
            if button.property("nights") == nights:
                button.setChecked(True)
        self._nights = nights
        self._refresh()

    @property
    def nights_shown(self) -> int | None:
        return self._nights

    @property
    def first_shown(self) -> date | None:
        return self._first

    def _range_clicked(self, index: int) -> None:
        self._nights = RANGES[index][1]
        self._refresh()
        self.range_changed.emit(self._nights)

    def _refresh(self) -> None:
        end = self._end
        if end is None:
            for chart in self.charts:
                chart.set_values(None, [])
            self.strip.set_rows([(STRIP_LABELS[s], []) for s in ROUTINE_STEPS])
            self._first, self._count = None, 0
            return
        if self._nights is None:
            starts = [pts[0][0] for pts in self._series.values() if pts]
            starts += [pts[0][0] for pts in self._adherence.values() if pts]
            first = min(starts, default=end)
        else:
            first = end - timedelta(days=self._nights - 1)
        self._first = first
        self._count = (end - first).days + 1
        for chart in self.charts:
            chart.set_values(first, dense_values(self._series.get(chart.spec.key, []), first, end))
        self.strip.set_rows(
            [
                (STRIP_LABELS[s], dense_states(self._adherence.get(s, []), first, end))
                for s in ROUTINE_STEPS
            ]
        )
        self.set_hover(None)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._align_strip()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._align_strip()

    def _align_strip(self) -> None:
        plot = self.charts[0].plot_rect()
        chart_x = self.charts[0].mapTo(self, QPointF(plot.left(), 0)).x()
        strip_x = self.strip.mapTo(self, QPointF(0, 0)).x()
        self.strip.plot_left = chart_x - strip_x
        self.strip.update()

    # -- hover ------------------------------------------------------------------------

    def set_hover(self, index: object) -> None:
        hover = index if isinstance(index, int) else None
        for chart in self.charts:
            chart.set_hover(hover)
        self.strip.set_hover(hover)
        text = self.describe(hover)
        if text:
            self.info.setText(text)
            for chart in self.charts:
                chart.setToolTip(text)

    def describe(self, index: int | None) -> str:
        """The picked night's values in one line ('' when no night is picked)."""
        if index is None or self._first is None or not 0 <= index < self._count:
            return ""
        day = self._first + timedelta(days=index)
        parts = []
        for chart in self.charts:
            value = chart.values[index] if index < len(chart.values) else None
            short = chart.spec.title.split(" (")[0]
            parts.append(f"{short}: {format_number(value, chart.spec)}")
        steps = []
        for label, cells in self.strip.rows:
            state = cells[index] if index < len(cells) else None
            mark = "—" if state is None else ("done" if state else "not done")
            steps.append(f"{label.lower()} {mark}")
        return f"{day:%a} {day.isoformat()} · " + " · ".join(parts) + " · " + ", ".join(steps)
