"""The journal's night editor: one night's fields in a compact form, saved as one edit.

It uses the same night inputs as the morning check-in (`companion.ui.widgets.night_fields`),
laid out narrow, with typed clock times and the routine's own factors editable too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.insights import NightRecord
from companion.core.journal import (
    MEASURE_BY_KEY,
    TAG_PREFIX,
    TIME_FIELDS,
    JournalValueError,
    Night,
    night_problems,
    onset_from_time,
    tag_key,
)
from companion.core.rls_records import Episode
from companion.core.words import translate
from companion.render.dates import long_date
from companion.ui.journal.editor_labels import ROUTINE_FACTORS, routine_label, short_label
from companion.ui.journal.episodes_list import EpisodesList
from companion.ui.journal.labels import heading
from companion.ui.journal.start_time_field import StartTimeField
from companion.ui.theme import colour, is_dark
from companion.ui.widgets.night_fields import choice_field, number_field, select_choice, tag_names
from companion.ui.widgets.optional_number import OptionalNumberSpin
from companion.ui.widgets.temperature import TemperatureSpin
from companion.ui.widgets.time_field import ClockField
from companion.ui.widgets.wheel_guard import guard_wheels_in
from companion.ui.widgets.words import NO_ANSWER
from companion.ui.widgets.yes_no import YesNoField

_YES_NO = (NO_ANSWER, "yes", "no")  # the stored values, by the combo's index
_NIGHT_NUMBERS = (
    "rls_intensity",
    "quality",
    "rested",
    "sleep_onset_min",
    "awakenings",
    "waso_min",
    "legs_woke_me",
)
_FACTOR_NUMBERS = ("caffeine_after_noon", "alcohol_drinks", "stress")


def _add_row(form: QFormLayout, key: str, field: QWidget) -> None:
    """A short label with the model's full label as tooltip and as the field's spoken name."""
    full = MEASURE_BY_KEY[key].label
    label = QLabel(short_label(key))
    label.setToolTip(full)
    field.setAccessibleName(full)
    label.setBuddy(field)  # addRow(QLabel, …) does not; a combo box has no other name on Linux
    form.addRow(label, field)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


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
        self.title = heading(translate("NightEditor", "No night selected"))
        self.title.setWordWrap(True)

        form = _form()
        self.times = {key: ClockField(key) for key in TIME_FIELDS}
        for key, edit in self.times.items():
            _add_row(form, key, edit)
        self.spins = {key: number_field(key) for key in _NIGHT_NUMBERS}
        for key, spin in self.spins.items():
            _add_row(form, key, spin)
        # A typed start time sets the choice (`onset_from_time`) against that night's bedtime.
        self.bedtime_for: Callable[[date], time] = lambda _night: time(22, 30)
        self.symptoms_from = StartTimeField()
        _add_row(form, "symptoms_from", self.symptoms_from)
        self.onset = choice_field("symptom_onset")
        _add_row(form, "symptom_onset", self.onset)
        self.arms = YesNoField("arms")
        _add_row(form, "arms", self.arms)
        self.episodes = EpisodesList()

        self.yes_no: dict[str, QComboBox] = {}
        yes, no = translate("NightEditor", "yes"), translate("NightEditor", "no")
        for key, label in ROUTINE_FACTORS:
            combo = QComboBox()
            combo.addItems([NO_ANSWER, yes, no])
            combo.setAccessibleName(routine_label(label))
            self.yes_no[key] = combo
        self.dose = number_field("magnesium_dose_mg")
        self.magnesium_time = ClockField("magnesium_time")
        self.factor_spins = {key: number_field(key) for key in _FACTOR_NUMBERS}
        self.exercise = choice_field("exercise")
        self.temperature = TemperatureSpin(fahrenheit)
        factors = _form()
        names = dict(ROUTINE_FACTORS)
        factors.addRow(routine_label(names["magnesium"]), self.yes_no["magnesium"])
        _add_row(factors, "magnesium_dose_mg", self.dose)
        _add_row(factors, "magnesium_time", self.magnesium_time)
        factors.addRow(routine_label(names["stretched"]), self.yes_no["stretched"])
        factors.addRow(routine_label(names["lights_dimmed"]), self.yes_no["lights_dimmed"])
        _add_row(factors, "caffeine_after_noon", self.factor_spins["caffeine_after_noon"])
        _add_row(factors, "alcohol_drinks", self.factor_spins["alcohol_drinks"])
        _add_row(factors, "exercise", self.exercise)
        _add_row(factors, "stress", self.factor_spins["stress"])
        _add_row(factors, "room_temperature_c", self.temperature)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(
            translate("NightEditor", "comma-separated, e.g. late dinner, travel")
        )
        self.tags.setAccessibleName(translate("NightEditor", "Tags"))
        factors.addRow(translate("NightEditor", "Tags"), self.tags)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            translate("NightEditor", "Anything worth remembering about this night")
        )
        self.note.setAccessibleName(translate("NightEditor", "Note"))
        self.note.setMinimumHeight(60)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAccessibleName(translate("NightEditor", "Problems"))
        self.save_button = QPushButton(translate("NightEditor", "&Save night"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip("Ctrl+S")
        self.revert_button = QPushButton(translate("NightEditor", "&Revert"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._lay_out(form, factors)

        self.symptoms_from.textEdited.connect(self._onset_from_clock)
        texts: tuple[QLineEdit, ...] = (*self.times.values(), self.magnesium_time, self.tags)
        for line in (*texts, self.symptoms_from):
            line.textChanged.connect(self._changed)
        for spin in self._number_inputs():
            spin.valueChanged.connect(self._changed)
        self.temperature.valueChanged.connect(self._changed)
        for combo in (self.onset, self.exercise, self.arms, *self.yes_no.values()):
            combo.currentIndexChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.setEnabled(False)
        self._set_problems([])
        guard_wheels_in(self)

    def _lay_out(self, night_form: QFormLayout, factor_form: QFormLayout) -> None:
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 6, 0)
        body.addWidget(self.title)
        night, evening = (
            translate("NightEditor", "The night"),
            translate("NightEditor", "The evening before"),
        )
        for title, form in ((night, night_form), (evening, factor_form)):
            box = QGroupBox(title)
            box.setLayout(form)
            body.addWidget(box)
            if form is night_form:
                body.addWidget(self.episodes)
        body.addWidget(QLabel(translate("NightEditor", "Note")))
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

    def _number_inputs(self) -> tuple[OptionalNumberSpin, ...]:
        return (*self.spins.values(), *self.factor_spins.values(), self.dose)

    def sizeHint(self) -> QSize:
        return QSize(360, 520)

    @property
    def record(self) -> NightRecord | None:
        return self._record

    def load(self, record: NightRecord) -> None:
        self._loading = True
        try:
            self._record = record
            n = record.night
            title = translate("NightEditor", "Night of {date}")
            self.title.setText(title.format(date=long_date(n.night)))
            for key, edit in self.times.items():
                edit.set_moment(getattr(n, key))
            for key, spin in self.spins.items():
                spin.set_optional_value(getattr(n, key))
            self.symptoms_from.set_clock(n.symptoms_from)
            select_choice(self.onset, n.symptom_onset)
            self.arms.set_answer(n.arms)
            for key, combo in self.yes_no.items():
                fv = record.factors.get(key)
                combo.setCurrentIndex(0 if fv is None else _YES_NO.index(fv.value))
            for key, spin in self.factor_spins.items():
                fv = record.factors.get(key)
                spin.set_optional_value(None if fv is None else int(fv.value))
            self._load_details(record)
            self.tags.setText(", ".join(tag_names(record.factors)))
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
        self.magnesium_time.set_moment(None if taken is None else datetime.fromisoformat(taken))
        select_choice(self.exercise, value("exercise"))
        self.temperature.set_celsius_text(value("room_temperature_c"))
        # What the fields say now: a field left alone keeps its stored value exactly, even
        # where showing it rounded it (°F, or a time stored to the second).
        self._loaded_details = self._detail_texts()

    def _detail_texts(self) -> dict[str, str | None]:
        return {
            "magnesium_dose_mg": self.dose.optional_text(),
            "magnesium_time": self.magnesium_time.text_or_none(),
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
                taken = self._moment(self.magnesium_time, base)
                text = None if taken is None else taken.isoformat(timespec="minutes")
            changed[key] = text
        return changed

    def _moment(self, field: ClockField, base: datetime | None) -> datetime | None:
        """The typed time on this night's timeline; JournalValueError names the field."""
        assert self._record is not None
        try:
            return field.moment(self._record.night.night, base, self._tz)
        except ValueError as exc:
            raise JournalValueError(field.key, str(exc)) from None

    def _onset_from_clock(self) -> None:
        try:
            start = self.symptoms_from.clock()
        except JournalValueError:
            return  # shown as a problem by `_changed`
        if start is not None and self._record is not None:
            select_choice(self.onset, onset_from_time(start, self.bedtime_for(self._record.day)))

    def set_episodes(self, episodes: Sequence[Episode]) -> None:
        """The night-time episodes of the night shown (the journey hands them in)."""
        self.episodes.set_episodes(episodes)

    def revert(self) -> None:
        if self._record is not None:
            self.load(self._record)

    def edited(self) -> tuple[Night, dict[str, str | None]]:
        """The night and factor changes as typed; ValueError/JournalValueError if unreadable."""
        assert self._record is not None
        base = self._record.night
        changes: dict[str, object] = {
            key: self._moment(edit, getattr(base, key)) for key, edit in self.times.items()
        }
        for key, spin in self.spins.items():
            changes[key] = spin.optional_value()
        changes["symptom_onset"] = self.onset.currentData()
        changes["symptoms_from"] = self.symptoms_from.clock()
        changes["arms"] = self.arms.answer()
        changes["note"] = self.note.toPlainText()
        night = base.replace(**changes)
        factors: dict[str, str | None] = {}
        for key, combo in self.yes_no.items():
            factors[key] = None if combo.currentIndex() == 0 else _YES_NO[combo.currentIndex()]
        for key, spin in self.factor_spins.items():
            factors[key] = spin.optional_text()
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

    def _checked_edit(self) -> tuple[Night, dict[str, str | None], list[str]] | None:
        """The edit and its problems, or None (the problem shown) when it cannot be read."""
        try:
            night, factors = self.edited()
        except JournalValueError as exc:
            self._set_problems([str(exc)])
            return None
        return night, factors, [str(p) for p in night_problems(night)]

    def _changed(self) -> None:
        if self._loading or self._record is None:
            return
        checked = self._checked_edit()
        if checked is None:
            return
        night, factors, problems = checked
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
        checked = self._checked_edit()
        if checked is None or checked[2]:
            return
        night, factors, _problems = checked
        self.saved.emit(night, factors)
