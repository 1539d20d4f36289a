"""The journal's "Medicines and tests" page: medicine courses and iron test results, as recorded.

Widgets only: lists come in as plain records (`core.rls_records`), and each form leaves as a
signal (`medication_added`, `medication_stopped`, `lab_added`) for the journal journey to store.
It records and shows; it never suggests a medicine, a dose or a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from companion.core.rls_records import LabResult, MedicationCourse, shown_dose
from companion.core.words import QT_TRANSLATE_NOOP, clock_time, translate
from companion.render.dates import short_date
from companion.ui.journal.labels import heading, note, scrolling_page
from companion.ui.journal.onset_chart import OnsetChart, earlier_sentence
from companion.ui.theme import SPACE, SPACE_TIGHT, colour, is_dark
from companion.ui.widgets.time_field import OptionalTimeEdit
from companion.ui.widgets.wheel_guard import guard_wheels_in
from companion.ui.widgets.words import NO_ANSWER

# Texts and headings marked here, translated where shown (context "Treatments").
IRON_HELP = QT_TRANSLATE_NOOP(
    "Treatments",
    "About the iron numbers: the 2024 guideline of the American Academy of Sleep Medicine "
    "(Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) uses "
    "ferritin at or below 75 ng/mL (the same as µg/L) or a transferrin saturation (TSAT) below "
    "20 % as its thresholds for iron in restless legs. These numbers are here for a "
    "conversation with your clinician; this app does not advise any treatment or dose.",
)
MEDICINE_COLUMNS = (
    QT_TRANSLATE_NOOP("Treatments", "Medicine"),
    QT_TRANSLATE_NOOP("Treatments", "Dose"),
    QT_TRANSLATE_NOOP("Treatments", "From"),
    QT_TRANSLATE_NOOP("Treatments", "To"),
    QT_TRANSLATE_NOOP("Treatments", "Time of day"),
)
LAB_COLUMNS = (
    QT_TRANSLATE_NOOP("Treatments", "Date"),
    QT_TRANSLATE_NOOP("Treatments", "Ferritin (µg/L)"),
    QT_TRANSLATE_NOOP("Treatments", "TSAT (%)"),
)
ONSET_WEEKS = 12


def course_cells(course: MedicationCourse) -> tuple[str, ...]:
    """A course as the list shows it: name, '0.25 mg', from, to ('still taking'), time."""
    return (
        course.name,
        translate("Treatments", "{dose} {unit}").format(
            dose=shown_dose(course.dose), unit=course.unit
        ),
        short_date(course.start),
        translate("Treatments", "still taking") if course.end is None else short_date(course.end),
        NO_ANSWER if course.at is None else clock_time(course.at),
    )


def lab_cells(result: LabResult) -> tuple[str, ...]:
    def number(value: float | None) -> str:
        return NO_ANSWER if value is None else shown_dose(value)

    return (short_date(result.taken), number(result.ferritin), number(result.tsat))


def _table(columns: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([translate("Treatments", column) for column in columns])
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(table.fontMetrics().height() * 6)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def _number(name: str, high: float, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, high)
    spin.setDecimals(2)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    # 0 shows the field's name, as a placeholder does: the row's label names only the first
    # field, and a real value is above 0.
    spin.setSpecialValueText(name)
    return spin


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TreatmentsPage(QWidget):
    """Medicines and iron tests: two lists and the forms to add, stop and add."""

    medication_added = Signal(object)  # MedicationCourse
    medication_stopped = Signal(str, object)  # name, date
    lab_added = Signal(object)  # LabResult

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_page(self)
        layout.setSpacing(SPACE_TIGHT)
        self.medicines = _table(MEDICINE_COLUMNS, translate("Treatments", "Medicines"))
        self.labs = _table(LAB_COLUMNS, translate("Treatments", "Iron tests"))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("Treatments", "e.g. pramipexole"))
        self.name_edit.setAccessibleName(translate("Treatments", "Medicine name"))
        self.dose_spin = _number(translate("Treatments", "Dose"), 100_000, "")
        self.unit_edit = QLineEdit("mg")  # a value the user may change, stored as typed
        self.unit_edit.setAccessibleName(translate("Treatments", "Unit"))
        self.unit_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self.from_edit = _date_edit(translate("Treatments", "Taking it from"))
        time_name = translate("Treatments", "Time of day")
        self.at_edit = OptionalTimeEdit(time_name, time(21, 0), empty_text=time_name)
        self.add_button = QPushButton(translate("Treatments", "&Add medicine"))
        self.add_button.clicked.connect(self._add_medicine)

        self.stop_combo = QComboBox()
        self.stop_combo.setAccessibleName(translate("Treatments", "Medicine to stop"))
        self.stop_edit = _date_edit(translate("Treatments", "Last day taken"))
        self.stop_button = QPushButton(translate("Treatments", "Record &stop"))
        self.stop_button.clicked.connect(self._stop_medicine)

        self.lab_date = _date_edit(translate("Treatments", "Date of the test"))
        self.ferritin_spin = _number(translate("Treatments", "Ferritin"), 5000, " µg/L")
        self.tsat_spin = _number(translate("Treatments", "TSAT"), 100, " %")
        self.lab_button = QPushButton(translate("Treatments", "Add &test result"))
        self.lab_button.clicked.connect(self._add_lab)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.problem.setAccessibleName(translate("Treatments", "Problem"))

        forms = QGridLayout()
        forms.setHorizontalSpacing(SPACE)
        forms.setVerticalSpacing(SPACE_TIGHT)
        rows: tuple[tuple[str, tuple[QWidget, ...]], ...] = (
            (
                translate("Treatments", "New medicine"),
                (self.name_edit, self.dose_spin, self.unit_edit),
            ),
            (
                translate("Treatments", "from", "taking it from"),
                (self.from_edit, self.at_edit, self.add_button),
            ),
            (
                translate("Treatments", "Stopped"),
                (self.stop_combo, self.stop_edit, self.stop_button),
            ),
            (
                translate("Treatments", "Iron test on"),
                (self.lab_date, self.ferritin_spin, self.tsat_spin),
            ),
            ("", (self.lab_button,)),
        )
        for r, (label, widgets) in enumerate(rows):
            text = QLabel(label)
            text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            forms.addWidget(text, r, 0)
            if label:
                text.setBuddy(widgets[0])  # the stop combo box has no other name on Linux
            for c, widget in enumerate(widgets):
                forms.addWidget(widget, r, c + 1)
        forms.setColumnStretch(4, 1)

        # When the legs start, over the last ONSET_WEEKS weeks (the rule looks at eight).
        self.onset = OnsetChart()
        self.onset.setMinimumHeight(self.fontMetrics().height() * 12)
        self.onset_sentence = note("")
        self.onset_sentence.setAccessibleName(translate("Treatments", "About when the legs start"))
        self.onset_sentence.hide()
        layout.addWidget(heading(translate("Treatments", "When the legs start")))
        layout.addWidget(self.onset)
        layout.addWidget(self.onset_sentence)
        layout.addWidget(heading(translate("Treatments", "Medicines")))
        layout.addWidget(self.medicines)
        layout.addWidget(heading(translate("Treatments", "Iron tests")))
        layout.addWidget(self.labs)
        layout.addWidget(heading(translate("Treatments", "Record a change")))
        layout.addLayout(forms)
        layout.addWidget(self.problem)
        layout.addWidget(note(translate("Treatments", IRON_HELP)))
        layout.addStretch(1)
        self.set_today(today)
        self.set_records([], [])
        guard_wheels_in(self)

    def set_today(self, today: date) -> None:
        day = QDate(today.year, today.month, today.day)
        for edit in (self.from_edit, self.stop_edit, self.lab_date):
            edit.setDate(day)

    def set_records(
        self, medications: Sequence[MedicationCourse], labs: Sequence[LabResult]
    ) -> None:
        """Show what the journal holds now (courses by start, tests by date)."""
        courses = sorted(medications, key=lambda c: (c.start, c.name))
        _fill(self.medicines, [course_cells(c) for c in courses])
        _fill(self.labs, [lab_cells(r) for r in sorted(labs, key=lambda r: r.taken)])
        open_names = sorted({c.name for c in courses if c.end is None})
        self.stop_combo.clear()
        self.stop_combo.addItems(open_names)
        self.stop_combo.setEnabled(bool(open_names))
        self.stop_button.setEnabled(bool(open_names))
        self.problem.hide()

    def set_onsets(self, onsets: Sequence[tuple[date, int]], last: date) -> None:
        """Start times (night minutes) by night, shown up to `last`, and the sentence."""
        self.onset.set_points(onsets, last - timedelta(weeks=ONSET_WEEKS) + timedelta(1), last)
        sentence = earlier_sentence(onsets, last)
        self.onset_sentence.setText(sentence or "")
        self.onset_sentence.setVisible(sentence is not None)

    def show_problem(self, message: str) -> None:
        self.problem.setStyleSheet(f"color: {colour('negative', is_dark(self)).name()};")
        self.problem.setText(message)
        self.problem.show()

    def _add_medicine(self) -> None:
        name = " ".join(self.name_edit.text().split())
        unit = self.unit_edit.text().strip()
        if not name or self.dose_spin.value() <= 0 or not unit:
            self.show_problem(
                translate("Treatments", "A new medicine needs its name, its dose and a unit.")
            )
            return
        at = self.at_edit.value()
        course = MedicationCourse(
            name, self.dose_spin.value(), unit, _to_date(self.from_edit.date()), None, at
        )
        self.medication_added.emit(course)

    def _stop_medicine(self) -> None:
        name = self.stop_combo.currentText()
        if name:
            self.medication_stopped.emit(name, _to_date(self.stop_edit.date()))

    def _add_lab(self) -> None:
        ferritin = self.ferritin_spin.value() or None
        tsat = self.tsat_spin.value() or None
        if ferritin is None and tsat is None:
            self.show_problem(
                translate("Treatments", "A test result needs a ferritin or a TSAT value (or both).")
            )
            return
        self.lab_added.emit(LabResult(_to_date(self.lab_date.date()), ferritin, tsat))

    def clear_forms(self) -> None:
        """After a stored entry: empty the new-medicine and test fields."""
        self.name_edit.clear()
        self.dose_spin.setValue(0)
        self.at_edit.set_time(None)
        self.ferritin_spin.setValue(0)
        self.tsat_spin.setValue(0)
