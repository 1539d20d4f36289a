"""The journal browser: calendar, list, charts, "what helps me" and the experiment.

Takes plain data (`core.insights.JournalData`) and never touches the store: an edited night
leaves as the `night_edited(Night, factors)` signal, a PDF request as
`report_requested(path, days)`; the app (see `companion.journeys.journal`) saves and calls
`update_record` with what was stored. Size and last view travel in and out as a
`JournalWindowState` (`state.py`), which the app keeps.

This module is the window's shell: the tabs and the editor beside them live in their own
modules (`night_editor`, `nights_list`, `charts`, `insights_panel`, `experiment_panel`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import (
    OUTCOMES,
    ROUTINE_STEPS,
    JournalData,
    NightRecord,
    adherence,
    run_sentence,
    streaks,
)
from companion.core.journal import Night
from companion.core.onset import night_minutes
from companion.core.rls_records import Episode, LabResult, MedicationCourse
from companion.core.treatment_markers import Marker, treatment_markers
from companion.core.words import translate
from companion.render.dates import long_date, short_range
from companion.ui.journal.calendar_view import (
    IntensityCalendar,
    IntensityLegend,
    to_date,
    to_qdate,
    within_journal,
)
from companion.ui.journal.charts import ChartsPanel
from companion.ui.journal.experiment_panel import ExperimentPanel
from companion.ui.journal.insights_panel import InsightsPanel
from companion.ui.journal.labels import note
from companion.ui.journal.night_editor import NightEditor
from companion.ui.journal.nights_list import NightsList
from companion.ui.journal.state import TAB_TITLES, TABS, JournalWindowState
from companion.ui.journal.treatments_page import TreatmentsPage
from companion.ui.screen_fit import fit_on_first_show
from companion.ui.widgets.wheel_guard import guard_wheels_in

__all__ = ["JournalWindow", "JournalWindowState"]


class JournalWindow(QWidget):
    """Calendar, list, charts, insights and experiment, with a night editor beside them."""

    night_edited = Signal(object, object)  # Night, dict[str, str | None] (None = remove)
    report_requested = Signal(str, int)  # PDF path, days
    state_changed = Signal(object)  # JournalWindowState
    closed = Signal(object)  # JournalWindowState

    def __init__(
        self,
        data: JournalData,
        *,
        state: JournalWindowState | None = None,
        tz: tzinfo | None = None,
        fahrenheit: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Journal", "Journal — Bedtime Companion"))
        self.data_ = data
        self._state = state or JournalWindowState()
        zone = tz or datetime(2000, 1, 1).astimezone().tzinfo
        assert zone is not None

        self.calendar = IntensityCalendar(data.get)
        self.legend = IntensityLegend()
        self.calendar_summary = note("")
        self.list = NightsList(data)
        self.charts = ChartsPanel()
        self.insights = InsightsPanel(data, self._state.insights_range)
        self.experiment = ExperimentPanel(data, self._state.experiment_start)
        self.editor = NightEditor(zone, fahrenheit=fahrenheit)
        self.treatments = TreatmentsPage(data.last_night or date.today())
        self._episodes: dict[date, list[Episode]] = {}
        self._markers: list[Marker] = []

        calendar_page = QWidget()
        cal_layout = QVBoxLayout(calendar_page)
        cal_layout.setContentsMargins(8, 8, 8, 8)
        cal_layout.addWidget(self.calendar, 1)
        cal_layout.addWidget(self.legend)
        cal_layout.addWidget(self.calendar_summary)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page, title in zip(
            (
                calendar_page,
                self.list,
                self.charts,
                self.insights,
                self.experiment,
                self.treatments,
            ),
            TAB_TITLES,
            strict=True,
        ):
            self.tabs.addTab(page, translate("Journal", title))

        self.report_days = QSpinBox()
        self.report_days.setRange(7, 3650)
        self.report_days.setValue(self._state.report_days)
        # One suffix for every value: the box never goes below 7 nights.
        self.report_days.setSuffix(translate("Journal", " nights", "after a number of 7 or more"))
        self.report_days.setAccessibleName(translate("Journal", "Nights in the report"))
        self.report_button = QPushButton(translate("Journal", "Save PDF &report…"))
        self.report_button.clicked.connect(self._ask_report_path)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.editor.setMinimumWidth(330)
        self.splitter.setSizes([max(self._state.width - 380, 400), 380])

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(QLabel(translate("Journal", "Report covers the last")))
        bottom.addWidget(self.report_days)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        for i in range(len(TABS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.editor.setFocus())
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

        self.calendar.selectionChanged.connect(self._calendar_selected)
        self.calendar.activated.connect(lambda _d: self._focus_editor())
        self.list.view.selectionModel().currentRowChanged.connect(self._list_selected)
        self.list.view.activated.connect(lambda _i: self._focus_editor())
        self.editor.saved.connect(self.night_edited)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.charts.range_changed.connect(self._emit_state)
        self.experiment.start_changed.connect(self._emit_state)
        self.insights.period_changed.connect(self._emit_state)

        self.charts.set_range(self._state.chart_range)
        self._load_charts()
        self._update_summary()
        self.resize(self._state.width, self._state.height)
        # The latest month with data inside the years the calendar can show.
        last = max((r.day for r in data.records if within_journal(r.day)), default=None)
        if last is not None:
            self.calendar.setSelectedDate(to_qdate(last))
            self._select(last)
        self.tabs.setCurrentIndex(TABS.index(self._state.tab))
        self._tab_changed(self.tabs.currentIndex())
        self._update_status()
        guard_wheels_in(self)
        # A size remembered from a bigger screen (or the default on a small one) gives way.
        fit_on_first_show(self)

    def sizeHint(self) -> QSize:
        return QSize(self._state.width, self._state.height)

    # -- state --------------------------------------------------------------------------

    def state(self) -> JournalWindowState:
        return JournalWindowState(
            width=self.width(),
            height=self.height(),
            tab=TABS[self.tabs.currentIndex()],
            chart_range=self.charts.nights_shown,
            experiment_start=to_date(self.experiment.start.date()),
            report_days=self.report_days.value(),
            insights_range=self.insights.nights_compared,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit(self.state())
        super().closeEvent(event)

    # -- selection ----------------------------------------------------------------------

    def _calendar_selected(self) -> None:
        self._select(to_date(self.calendar.selectedDate()))

    def _list_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            day = self.list.record_at(current.row()).day
            self._select(day, from_list=True)

    def _select(self, day: date, *, from_list: bool = False) -> None:
        record = self.data_.get(day)
        if record is None:
            record = NightRecord(Night(day))
        if self.editor.record is None or self.editor.record.day != day:
            self.editor.load(record)
            self.editor.set_episodes(self._episodes.get(day, []))
        if to_date(self.calendar.selectedDate()) != day:
            self.calendar.blockSignals(True)
            self.calendar.setSelectedDate(to_qdate(day))
            self.calendar.blockSignals(False)
        if not from_list:
            self.list.select_day(day)

    def selected_day(self) -> date | None:
        record = self.editor.record
        return None if record is None else record.day

    def _focus_editor(self) -> None:
        self.editor.spins["rls_intensity"].setFocus()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(TABS.index("list"))
        self.list.search.setFocus()
        self.list.search.selectAll()

    # -- tabs and data ------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        self.editor.setVisible(TABS[index] in ("calendar", "list"))
        self._refresh_comparisons()
        self._emit_state()

    def _emit_state(self, *_changed: object) -> None:
        self.state_changed.emit(self.state())

    def _refresh_comparisons(self) -> None:
        # The comparison tabs recompute only while shown: cheap then, wasted when hidden.
        name = TABS[self.tabs.currentIndex()]
        if name == "insights":
            self.insights.refresh()
        elif name == "experiment":
            self.experiment.refresh()

    def _load_charts(self) -> None:
        self.charts.set_data(
            {o.key: self.data_.outcome_points(o.key) for o in OUTCOMES},
            {s: self.data_.routine_points(s) for s in ROUTINE_STEPS},
        )
        starts = [(r.day, r.night.symptoms_from) for r in self.data_.records]
        onsets = [(day, night_minutes(start)) for day, start in starts if start is not None]
        self.charts.set_markers(self._markers)
        if self.data_.last_night is not None:
            self.treatments.set_onsets(onsets, self.data_.last_night)

    def _update_summary(self) -> None:
        last = self.data_.last_night
        if last is None:
            self.calendar_summary.setText(
                translate(
                    "Journal",
                    "No nights yet. After your first morning check-in, each night appears here, "
                    "coloured by how restless your legs were.",
                )
            )
            return
        week = adherence(self.data_.records, last, 7)
        month = adherence(self.data_.records, last, 30)
        run = streaks(self.data_.records, last)
        # One whole sentence for translators, the steps named in it (ROUTINE_STEPS' order).
        done = translate(
            "Journal",
            "Whole routine: {week} of the last 7 nights, {month} of the last 30 "
            "(magnesium {magnesium}, stretches {stretch}, lights dimmed {lights}).",
        ).format(
            week=week.whole,
            month=month.whole,
            magnesium=month.by_step["magnesium"],
            stretch=month.by_step["stretch"],
            lights=month.by_step["lights"],
        )
        self.calendar_summary.setText(f"{done} {run_sentence(run.current, run.longest)}")

    def _update_status(self) -> None:
        n = len(self.data_.records)
        if n:
            first, last = self.data_.records[0].day, self.data_.records[-1].day
            nights = translate("Journal", "%n nights, {dates}", None, n)
            self.status.setText(nights.format(dates=short_range(first, last)))
        else:
            self.status.setText(translate("Journal", "The journal is empty."))

    def update_record(self, record: NightRecord) -> None:
        """Show a night as the store now has it (after `night_edited` was saved)."""
        self.data_.put(record)
        self.list.reload()
        self.calendar.refresh()
        self._load_charts()
        self._update_summary()
        self._update_status()
        self._refresh_comparisons()
        if self.editor.record is not None and self.editor.record.day == record.day:
            self.editor.load(record)
        saved = translate("Journal", "Saved the night of {date}.")
        self.status.setText(saved.format(date=long_date(record.day)))

    def show_problem(self, message: str) -> None:
        self.editor.show_problem(message)

    def set_rls_records(
        self,
        medications: Sequence[MedicationCourse],
        labs: Sequence[LabResult],
        episodes: Sequence[Episode],
    ) -> None:
        """Medicines, iron tests and night-time episodes as the journal now holds them."""
        self.treatments.set_records(medications, labs)
        self._episodes = {}
        for episode in episodes:
            self._episodes.setdefault(episode.night, []).append(episode)
        self._markers = treatment_markers(medications, labs)
        self._load_charts()
        if self.editor.record is not None:
            self.editor.set_episodes(self._episodes.get(self.editor.record.day, []))

    # -- report -------------------------------------------------------------------------

    def _ask_report_path(self) -> None:
        last = self.data_.last_night
        name = f"bedtime-companion-report-{last.isoformat() if last else 'empty'}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Journal", "Save PDF report"),
            name,
            translate("Journal", "PDF (*.pdf)", "a file type; keep (*.pdf)"),
        )
        if path:
            self.request_report(path)

    def request_report(self, path: str) -> None:
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.report_requested.emit(path, self.report_days.value())
