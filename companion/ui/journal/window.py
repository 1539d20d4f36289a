"""The journal browser: calendar, list, charts, "what helps me" and the experiment.

Takes plain data (`core.insights.JournalData`) and never touches the store: an edited night
leaves as the `night_edited(Night, factors)` signal, a PDF request as
`report_requested(path, days)`; the app (see `companion.journeys.journal`) saves and calls
`update_record` with what was stored. Size and last view travel in and out as a
`JournalWindowState`, which the app keeps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import (
    BUILTIN_SPLITS,
    CAVEATS,
    EXPERIMENT_CAVEAT,
    MIN_NIGHTS,
    NOT_ENOUGH,
    OUTCOMES,
    ROUTINE_LABELS,
    ROUTINE_STEPS,
    Comparison,
    FactorInsight,
    JournalData,
    NightRecord,
    Split,
    adherence,
    experiment_report,
    factor_insights,
    format_interval,
    format_value,
    streaks,
    summary_sentence,
    verdict,
)
from companion.core.journal import (
    MEASURE_BY_KEY,
    SYMPTOM_ONSETS,
    TAG_PREFIX,
    TIME_FIELDS,
    JournalValueError,
    Night,
    night_problems,
    sleep_efficiency_pct,
    tag_key,
)
from companion.core.nights import day_of_clock
from companion.core.texts import NOT_MEDICAL_ADVICE
from companion.render.chart_painter import intensity_colour
from companion.ui.checkin.dialog import EXERCISE_WORDS, TemperatureSpin
from companion.ui.journal.calendar_view import IntensityCalendar, IntensityLegend, to_date, to_qdate
from companion.ui.journal.charts import RANGES, ChartsPanel
from companion.ui.theme import colour, is_dark

TABS = ("calendar", "list", "charts", "insights", "experiment")
TAB_TITLES = ("&Calendar", "&List", "C&harts", "&What helps me", "E&xperiment")


@dataclass
class JournalWindowState:
    """What the window remembers between openings; the app stores it (e.g. in settings)."""

    width: int = 1100
    height: int = 760
    tab: str = "calendar"
    chart_range: int | None = 30
    experiment_start: date | None = None
    report_days: int = 30
    insights_range: int | None = None  # nights compared in "What helps me"; None = all

    def to_dict(self) -> dict[str, Any]:
        return {
            "width": self.width,
            "height": self.height,
            "tab": self.tab,
            "chart_range": self.chart_range,
            "experiment_start": self.experiment_start.isoformat()
            if self.experiment_start
            else None,
            "report_days": self.report_days,
            "insights_range": self.insights_range,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> JournalWindowState:
        """Forgiving: anything missing or odd falls back to the default."""
        state = cls()
        try:
            state.width = max(600, int(raw.get("width", state.width)))
            state.height = max(400, int(raw.get("height", state.height)))
            tab = raw.get("tab")
            state.tab = tab if tab in TABS else state.tab
            chart_range = raw.get("chart_range", state.chart_range)
            state.chart_range = None if chart_range is None else int(chart_range)
            start = raw.get("experiment_start")
            state.experiment_start = date.fromisoformat(start) if start else None
            state.report_days = max(1, int(raw.get("report_days", state.report_days)))
            insights_range = raw.get("insights_range")
            state.insights_range = None if insights_range is None else int(insights_range)
        except (TypeError, ValueError):
            return cls()
        return state


# --- small widgets -------------------------------------------------------------------------


class OptionalSpin(QSpinBox):
    """A spin box whose lowest position means "not answered" (shown as —)."""

    def __init__(self, low: int, high: int, suffix: str = "") -> None:
        super().__init__()
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        if suffix:
            self.setSuffix(suffix)
        self.setAccelerated(True)

    def optional_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


def _time_text(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%H:%M")


def _parse_clock(text: str, night: date, base: datetime | None, tz: tzinfo) -> datetime | None:
    """'22:30' on the night's evening, '06:15' the next morning; '' is not answered."""
    raw = text.strip()
    if not raw:
        return None
    try:
        hours, minutes = (int(p) for p in raw.replace(".", ":").split(":"))
        clock = datetime(2000, 1, 1, hours, minutes).time()
    except ValueError:
        raise ValueError(f"{raw!r} is not a time like 22:30") from None
    day = day_of_clock(night, clock)
    zone = base.tzinfo if base is not None and base.tzinfo is not None else tz
    naive = datetime.combine(day, clock)
    offset = zone.utcoffset(naive) if zone is not None else None
    if offset is None:
        raise ValueError("the time zone is unknown")
    return naive.replace(tzinfo=timezone(offset))


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _caveat_box(extra: tuple[str, ...] = ()) -> QFrame:
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 8, 10, 8)
    title = QLabel("Read with care")
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    for text in (*CAVEATS, *extra):
        layout.addWidget(_note("• " + text))
    layout.addWidget(_note(NOT_MEDICAL_ADVICE))
    box.setAccessibleName("Caveats")
    return box


# --- the night editor ----------------------------------------------------------------------

_YES_NO = ("—", "yes", "no")
_ROUTINE_FACTORS = (
    ("magnesium", "Magnesium"),
    ("stretched", "Stretched"),
    ("lights_dimmed", "Lights dimmed"),
)
# Short labels for the narrow editor; the model's full labels are the tooltips.
_SHORT = {
    "into_bed_at": "Into bed",
    "lights_out_at": "Lights out",
    "final_wake_at": "Woke for the day",
    "out_of_bed_at": "Out of bed",
    "rls_intensity": "Restless legs (0–10)",
    "quality": "Sleep quality (1–5)",
    "rested": "Felt rested (1–5)",
    "sleep_onset_min": "Fell asleep in",
    "awakenings": "Times woken",
    "waso_min": "Awake in the night",
    "legs_woke_me": "Legs woke me",
    "symptom_onset": "Legs started",
    "magnesium_dose_mg": "Dose",
    "magnesium_time": "Taken at",
    "caffeine_after_noon": "Caffeine after noon",
    "alcohol_drinks": "Alcoholic drinks",
    "exercise": "Exercise",
    "stress": "Stress (1–5)",
    "room_temperature_c": "Bedroom",
}


def _form_label(key: str) -> QLabel:
    label = QLabel(_SHORT[key])
    label.setToolTip(MEASURE_BY_KEY[key].label)
    return label


class NightEditor(QWidget):
    """Edits one night with the model's own validation; Save emits `saved(Night, factors)`."""

    saved = Signal(object, object)  # Night, dict[str, str | None]

    def __init__(
        self, tz: tzinfo, *, fahrenheit: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tz = tz
        self._record: NightRecord | None = None
        self._loading = False
        self._loaded_details: dict[str, str | None] = {}
        self.title = _heading("No night selected")
        self.title.setWordWrap(True)

        self.times: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key in TIME_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText("hh:mm")
            edit.setMaxLength(5)
            edit.setAccessibleName(MEASURE_BY_KEY[key].label)
            self.times[key] = edit
            form.addRow(_form_label(key), edit)
        self.spins: dict[str, OptionalSpin] = {}
        for key in (
            "rls_intensity",
            "quality",
            "rested",
            "sleep_onset_min",
            "awakenings",
            "waso_min",
            "legs_woke_me",
        ):
            m = MEASURE_BY_KEY[key]
            spin = OptionalSpin(int(m.low or 0), int(m.high or 99), f" {m.unit}" if m.unit else "")
            spin.setAccessibleName(m.label)
            self.spins[key] = spin
            form.addRow(_form_label(key), spin)
        self.onset = QComboBox()
        self.onset.addItems(["—", *SYMPTOM_ONSETS])
        self.onset.setAccessibleName(MEASURE_BY_KEY["symptom_onset"].label)
        form.addRow(_form_label("symptom_onset"), self.onset)

        factors = QFormLayout()
        factors.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yes_no: dict[str, QComboBox] = {}
        for key, label in _ROUTINE_FACTORS:
            combo = QComboBox()
            combo.addItems(list(_YES_NO))
            combo.setAccessibleName(label)
            self.yes_no[key] = combo
        dose = MEASURE_BY_KEY["magnesium_dose_mg"]
        self.dose = OptionalSpin(int(dose.low or 1), int(dose.high or 2000), f" {dose.unit}")
        self.dose.setSingleStep(50)
        self.dose.setAccessibleName(dose.label)
        self.magnesium_time = QLineEdit()
        self.magnesium_time.setPlaceholderText("hh:mm")
        self.magnesium_time.setMaxLength(5)
        self.magnesium_time.setAccessibleName(MEASURE_BY_KEY["magnesium_time"].label)
        self.factor_spins: dict[str, OptionalSpin] = {}
        for key in ("caffeine_after_noon", "alcohol_drinks", "stress"):
            m = MEASURE_BY_KEY[key]
            spin = OptionalSpin(int(m.low or 0), int(m.high or 30))
            spin.setAccessibleName(m.label)
            self.factor_spins[key] = spin
        self.exercise = QComboBox()
        self.exercise.addItem("—", None)
        for choice in MEASURE_BY_KEY["exercise"].choices:
            self.exercise.addItem(EXERCISE_WORDS[choice], choice)
        self.exercise.setAccessibleName(MEASURE_BY_KEY["exercise"].label)
        self.temperature = TemperatureSpin(MEASURE_BY_KEY["room_temperature_c"], fahrenheit)
        for label, field in (
            ("Magnesium", self.yes_no["magnesium"]),
            (_form_label("magnesium_dose_mg"), self.dose),
            (_form_label("magnesium_time"), self.magnesium_time),
            ("Stretched", self.yes_no["stretched"]),
            ("Lights dimmed", self.yes_no["lights_dimmed"]),
            (_form_label("caffeine_after_noon"), self.factor_spins["caffeine_after_noon"]),
            (_form_label("alcohol_drinks"), self.factor_spins["alcohol_drinks"]),
            (_form_label("exercise"), self.exercise),
            (_form_label("stress"), self.factor_spins["stress"]),
            (_form_label("room_temperature_c"), self.temperature),
        ):
            factors.addRow(label, field)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("comma-separated, e.g. late dinner, travel")
        self.tags.setAccessibleName("Tags")
        factors.addRow("Tags", self.tags)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText("Anything worth remembering about this night")
        self.note.setAccessibleName("Note")
        self.note.setMinimumHeight(60)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAccessibleName("Problems")
        self.save_button = QPushButton("&Save night")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip("Ctrl+S")
        self.revert_button = QPushButton("&Revert")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 6, 0)
        body.addWidget(self.title)
        sleep_box = QGroupBox("The night")
        sleep_box.setLayout(form)
        body.addWidget(sleep_box)
        factor_box = QGroupBox("The evening before")
        factor_box.setLayout(factors)
        body.addWidget(factor_box)
        body.addWidget(QLabel("Note"))
        body.addWidget(self.note)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

        for edit in self.times.values():
            edit.textChanged.connect(self._changed)
        for spin in (*self.spins.values(), *self.factor_spins.values(), self.dose):
            spin.valueChanged.connect(self._changed)
        self.temperature.valueChanged.connect(self._changed)
        self.magnesium_time.textChanged.connect(self._changed)
        for combo in (self.onset, self.exercise, *self.yes_no.values()):
            combo.currentIndexChanged.connect(self._changed)
        self.tags.textChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.setEnabled(False)
        self._set_problems([])

    def sizeHint(self) -> QSize:
        return QSize(360, 700)

    @property
    def record(self) -> NightRecord | None:
        return self._record

    def load(self, record: NightRecord) -> None:
        self._loading = True
        try:
            self._record = record
            n = record.night
            self.title.setText(f"Night of {n.night:%A} {n.night.day} {n.night:%B %Y}")
            for key, edit in self.times.items():
                edit.setText(_time_text(getattr(n, key)))
            for key, spin in self.spins.items():
                spin.set_optional_value(getattr(n, key))
            self.onset.setCurrentIndex(
                0 if n.symptom_onset is None else 1 + SYMPTOM_ONSETS.index(n.symptom_onset)
            )
            for key, combo in self.yes_no.items():
                fv = record.factors.get(key)
                combo.setCurrentIndex(0 if fv is None else _YES_NO.index(fv.value))
            for key, spin in self.factor_spins.items():
                fv = record.factors.get(key)
                spin.set_optional_value(None if fv is None else int(fv.value))
            self._load_details(record)
            self.tags.setText(", ".join(self._tags_of(record)))
            self.note.setPlainText(n.note)
        finally:
            self._loading = False
        self.setEnabled(True)
        self._changed()

    def _load_details(self, record: NightRecord) -> None:
        """Dose, time, exercise and bedroom: shown in the user's units, kept as the journal's."""
        value = {key: fv.value for key, fv in record.factors.items()}.get
        dose = value("magnesium_dose_mg")
        self.dose.set_optional_value(None if dose is None else int(dose))
        taken = value("magnesium_time")
        self.magnesium_time.setText(
            "" if taken is None else _time_text(datetime.fromisoformat(taken))
        )
        self.exercise.setCurrentIndex(max(0, self.exercise.findData(value("exercise"))))
        temperature = value("room_temperature_c")
        self.temperature.set_celsius(None if temperature is None else float(temperature))
        # What the fields say now: a field left alone keeps its stored value exactly, even
        # where showing it rounded it (°F, or a time stored to the second).
        self._loaded_details = self._detail_texts()

    def _detail_texts(self) -> dict[str, str | None]:
        dose = self.dose.optional_value()
        return {
            "magnesium_dose_mg": None if dose is None else str(dose),
            "magnesium_time": self.magnesium_time.text().strip() or None,
            "exercise": self.exercise.currentData(),
            "room_temperature_c": self.temperature.celsius_text(),
        }

    def _edited_details(self) -> dict[str, str | None]:
        """The detail factors the user changed, as the journal's canonical text."""
        assert self._record is not None
        changed: dict[str, str | None] = {}
        for key, text in self._detail_texts().items():
            if text == self._loaded_details.get(key):
                continue
            if key == "magnesium_time" and text is not None:
                stored = self._record.factors.get(key)
                base = None if stored is None else datetime.fromisoformat(stored.value)
                try:
                    taken = _parse_clock(text, self._record.night.night, base, self._tz)
                except ValueError as exc:
                    raise JournalValueError(key, str(exc)) from None
                text = None if taken is None else taken.isoformat(timespec="minutes")
            changed[key] = text
        return changed

    @staticmethod
    def _tags_of(record: NightRecord) -> list[str]:
        return sorted(
            k.removeprefix(TAG_PREFIX) for k in record.factors if k.startswith(TAG_PREFIX)
        )

    def revert(self) -> None:
        if self._record is not None:
            self.load(self._record)

    def edited(self) -> tuple[Night, dict[str, str | None]]:
        """The night and factor changes as typed; ValueError/JournalValueError if unreadable."""
        assert self._record is not None
        base = self._record.night
        changes: dict[str, object] = {}
        for key, edit in self.times.items():
            try:
                changes[key] = _parse_clock(edit.text(), base.night, getattr(base, key), self._tz)
            except ValueError as exc:
                raise JournalValueError(key, str(exc)) from None
        for key, spin in self.spins.items():
            changes[key] = spin.optional_value()
        index = self.onset.currentIndex()
        changes["symptom_onset"] = None if index == 0 else SYMPTOM_ONSETS[index - 1]
        changes["note"] = self.note.toPlainText()
        night = base.replace(**changes)
        factors: dict[str, str | None] = {}
        for key, combo in self.yes_no.items():
            factors[key] = None if combo.currentIndex() == 0 else combo.currentText()
        for key, spin in self.factor_spins.items():
            value = spin.optional_value()
            factors[key] = None if value is None else str(value)
        factors |= self._edited_details()
        wanted = {tag_key(t) for t in self.tags.text().split(",") if t.strip()}
        for key in self._record.factors:
            if key.startswith(TAG_PREFIX) and key not in wanted:
                factors[key] = None
        for key in sorted(wanted):
            factors[key] = "yes"
        # Only what changed, so a routine-recorded factor keeps its source.
        old = {k: fv.value for k, fv in self._record.factors.items()}
        factors = {k: v for k, v in factors.items() if old.get(k) != v}
        return night, factors

    def _changed(self) -> None:
        if self._loading or self._record is None:
            return
        try:
            night, factors = self.edited()
        except JournalValueError as exc:
            self._set_problems([str(exc)])
            return
        problems = [str(p) for p in night_problems(night)]
        self._set_problems(problems)
        dirty = night != self._record.night or bool(factors)
        self.save_button.setEnabled(not problems and dirty)
        self.revert_button.setEnabled(dirty)

    def _set_problems(self, problems: list[str]) -> None:
        dark = is_dark(self)
        self.problems.setStyleSheet(f"color: {colour('error', dark).name()};")
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        if problems:
            self.save_button.setEnabled(False)

    def show_problem(self, message: str) -> None:
        self._set_problems([message])

    def save(self) -> None:
        if self._record is None or not self.save_button.isEnabled():
            return
        try:
            night, factors = self.edited()
        except JournalValueError as exc:
            self._set_problems([str(exc)])
            return
        if night_problems(night):
            return
        self.saved.emit(night, factors)


# --- the list ------------------------------------------------------------------------------

_COLUMNS = ("Night", "Legs", "Quality", "Asleep in", "Efficiency", "Routine", "Tags", "Note")


class NightsModel(QAbstractTableModel):
    """One row per night, newest first."""

    def __init__(self, data: JournalData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = data
        self.rows: list[NightRecord] = list(reversed(data.records))
        self.keys = [self._keys(r) for r in self.rows]

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list(reversed(self.journal.records))
        self.keys = [self._keys(r) for r in self.rows]
        self.endResetModel()

    @classmethod
    def _keys(cls, r: NightRecord) -> tuple[Any, ...]:
        return tuple(cls._sort_key(r, col) for col in range(len(_COLUMNS)))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        n = r.night
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 1 and n.rls_intensity is not None:
            return intensity_colour(n.rls_intensity)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 7 and n.note:
            return n.note
        return None

    @staticmethod
    def _text(r: NightRecord, col: int) -> str:
        n = r.night
        if col == 0:
            return f"{n.night:%a} {n.night.isoformat()}"
        if col == 1:
            return "—" if n.rls_intensity is None else f"{n.rls_intensity}"
        if col == 2:
            return "—" if n.quality is None else f"{n.quality}"
        if col == 3:
            return "—" if n.sleep_onset_min is None else f"{n.sleep_onset_min} min"
        if col == 4:
            eff = sleep_efficiency_pct(n)
            return "—" if eff is None else f"{eff:.1f} %"
        if col == 5:
            done = [ROUTINE_LABELS[s] for s in ROUTINE_STEPS if r.routine.get(s)]
            if r.routine_done:
                return "✓ all"
            return ", ".join(done).lower() if done else "—"
        if col == 6:
            return ", ".join(NightEditor._tags_of(r))
        return n.note.replace("\n", " ⏎ ")

    @staticmethod
    def _sort_key(r: NightRecord, col: int) -> Any:
        n = r.night
        values: tuple[Any, ...] = (
            n.night.toordinal(),
            n.rls_intensity,
            n.quality,
            n.sleep_onset_min,
            sleep_efficiency_pct(n),
            sum(bool(r.routine.get(s)) for s in ROUTINE_STEPS),
        )
        if col < len(values):
            value = values[col]
            return -1.0 if value is None else float(value)
        return NightsModel._text(r, col).lower()


class NightsFilter(QSortFilterProxyModel):
    """Search in notes, a date range, a factor side and a tag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.first: date | None = None
        self.last: date | None = None
        self.split: Split | None = None
        self.split_side = True
        self.tag: str | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filters(
        self,
        *,
        search: str = "",
        first: date | None = None,
        last: date | None = None,
        split: Split | None = None,
        split_side: bool = True,
        tag: str | None = None,
    ) -> None:
        self.beginFilterChange()
        self.search = search.strip().lower()
        self.first, self.last = first, last
        self.split, self.split_side = split, split_side
        self.tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, NightsModel)
        col = left.column()
        return bool(model.keys[left.row()][col] < model.keys[right.row()][col])

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, NightsModel)
        r = model.rows[source_row]
        if self.search and self.search not in r.night.note.lower():
            return False
        if self.first is not None and r.day < self.first:
            return False
        if self.last is not None and r.day > self.last:
            return False
        if self.split is not None and self.split.side(r) is not self.split_side:
            return False
        return self.tag is None or self.tag in r.factors


class NightsList(QWidget):
    """The table with its search field and filters."""

    def __init__(self, data: JournalData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_ = data
        self.model = NightsModel(data, self)
        self.proxy = NightsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The model already lists newest first: show that as the sort and only sort when a
        # header is clicked (sorting 3,650 rows through Python on open costs half a second).
        sort_header = self.view.horizontalHeader()
        sort_header.setSectionsClickable(True)
        sort_header.setSortIndicatorShown(True)
        sort_header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        sort_header.sortIndicatorChanged.connect(self.proxy.sort)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAccessibleName("Nights")
        header = self.view.horizontalHeader()
        # Fixed widths from the font: sizing to contents would measure every one of
        # thousands of rows when the window opens.
        fm = self.fontMetrics()
        for col, sample in enumerate(
            ("Wed 2024-12-31", "Legs 10", "Quality", "Asleep in", "Efficiency", "stretches, lights")
        ):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 36)
        header.resizeSection(6, fm.horizontalAdvance("late dinner, travel") + 16)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(fm.height() + 8)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search notes (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search notes")
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, name in ((self.first, "From"), (self.last, "To")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.factor = QComboBox()
        self.factor.setAccessibleName("Factor")
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag")
        self.count = QLabel()
        self.clear_button = QPushButton("Clear filters")
        self._fill_filters()

        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 4)
        filters.addWidget(self.count, 0, 4, 1, 2, Qt.AlignmentFlag.AlignRight)
        from_label = QLabel("&From")
        from_label.setBuddy(self.first)
        filters.addWidget(from_label, 1, 0)
        filters.addWidget(self.first, 1, 1)
        filters.addWidget(QLabel("to"), 1, 2)
        filters.addWidget(self.last, 1, 3)
        filters.addWidget(self.factor, 1, 4)
        filters.addWidget(self.tag, 1, 5)
        filters.addWidget(self.clear_button, 1, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search.textChanged.connect(self.apply_filters)
        self.first.dateChanged.connect(self.apply_filters)
        self.last.dateChanged.connect(self.apply_filters)
        self.factor.currentIndexChanged.connect(self.apply_filters)
        self.tag.currentIndexChanged.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.apply_filters()

    def _fill_filters(self) -> None:
        records = self.data_.records
        low = records[0].day if records else date(2000, 1, 1)
        high = records[-1].day if records else date(2000, 1, 1)
        for edit in (self.first, self.last):
            edit.blockSignals(True)
            edit.setDateRange(to_qdate(low), to_qdate(high))
            edit.blockSignals(False)
        self.first.blockSignals(True)
        self.first.setDate(to_qdate(low))
        self.first.blockSignals(False)
        self.last.blockSignals(True)
        self.last.setDate(to_qdate(high))
        self.last.blockSignals(False)
        self.factor.blockSignals(True)
        self.factor.clear()
        self.factor.addItem("Any factor", None)
        for split in BUILTIN_SPLITS:
            self.factor.addItem(f"{split.label}: {split.with_label}", (split, True))
            self.factor.addItem(f"{split.label}: {split.without_label}", (split, False))
        self.factor.blockSignals(False)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("Any tag", None)
        for key in self.data_.tags:
            self.tag.addItem(key.removeprefix(TAG_PREFIX), key)
        self.tag.blockSignals(False)

    def reload(self) -> None:
        self.model.reload()
        self.apply_filters()

    def clear_filters(self) -> None:
        self.search.clear()
        self._fill_filters()
        self.apply_filters()

    def apply_filters(self) -> None:
        choice = self.factor.currentData()
        split, side = choice if choice else (None, True)
        self.proxy.set_filters(
            search=self.search.text(),
            first=to_date(self.first.date()),
            last=to_date(self.last.date()),
            split=split,
            split_side=side,
            tag=self.tag.currentData(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(f"{shown} of {total} nights")

    def record_at(self, proxy_row: int) -> NightRecord:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.rows[source.row()]

    def select_day(self, day: date) -> None:
        for row in range(self.proxy.rowCount()):
            if self.record_at(row).day == day:
                self.view.selectRow(row)
                self.view.scrollTo(self.proxy.index(row, 0))
                return


# --- what helps me -------------------------------------------------------------------------

_INSIGHT_COLUMNS = (
    "Factor",
    "Nights with / without",
    "Average with",
    "Average without",
    "Difference (95 % interval)",
    "Cliff's δ",
    "Reading",
)


def _fill_comparison_row(
    table: QTableWidget,
    row: int,
    texts: Sequence[str],
    sentence: str,
    enough: bool,
    *,
    numeric: range,
) -> None:
    """One comparison's cells: numbers right-aligned, the plain sentence as tooltip, greyed
    when there are too few nights."""
    for col, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if col in numeric:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(sentence)
        if not enough:
            _muted_item(item, table)
        table.setItem(row, col, item)


def _muted_item(item: QTableWidgetItem, widget: QWidget) -> None:
    muted = colour("muted", is_dark(widget))
    item.setForeground(muted)
    font = item.font()
    font.setItalic(True)
    item.setFont(font)


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
        for label, count in RANGES:
            self.period.addItem(f"Last {label}" if count else "All nights", count)
        self.period.setCurrentIndex(max(0, self.period.findData(nights)))
        self.period.setAccessibleName("Nights compared")
        self.outcome = QComboBox()
        for o in OUTCOMES:
            better = "lower is better" if o.lower_is_better else "higher is better"
            self.outcome.addItem(f"{o.label} — {better}", o.key)
        self.outcome.setAccessibleName("Outcome")
        self.summary = _note("")
        self.table = QTableWidget(0, len(_INSIGHT_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(_INSIGHT_COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAccessibleName("Factor comparisons")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        top = QHBoxLayout()
        label = QLabel("&Compare on")
        label.setBuddy(self.outcome)
        top.addWidget(label)
        top.addWidget(self.outcome)
        top.addSpacing(12)
        over = QLabel("&over")
        over.setBuddy(self.period)
        top.addWidget(over)
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            _note(
                f"Grey rows have fewer than {MIN_NIGHTS} nights on one side: {NOT_ENOUGH}. "
                "Cliff's δ runs from −1 (every night with it lower) to +1 (every night higher)."
            )
        )
        layout.addWidget(_caveat_box())
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
        self.insights = factor_insights(records, self.data_.tags)
        if last is not None:
            week = adherence(self.data_.records, last, 7)
            month = adherence(self.data_.records, last, 30)
            run = streaks(self.data_.records, last)
            self.summary.setText(
                f"Whole routine done on {week.whole} of the last 7 nights and {month.whole} "
                f"of the last 30. Current run: {run.current} "
                f"{'night' if run.current == 1 else 'nights'}; longest: {run.longest}."
            )
        else:
            self.summary.setText("No nights in the journal yet.")
        self._fill()

    def _fill(self) -> None:
        if self.insights is None:
            return
        key = self.outcome.currentData()
        self.table.setRowCount(len(self.insights))
        for row, insight in enumerate(self.insights):
            c = insight.for_outcome(key)
            texts = (
                f"{insight.label} ({insight.with_label} / {insight.without_label})",
                f"{c.n_with} / {c.n_without}",
                format_value(c.outcome, c.mean_with),
                format_value(c.outcome, c.mean_without),
                self._difference_text(c),
                "—" if c.cliffs_delta is None else f"{c.cliffs_delta:+.2f}".replace("-", "−"),
                verdict(c),
            )
            sentence = summary_sentence(c, insight.with_label, insight.without_label)
            _fill_comparison_row(self.table, row, texts, sentence, c.enough, numeric=range(1, 6))

    @staticmethod
    def _difference_text(c: Comparison) -> str:
        if c.difference is None:
            return "—"
        return (
            f"{format_value(c.outcome, c.difference, signed=True)} "
            f"({format_interval(c.outcome, c.interval)})"
        )


# --- the experiment ------------------------------------------------------------------------

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
        self.periods = _note("")
        self.table = QTableWidget(0, len(_EXPERIMENT_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(_EXPERIMENT_COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Experiment results")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.adherence = _note("")

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
            _note(
                "The article behind this app describes a 30-day experiment: a month of the "
                "evening routine, with a journal. Mark the night you began, and see how that "
                "month compares with the month before."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.periods)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.adherence)
        layout.addWidget(_caveat_box((EXPERIMENT_CAVEAT,)))
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
                InsightsPanel._difference_text(c),
                "—" if c.cliffs_delta is None else f"{c.cliffs_delta:+.2f}".replace("-", "−"),
                verdict(c),
            )
            sentence = summary_sentence(c, "during", "before")
            _fill_comparison_row(self.table, row, texts, sentence, c.enough, numeric=range(1, 7))
        before, during = report.adherence_baseline, report.adherence_routine
        self.adherence.setText(
            f"Whole routine done: {before.whole} of {before.days} nights before, "
            f"{during.whole} of {during.days} nights during. ↓ lower is better, ↑ higher is better."
        )


# --- the window ----------------------------------------------------------------------------


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
        self.setWindowTitle("Journal — Bedtime Companion")
        self.data_ = data
        self._state = state or JournalWindowState()
        zone = tz or datetime(2000, 1, 1).astimezone().tzinfo
        assert zone is not None

        self.calendar = IntensityCalendar(data.get)
        self.legend = IntensityLegend()
        self.calendar_summary = _note("")
        self.list = NightsList(data)
        self.charts = ChartsPanel()
        self.insights = InsightsPanel(data, self._state.insights_range)
        self.experiment = ExperimentPanel(data, self._state.experiment_start)
        self.editor = NightEditor(zone, fahrenheit=fahrenheit)

        calendar_page = QWidget()
        cal_layout = QVBoxLayout(calendar_page)
        cal_layout.setContentsMargins(8, 8, 8, 8)
        cal_layout.addWidget(self.calendar, 1)
        cal_layout.addWidget(self.legend)
        cal_layout.addWidget(self.calendar_summary)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page, title in zip(
            (calendar_page, self.list, self.charts, self.insights, self.experiment),
            TAB_TITLES,
            strict=True,
        ):
            self.tabs.addTab(page, title)

        self.report_days = QSpinBox()
        self.report_days.setRange(7, 3650)
        self.report_days.setValue(self._state.report_days)
        self.report_days.setSuffix(" nights")
        self.report_days.setAccessibleName("Nights in the report")
        self.report_button = QPushButton("Save PDF &report…")
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
        bottom.addWidget(QLabel("Report covers the last"))
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
        self.charts.range_changed.connect(self._range_changed)
        self.experiment.start_changed.connect(self._experiment_start_changed)
        self.insights.period_changed.connect(self._range_changed)

        self.charts.set_range(self._state.chart_range)
        self._load_charts()
        self._update_summary()
        self.resize(self._state.width, self._state.height)
        last = data.last_night
        if last is not None:
            self.calendar.setSelectedDate(to_qdate(last))
            self._select(last)
        self.tabs.setCurrentIndex(TABS.index(self._state.tab))
        self._tab_changed(self.tabs.currentIndex())
        self._update_status()

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
        name = TABS[index]
        self.editor.setVisible(name in ("calendar", "list"))
        if name == "insights":
            self.insights.refresh()
        elif name == "experiment":
            self.experiment.refresh()
        self.state_changed.emit(self.state())

    def _range_changed(self, _nights: object) -> None:
        self.state_changed.emit(self.state())

    def _experiment_start_changed(self, _start: object) -> None:
        self.state_changed.emit(self.state())

    def _load_charts(self) -> None:
        self.charts.set_data(
            {o.key: self.data_.outcome_points(o.key) for o in OUTCOMES},
            {s: self.data_.routine_points(s) for s in ROUTINE_STEPS},
        )

    def _update_summary(self) -> None:
        last = self.data_.last_night
        if last is None:
            self.calendar_summary.setText(
                "No nights yet. After your first morning check-in, each night appears here, "
                "coloured by how restless your legs were."
            )
            return
        week = adherence(self.data_.records, last, 7)
        month = adherence(self.data_.records, last, 30)
        run = streaks(self.data_.records, last)
        parts = ", ".join(f"{ROUTINE_LABELS[s].lower()} {month.by_step[s]}" for s in ROUTINE_STEPS)
        self.calendar_summary.setText(
            f"Whole routine: {week.whole} of the last 7 nights, {month.whole} of the last 30 "
            f"({parts}). Current run {run.current}, longest {run.longest}."
        )

    def _update_status(self) -> None:
        n = len(self.data_.records)
        if n:
            first, last = self.data_.records[0].day, self.data_.records[-1].day
            self.status.setText(f"{n} nights, {first.isoformat()} to {last.isoformat()}")
        else:
            self.status.setText("The journal is empty.")

    def update_record(self, record: NightRecord) -> None:
        """Show a night as the store now has it (after `night_edited` was saved)."""
        self.data_.put(record)
        self.list.reload()
        self.calendar.refresh()
        self._load_charts()
        self._update_summary()
        self._update_status()
        name = TABS[self.tabs.currentIndex()]
        if name == "insights":
            self.insights.refresh()
        elif name == "experiment":
            self.experiment.refresh()
        if self.editor.record is not None and self.editor.record.day == record.day:
            self.editor.load(record)
        self.status.setText(f"Saved the night of {record.day.isoformat()}.")

    def show_problem(self, message: str) -> None:
        self.editor.show_problem(message)

    # -- report -------------------------------------------------------------------------

    def _ask_report_path(self) -> None:
        last = self.data_.last_night
        name = f"bedtime-companion-report-{last.isoformat() if last else 'empty'}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "Save PDF report", name, "PDF (*.pdf)")
        if path:
            self.request_report(path)

    def request_report(self, path: str) -> None:
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.report_requested.emit(path, self.report_days.value())
