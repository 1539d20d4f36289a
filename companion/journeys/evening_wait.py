"""By day the reminders wait for their night without loading it (issue 19).

From noon, when a night begins, until an hour before its first step nothing can be due: the
tray then holds none of the reminders' machinery (the scheduler, the journal, SQLite). This
shows the night's first step on the tray and says `due` when the reminders must start. It looks
at the wall clock at least every 15 minutes and at each resume from sleep, so neither a suspend
nor a clock change can make them start late.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core.reminders import reminders_wake_at, waiting_status
from companion.core.settings import Settings
from companion.services.clock import Clock
from companion.services.resume import ResumeWatcher

RECHECK = timedelta(minutes=15)  # a quarter of the hour's lead: never late, rarely awake
AFTER_MS = 500  # past the moment itself when the timer fires


class EveningWait(QObject):
    """Waits for the moment the night's reminders must run; `due` says it has come."""

    due = Signal()
    status_changed = Signal(str)  # "Magnesium at 21:00 · in 6 h": the night's first step

    def __init__(
        self,
        clock: Clock,
        settings: Callable[[], Settings],
        zone: Callable[[], ZoneInfo],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._settings, self._zone = clock, settings, zone
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.check)
        self.resume = ResumeWatcher(self)
        self.resume.resumed.connect(self.check)

    @property
    def is_waiting(self) -> bool:
        return bool(self._timer.isActive())

    @property
    def next_check_ms(self) -> int:
        """How long until the wait looks at the clock again (the timer's whole interval)."""
        return int(self._timer.interval())

    def check(self) -> None:
        """Look at the clock: wait on, or stop and say `due`."""
        now, settings, tz = self._clock.now(), self._settings(), self._zone()
        wake = reminders_wake_at(now, settings, tz)
        if wake is None:
            self.stop()
            self.due.emit()
            return
        self.status_changed.emit(waiting_status(now, settings, tz))
        seconds = min(self._clock.real_seconds_until(wake), RECHECK.total_seconds())
        self._timer.start(int(seconds * 1000) + AFTER_MS)

    def stop(self) -> None:
        self._timer.stop()

    def close(self) -> None:
        """Done with: the reminders run."""
        self.stop()
        self.deleteLater()
