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
from companion.core.words import QT_TRANSLATE_NOOP, translate
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

# Marked here, translated where shown (context "Insights").
_INSIGHT_COLUMNS = (
    QT_TRANSLATE_NOOP("Insights", "Factor"),
    QT_TRANSLATE_NOOP("Insights", "Nights with / without"),
    QT_TRANSLATE_NOOP("Insights", "Average with"),
    QT_TRANSLATE_NOOP("Insights", "Average without"),
    QT_TRANSLATE_NOOP("Insights", "Difference (95 % interval)"),
    QT_TRANSLATE_NOOP("Insights", "Cliff's δ"),
    QT_TRANSLATE_NOOP("Insights", "Reading"),
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
        for _span, count in RANGES:
            shown = (
                translate("Insights", "Last %n nights", None, count)
                if count
                else translate("Insights", "All nights")
            )
            self.period.addItem(shown, count)
        self.period.setCurrentIndex(max(0, self.period.findData(nights)))
        self.period.setAccessibleName(translate("Insights", "Nights compared"))
        self.outcome = QComboBox()
        lower = translate("Insights", "{outcome} — lower is better")
        higher = translate("Insights", "{outcome} — higher is better")
        for o in OUTCOMES:
            better = lower if o.lower_is_better else higher
            self.outcome.addItem(better.format(outcome=translate("Insights", o.label)), o.key)
        self.outcome.setAccessibleName(translate("Insights", "Outcome"))
        self.summary = note("")
        self.bars = ComparisonBars()
        self.table = comparison_table(
            [translate("Insights", column) for column in _INSIGHT_COLUMNS],
            translate("Insights", "Factor comparisons"),
        )
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        numbers = QWidget()
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.table, 1)
        numbers_layout.addWidget(
            note(
                translate(
                    "Insights",
                    "Grey rows have fewer than {count} nights on one side: {not_enough}. "
                    "The 95 % interval is the range the difference most likely lies in; a bar "
                    "shows only when the whole range is on one side of zero. Cliff's δ (the bar's "
                    "length) runs from −1 (every night with it lower) to +1 (every night higher).",
                ).format(count=MIN_NIGHTS, not_enough=translate("Insights", NOT_ENOUGH))
            )
        )
        self.details = Details(numbers)

        top = QHBoxLayout()
        compare = translate("Insights", "&Compare on", "compare the nights on an outcome")
        over = translate("Insights", "&over", "over a number of nights")
        for text, field in ((compare, self.outcome), (over, self.period)):
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
                translate(
                    "Insights",
                    "Each bar sets your nights with a factor against your nights without it. "
                    "A bar to the right: those nights went better; to the left: worse; a dot: "
                    "no clear difference. {not_proof}",
                ).format(not_proof=translate("Insights", NOT_PROOF))
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
            done = translate(
                "Insights",
                "Whole routine done on {week} of the last 7 nights and {month} of the last 30.",
            ).format(week=week.whole, month=month.whole)
            self.summary.setText(f"{done} {run_sentence(run.current, run.longest)}")
        else:
            self.summary.setText(translate("Insights", "No nights in the journal yet."))
        self._fill()

    def _fill(self) -> None:
        if self.insights is None:
            return
        key = self.outcome.currentData()
        self.table.setRowCount(len(self.insights))
        rows: list[BarRow] = []
        sides = translate("Insights", "{factor} ({with_side} / {without_side})")
        versus = translate("Insights", "{factor}: {with_side} vs {without_side}")
        for row, insight in enumerate(self.insights):
            # Built-in factors hold marked English; a tag's or custom step's label finds no
            # entry and is kept as it is.
            names = {
                "factor": translate("Insights", insight.label),
                "with_side": translate("Insights", insight.with_label),
                "without_side": translate("Insights", insight.without_label),
            }
            c = insight.for_outcome(key)
            texts = (
                sides.format(**names),
                f"{c.n_with} / {c.n_without}",
                format_value(c.outcome, c.mean_with),
                format_value(c.outcome, c.mean_without),
                difference_text(c),
                delta_text(c),
                verdict(c),
            )
            sentence = summary_sentence(c, names["with_side"], names["without_side"])
            fill_comparison_row(self.table, row, texts, sentence, c.enough, numeric=range(1, 6))
            rows.append(BarRow(versus.format(**names), c, sentence))
        self.bars.set_rows(rows)
