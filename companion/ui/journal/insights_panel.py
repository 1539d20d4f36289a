"""The "What helps me" tab: each factor and tag, nights with it against nights without."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import (
    MIN_NIGHTS,
    NOT_ENOUGH,
    NOT_PROOF,
    OUTCOMES,
    FactorInsight,
    JournalData,
    adherence,
    factor_insights,
    format_value,
    run_sentence,
    streaks,
    summary_sentence,
    verdict,
)
from companion.ui.journal.charts import RANGES
from companion.ui.journal.comparison_bars import BarRow, ComparisonBars
from companion.ui.journal.comparison_table import (
    Details,
    comparison_table,
    delta_text,
    difference_text,
    fill_comparison_row,
)
from companion.ui.journal.labels import caveat_box, note, scrolling_page

_INSIGHT_COLUMNS = (
    "Factor",
    "Nights with / without",
    "Average with",
    "Average without",
    "Difference (95 % interval)",
    "Cliff's δ",
    "Reading",
)


class InsightsPanel(QWidget):
    """Each factor and tag: nights with against nights without, for one outcome at a time."""

    period_changed = Signal(object)  # nights compared (int), or None for all

    def __init__(
        self, data: JournalData, nights: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_ = data
        self.insights: list[FactorInsight] | None = None
        self.period = QComboBox()
        for span, count in RANGES:
            self.period.addItem(f"Last {span}" if count else "All nights", count)
        self.period.setCurrentIndex(max(0, self.period.findData(nights)))
        self.period.setAccessibleName("Nights compared")
        self.outcome = QComboBox()
        for o in OUTCOMES:
            better = "lower is better" if o.lower_is_better else "higher is better"
            self.outcome.addItem(f"{o.label} — {better}", o.key)
        self.outcome.setAccessibleName("Outcome")
        self.summary = note("")
        self.bars = ComparisonBars()
        self.table = comparison_table(_INSIGHT_COLUMNS, "Factor comparisons")
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        numbers = QWidget()
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.table, 1)
        numbers_layout.addWidget(
            note(
                f"Grey rows have fewer than {MIN_NIGHTS} nights on one side: {NOT_ENOUGH}. "
                "The 95 % interval is the range the difference most likely lies in; a bar "
                "shows only when the whole range is on one side of zero. Cliff's δ (the bar's "
                "length) runs from −1 (every night with it lower) to +1 (every night higher)."
            )
        )
        self.details = Details(numbers)

        top = QHBoxLayout()
        for text, field in (("&Compare on", self.outcome), ("&over", self.period)):
            if top.count():
                top.addSpacing(12)
            label = QLabel(text)
            label.setBuddy(field)
            top.addWidget(label)
            top.addWidget(field)
        top.addStretch(1)
        layout = scrolling_page(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(
            note(
                "Each bar sets your nights with a factor against your nights without it. "
                "A bar to the right: those nights went better; to the left: worse; a dot: "
                f"no clear difference. {NOT_PROOF}"
            )
        )
        layout.addWidget(self.bars)
        layout.addWidget(self.details)
        layout.addWidget(caveat_box())
        layout.addStretch(1)
        self.outcome.currentIndexChanged.connect(self._fill)
        self.period.currentIndexChanged.connect(self._period_chosen)

    @property
    def nights_compared(self) -> int | None:
        nights = self.period.currentData()
        return None if nights is None else int(nights)

    def _period_chosen(self) -> None:
        self.refresh()
        self.period_changed.emit(self.nights_compared)

    def refresh(self) -> None:
        """Recompute (after an edit); cheap enough to do on every visit."""
        last = self.data_.last_night
        nights = self.nights_compared
        records = (
            self.data_.records
            if nights is None or last is None
            else self.data_.between(last - timedelta(days=nights - 1), last)
        )
        self.insights = factor_insights(records, self.data_.tags, titles=self.data_.titles)
        if last is not None:
            week = adherence(self.data_.records, last, 7)
            month = adherence(self.data_.records, last, 30)
            run = streaks(self.data_.records, last)
            self.summary.setText(
                f"Whole routine done on {week.whole} of the last 7 nights and {month.whole} "
                f"of the last 30. {run_sentence(run.current, run.longest)}"
            )
        else:
            self.summary.setText("No nights in the journal yet.")
        self._fill()

    def _fill(self) -> None:
        if self.insights is None:
            return
        key = self.outcome.currentData()
        self.table.setRowCount(len(self.insights))
        rows: list[BarRow] = []
        for row, insight in enumerate(self.insights):
            c = insight.for_outcome(key)
            texts = (
                f"{insight.label} ({insight.with_label} / {insight.without_label})",
                f"{c.n_with} / {c.n_without}",
                format_value(c.outcome, c.mean_with),
                format_value(c.outcome, c.mean_without),
                difference_text(c),
                delta_text(c),
                verdict(c),
            )
            sentence = summary_sentence(c, insight.with_label, insight.without_label)
            fill_comparison_row(self.table, row, texts, sentence, c.enough, numeric=range(1, 6))
            label = f"{insight.label}: {insight.with_label} vs {insight.without_label}"
            rows.append(BarRow(label, c, sentence))
        self.bars.set_rows(rows)
