"""The check-in's folded "more details": the night's times, the day before, tags and a note."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal import MEASURE_BY_KEY, TIME_FIELDS, FactorValue, Night, onset_from_time
from companion.core.words import translate
from companion.ui.checkin.field_rows import FieldRows
from companion.ui.checkin.labels import heading
from companion.ui.checkin.scale_row import scale_row_for
from companion.ui.checkin.tags import TagsBox
from companion.ui.widgets.night_fields import choice_field, number_field, select_choice, tag_names
from companion.ui.widgets.temperature import TemperatureSpin
from companion.ui.widgets.time_field import OptionalTimeEdit, moment_for
from companion.ui.widgets.words import short_label
from companion.ui.widgets.yes_no import YesNoField

# The factors this dialog edits; the routine's own (magnesium, stretches, lights) are shown
# read-only at the top and never written from here.
MANUAL_FACTORS = (
    "caffeine_after_noon",
    "alcohol_drinks",
    "exercise",
    "stress",
    "room_temperature_c",
)


class NoteEdit(QPlainTextEdit):
    """The free-text note. Enter starts a new line here, so Ctrl+Enter saves instead."""

    def __init__(self, on_submit: Callable[[], None]) -> None:
        super().__init__()
        self._on_submit = on_submit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._on_submit()
            return
        super().keyPressEvent(event)


class DetailsSection(QWidget):
    """Everything beyond the quick questions; the dialog folds it away when it is empty.

    A value left untouched goes back exactly as it came in: a stored time keeps its moment
    and offset, a factor is only reported when its shown text changed.
    """

    def __init__(
        self,
        rows: FieldRows,
        *,
        fahrenheit: bool,
        bedtime: time,
        wake: time,
        create_tag: Callable[[str], str],
        on_submit: Callable[[], None],
        on_tag_added: Callable[[], None],
    ) -> None:
        super().__init__()
        self.setObjectName("details")
        suggestions = {
            "into_bed_at": _shifted(bedtime, -15),
            "lights_out_at": bedtime,
            "final_wake_at": wake,
            "out_of_bed_at": _shifted(wake, 15),
        }
        self.time_edits: dict[str, OptionalTimeEdit] = {
            key: OptionalTimeEdit(short_label(MEASURE_BY_KEY[key]), suggestions[key])
            for key in TIME_FIELDS
        }
        self.waso_spin = number_field("waso_min")
        self.legs_woke_me_spin = number_field("legs_woke_me")
        self.onset_combo = choice_field("symptom_onset")
        # A clock time says more than the choice, and sets it (`onset_from_time`).
        self._bedtime = bedtime
        self.symptoms_from_edit = OptionalTimeEdit(
            translate("Checkin", "Legs started at"), _shifted(bedtime, -60)
        )
        self.symptoms_from_edit.listeners.append(self._onset_from_clock)
        self.arms_combo = YesNoField("arms")
        night_rows: list[tuple[str, QWidget]] = [
            *self.time_edits.items(),
            ("waso_min", self.waso_spin),
            ("legs_woke_me", self.legs_woke_me_spin),
            ("symptom_onset", self.onset_combo),
        ]

        self.caffeine_spin = number_field("caffeine_after_noon")
        self.alcohol_spin = number_field("alcohol_drinks")
        self.exercise_combo = choice_field("exercise")
        self.stress_row = scale_row_for("stress")
        self.temperature_spin = TemperatureSpin(fahrenheit)
        day_rows: list[tuple[str, QWidget]] = [
            ("caffeine_after_noon", self.caffeine_spin),
            ("alcohol_drinks", self.alcohol_spin),
            ("exercise", self.exercise_combo),
            ("stress", self.stress_row),
            ("room_temperature_c", self.temperature_spin),
            # When the legs began that day (it sets the choice on the left) and where.
            ("symptoms_from", self.symptoms_from_edit),
            ("arms", self.arms_combo),
        ]

        self.tags = TagsBox(create_tag, on_tag_added)
        self.note_edit = NoteEdit(on_submit)
        self.note_edit.setAccessibleName(translate("Checkin", "Note"))
        self.note_edit.setPlaceholderText(
            translate("Checkin", "Anything else worth remembering about this night")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 16)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(_column(translate("Checkin", "The night"), night_rows, rows), 1)
        columns.addLayout(_column(translate("Checkin", "The day before"), day_rows, rows), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(columns)
        layout.addWidget(heading(translate("Checkin", "Tags")))
        layout.addWidget(self.tags)
        layout.addWidget(heading(translate("Checkin", "Note")))
        layout.addWidget(self.note_edit)
        layout.addWidget(rows.message_for("note"))
        self._shown_factors: dict[str, str | None] = {}
        self._shown_times: dict[str, time | None] = {}

    def load(self, night: Night, factors: Mapping[str, FactorValue], tags: Sequence[str]) -> None:
        """Show a stored night and its factors; what is shown now counts as "unchanged"."""
        for key, edit in self.time_edits.items():
            moment: datetime | None = getattr(night, key)
            edit.set_time(None if moment is None else moment.time().replace(second=0))
        self.waso_spin.set_optional_value(night.waso_min)
        self.legs_woke_me_spin.set_optional_value(night.legs_woke_me)
        self.symptoms_from_edit.set_time(night.symptoms_from)
        select_choice(self.onset_combo, night.symptom_onset)
        self.arms_combo.set_answer(night.arms)
        self.note_edit.setPlainText(night.note)

        text = {key: fv.value for key, fv in factors.items()}.get
        self.caffeine_spin.set_optional_value(_whole(text("caffeine_after_noon")))
        self.alcohol_spin.set_optional_value(_whole(text("alcohol_drinks")))
        select_choice(self.exercise_combo, text("exercise"))
        self.stress_row.set_value(_whole(text("stress")))
        self.temperature_spin.set_celsius_text(text("room_temperature_c"))
        self._shown_factors = self.factor_texts()
        self._shown_times = {key: edit.value() for key, edit in self.time_edits.items()}
        self.tags.load(tags, tag_names(factors))

    def night_values(self, base: Night, zone: ZoneInfo) -> dict[str, object]:
        """The night fields shown here, as `Night.replace` takes them."""
        values: dict[str, object] = {}
        for key, edit in self.time_edits.items():
            shown = edit.value()
            if shown == self._shown_times[key]:
                values[key] = getattr(base, key)  # untouched: keep its exact moment
            else:
                values[key] = None if shown is None else moment_for(base.night, shown, zone)
        note = self.note_edit.toPlainText()
        return values | {
            "waso_min": self.waso_spin.optional_value(),
            "legs_woke_me": self.legs_woke_me_spin.optional_value(),
            "symptom_onset": self.onset_combo.currentData(),
            "symptoms_from": self.symptoms_from_edit.value(),
            "arms": self.arms_combo.answer(),
            "note": base.note if note == base.note else note.strip(),
        }

    def _onset_from_clock(self) -> None:
        start = self.symptoms_from_edit.value()
        if start is not None:
            select_choice(self.onset_combo, onset_from_time(start, self._bedtime))

    def factor_texts(self) -> dict[str, str | None]:
        """Each manual factor as the journal's text, or None where not recorded."""
        stress = self.stress_row.value()
        return {
            "caffeine_after_noon": self.caffeine_spin.optional_text(),
            "alcohol_drinks": self.alcohol_spin.optional_text(),
            "exercise": self.exercise_combo.currentData(),
            "stress": None if stress is None else str(stress),
            "room_temperature_c": self.temperature_spin.celsius_text(),
        }

    def changed_factors(self) -> dict[str, str | None]:
        """Only the factors whose shown text changed since `load`."""
        now = self.factor_texts()
        return {k: now[k] for k in MANUAL_FACTORS if now[k] != self._shown_factors[k]}

    def has_answers(self, night: Night) -> bool:
        """Whether the stored night had anything shown here (then it opens unfolded)."""
        detail_fields = (
            *TIME_FIELDS,
            *("waso_min", "legs_woke_me", "symptom_onset", "symptoms_from", "arms"),
        )
        return (
            any(getattr(night, key) is not None for key in detail_fields)
            or bool(night.note)
            or any(v is not None for v in self._shown_factors.values())
            or bool(self.tags.checked())
        )

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for edit in self.time_edits.values():
            chain += [edit.edit, edit.clear_button]
        return [
            *chain,
            self.waso_spin,
            self.legs_woke_me_spin,
            self.onset_combo,
            self.caffeine_spin,
            self.alcohol_spin,
            self.exercise_combo,
            self.stress_row,
            self.temperature_spin,
            self.symptoms_from_edit.edit,
            self.symptoms_from_edit.clear_button,
            self.arms_combo,
            *self.tags.tab_chain(),
            self.note_edit,
        ]

    def listen(self, changed: Callable[[], object]) -> None:
        """Call `changed` on every edit (plain callbacks: see `companion.ui.checkin.dialog`)."""
        self.stress_row.listeners.append(lambda _value: changed())
        for spin in (self.waso_spin, self.legs_woke_me_spin, self.caffeine_spin, self.alcohol_spin):
            spin.valueChanged.connect(changed)
        self.temperature_spin.valueChanged.connect(changed)
        for edit in self.time_edits.values():
            edit.listeners.append(lambda: changed())
        self.symptoms_from_edit.listeners.append(lambda: changed())
        for combo in (self.onset_combo, self.exercise_combo, self.arms_combo):
            combo.currentIndexChanged.connect(changed)
        self.note_edit.textChanged.connect(changed)


def _column(title: str, fields: list[tuple[str, QWidget]], rows: FieldRows) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(8)
    grid.addWidget(heading(title), 0, 0, 1, 2)
    for key, widget in fields:
        rows.add(grid, key, widget)
    grid.setRowStretch(grid.rowCount(), 1)
    return grid


def _shifted(t: time, minutes: int) -> time:
    moment = datetime.combine(date(2000, 1, 2), t) + timedelta(minutes=minutes)
    return moment.time()


def _whole(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() else None
