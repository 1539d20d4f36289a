"""The Experiment tab: the nights before the routine began against the nights after."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from companion.core.insights import (
    EXPERIMENT_CAVEAT,
    JournalData,
    experiment_report,
    format_value,
    summary_sentence,
    verdict,
)
from companion.ui.journal.calendar_view import to_date, to_qdate
from companion.ui.journal.comparison_table import (
    comparison_table,
    delta_text,
    difference_text,
    fill_comparison_row,
)
from companion.ui.journal.labels import caveat_box, note

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
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setAccessibleName("I began the routine on")
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
        self.table = comparison_table(_EXPERIMENT_COLUMNS, "Experiment results")
        self.adherence = note("")

        form = QHBoxLayout()
        label = QLabel("I began the &routine on")
        label.setBuddy(self.start)
        form.addWidget(label)
        form.addWidget(self.start)
        form.addSpacing(16)
        form.addWidget(QLabel("compare"))
        form.addWidget(self.before)
        form.addWidget(QLabel("before with"))
        form.addWidget(self.after)
        form.addWidget(QLabel("after"))
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(
            note(
                "The article behind this app describes a 30-day experiment: a month of the "
                "evening routine, with a journal. Mark the night you began, and see how that "
                "month compares with the month before."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.periods)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.adherence)
        layout.addWidget(caveat_box((EXPERIMENT_CAVEAT,)))
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
        self.periods.setText(
            f"Before: {b0.isoformat()} to {b1.isoformat()}   ·   "
            f"During: {r0.isoformat()} to {r1.isoformat()}"
        )
        self.table.setRowCount(len(report.comparisons))
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
        before, during = report.adherence_baseline, report.adherence_routine
        self.adherence.setText(
            f"Whole routine done: {before.whole} of {before.days} nights before, "
            f"{during.whole} of {during.days} nights during. ↓ lower is better, ↑ higher is better."
        )
