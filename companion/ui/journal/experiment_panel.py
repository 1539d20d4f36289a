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

_EXPERIMENT_COLUMNS = (
    "Measure",
    "Before: nights",
    "Before: average (median)",
    "During: nights",
    "During: average (median)",
    "Difference (95 % interval)",
    "Cliff's δ",
    "Reading",
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
        self.start.setAccessibleName("I began the routine on")
        self.start.setDateRange(to_qdate(FIRST_NIGHT), to_qdate(LAST_NIGHT))
        default = start or self._default_start()
        self.start.setDate(to_qdate(default))
        self.before = QSpinBox()
        self.after = QSpinBox()
        for spin, name in ((self.before, "Baseline nights"), (self.after, "Routine nights")):
            spin.setRange(7, 365)
            spin.setValue(30)
            spin.setSuffix(" nights")
            spin.setAccessibleName(name)
        self.periods = note("")
        self.bars = ComparisonBars()
        self.table = comparison_table(_EXPERIMENT_COLUMNS, "Experiment results")
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        numbers = QWidget()
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.setContentsMargins(0, 0, 0, 0)
        numbers_layout.addWidget(self.table, 1)
        numbers_layout.addWidget(
            note(
                "↓ lower is better, ↑ higher is better. The 95 % interval is the range the "
                "difference most likely lies in; Cliff's δ runs from −1 to +1."
            )
        )
        self.details = Details(numbers)
        self.adherence = note("")

        form = QHBoxLayout()
        label = QLabel("I began the &routine on")
        label.setBuddy(self.start)
        form.addWidget(label)
        form.addWidget(self.start)
        form.addStretch(1)
        # The spans on a second row: one row is wider than a 200 % window.
        spans = QHBoxLayout()
        spans.addWidget(QLabel("Compare"))
        spans.addWidget(self.before)
        spans.addWidget(QLabel("before it with"))
        spans.addWidget(self.after)
        spans.addWidget(QLabel("after"))
        spans.addStretch(1)
        layout = scrolling_page(self)
        layout.addWidget(
            note(
                "Try the routine for a month and see what changed. Pick the night you began: "
                "the nights after it are set against the same number of nights before. "
                "A bar to the right: the routine nights went better; to the left: worse; "
                f"a dot: no clear difference. {NOT_PROOF}"
            )
        )
        layout.addLayout(form)
        layout.addLayout(spans)
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
        self.periods.setText(f"Before: {long_range(b0, b1)}\nDuring: {long_range(r0, r1)}")
        self.table.setRowCount(len(report.comparisons))
        rows: list[BarRow] = []
        for row, c in enumerate(report.comparisons):
            o = c.outcome
            texts = (
                o.label + (" ↓" if o.lower_is_better else " ↑"),
                str(c.n_without),
                f"{format_value(o, c.mean_without)} ({format_value(o, c.median_without)})",
                str(c.n_with),
                f"{format_value(o, c.mean_with)} ({format_value(o, c.median_with)})",
                difference_text(c),
                delta_text(c),
                verdict(c),
            )
            sentence = summary_sentence(c, "during", "before")
            fill_comparison_row(self.table, row, texts, sentence, c.enough, numeric=range(1, 7))
            rows.append(BarRow(o.label, c, sentence))
        self.bars.set_rows(rows)
        before, during = report.adherence_baseline, report.adherence_routine
        self.adherence.setText(
            f"Whole routine done: {before.whole} of {before.days} nights before, "
            f"{during.whole} of {during.days} nights during."
        )
