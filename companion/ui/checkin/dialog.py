"""The morning check-in: how the night went, quick by keyboard, everything else optional.

Widgets only (DESIGN §3): the dialog gets plain data in — the stored `Night` or None, the night's
factor values, the routine's summary lines and the tag names — and gives plain data out through
`saved`. `companion.journeys.checkin` turns that into store calls; nothing here knows about SQL.

Inside the dialog, widgets tell each other about changes through plain Python callbacks, not
signals of our own: with PySide6 6.12 on Python 3.11 every Python-side `Signal.emit()` drops a
reference to `True`, and a few thousand keystrokes would crash the app. `saved` is the one
signal, emitted once per save.

Rules it keeps:
- None is "not answered" and never becomes 0: counts and minutes show "not sure" until set.
- Validation is the journal model's own (`night_problems`): each message appears under the field
  it names, and Save stays disabled while any is shown, so nothing half-valid leaves the dialog.
- A value the user did not touch is handed back exactly as it came in (a stored time keeps its
  UTC offset, a factor keeps its source), so opening and saving an old night changes nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal import (
    MEASURE_BY_KEY,
    SYMPTOM_ONSETS,
    TAG_PREFIX,
    TIME_FIELDS,
    FactorValue,
    Measure,
    Night,
    Problem,
    night_problems,
    parse_value,
    tag_key,
)
from companion.core.nights import day_of_clock
from companion.core.plan import local_datetime
from companion.ui.theme import colour, is_dark

NOT_SURE = "not sure"
NOT_RECORDED = "—"
# The factors this dialog edits; the routine's own (magnesium, stretches, lights) are shown
# read-only at the top and never written from here.
MANUAL_FACTORS = (
    "caffeine_after_noon",
    "alcohol_drinks",
    "exercise",
    "stress",
    "room_temperature_c",
)
ONSET_WORDS = {
    "none": "Not at all",
    "bedtime": "At bedtime",
    "evening": "In the evening",
    "afternoon": "In the afternoon",
    "morning": "In the morning",
}
EXERCISE_WORDS = {"none": "None", "light": "Light", "moderate": "Moderate", "vigorous": "Vigorous"}
# A typical bedroom, where the temperature box starts when stepped up from "not recorded".
TYPICAL_ROOM_C = 18.0
TYPICAL_ROOM_F = 65.0


@dataclass(frozen=True)
class CheckinAnswers:
    """What `saved` carries: the whole night, the factor values that changed, the night's tags.

    `factors` maps a factor key to its new canonical text, or None to remove it; keys the user
    left alone are absent. `tags` names every tag that should be on the night after saving.
    """

    night: Night
    factors: dict[str, str | None] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)


def short_label(m: Measure) -> str:
    """'Sleep quality (1 very poor … 5 very good)' → 'Sleep quality'."""
    return m.label.split(" (", 1)[0]


_SCALE_WORDS = re.compile(r"\(\d+ (?P<low>.+?) … \d+ (?P<high>.+)\)$")


def scale_words(m: Measure) -> tuple[str, str]:
    """The words for both ends of a scale, read from its label in MEASURES (one wording)."""
    found = _SCALE_WORDS.search(m.label)
    return (found["low"], found["high"]) if found else ("", "")


def moment_for(night: date, wall: time, zone: ZoneInfo) -> datetime:
    """A clock time in the night's window: from noon it is that evening, before noon the morning
    after (the same rule as `journal.night_for`)."""
    return local_datetime(day_of_clock(night, wall), wall, zone)


# --- small widgets --------------------------------------------------------------------------


class ScaleRow(QWidget):
    """A row of numbered buttons for one answer on a scale; None until one is chosen.

    One stop in the tab order: digits choose (type "1" then "0" quickly for 10), arrows move,
    Home/End jump to the ends, Delete clears. Enter and Esc are left to the dialog.
    """

    def __init__(self, low: int, high: int, low_word: str, high_word: str, name: str) -> None:
        super().__init__()
        self.low, self.high = low, high
        self._value: int | None = None
        self.listeners: list[Callable[[int | None], object]] = []  # see the module docstring
        self._typed = QElapsedTimer()
        self._last_digit: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for number in range(low, high + 1):
            button = QPushButton(str(number))
            button.setProperty("scale", True)
            button.setCheckable(True)
            button.setAutoDefault(False)
            # The row takes the focus, not each button: one Tab per question.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{name}: {number}")
            button.clicked.connect(lambda _=False, n=number: self._clicked(n))
            row.addWidget(button)
            self.buttons.append(button)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        self.low_label = _hint(low_word)
        self.high_label = _hint(high_word)
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self.low_label)
        ends.addStretch()
        ends.addWidget(self.high_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 2)
        column.setSpacing(2)
        column.addLayout(row)
        column.addLayout(ends)
        # Kept at its natural width, so the end words sit under the first and last buttons.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not self.low <= value <= self.high:
            return
        for number, button in enumerate(self.buttons, start=self.low):
            button.setChecked(number == value)
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(
                "not answered" if value is None else f"{value} of {self.high}"
            )
            for listener in self.listeners:
                listener(value)

    def _clicked(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        # Clicking the chosen number again takes the answer back.
        self.set_value(None if number == self._value else number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        # Shift is allowed: some layouts (AZERTY) type digits with it.
        if text.isdigit() and len(text) == 1 and not event.modifiers() & _COMMAND_KEYS:
            self._digit(int(text))
            return
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(self.low if current is None else min(current + 1, self.high))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(self.high if current is None else max(current - 1, self.low))
        elif key == Qt.Key.Key_Home:
            self.set_value(self.low)
        elif key == Qt.Key.Key_End:
            self.set_value(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)  # Enter, Esc, Tab: the dialog's business
            return
        self._last_digit = None

    def _digit(self, digit: int) -> None:
        # "1" then "0" within a second means 10, as typing into a number box would.
        quick = self._typed.isValid() and self._typed.elapsed() < 1000
        if quick and self._last_digit is not None:
            combined = self._last_digit * 10 + digit
            if self.low <= combined <= self.high:
                self.set_value(combined)
                self._last_digit = None
                return
        self._typed.start()
        self._last_digit = digit
        self.set_value(digit)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = painter.pen()
            pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidthF(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)


_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class CountSpin(QSpinBox):
    """A whole number that may be unknown: one below the range shows `unknown_text` (None)."""

    def __init__(self, m: Measure, unknown_text: str, suffix: str = "", step: int = 1) -> None:
        super().__init__()
        low, high = int(m.low or 0), int(m.high or 99)
        self.setRange(low - 1, high)
        self.setSingleStep(step)
        self.setSpecialValueText(unknown_text)
        self.setSuffix(suffix)
        self.setAccessibleName(short_label(m))
        self.setValue(low - 1)
        self.setMinimumWidth(120)

    def stepBy(self, steps: int) -> None:
        # Up from "not sure" is the lowest real answer (0), whatever the step size.
        if self.value() == self.minimum() and steps > 0:
            self.setValue(self.minimum() + 1)
            return
        super().stepBy(steps)

    def count(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_count(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class TemperatureSpin(QDoubleSpinBox):
    """Bedroom temperature in the user's unit, or "not recorded"; the journal keeps °C."""

    def __init__(self, m: Measure, fahrenheit: bool) -> None:
        super().__init__()
        self.fahrenheit = fahrenheit
        low, high = float(m.low or 5), float(m.high or 40)
        if fahrenheit:
            self.setDecimals(0)
            self.setSingleStep(1)
            self.setRange(_to_f(low) - 1, _to_f(high))
            self.setSuffix(" °F")
        else:
            self.setDecimals(1)
            self.setSingleStep(0.5)
            self.setRange(low - 0.5, high)
            self.setSuffix(" °C")
        self.setSpecialValueText(NOT_RECORDED)
        self.setValue(self.minimum())
        self.setAccessibleName(short_label(m))
        self.setMinimumWidth(120)

    def stepBy(self, steps: int) -> None:
        # Up from "not recorded" lands on a usual bedroom, not on the coldest value allowed.
        if self.value() == self.minimum() and steps > 0:
            self.setValue(TYPICAL_ROOM_F if self.fahrenheit else TYPICAL_ROOM_C)
            return
        super().stepBy(steps)

    def shown(self) -> float | None:
        return None if self.value() == self.minimum() else self.value()

    def set_celsius(self, celsius: float | None) -> None:
        if celsius is None:
            self.setValue(self.minimum())
        else:
            self.setValue(round(_to_f(celsius)) if self.fahrenheit else celsius)

    def celsius_text(self) -> str | None:
        """The journal's canonical °C text for what is shown, or None."""
        value = self.shown()
        if value is None:
            return None
        celsius = round((value - 32) * 5 / 9, 1) if self.fahrenheit else value
        return parse_value(MEASURE_BY_KEY["room_temperature_c"], f"{celsius:.1f}")


def _to_f(celsius: float) -> float:
    return celsius * 9 / 5 + 32


class OptionalTimeEdit(QWidget):
    """A clock time that may be unknown (the start state): type or step to set it, Clear to undo.

    While unknown the box reads "unknown"; the first digit or arrow fills in `suggestion` and
    carries on editing, so a keyboard user never needs an extra step.
    """

    def __init__(self, name: str, suggestion: time) -> None:
        super().__init__()
        self.suggestion = suggestion
        self.listeners: list[Callable[[], object]] = []  # see the module docstring
        self.edit = _UnknownTimeEdit(self)
        self.edit.setAccessibleName(name)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setAccessibleName(f"Clear {name.lower()}")
        self.clear_button.clicked.connect(lambda: self.set_time(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addStretch()
        self.edit.timeChanged.connect(self._notify)
        self.set_time(None)

    def is_known(self) -> bool:
        return self.edit.is_known

    def value(self) -> time | None:
        if not self.edit.is_known:
            return None
        t = self.edit.time()
        return time(t.hour(), t.minute())

    def set_time(self, value: time | None) -> None:
        self.edit.set_known(value)
        # Hidden while unknown: nothing to clear, and one fewer Tab stop.
        self.clear_button.setVisible(value is not None)
        self._notify()

    def _notify(self, *_args: object) -> None:
        for listener in self.listeners:
            listener()

    def become_known(self) -> None:
        self.set_time(self.suggestion)


class _UnknownTimeEdit(QTimeEdit):
    def __init__(self, owner: OptionalTimeEdit) -> None:
        super().__init__()
        self._owner = owner
        self.is_known = False
        self.setDisplayFormat("HH:mm")
        self.setWrapping(True)
        self.setMinimumTime(QTime(0, 0))
        self.setMinimumWidth(100)

    def set_known(self, value: time | None) -> None:
        self.is_known = value is not None
        # The special text shows only at the minimum (00:00); it is switched off while known
        # so that a real midnight reads "00:00", not "unknown".
        self.setSpecialValueText("" if self.is_known else "unknown")
        self.setTime(QTime(0, 0) if value is None else QTime(value.hour, value.minute))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        starts_editing = event.text().isdigit() or event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        )
        if not self.is_known and starts_editing:
            self._owner.become_known()
            self.setSelectedSection(QTimeEdit.Section.HourSection)
            if not event.text().isdigit():
                return  # the arrow's job (give it a time) is done
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.is_known:
            self._owner.become_known()
            event.accept()
            return
        super().wheelEvent(event)


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


class TagLineEdit(QLineEdit):
    """The "add tag" field: Enter adds the tag and must not also save the whole dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()  # QLineEdit ignores it, which would press the default button


class FlowLayout(QLayout):
    """Lays chips left to right and wraps them, like words in a paragraph."""

    def __init__(self, spacing: int = 6) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


# --- the dialog -----------------------------------------------------------------------------


class CheckinDialog(QDialog):
    """The morning check-in for one night. Emits `saved(CheckinAnswers)` and then closes.

    A slot that cannot store the answers calls `refuse_save(message)` while handling the
    signal: the dialog then stays open with the message, and nothing the user typed is lost.
    """

    saved = Signal(object)  # CheckinAnswers

    def __init__(
        self,
        night_date: date,
        night: Night | None,
        factors: Mapping[str, FactorValue],
        routine: Sequence[str],
        tags: Sequence[str],
        *,
        zone: ZoneInfo,
        fahrenheit: bool = False,
        bedtime: time = time(22, 30),
        wake: time = time(7, 0),
        create_tag: Callable[[str], str] = tag_key,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if night is not None and night.night != night_date:
            raise ValueError(f"the stored night is {night.night}, not {night_date}")
        self.night_date = night_date
        self._base = night or Night(night_date)
        self._factors = dict(factors)
        self._zone = zone
        self._create_tag = create_tag
        self._refusal: str | None = None
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(f"Morning check-in — night of {_day(night_date)}")
        dark = is_dark(self)

        # -- header: the night, and what the routine already knows --------------------------
        title = QLabel(f"Night of {_day(night_date)}")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        subtitle = _hint("Answer what you remember. Anything can be left blank.")
        self.routine_label = QLabel(
            " · ".join(routine) if routine else "The evening routine recorded nothing this night."
        )
        self.routine_label.setWordWrap(True)
        self.routine_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        card = QFrame()
        card.setObjectName("routineCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(14, 10, 14, 12)
        card_layout.setSpacing(4)
        card_layout.addWidget(_heading("From the evening routine", small=True))
        card_layout.addWidget(self.routine_label)

        # -- the common path ----------------------------------------------------------------
        self.rls_row = _scale("rls_intensity")
        self.sleep_onset_spin = CountSpin(
            MEASURE_BY_KEY["sleep_onset_min"], NOT_SURE, " min", step=5
        )
        self.awakenings_spin = CountSpin(MEASURE_BY_KEY["awakenings"], NOT_SURE)
        self.quality_row = _scale("quality")
        self.rested_row = _scale("rested")
        common = QGridLayout()
        common.setHorizontalSpacing(18)
        common.setVerticalSpacing(10)
        common_rows: list[tuple[str, QWidget]] = [
            ("rls_intensity", self.rls_row),
            ("sleep_onset_min", self.sleep_onset_spin),
            ("awakenings", self.awakenings_spin),
            ("quality", self.quality_row),
            ("rested", self.rested_row),
        ]
        for key, widget in common_rows:
            self._add_row(common, key, widget)

        # -- more details (folded) ----------------------------------------------------------
        self.details_button = QToolButton()
        self.details_button.setText("More details")
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_button.setObjectName("detailsToggle")
        self.details_button.setAccessibleName("More details")
        self.details_button.toggled.connect(self.set_details_shown)
        self.details = QWidget()
        self.details.setObjectName("details")

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
        self.waso_spin = CountSpin(MEASURE_BY_KEY["waso_min"], NOT_RECORDED, " min", step=5)
        self.legs_woke_me_spin = CountSpin(MEASURE_BY_KEY["legs_woke_me"], NOT_RECORDED)
        self.onset_combo = _combo(
            short_label(MEASURE_BY_KEY["symptom_onset"]),
            [(ONSET_WORDS[o], o) for o in SYMPTOM_ONSETS],
        )
        night_grid = QGridLayout()
        night_grid.setHorizontalSpacing(14)
        night_grid.setVerticalSpacing(8)
        night_grid.addWidget(_heading("The night"), 0, 0, 1, 2)
        night_rows: list[tuple[str, QWidget]] = [
            *self.time_edits.items(),
            ("waso_min", self.waso_spin),
            ("legs_woke_me", self.legs_woke_me_spin),
            ("symptom_onset", self.onset_combo),
        ]
        for key, widget in night_rows:
            self._add_row(night_grid, key, widget, label=_detail_label(key))
        night_grid.setRowStretch(night_grid.rowCount(), 1)

        self.caffeine_spin = CountSpin(MEASURE_BY_KEY["caffeine_after_noon"], NOT_RECORDED)
        self.alcohol_spin = CountSpin(MEASURE_BY_KEY["alcohol_drinks"], NOT_RECORDED)
        self.exercise_combo = _combo(
            short_label(MEASURE_BY_KEY["exercise"]),
            [(EXERCISE_WORDS[c], c) for c in MEASURE_BY_KEY["exercise"].choices],
        )
        self.stress_row = _scale("stress")
        self.temperature_spin = TemperatureSpin(MEASURE_BY_KEY["room_temperature_c"], fahrenheit)
        day_grid = QGridLayout()
        day_grid.setHorizontalSpacing(14)
        day_grid.setVerticalSpacing(8)
        day_grid.addWidget(_heading("The day before"), 0, 0, 1, 2)
        day_rows: list[tuple[str, QWidget]] = [
            ("caffeine_after_noon", self.caffeine_spin),
            ("alcohol_drinks", self.alcohol_spin),
            ("exercise", self.exercise_combo),
            ("stress", self.stress_row),
            ("room_temperature_c", self.temperature_spin),
        ]
        for key, widget in day_rows:
            self._add_row(day_grid, key, widget, label=_detail_label(key))
        day_grid.setRowStretch(day_grid.rowCount(), 1)

        # Tags: chips to switch on and off, and a field to make a new one.
        self.chips: dict[str, QPushButton] = {}
        self._chip_flow = FlowLayout()
        chip_holder = QWidget()
        chip_holder.setLayout(self._chip_flow)
        self.no_tags_label = _hint("No tags yet: add your own, like “late dinner” or “long walk”.")
        self.tag_edit = TagLineEdit()
        self.tag_edit.setPlaceholderText("New tag")
        self.tag_edit.setAccessibleName("New tag name")
        self.tag_edit.setMaxLength(60)  # room to paste; the model's own limit gives the message
        self.add_tag_button = QPushButton("Add tag")
        self.add_tag_button.setAutoDefault(False)
        self.tag_edit.returnPressed.connect(self.add_tag_from_field)
        self.add_tag_button.clicked.connect(self.add_tag_from_field)
        self.tag_error = _error_label()
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.tag_edit, 1)
        add_row.addWidget(self.add_tag_button)
        add_row.addStretch(1)

        self.note_edit = NoteEdit(on_submit=self.save)
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setPlaceholderText("Anything else worth remembering about this night")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 16)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(night_grid, 1)
        columns.addLayout(day_grid, 1)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 4, 0, 0)
        details_layout.setSpacing(10)
        details_layout.addLayout(columns)
        details_layout.addWidget(_heading("Tags"))
        details_layout.addWidget(chip_holder)
        details_layout.addWidget(self.no_tags_label)
        details_layout.addLayout(add_row)
        details_layout.addWidget(self.tag_error)
        details_layout.addWidget(_heading("Note"))
        details_layout.addWidget(self.note_edit)
        details_layout.addWidget(self._errors_for("note", dark))

        # -- buttons ------------------------------------------------------------------------
        self.status_label = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.save_button.setToolTip("Save (Enter; Ctrl+Enter from the note)")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        # Fold and unfold resize the dialog to fit, instead of stretching gaps.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(title)
        header.addWidget(subtitle)
        layout.addLayout(header)
        layout.addWidget(card)
        layout.addWidget(_heading("How was the night?"))
        layout.addLayout(common)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(_rule())
        layout.addLayout(bottom)
        self.setStyleSheet(_style(self.palette(), dark))

        self._prefill(tags)
        self._set_tab_order()
        self._connect_changes()
        has_details = self._has_details()
        self.details_button.setChecked(has_details)
        self.set_details_shown(has_details)
        self.validate()
        self.rls_row.setFocus()

    # -- building helpers ---------------------------------------------------------------

    def _add_row(
        self, grid: QGridLayout, key: str, widget: QWidget, label: str | None = None
    ) -> None:
        row = grid.rowCount()
        text = QLabel(label or short_label(MEASURE_BY_KEY[key]))
        text.setBuddy(widget)
        if isinstance(widget, ScaleRow):
            # Its end words hang below the buttons: line the label up with the buttons.
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignTop)
            text.setContentsMargins(0, 10, 0, 0)
        else:
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignLeft)
        # The message spans the whole row for room to breathe; right under the field it still
        # reads as belonging to it.
        grid.addWidget(self._errors_for(key, is_dark(self)), row + 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)  # fields stay beside their labels, spare width goes right

    def _errors_for(self, key: str, dark: bool) -> QLabel:
        label = _error_label()
        label.setAccessibleName(f"Problem with {short_label(MEASURE_BY_KEY[key]).lower()}")
        self._errors[key] = label
        return label

    def _set_tab_order(self) -> None:
        # The common path first, in reading order; Save is reached by Enter from anywhere.
        chain: list[QWidget] = [
            self.rls_row,
            self.sleep_onset_spin,
            self.awakenings_spin,
            self.quality_row,
            self.rested_row,
            self.details_button,
        ]
        for edit in self.time_edits.values():
            chain += [edit.edit, edit.clear_button]
        chain += [
            self.waso_spin,
            self.legs_woke_me_spin,
            self.onset_combo,
            self.caffeine_spin,
            self.alcohol_spin,
            self.exercise_combo,
            self.stress_row,
            self.temperature_spin,
            *self.chips.values(),
            self.tag_edit,
            self.add_tag_button,
            self.note_edit,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _prefill(self, tags: Sequence[str]) -> None:
        n = self._base
        self.rls_row.set_value(n.rls_intensity)
        self.sleep_onset_spin.set_count(n.sleep_onset_min)
        self.awakenings_spin.set_count(n.awakenings)
        self.quality_row.set_value(n.quality)
        self.rested_row.set_value(n.rested)
        for key, edit in self.time_edits.items():
            moment: datetime | None = getattr(n, key)
            edit.set_time(None if moment is None else moment.time().replace(second=0))
        self.waso_spin.set_count(n.waso_min)
        self.legs_woke_me_spin.set_count(n.legs_woke_me)
        _select(self.onset_combo, n.symptom_onset)
        self.note_edit.setPlainText(n.note)

        self.caffeine_spin.set_count(self._factor_int("caffeine_after_noon"))
        self.alcohol_spin.set_count(self._factor_int("alcohol_drinks"))
        _select(self.exercise_combo, self._factor_text("exercise"))
        self.stress_row.set_value(self._factor_int("stress"))
        temperature = self._factor_text("room_temperature_c")
        self.temperature_spin.set_celsius(None if temperature is None else float(temperature))
        # What the fields show now is "unchanged"; `answers` compares against it.
        self._shown_factors = self._factor_texts()
        self._shown_times = {key: edit.value() for key, edit in self.time_edits.items()}

        on_night = [k.removeprefix(TAG_PREFIX) for k in self._factors if k.startswith(TAG_PREFIX)]
        for name in sorted({*tags, *on_night}, key=str.casefold):
            self._add_chip(name, checked=name in on_night)
        self._update_no_tags()

    def _connect_changes(self) -> None:
        for row in (self.rls_row, self.quality_row, self.rested_row, self.stress_row):
            row.listeners.append(lambda _value: self.validate())
        for spin in (
            self.sleep_onset_spin,
            self.awakenings_spin,
            self.waso_spin,
            self.legs_woke_me_spin,
            self.caffeine_spin,
            self.alcohol_spin,
        ):
            spin.valueChanged.connect(self.validate)
        self.temperature_spin.valueChanged.connect(self.validate)
        for edit in self.time_edits.values():
            edit.listeners.append(lambda: self.validate())
        for combo in (self.onset_combo, self.exercise_combo):
            combo.currentIndexChanged.connect(self.validate)
        self.note_edit.textChanged.connect(self.validate)

    def _has_details(self) -> bool:
        n = self._base
        detail_fields = (*TIME_FIELDS, "waso_min", "legs_woke_me", "symptom_onset")
        return (
            any(getattr(n, key) is not None for key in detail_fields)
            or bool(n.note)
            or any(v is not None for v in self._shown_factors.values())
            or any(chip.isChecked() for chip in self.chips.values())
        )

    # -- tags -------------------------------------------------------------------------------

    def _add_chip(self, name: str, *, checked: bool) -> QPushButton:
        chip = QPushButton(name)
        chip.setObjectName("chip")
        chip.setCheckable(True)
        chip.setChecked(checked)
        chip.setAutoDefault(False)
        chip.setAccessibleName(f"Tag: {name}")
        self._chip_flow.addWidget(chip)
        self.chips[name] = chip
        return chip

    def add_tag_from_field(self) -> None:
        """Make the typed tag (through `create_tag`), show it as a chip and switch it on."""
        text = self.tag_edit.text()
        if not text.strip():
            return
        try:
            name = self._create_tag(text).removeprefix(TAG_PREFIX)
        except ValueError as exc:  # JournalValueError: the model's own wording
            self.tag_error.setText(_sentence(getattr(exc, "message", str(exc))))
            self.tag_error.show()
            return
        self.tag_error.hide()
        existing = next((n for n in self.chips if n.casefold() == name.casefold()), None)
        if existing is not None:
            self.chips[existing].setChecked(True)
        else:
            self._add_chip(name, checked=True)
            self._set_tab_order()
        self.tag_edit.clear()
        self._update_no_tags()
        self._refit()

    def _update_no_tags(self) -> None:
        self.no_tags_label.setVisible(not self.chips)

    # -- reading the fields -------------------------------------------------------------

    def _factor_text(self, key: str) -> str | None:
        fv = self._factors.get(key)
        return fv.value if fv is not None else None

    def _factor_int(self, key: str) -> int | None:
        text = self._factor_text(key)
        return int(text) if text is not None and text.isdigit() else None

    def _factor_texts(self) -> dict[str, str | None]:
        def count(value: int | None) -> str | None:
            return None if value is None else str(value)

        return {
            "caffeine_after_noon": count(self.caffeine_spin.count()),
            "alcohol_drinks": count(self.alcohol_spin.count()),
            "exercise": self.exercise_combo.currentData(),
            "stress": count(self.stress_row.value()),
            "room_temperature_c": self.temperature_spin.celsius_text(),
        }

    def current_night(self) -> Night:
        """The night as the fields show it (it may still have problems)."""
        times: dict[str, datetime | None] = {}
        for key, edit in self.time_edits.items():
            shown = edit.value()
            if shown == self._shown_times[key]:
                times[key] = getattr(self._base, key)  # untouched: keep its exact moment
            else:
                times[key] = (
                    None if shown is None else moment_for(self.night_date, shown, self._zone)
                )
        note = self.note_edit.toPlainText()
        return self._base.replace(
            **times,
            rls_intensity=self.rls_row.value(),
            sleep_onset_min=self.sleep_onset_spin.count(),
            awakenings=self.awakenings_spin.count(),
            quality=self.quality_row.value(),
            rested=self.rested_row.value(),
            waso_min=self.waso_spin.count(),
            legs_woke_me=self.legs_woke_me_spin.count(),
            symptom_onset=self.onset_combo.currentData(),
            note=self._base.note if note == self._base.note else note.strip(),
        )

    def problems(self) -> list[Problem]:
        return night_problems(self.current_night())

    def answers(self) -> CheckinAnswers | None:
        """What Save would hand over, or None while any field has a problem."""
        night = self.current_night()
        if night_problems(night):
            return None
        now = self._factor_texts()
        changed = {k: now[k] for k in MANUAL_FACTORS if now[k] != self._shown_factors[k]}
        tags = [name for name, chip in self.chips.items() if chip.isChecked()]
        return CheckinAnswers(night, changed, tags)

    # -- validation and saving ----------------------------------------------------------

    def validate(self) -> bool:
        """Show each problem under its field; Save follows. True when the night is fine."""
        problems = self.problems()
        for label in self._errors.values():
            label.hide()
        hidden = False
        for problem in problems:
            message = self._errors.get(problem.field)
            if message is None:
                continue
            if message.isHidden():  # first message per field: one at a time reads better
                message.setText(_sentence(problem.message))
                message.show()
            hidden = hidden or (self.details.isHidden() and self.details.isAncestorOf(message))
        if hidden:
            # A problem in the folded part must not hide behind it.
            self.details_button.setChecked(True)
        self.save_button.setEnabled(not problems)
        if problems:
            self.status_label.setText("Save is off until the answer in red is fixed.")
            self.status_label.show()
        elif self._refusal is None:
            self.status_label.hide()
        self._refit()
        return not problems

    def save(self) -> None:
        answers = self.answers()
        if answers is None:
            self.validate()
            return
        self._refusal = None
        self.saved.emit(answers)
        if self._refusal is not None:
            self.status_label.setText(self._refusal)
            self.status_label.show()
            return
        self.accept()

    def refuse_save(self, message: str) -> None:
        """Called by a `saved` slot that could not store the answers: stay open and say why."""
        self._refusal = message

    def set_details_shown(self, shown: bool) -> None:
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        if self.details_button.isChecked() != shown:
            self.details_button.setChecked(shown)
        self.details.setVisible(shown)
        self._refit()

    def _refit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog only presses the default button when it is enabled; a disabled Save must
        # still explain itself rather than do nothing silently.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.save_button.isEnabled()
        ):
            self.validate()
            event.accept()
            return
        super().keyPressEvent(event)


# --- module helpers -------------------------------------------------------------------------


def _day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B}"


def _shifted(t: time, minutes: int) -> time:
    moment = datetime.combine(date(2000, 1, 2), t) + timedelta(minutes=minutes)
    return moment.time()


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _detail_label(key: str) -> str:
    m = MEASURE_BY_KEY[key]
    if key == "room_temperature_c":
        return "Bedroom temperature"
    return short_label(m)


def _scale(key: str) -> ScaleRow:
    m = MEASURE_BY_KEY[key]
    low_word, high_word = scale_words(m)
    return ScaleRow(int(m.low or 0), int(m.high or 0), low_word, high_word, short_label(m))


def _combo(name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(NOT_RECORDED, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setMinimumWidth(150)
    return combo


def _select(combo: QComboBox, data: str | None) -> None:
    index = combo.findData(data) if data is not None else 0
    combo.setCurrentIndex(max(index, 0))


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _heading(text: str, *, small: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName("smallHeading" if small else "heading")
    font = QFont(label.font())
    font.setBold(True)
    if not small:
        font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class MessageLabel(QLabel):
    """A wrapped message that grows to as many lines as its real width needs.

    Layouts size a word-wrapped label from a guessed width; in a narrower column the second
    line would be cut off, so the label asks for the height its actual width takes.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def _error_label() -> QLabel:
    label = MessageLabel()
    label.setContentsMargins(0, 0, 0, 4)  # a little air before the next field
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def _rule() -> QFrame:
    line = QFrame()
    line.setObjectName("rule")
    line.setFixedHeight(1)
    return line


def _style(pal: QPalette, dark: bool) -> str:
    """Colours from the palette in effect (any desktop's, light or dark) plus our error red."""

    def c(role: QPalette.ColorRole) -> str:
        return pal.color(role).name()

    role = QPalette.ColorRole
    window = pal.color(role.Window)
    text = pal.color(role.Text)
    card = _mix(window, text, 0.06)
    border = _mix(window, text, 0.28)
    return f"""
        QFrame#routineCard {{ background: {card.name()}; border-radius: 8px; }}
        QFrame#rule {{ background: {border.name()}; }}
        QLabel#hint {{ color: {c(role.PlaceholderText)}; }}
        QLabel#smallHeading {{ color: {c(role.PlaceholderText)}; }}
        QLabel#fieldError {{ color: {colour("error", dark).name()}; font-weight: 600; }}
        QPushButton[scale="true"] {{
            min-width: 2.1em; min-height: 1.9em; padding: 0;
            background: {c(role.Base)}; color: {c(role.Text)};
            border: 1px solid {border.name()}; border-radius: 6px;
        }}
        QPushButton[scale="true"]:hover {{ border-color: {c(role.Highlight)}; }}
        QPushButton[scale="true"]:checked {{
            background: {c(role.Highlight)}; color: {c(role.HighlightedText)};
            border-color: {c(role.Highlight)}; font-weight: 700;
        }}
        QPushButton#chip {{
            padding: 4px 12px; border-radius: 10px;
            background: {c(role.Base)}; color: {c(role.Text)};
            border: 1px solid {border.name()};
        }}
        QPushButton#chip:checked {{
            background: {c(role.Highlight)}; color: {c(role.HighlightedText)};
            border-color: {c(role.Highlight)};
        }}
        QToolButton#detailsToggle {{ border: none; padding: 2px 4px 2px 0; }}
        QToolButton#detailsToggle:focus {{ border: 1px solid {c(role.Highlight)}; }}
        QPushButton#chip:focus, QPushButton[scale="true"]:focus {{
            border: 2px solid {c(role.Highlight)};
        }}
    """


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
