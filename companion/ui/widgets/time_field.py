"""Clock-time inputs for a night's times, and the moment a time typed for a night stands for.

Two kinds, one per window's need: `OptionalTimeEdit` steps through a clock and starts unknown
(the check-in), `ClockField` takes typed text in a compact form (the journal editor). Both show
the locale's clock ("22:30" or "10:30 PM") and take 24-hour times typed by habit.
Both place a clock time in its night by `core.nights.day_of_clock` (the night turns at noon).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timezone, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from companion.core.nights import day_of_clock
from companion.core.plan import local_datetime
from companion.core.words import translate
from companion.ui.widgets.clock_edit import ClockEdit
from companion.ui.widgets.clock_text import (
    TYPED_CLOCK_LENGTH,
    read_clock,
    show_clock,
    typed_clock_hint,
)
from companion.ui.widgets.wheel_guard import guard_wheel
from companion.ui.widgets.words import NO_ANSWER


def moment_for(night: date, wall: time, zone: ZoneInfo) -> datetime:
    """A clock time in the night's window: from noon it is that evening, before noon the morning
    after (the same rule as `journal.night_for`)."""
    return local_datetime(day_of_clock(night, wall), wall, zone)


class OptionalTimeEdit(QWidget):
    """A clock time that may be unknown (the start state): type or step to set it, Clear to undo.

    While unknown the box shows NO_ANSWER; the first digit or arrow fills in `suggestion` and
    carries on editing, so a keyboard user never needs an extra step. Changes reach `listeners`
    (plain callbacks, not a signal of our own: see `companion.ui.checkin.dialog`).
    """

    def __init__(self, name: str, suggestion: time, empty_text: str = NO_ANSWER) -> None:
        super().__init__()
        self.suggestion = suggestion
        self.listeners: list[Callable[[], object]] = []
        self.edit = _UnknownTimeEdit(self, empty_text)
        self.edit.setAccessibleName(name)
        self.clear_button = QToolButton()
        self.clear_button.setText(translate("Widgets", "Clear", "empties a time field"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setAccessibleName(
            translate("Widgets", "Clear {field}", "{field}: the name of a time field").format(
                field=name
            )
        )
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


class _UnknownTimeEdit(ClockEdit):
    def __init__(self, owner: OptionalTimeEdit, empty_text: str) -> None:
        super().__init__()
        self._owner = owner
        self._empty_text = empty_text
        self.is_known = False
        self.setWrapping(True)
        self.setMinimumTime(QTime(0, 0))
        self.setMinimumWidth(100)
        guard_wheel(self)

    def set_known(self, value: time | None) -> None:
        self.is_known = value is not None
        # The special text shows only at the minimum (00:00); it is switched off while known
        # so that a real midnight reads "00:00" (or "12:00 AM"), not the no-answer mark.
        self.setSpecialValueText("" if self.is_known else self._empty_text)
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

    def stepBy(self, steps: int) -> None:
        # Every arrow ends here: the spin buttons' clicks, the keyboard and the wheel. From
        # unknown, the first step gives the suggested time; stepping 00:00 to 00:01 while still
        # "unknown" would show a time that is not stored.
        if not self.is_known:
            self._owner.become_known()
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        # While unknown the box sits at its minimum, where Qt would grey out the down arrow.
        if not self.is_known:
            return (
                QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()


class ClockField(QLineEdit):
    """A typed clock time for the field `key`: the locale's "10:30 PM" or "22:30" (or "22.30");
    empty is not answered."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setPlaceholderText(typed_clock_hint())
        self.setMaxLength(TYPED_CLOCK_LENGTH)

    def set_moment(self, value: datetime | None) -> None:
        self.setText("" if value is None else show_clock(value.time()))

    def text_or_none(self) -> str | None:
        return self.text().strip() or None

    def moment(self, night: date, base: datetime | None, tz: tzinfo) -> datetime | None:
        """The typed time on the night's timeline: '22:30' that evening, '06:15' the morning
        after. It keeps the UTC offset of `base` (the stored moment) where there is one.

        Raises ValueError, worded for people, when the text is not a time.
        """
        raw = self.text().strip()
        if not raw:
            return None
        clock = read_clock(raw)
        if clock is None:
            message = translate("Widgets", '"{typed}" is not a time like {example}')
            raise ValueError(message.format(typed=raw, example=show_clock(time(22, 30))))
        zone = base.tzinfo if base is not None and base.tzinfo is not None else tz
        naive = datetime.combine(day_of_clock(night, clock), clock)
        offset = zone.utcoffset(naive)
        if offset is None:
            raise ValueError(translate("Widgets", "the time zone is unknown"))
        return naive.replace(tzinfo=timezone(offset))
