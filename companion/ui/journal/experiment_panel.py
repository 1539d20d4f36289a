"""The Experiment tab: the nights before the routine began against the nights after."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import (
    EXPERIMENT_CAVEAT,
    NOT_PROOF,
    JournalData,
    experiment_report,
    format_value,
    summary_sentence,
    verdict,
)
from companion.core.words import QT_TRANSLATE_NOOP, translate
from companion.render.dates import long_range
from companion.ui.journal.calendar_view import FIRST_NIGHT, LAST_NIGHT, to_date, to_qdate
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
_EXPERIMENT_COLUMNS = (
    QT_TRANSLATE_NOOP("Insights", "Measure"),
    QT_TRANSLATE_NOOP("Insights", "Before: nights"),
    QT_TRANSLATE_NOOP("Insights", "Before: average (median)"),
    QT_TRANSLATE_NOOP("Insights", "During: nights"),
    QT_TRANSLATE_NOOP("Insights", "During: average (median)"),
    QT_TRANSLATE_NOOP("Insights", "Difference (95 % interval)"),
    QT_TRANSLATE_NOOP("Insights", "Cliff's δ"),
    QT_TRANSLATE_NOOP("Insights", "Reading"),
)


class ExperimentPanel(QWidget):
    """ "I began the routine on …": the baseline before against the routine period after."""

    start_changed = Signal(object)  # date

    def __init__(
        self, data: JournalData, start: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_ = data
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.start.setAccessibleName(translate("Insights", "I began the routine on"))
        self.start.setDateRange(to_qdate(FIRST_NIGHT), to_qdate(LAST_NIGHT))
        default = start or self._default_start()
        self.start.setDate(to_qdate(default))
        self.before = QSpinBox()
        self.after = QSpinBox()
        spans = (
            (self.before, translate("Insights", "Baseline nights")),
            (self.after, translate("Insights", "Routine nights")),
        )
        for spin, name in spans:
            spin.setRange(7, 365)
            spin.setValue(30)
            # One suffix for every value: the boxes never go below 7 nights.
            spin.setSuffix(translate("Insights", " nights", "after a number of 7 or more"))
            spin.setAccessibleName(name)
        self.periods = note("")
        self.bars = ComparisonBars()
        self.table = comparison_table(
            [translate("Insights", column) for column in _EXPERIMENT_COLUMNS],
            translate("Insights", "Experiment results"),
        )
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        numbers = QWidget()
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.table, 1)
        numbers_layout.addWidget(
            note(
                translate(
                    "Insights",
                    "↓ lower is better, ↑ higher is better. The 95 % interval is the range the "
                    "difference most likely lies in; Cliff's δ runs from −1 to +1.",
                )
            )
        )
        self.details = Details(numbers)
        self.adherence = note("")

        form = QHBoxLayout()
        label = QLabel(translate("Insights", "I began the &routine on"))
        label.setBuddy(self.start)
        form.addWidget(label)
        form.addWidget(self.start)
        form.addStretch(1)
        # The spans on a second row: one row is wider than a 200 % window.
        # Words around the two boxes: "Compare [30 nights] before it with [30 nights] after".
        span_row = QHBoxLayout()
        span_row.addWidget(QLabel(translate("Insights", "Compare", "Compare … before it with …")))
        span_row.addWidget(self.before)
        span_row.addWidget(QLabel(translate("Insights", "before it with", "Compare … with …")))
        span_row.addWidget(self.after)
        span_row.addWidget(QLabel(translate("Insights", "after", "… with [30 nights] after")))
        span_row.addStretch(1)
        layout = scrolling_page(self)
        layout.addWidget(
            note(
                translate(
                    "Insights",
                    "Try the routine for a month and see what changed. Pick the night you began: "
                    "the nights after it are set against the same number of nights before. "
                    "A bar to the right: the routine nights went better; to the left: worse; "
                    "a dot: no clear difference. {not_proof}",
                ).format(not_proof=translate("Insights", NOT_PROOF))
            )
        )
        layout.addLayout(form)
        layout.addLayout(span_row)
        layout.addWidget(self.periods)
        layout.addWidget(self.bars)
        layout.addWidget(self.adherence)
        layout.addWidget(self.details)
        layout.addWidget(caveat_box((EXPERIMENT_CAVEAT,)))
        layout.addStretch(1)
        self.start.dateChanged.connect(self._start_edited)
        self.before.valueChanged.connect(self.refresh)
        self.after.valueChanged.connect(self.refresh)

    def _default_start(self) -> date:
        last = self.data_.last_night
        return (last - timedelta(days=29)) if last else date(2000, 1, 1)

    def _start_edited(self) -> None:
        self.refresh()
        self.start_changed.emit(to_date(self.start.date()))

    def refresh(self) -> None:
        start = to_date(self.start.date())
        report = experiment_report(
            self.data_.records, start, before=self.before.value(), after=self.after.value()
        )
        b0, b1 = report.baseline
        r0, r1 = report.routine
        periods = translate("Insights", "Before: {before}\nDuring: {during}")
        self.periods.setText(periods.format(before=long_range(b0, b1), during=long_range(r0, r1)))
        self.table.setRowCount(len(report.comparisons))
        rows: list[BarRow] = []
        average = translate("Insights", "{mean} ({median})", "an average and its median")
        during_word = translate("Insights", "during", "the routine nights, in a sentence")
        before_word = translate("Insights", "before", "the baseline nights, in a sentence")
        for row, c in enumerate(report.comparisons):
            o = c.outcome
            label = translate("Insights", o.label)
            texts = (
                label + (" ↓" if o.lower_is_better else " ↑"),
                str(c.n_without),
                average.format(
                    mean=format_value(o, c.mean_without), median=format_value(o, c.median_without)
                ),
                str(c.n_with),
                average.format(
                    mean=format_value(o, c.mean_with), median=format_value(o, c.median_with)
                ),
                difference_text(c),
                delta_text(c),
                verdict(c),
            )
            sentence = summary_sentence(c, during_word, before_word)
            fill_comparison_row(self.table, row, texts, sentence, c.enough, numeric=range(1, 7))
            rows.append(BarRow(label, c, sentence))
        self.bars.set_rows(rows)
        before, during = report.adherence_baseline, report.adherence_routine
        self.adherence.setText(
            translate(
                "Insights",
                "Whole routine done: {before} of {before_nights} nights before, "
                "{during} of {during_nights} nights during.",
            ).format(
                before=before.whole,
                before_nights=before.days,
                during=during.whole,
                during_nights=during.days,
            )
        )
