"""The journal's charts panel: four trend charts, the routine strip, a range switch, an info line.

Charts take plain data — lists of (date, value or None) — never the store. A night with
nothing logged is a gap in the line, never a zero (DESIGN §2: no QtCharts, QPainter only).
Hover (or Left/Right with the keyboard) shows the night's values in the info line and tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from companion.core.insights import ROUTINE_STEPS
from companion.core.treatment_markers import Marker
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.render.dates import short_date
from companion.ui.journal.adherence_strip import (
    AdherenceStrip,
    dense_states,
    night_step_text,
    strip_label,
)
from companion.ui.journal.trend_chart import SERIES, Point, TrendChart, dense_values, format_number

# The labels are marked here and translated where shown (context "Journal").
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("Journal", "30 nights"), 30),
    (QT_TRANSLATE_NOOP("Journal", "90 nights"), 90),
    (QT_TRANSLATE_NOOP("Journal", "365 nights"), 365),
    (QT_TRANSLATE_NOOP("Journal", "All"), None),
)


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
        self._markers: list[Marker] = []

        self.range_buttons = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setSpacing(4)
        switch.addWidget(QLabel(translate("Journal", "Show the last")))
        for i, (label, nights) in enumerate(RANGES):
            button = QToolButton()
            button.setText(translate("Journal", label))
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
        self.info = QLabel(
            translate(
                "Journal", "Point at a night (or focus a chart and use ← →) to see its values."
            )
        )
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setAccessibleName(translate("Journal", "Night under the pointer"))

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

    def set_markers(self, markers: Sequence[Marker]) -> None:
        """Medicine and iron-test marks, drawn on every chart and named on hover."""
        self._markers = list(markers)
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
            self.strip.set_rows([(strip_label(s), []) for s in ROUTINE_STEPS])
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
        marks = [((m.day - first).days, m.kind) for m in self._markers]
        for chart in self.charts:
            chart.set_values(first, dense_values(self._series.get(chart.spec.key, []), first, end))
            chart.set_marks(marks)
        self.strip.set_rows(
            [
                (strip_label(s), dense_states(self._adherence.get(s, []), first, end))
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
        measure = translate("Journal", "{measure}: {value}", "a chart's value for one night")
        for chart in self.charts:
            value = chart.values[index] if index < len(chart.values) else None
            short = chart.spec.shown_title().split(" (")[0]
            parts.append(measure.format(measure=short, value=format_number(value, chart.spec)))
        steps = []
        for step, (_, cells) in zip(ROUTINE_STEPS, self.strip.rows, strict=True):
            state = cells[index] if index < len(cells) else None
            steps.append(night_step_text(step, state))
        marks = [m.text for m in self._markers if m.day == day]
        line = f"{short_date(day)} · " + " · ".join(parts) + " · " + ", ".join(steps)
        return " · ".join([line, *marks])
